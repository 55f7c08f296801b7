"""Targeting rules of the hatecheck18 round (issue 8, fourteenth session): the English
functional hate suite's categories across the issue's groups.

Most of this round's fixes sit at the depth of the rules they correct (listed in
docs/ARCHITECTURE.md): "a better place if all women were dead" (hateprobe6), "I hate
those people" after a named group (hatecheck9), "women are treated as second class
citizens" reported (control12's treated-as names), respect as one of hateprobe3's claims
("no muslim deserves respect"), and lexicon lines (plural name-calls, "second class
citizens", worthless lives, "got rid of", "won't ever respect", "are a mistake").

The rules here:
- A group's lives said worthless "to" someone other than the writer reports how others
  value them ("black lives don't matter to the police", "their lives mean nothing to the
  regime"); "gay lives mean nothing to me" stays the writer's claim.
- A claim about a group asked, the rest of the message only a denial: "are women stupid?
  no.", "why do people think muslims are dangerous? they aren't", "... of course not".
  Threats are never cleared; "no, they are rapists" or "they aren't, they're thieves"
  say more than a denial and keep the reading.

- "got rid of", "getting rid of" (this round's lines) count only with the group after
  them: "liberals got rid of shop class" names no group's removal.

Cost: two frozenset tests of the hit's term in `in_game`; only the seven "lives" phrases
look at the two tokens after them, the five "rid" phrases at most four; a hit already
aimed at a group (rare) gets one substring test for "?" and, with one, a look at the at
most four tokens after its question.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck18_words as w
from bot.core.scoring.hatecheck9_words import ANSWER_DENIAL, ANSWER_NO, ANSWER_NO_THEN
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_forum13 import Forum13Rules
from bot.core.scoring.targeting_hateprobe3 import NOT_OF_GROUP_NOTE
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["HateCheck18Rules"]

VALUED_BY_OTHERS_NOTE: Final = "how others value a group reported"  # cancels the hit
ANSWERED_NOTE: Final = "a claim about a group asked and denied"
ANSWER_REACH: Final = 12  # tokens from the hit to its question's end
MAX_ANSWER: Final = 4  # "no they are not": the longest whole answer read


class HateCheck18Rules(Forum13Rules):
    """A group's worth to others reported, a claim asked and denied, a group that got rid
    of a thing: none of them the writer's attack on the group."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; "are women stupid? no.", "liberals got rid of
        shop class" and "lives don't matter to the police" name no group's attack."""
        target, note = super().in_game(ctx, hit, target, note)
        if target is Kind.GROUP and self._hc18_answered_no(ctx, hit):
            return Kind.OBJECT, ANSWERED_NOTE  # "are women stupid? no."
        term = hit.entry.term
        if term in w.RID:
            if target is Kind.GROUP and not self._hc18_rid_object(ctx, hit):
                return Kind.OBJECT, NOT_OF_GROUP_NOTE  # "liberals got rid of shop class"
            return target, note
        if term not in w.LIVES:
            return target, note  # most hits: two set look-ups
        if target in (Kind.GROUP, Kind.THIRD_PERSON) and _valued_by_others(ctx, hit):
            return Kind.REPORTED, VALUED_BY_OTHERS_NOTE
        return target, note

    def _hc18_rid_object(self, ctx: Context, hit: Hit) -> bool:
        """A group (or a pronoun for one) within a few words after "got rid of"."""
        tokens = ctx.tokens
        for j in range(hit.last, min(len(tokens), hit.last + w.RID_REACH)):
            if tokens[j] in w.RID_PRONOUNS or self._group_end(tokens, j) > 0:
                return True
            if ctx.pause_after(j):
                return False
        return False

    def _hc18_answered_no(self, ctx: Context, hit: Hit) -> bool:
        """A claim about a group asked, and the rest of the message only a denial: "are
        women stupid? no.", "why do people think muslims are dangerous? they aren't"."""
        if hit.entry.category is Cat.THREAT or "?" not in ctx.folded:
            return False  # most group hits: no question, one substring test
        tokens = ctx.tokens
        end = ctx.sentence_end(hit.last - 1, ANSWER_REACH)
        if len(tokens) - end > MAX_ANSWER or not ctx.answered(end, w.ANSWER_OPENERS):
            return False
        answer = tuple(tokens[end:])
        if answer[0] in ANSWER_NO:
            return len(answer) == 1 or answer[1:] in ANSWER_NO_THEN
        return answer in w.ANSWER_THEY_NOT or answer in ANSWER_DENIAL


def _valued_by_others(ctx: Context, hit: Hit) -> bool:
    """ "to" right after the phrase, in its clause, naming someone other than the writer
    or everyone ("to the police", "to them"; not "to me", "to anyone")."""
    tokens = ctx.tokens
    at = hit.last
    if at + 1 >= len(tokens) or tokens[at] != "to" or ctx.pause_after(at - 1):
        return False
    return tokens[at + 1] not in w.OWN_VIEW
