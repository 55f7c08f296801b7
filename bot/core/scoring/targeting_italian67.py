"""Targeting rules of the italian67 round (issue 8): a named group said to be Nazis in
Italian, which no older line read ("nazisti" was no lexicon word).

- The shape: a named group opening its sentence (over its article, "tutti" and a
  speaker's opener: "ormai", "secondo me"), the present copula ("sono", chat's "so") and
  the round's word over a few PREDICATE_LEADS: "gli ucraini sono tutti nazisti", "gli
  ebrei sono un popolo di nazisti", "i russi sono peggio dei nazisti".
- Left alone: "nazisti" right beside a group's name ("i nazisti ucraini", "sti russi
  nazisti"). Read at the group it raised it_multa_telegram's recall but flagged as many
  news lines its labels call clean (precision -2.3 points, "none" +0.6 points).

Clean: history ("i nazisti deportarono gli ebrei", "i tedeschi erano nazisti": the
past), the Nazis themselves ("odio i nazisti", "i neonazisti vanno fermati"), negation
("gli ucraini non sono nazisti", "non tutti i russi sono nazisti": the group not opening
its sentence), reports and counter-speech ("putin dice che gli ucraini sono nazisti",
"dire che i russi sono nazisti e propaganda"), questions and quotes (italian57's unsaid
reading). The round's own lines out of the shape are cancelled.

Cost per hit: a frozenset test of the term; then PREDICATE_REACH tokens back to the
copula, italian61's group walk (its GROUP_REACH), SUBJECT_REACH and OPENER_REACH tokens
back. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian67_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_discord55 import Discord55Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NO_NAZIS67_NOTE", "Italian67Rules"]

# The note that cancels this round's lines out of the shape (weighing zeroes any note it
# does not name).
NO_NAZIS67_NOTE: Final[str] = "no named group called nazis"


class Italian67Rules(Discord55Rules):
    """A named group said to be Nazis ("gli ucraini sono tutti nazisti", "gli ebrei sono
    un popolo di nazisti")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; the round's own lines aimed at the group in
        the shape and cancelled elsewhere."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.term not in w.OWN_TERMS:
            return target, note  # most hits
        if (
            target is not Kind.REPORTED
            and not self._it57_unsaid(ctx, hit)
            and self._it67_said_to_be(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE
        return Kind.NONE, NO_NAZIS67_NOTE  # "i nazisti deportarono gli ebrei"

    def _it67_said_to_be(self, ctx: Context, hit: Hit) -> bool:
        """The group opening its sentence, the present copula and the word: "gli ucraini
        sono tutti nazisti"; never "erano nazisti", "dice che ... sono nazisti"."""
        tokens = ctx.tokens
        copula = ctx.back_over(hit.first, w.PREDICATE_LEADS, w.PREDICATE_REACH) - 1
        if copula < 1 or tokens[copula] not in w.COPULAS:
            return False
        group = self._it61_group_before(tokens, copula)
        if group < 0:
            return False
        start = ctx.back_over(group, w.SUBJECT_LEADS, w.SUBJECT_REACH)
        return ctx.starts_sentence(ctx.back_over(start, w.OPENERS, w.OPENER_REACH))
