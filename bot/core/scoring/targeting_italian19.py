"""Targeting rules of the italian19 round (issue 8, fifteenth session): misses of an
Italian functional hate suite and Italian chat.

- A group said to come here and do harm, joined by "e": "gli immigrati vengono qui e
  rubano", "i clandestini arrivano in italia e spacciano". italian15 reads its deeds
  (DEEDS) only with the group right before them; here a plural verb of coming, a place
  and "e" may stand between. "i turisti vengono qui e rubano" names no group, "gli
  immigrati vengono qui e lavorano" has no deed; denials and reports stay clean.
- A sentence that only names a group and a verdict opening the next one: "Gli arabi?
  Sporchi e violenti.", "Le donne? Servono solo in cucina.", "Gli ebrei? Avidi come
  sempre." (probe3_aim for the judging words read as not said of a group, reread for
  the rest, group-only terms left to their own shapes). A denial, a report or another
  subject before the verdict keeps it off the group ("Gli arabi? Non sono sporchi.",
  "Gli arabi? Mio cugino è un idiota.").
- "ti credi tanto furba? lo sei davvero": the rhetorical jab answered with praise in the
  next sentence is no insult; "ti credi tanto furba? sei solo ridicola" keeps it.
- "non capisci niente" (new lexicon lines) said to the reader; "se non capisci niente
  chiedi pure" supposes a case and stays clean.
- "gli zingari? ne ho conosciuti di gentilissimi": a [context] group word after its
  article is a topic, not a vocative name-call ("zingari!" keeps it).

At its own depth (hateprobe4_words._ROM_BEFORE): "le rom", "delle rom", "quelle rom" are
the Romani women, as "i rom" is ("le rom sono meno umane"); the feminine plural is not
the game ROM's usual form ("la rom", "una rom" stay unread). At its own depth
(italian14_words.colour_as_people): "le nere sono ...", "tutte le nere sono ..." name
black women as "le persone nere" does ("le nere sono meno umane"); "queste nere sono
sporche" (shoes) and "le scarpe nere" stay unread. One member pointed at and judged by
the group's word reads as italian14's generic singular (italian14_words.GENERIC_ARTICLES,
italian17_words.POINTED, "quel rom"): "quella zingara è una ladra", "quel rom è un
ladro", "quella marocchina è una ladra"; "quel cinese fa schifo" (the restaurant) and
"quella rom è buggata" stay clean.

Cost: every hit pays one frozenset test of its term in probe4_aim and in reread; only
the deeds then walk back at most 2 + 5 + 3 tokens; an unaimed insult, identity or
exclusion hit (or a judging word probe3 read as not said of a group) looks up its
sentence start (cached) and, only when a sentence ends at most three words before it,
the one group phrase that sentence may be; "ti credi tanto" looks at most four
tokens past its sentence, and an identity hit read as addressed tests one token before it.
No regex, no new cue list.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian19_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck20 import HateCheck20Rules
from bot.core.scoring.targeting_hateprobe3 import NOT_OF_GROUP_NOTE
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["Italian19Rules"]

ANSWERED_NOTE: Final = "the jab answered with praise"
TOPIC_NOTE: Final = "a group named as a topic, not a name-call"
CASE_NOTE: Final = "a case supposed, not a put-down"
_UNAIMED: Final = frozenset({Kind.OBJECT, Kind.NONE, Kind.THIRD_PERSON})
_VERDICTS: Final = frozenset({Cat.INSULT, Cat.IDENTITY_ATTACK, Cat.EXCLUSION, Cat.THREAT})


class Italian19Rules(HateCheck20Rules):
    """ "vengono qui e rubano", "ti credi tanto furba? lo sei", "gli zingari?" as a topic."""

    def probe4_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """The earlier reading; a deed left without a group is the group's when the
        group came here to do it: "gli immigrati vengono qui e rubano"."""
        shaped = super().probe4_aim(ctx, hit)
        if (
            shaped is not None
            and shaped[0] is Kind.OBJECT
            and hit.entry.term in w.DEEDS_AFTER_COMING
            and self._i19_came_and(ctx, hit)
            and not self._hc9_unsaid(ctx, hit)
            and not self._i17_view_denied(ctx, hit)
            and not self._i18_report_denied(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE
        return shaped

    def probe3_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """The earlier reading; a judging word read as not said of a group is the
        group's when it opens the sentence after one that only names the group:
        "Gli ebrei? Avidi come sempre.", "Le femministe? Odiose."."""
        shaped = super().probe3_aim(ctx, hit)
        if (
            shaped is not None
            and shaped[1] == NOT_OF_GROUP_NOTE
            and self._i19_topic_verdict(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE
        return shaped

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier reading; a jab answered with praise and a topic group word clear."""
        target, note = super().reread(ctx, hit, target, note)
        if target in _UNAIMED:
            if (
                hit.entry.category in _VERDICTS
                and hit.entry.term not in self._group_claims
                and (
                    hit.entry.term not in w.AFTER_ONLY
                    or (hit.first > 0 and ctx.tokens[hit.first - 1] in w.ONLY)
                )
                and self._i19_topic_verdict(ctx, hit)
            ):
                return Kind.GROUP, IDENTITY_NOTE  # "Gli arabi? Sporchi e violenti."
            return target, note
        if target is not Kind.SECOND_PERSON or note:
            return target, note
        term = hit.entry.term
        if term in w.CREDI_TERMS and _answered_with_praise(ctx, hit):
            return Kind.NONE, ANSWERED_NOTE  # "ti credi tanto furba? lo sei davvero"
        if term in w.UNDERSTAND_TERMS and hit.first > 0 and ctx.tokens[hit.first - 1] in w.IF_WORDS:
            return Kind.NONE, CASE_NOTE  # "se non capisci niente chiedi pure"
        if (
            hit.entry.category is Cat.IDENTITY_ATTACK
            and len(hit.entry.tokens) == 1
            and hit.first > 0
            and ctx.tokens[hit.first - 1] in w.TOPIC_ARTICLES
            and ctx.starts_sentence(hit.first - 1)
            and ctx.stop_after(hit.first)
        ):
            return Kind.OBJECT, TOPIC_NOTE  # "gli zingari? ne ho conosciuti di gentili"
        return target, note

    def _i19_topic_verdict(self, ctx: Context, hit: Hit) -> bool:
        """The sentence before only names a group ("Gli arabi?", "I rom."), and the hit
        opens the next one, a few words in at most, none denying or reporting it."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, w.VERDICT_REACH + 1)
        if start < 2 or not ctx.starts_sentence(start) or start > hit.first:
            return False
        if not w.VERDICT_BLOCKERS.isdisjoint(tokens[start : hit.first]):
            return False
        topic = ctx.sentence_start(start - 1, 3)
        if not ctx.starts_sentence(topic):
            return False
        if tokens[topic] in w.GROUP_ARTICLES:
            topic += 1
        end = self._group_end(tokens, topic)  # "Gli albanesi? Gente ..." reads on past
        after = tokens[hit.last : hit.last + 2]
        return (
            (end == start or (end == start + 1 and start < hit.first))
            and not (len(after) == 2 and after[0] == "di" and after[1] in w.CHARMS)
            and not ctx.quoted(hit.first, hit.last)
            and not self._hc9_unsaid(ctx, hit)
        )

    def _i19_came_and(self, ctx: Context, hit: Hit) -> bool:
        """ "<group> vengono (qui) e (ci) <deed>": "e" before the deed, a place and a
        plural verb of coming before it, a named group as the subject."""
        tokens = ctx.tokens
        at = ctx.back_over(hit.first, w.AND_FILLERS, 2)
        if at == 0 or tokens[at - 1] != w.AND or ctx.pause_after(at - 1):
            return False
        at = ctx.back_over(at - 1, w.PLACE, w.PLACE_REACH)
        if at > 1 and tokens[at - 2] in w.PLACE_PREPS:  # "sbarcano in sicilia e spacciano"
            at -= 2
        if at == 0 or tokens[at - 1] not in w.COMING:
            return False
        return self._i18_group_subject(ctx, at - 1)


def _answered_with_praise(ctx: Context, hit: Hit) -> bool:
    """The jab's sentence ends and the next one is only "lo sei (davvero)", "hai ragione"."""
    tokens = ctx.tokens
    end = ctx.sentence_end(hit.last - 1, w.ANSWER_REACH + 2)
    if end >= len(tokens) - 1 or not ctx.stop_after(end - 1):
        return False
    if (tokens[end], tokens[end + 1]) not in w.ANSWER_PRAISE:
        return False
    rest = end + 2
    while rest < len(tokens) and rest < end + 2 + w.ANSWER_REACH and not ctx.pause_after(rest - 1):
        if tokens[rest] not in w.ANSWER_TAIL:
            return False
        rest += 1
    return ctx.closes_clause(rest)
