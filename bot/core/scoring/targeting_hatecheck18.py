"""Targeting rules of the hatecheck18 round (issue 8, fourteenth session): the English
functional hate suite's categories across the issue's groups.

Most of this round's fixes sit at the depth of the rules they correct (listed in
docs/ARCHITECTURE.md): "a better place if all women were dead" (hateprobe6), "I hate
those people" after a named group (hatecheck9), "women are treated as second class
citizens" reported (control12's treated-as names), respect as one of hateprobe3's claims
("no muslim deserves respect"), and lexicon lines (plural name-calls, "second class
citizens", worthless lives, "got rid of", "won't ever respect", "are a mistake").

The one rule here: a group's lives said worthless "to" someone other than the writer
reports how others value them ("black lives don't matter to the police", "their lives
mean nothing to the regime"); "gay lives mean nothing to me" stays the writer's claim.

Cost: one frozenset test of the hit's term in `in_game`; only the seven "lives" phrases
look at the two tokens after them.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck18_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_gamechat15 import GameChat15Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["HateCheck18Rules"]

VALUED_BY_OTHERS_NOTE: Final = "how others value a group reported"  # cancels the hit


class HateCheck18Rules(GameChat15Rules):
    """A group's lives said worthless to someone else: a report, not the writer's claim."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; "lives don't matter to the police" reports."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.term not in w.LIVES:
            return target, note  # most hits: one set look-up
        if target in (Kind.GROUP, Kind.THIRD_PERSON) and _valued_by_others(ctx, hit):
            return Kind.REPORTED, VALUED_BY_OTHERS_NOTE
        return target, note


def _valued_by_others(ctx: Context, hit: Hit) -> bool:
    """ "to" right after the phrase, in its clause, naming someone other than the writer
    or everyone ("to the police", "to them"; not "to me", "to anyone")."""
    tokens = ctx.tokens
    at = hit.last
    if at + 1 >= len(tokens) or tokens[at] != "to" or ctx.pause_after(at - 1):
        return False
    return tokens[at + 1] not in w.OWN_VIEW
