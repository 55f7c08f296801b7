"""Targeting rules of the italian18 round (issue 8, fourteenth session): the last shapes of
Italian hate against groups at default settings.

- A group said to come here to do harm: "gli immigrati vengono qui a delinquere", "i rom
  vengono qui solo per rubare", "gli albanesi sono venuti qui a rubare". The harms
  (italian18_words.HARMS, identity_attack.txt lines, group-only words) count only after a
  verb of coming, a place or a few adverbs, and "a"/"per", with a named group as the
  subject; "i ladri vengono qui a rubare" names no group, "gli immigrati vengono qui a
  lavorare" has no harm, and denials and reports stay clean.
- Humanity denied of every member: "nessun nero è umano", "nessuna donna è una persona"
  (the "è umano" terms count only after "nessun <group>" opening the clause); lessened:
  "i neri sono meno umani" (a lexicon phrase, as "sono meno che umani").
- A group called a ruin: "le donne sono una rovina" ("una rovina", "la rovina": insult
  phrases read as "una piaga" is).
- "il prossimo <member> che vedo lo ammazzo": a threat whose object is a clitic taking up
  "il prossimo/primo <group member> che ..." earlier in its sentence is aimed at the
  group (hateprobe5's threat verbs want the group right after the verb).

Two clears: a view reported and denied after the claim ("molti pensano che gli immigrati
rubano, ma non è così", "alcuni dicono che ..., è falso") for any hit an earlier
probe4_aim rule aims at a group; and a harm wished with "non voglio che" ("non voglio che
gli immigrati soffrano", "non vorrei mai che i rom muoiano").

Cost: one frozenset test of the hit's term per hit in probe4_aim; only this round's terms
walk back (at most 2 + 5 + 3 tokens). A hit an earlier rule aims at a group scans at most
14 tokens back for a verb of saying (and 14 ahead only when one is there); an unaimed
threat tests the token before it, and only a clitic there walks back at most ten tokens.
In reread only threat hits aimed at a group or a third person walk back at most seven
tokens for "che".
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian18_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_gamechat17 import GameChat17Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_COME_NOTE", "Italian18Rules"]

NOT_COME_NOTE: Final = "no group said to come here to do it"
NEGATED_NOTE: Final = "negated"
_UNAIMED: Final = frozenset({Kind.OBJECT, Kind.NONE})
_WISHED_AT: Final = frozenset({Kind.GROUP, Kind.THIRD_PERSON})  # "... che soffrano"


class Italian18Rules(GameChat17Rules):
    """A group said to come here to do harm, humanity denied, the next member threatened."""

    def probe4_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """This round's terms count only in their shape; anything else cancels them. A
        threat left unaimed at "il prossimo <member> che vedo" is the group's."""
        term = hit.entry.term
        if term not in w.OWN:
            shaped = super().probe4_aim(ctx, hit)  # most hits: one frozenset test
            if shaped is None:
                return None
            if shaped[0] is Kind.GROUP and self._i18_report_denied(ctx, hit):
                return Kind.GROUP, NEGATED_NOTE  # "molti pensano che ..., ma non è così"
            if (
                shaped[0] in _UNAIMED
                and hit.first > 0
                and ctx.tokens[hit.first - 1] in w.CLITICS
                and hit.entry.category is Cat.THREAT
                and self._i18_next_member(ctx, hit.first - 1)
            ):
                return Kind.GROUP, IDENTITY_NOTE  # "il prossimo zingaro che vedo lo ammazzo"
            return shaped
        if term in w.HUMAN:
            if self._i17_no_member(ctx, hit.first):  # the hit is "è umano": its copula first
                return Kind.GROUP, IDENTITY_NOTE  # "nessun nero è umano"
        elif term in w.LESSENED or term in w.RUIN:
            at = hit.first  # "sono meno umani" holds its copula; "una rovina" needs one
            if term in w.RUIN:
                at = ctx.back_over(at, w.COPULA, w.SUBJECT_REACH)
            if (
                (at < hit.first or term in w.LESSENED)
                and self._i18_group_subject(ctx, at)
                and not self._hc9_unsaid(ctx, hit)
                and not self._i18_report_denied(ctx, hit)
            ):
                return Kind.GROUP, IDENTITY_NOTE  # "i neri sono meno umani", "una rovina"
        elif (
            self._i18_come_to_harm(ctx, hit)
            and not self._hc9_unsaid(ctx, hit)
            and not self._i17_view_denied(ctx, hit)
            and not self._i18_report_denied(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE  # "gli immigrati vengono qui a rubare"
        return Kind.OBJECT, NOT_COME_NOTE

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' reading; a harm wished with "non voglio che" is unwished:
        "non voglio che gli immigrati soffrano", "non vorrei mai che i rom muoiano"."""
        target, note = super().reread(ctx, hit, target, note)
        if (
            target in _WISHED_AT
            and not note
            and hit.entry.category is Cat.THREAT
            and self._i18_unwished(ctx, hit)
        ):
            return target, NEGATED_NOTE
        return target, note

    @staticmethod
    def _i18_unwished(ctx: Context, hit: Hit) -> bool:
        """ "non voglio (mai) che <...> <harm>": "che" in the hit's clause, a verb of
        wanting before it and "non" before that."""
        tokens = ctx.tokens
        floor = max(0, hit.first - w.WISH_REACH)
        for i in range(hit.first - 1, floor, -1):
            if ctx.pause_after(i):
                return False
            if tokens[i] == w.THAT:
                j = i - 1
                if j > 0 and tokens[j] in w.NOT:  # "non vorrei mai che"
                    j -= 1
                return tokens[j] in w.WANT and j > 0 and tokens[j - 1] in w.NOT
        return False

    def _i18_come_to_harm(self, ctx: Context, hit: Hit) -> bool:
        """ "<group> vengono (qui) (solo) a/per <harm>": a verb of coming, a place and
        "a"/"per" before the harm, a named group as the subject."""
        tokens = ctx.tokens
        at = ctx.back_over(hit.first, w.PURPOSE_FILLERS, 2)
        if at == 0 or tokens[at - 1] not in w.PURPOSE or ctx.pause_after(at - 1):
            return False
        at = ctx.back_over(at - 1, w.PLACE, w.PLACE_REACH)
        if at == 0 or tokens[at - 1] not in w.COMING:
            return False
        return self._i18_group_subject(ctx, at - 1)

    def _i18_group_subject(self, ctx: Context, verb: int) -> bool:
        """A named group as the subject of the verb at token `verb`, a few fillers
        between ("sono venuti", "ci vengono", "tutti"); or closing the clause before."""
        at = ctx.back_over(verb, w.SUBJECT_FILLERS, w.SUBJECT_REACH)
        if at == 0:
            return False
        if ctx.pause_after(at - 1):  # "gli immigrati? vengono qui a rubare"
            return self._i15_group_before(ctx, at)
        return self._i17_group_heads_subject(ctx, at)

    def _i18_next_member(self, ctx: Context, clitic: int) -> bool:
        """ "il prossimo <group member> che ..." before the clitic at `clitic`, in its
        sentence, with no negation between ("il prossimo rom che vedo non lo tocco")."""
        tokens = ctx.tokens
        start = max(ctx.sentence_start(clitic, w.NEXT_REACH), clitic - w.NEXT_REACH)
        for i in range(clitic - 1, start - 1, -1):
            word = tokens[i]
            if word in w.NOT:
                return False
            if word in w.NEXT:  # "rom" counts after "prossimo" too ("il prossimo rom che")
                end = i + 2 if tokens[i + 1] == w.ROM else self._group_end(tokens, i + 1)
                return end > 0 and end < clitic and tokens[end] == w.THAT
        return False

    @staticmethod
    def _i18_report_denied(ctx: Context, hit: Hit) -> bool:
        """A view reported ("molti pensano che", "alcuni dicono che") and denied after the
        claim in its sentence: "..., ma non è vero", "..., è falso"."""
        tokens = ctx.tokens
        start = max(ctx.sentence_start(hit.first, w.REPORT_REACH), hit.first - w.REPORT_REACH)
        reported = any(
            tokens[i] in w.REPORTING and tokens[i + 1] == w.THAT
            for i in range(start, hit.first - 1)
        )
        if not reported:
            return False
        end = min(len(tokens), hit.last + w.REPORT_REACH)
        for i in range(hit.last, end - 1):
            pair = (tokens[i], tokens[i + 1])
            denial = pair in w.DENIED_AFTER or (
                i + 2 < len(tokens) and (pair, tokens[i + 2]) in w.DENIED_AFTER_3
            )
            if i > hit.last and ctx.stop_after(i - 1):
                return denial  # "... rubano. non è vero": the next sentence opens with it
            if denial:
                return ctx.pause_after(i - 1) or tokens[i - 1] in w.BUT
        return False
