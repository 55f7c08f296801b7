"""Targeting rules of the italian48 round (issue 8): Italian group claims and third-person
put-downs in shapes italian47 still missed.

- Deeds of violence and animals as food said of a named group, read as italian15's deeds
  (the group the subject, maybe across a comma): "i musulmani sgozzano la gente", "gli
  arabi, picchiano le loro mogli", "i cinesi mangiano cani". italian15's general tails
  read on to "in nome di ..." and to people at large ("la gente", "le persone", "le loro
  mogli"), so "i musulmani ammazzano in nome di dio" is the group's deed too. Stay clean:
  "i cinesi mangiano con le bacchette" (no such food), counter-speech, denials, questions.
- Living in filth: italian17's "vivono" going on to filth or beasts that close the
  clause, a named group its subject: "i rom vivono nella sporcizia", "gli africani vivono
  come animali". Stay clean: "... nella sporcizia per colpa dello stato" (the clause goes
  on to blame), "i rom vivono in italia da secoli".
- Silence wished on a group after its topic (italian44's reading), maybe with "meglio
  (se stanno)" before and closing the clause: "le donne, meglio zitte", "le donne?
  zitte", "le femministe, meglio se tacciono", "le donne meglio zitte". Stay clean:
  "le donne, meglio se decidono loro", quoted or asked lines, no identity group.
- A group not wanted: "non li voglio" right after a group's topic, then a place or the
  clause's end: "gli immigrati, non li voglio vedere qui", "i neri, non li voglio nel mio
  quartiere". Stay clean: "non li voglio offendere", "i miei vicini, non li voglio qui".
- "Un cazzo" read as "niente": "non capiscono un cazzo" with a named group as subject
  (hateprobe5's subject, italian47's comma topic); "non sanno fare un cazzo" and any
  infinitive after "non sanno" (skills the word list lacks: "le donne non sanno
  cucinare", "i musulmani non sanno vivere in una società civile"). Stay clean: "non
  sanno dove dormire", "i miei amici non sanno cucinare".
- A third person put down with no insult word: "non capisce niente/un cazzo", "non sa
  fare niente/un cazzo" after a pointing subject opening the clause ("quel tizio", "sto
  tipo", "quello"): said of a person outright. Stay clean: "non capisco un cazzo" (the
  writer), "mio nonno non capisce niente" (no pointing subject, italian16's reading),
  asked or quoted lines.

This round's own lexicon lines out of these shapes are cancelled.

Cost per hit: one frozenset test of the term; then at most SILENCE_LEAD_REACH back and
italian44's topic reach, SEEING_REACH or FILTH_REACH ahead with TAIL_REACH, or
POINTED_SUBJECT_REACH back. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian17_words as i17
from bot.core.scoring import italian44_words as i44
from bot.core.scoring import italian48_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_insults20 import Insults20Rules
from bot.core.scoring.targeting_italian16 import NO_SUBJECT_NOTE
from bot.core.scoring.targeting_italian17 import NOT_GENERAL_NOTE
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_CLAIMED_NOTE", "Italian48Rules", "it48_pointed"]

# The note that cancels this round's own lines out of shape (weighing zeroes it).
NOT_CLAIMED_NOTE: Final[str] = "no group or pointed person it is said of"
_DEED_LEAD: Final[frozenset[str]] = i44.ARTICLES | w.DEED_OWNERS
_DEED_LEAD_REACH: Final[int] = 2


class Italian48Rules(Insults20Rules):
    """Violence, food and filth said of a group, silence wished on it, the group not
    wanted, "un cazzo" as "niente", and a pointed third person put down."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's shapes aimed, its own lines out
        of shape cancelled."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.OWN_TERMS:
            if target is Kind.REPORTED or not self._it48_own(ctx, hit):
                return Kind.NONE, NOT_CLAIMED_NOTE  # "non li voglio offendere"
            if term in w.PERSON_NOTHING:
                return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "quel tizio non capisce un cazzo"
            return Kind.GROUP, IDENTITY_NOTE  # "i musulmani sgozzano la gente"
        if note == NOT_GENERAL_NOTE and term in i17.LIVING and self._it48_filth(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE  # "i rom vivono nella sporcizia"
        if note == NO_SUBJECT_NOTE and term in w.PERSON_CLAIMS and it48_pointed(ctx, hit):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "quello non sa fare niente"
        return target, note

    def _it48_own(self, ctx: Context, hit: Hit) -> bool:
        """Whether one of this round's lines has its shape, said as the writer's own."""
        term = hit.entry.term
        if ctx.quoted_or_asked(hit.first, hit.last) or self._hc9_unsaid(ctx, hit):
            return False
        if term in w.PERSON_NOTHING:
            return it48_pointed(ctx, hit)
        if term in w.SILENCE:
            return self._it48_silenced(ctx, hit)
        if term in w.UNWANTED:
            return self._it48_unwanted(ctx, hit)
        if term in w.GROUP_NOTHING:
            return self._group_subject(ctx, hit.first)  # "i neri non capiscono un cazzo"
        return self._i15_deed_of_group(ctx, hit)  # "i cinesi mangiano cani"

    def _i15_general(self, ctx: Context, hit: Hit) -> bool:
        """italian15's general deed, or one done "in nome di ..." or to people at large:
        "ammazzano in nome di dio", "picchiano le loro mogli", "sgozzano la gente"."""
        if super()._i15_general(ctx, hit):
            return True
        tokens = ctx.tokens
        last = hit.last
        if tuple(tokens[last : last + len(w.IN_NAME)]) == w.IN_NAME:
            return True
        at = ctx.skip_ahead(last, _DEED_LEAD, _DEED_LEAD_REACH)
        return at < len(tokens) and tokens[at] in w.DEED_OBJECTS and not ctx.pause_after(at - 1)

    def _skill_denied(self, ctx: Context, hit: Hit) -> bool:
        """hateprobe5's skill denied, or any infinitive or "un cazzo" after a group's "non
        sanno": "le donne non sanno cucinare", "gli immigrati non sanno fare un cazzo"."""
        if super()._skill_denied(ctx, hit):
            return True
        tokens = ctx.tokens
        first = hit.first
        if hit.entry.term != w.SANNO or first == 0 or tokens[first - 1] != w.NON:
            return False
        at = ctx.skip_ahead(hit.last, w.SKILL_BRIDGE, w.SKILL_BRIDGE_REACH)
        if at >= len(tokens) or ctx.pause_after(at - 1):
            return False
        skill = tokens[at].endswith(w.INFINITIVE_ENDINGS)
        if not skill and tuple(tokens[at : at + len(w.NOTHING)]) != w.NOTHING:
            return False
        return self._group_subject(ctx, first - 1)

    def _it48_topic_before(self, ctx: Context, start: int) -> bool:
        """A named group's topic (italian44's reading) right before token `start`, set off
        by a pause, neither quoted nor reported after."""
        return (
            start >= 1
            and ctx.pause_after(start - 1)
            and self._it44_topic(ctx, start)
            and not ctx.quoted(start - 1, start + 1)
            and not ctx.any_ahead(start, i44.SAYINGS, i44.SAYING_REACH)
        )

    def _it48_silenced(self, ctx: Context, hit: Hit) -> bool:
        """ "le donne, meglio (se stanno) zitte", "le donne? zitte", "le donne meglio
        zitte": silence closing the clause right after the group's topic."""
        if not ctx.closes_after(hit.last, w.SILENCE_TAILS, w.SILENCE_TAIL_REACH):
            return False
        start = ctx.back_over(hit.first, w.SILENCE_LEAD, w.SILENCE_LEAD_REACH)
        if self._it48_topic_before(ctx, start):
            return True
        return (  # no comma: the group right before "meglio"
            ctx.tokens[start] == w.BETTER
            and self._it44_topic(ctx, start)
            and not ctx.any_ahead(start, i44.SAYINGS, i44.SAYING_REACH)
        )

    def _it48_unwanted(self, ctx: Context, hit: Hit) -> bool:
        """ "gli immigrati, non li voglio (vedere) qui": right after the group's topic, a
        place or the clause's end after the want; never "non li voglio offendere"."""
        if not self._it48_topic_before(ctx, hit.first):
            return False
        at = ctx.skip_ahead(hit.last, w.SEEING, w.SEEING_REACH)
        if ctx.closes_clause(at):
            return True
        return ctx.tokens[at] in w.PLACES and not ctx.pause_after(at - 1)

    def _it48_filth(self, ctx: Context, hit: Hit) -> bool:
        """ "i rom vivono nella sporcizia", "gli africani vivono come animali": filth or
        beasts closing the clause, a named group the subject."""
        tokens = ctx.tokens
        at = ctx.skip_ahead(hit.last, w.FILTH_BRIDGE, w.FILTH_REACH)
        return (
            at < len(tokens)
            and tokens[at] in w.FILTH
            and not ctx.pause_after(at - 1)
            and ctx.closes_after(at + 1, w.TAILS, w.TAIL_REACH)
            and not ctx.quoted_or_asked(hit.first, at + 1)
            and not self._hc9_unsaid(ctx, hit)
            and self._group_subject(ctx, hit.first)
        )


def it48_pointed(ctx: Context, hit: Hit) -> bool:
    """A pointing subject ("quel tizio", "sto tipo", or "quello" alone) opening the
    clause right before the claim, neither asked nor quoted: someone in view, put down."""
    tokens = ctx.tokens
    at = ctx.back_over(hit.first, w.PERSON_NOUNS, w.POINTED_SUBJECT_REACH - 1)
    pointer = at - 1
    return (
        pointer >= 0
        and tokens[pointer] in (w.POINTERS if at < hit.first else w.PRONOUNS)
        and not ctx.pause_after(pointer)
        and (ctx.starts_sentence(pointer) or ctx.pause_after(pointer - 1))
        and not ctx.quoted_or_asked(pointer, hit.last)
    )
