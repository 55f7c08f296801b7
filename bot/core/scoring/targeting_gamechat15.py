"""Targeting rules of the fifteenth game-chat round (issue 8): sarcastic blame.

- "way to throw", "way to feed", "way to lose", "way to die" ... (insult.txt lines said to
  the reader) blame whoever did it only when "way" opens the line, an exclamation before
  it at most ("way to throw the game", "wow way to feed mid", "great way to throw
  carry"); "best way to farm", "no way to lose this", "the only way to die is ...", "on
  my way to lose my mind" talk of a way, and "way to go" is praise (no line).

gamechat4's "<player> sucks" also reads the past tense "sucked" ("our healer sucked",
"jungler sucked"), fixed there at its depth; "sucked" is a lexicon line counted only of
people, as "sucks" is ("that sucked", "i sucked" stay clean).

"sucked" as a passive or a phrasal verb ("was sucked in", "sucked into the story", "be
licked or sucked") names no one's play.

Cost: two frozenset tests and one string compare of the hit's term; this round's eight
phrases walk at most four tokens back in their sentence, the twelve judging words (when
older rules found nobody) at most six back and three ahead, "sucked" two tokens.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat15_words as w
from bot.core.scoring.gamechat14_words import CALL_TAILS, OWNED_ROLES
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck17 import HateCheck17Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["GameChat15Rules"]

A_WAY_NOTE: Final = "a way of doing it talked of, not blame"
PASSIVE_NOTE: Final = "sucked as a passive or a phrasal verb, not a player's play"
_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT})


class GameChat15Rules(HateCheck17Rules):
    """Sarcastic "way to throw" blame; a role judged behind an intensifier or in a pair."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' reading; "way to <sabotage>" counts only opening its line."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term == w.SUCKED:
            if self._gc15_passive(ctx, hit):
                return Kind.OBJECT, PASSIVE_NOTE  # "was sucked in", "licked or sucked"
            return target, note
        if term in w.JUDGED:
            if target in _UNAIMED and (
                self._gc15_role_after(ctx, hit) or self._gc15_role_pair(ctx, hit)
            ):
                return Kind.THIRD_PERSON, SAID_OF_NOTE  # "so useless sup"
            return target, note
        if term not in w.WAY_TO:
            return target, note  # most hits: one set look-up
        if self._gc15_opens(ctx, hit):
            return target, note  # "way to throw the game", "wow way to feed"
        return Kind.OBJECT, A_WAY_NOTE  # "best way to farm", "no way to lose this"

    @staticmethod
    def _gc15_opens(ctx: Context, hit: Hit) -> bool:
        """Only exclamation words between the sentence's start and "way"."""
        start = ctx.sentence_start(hit.first, w.WAY_REACH)
        tokens = ctx.tokens
        if not ctx.starts_sentence(start):
            return False  # more than the reach before "way": a longer sentence
        return all(tokens[i] in w.WAY_OPENERS for i in range(start, hit.first))

    @staticmethod
    def _gc15_passive(ctx: Context, hit: Hit) -> bool:
        """ "be sucked", "was sucked in", "sucked into the story": no one's play judged."""
        tokens = ctx.tokens
        before = hit.first - 1
        if before >= 0 and not ctx.pause_after(before) and tokens[before] in w.PASSIVE_BEFORE:
            return True
        return hit.last < len(tokens) and tokens[hit.last] in w.PHRASAL_AFTER

    def _gc15_role(self, ctx: Context, at: int) -> bool:
        word = ctx.tokens[at]
        return word in OWNED_ROLES or self._gc14_player_name(ctx, at)

    def _gc15_role_after(self, ctx: Context, hit: Hit) -> bool:
        """ "so useless sup", "really useless jungler lol": only intensifiers open the
        line before the judging word, and a role right after it closes the clause."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, w.PAIR_REACH)
        if start == hit.first or not ctx.starts_sentence(start):
            return False  # "useless jungler" is the older rules' (gamechat4)
        if not all(tokens[i] in w.INTENSIFIERS for i in range(start, hit.first)):
            return False
        role = hit.last
        if ctx.closes_clause(role) or not self._gc15_role(ctx, role):
            return False
        end = ctx.sentence_end(role, 3)
        return all(word in CALL_TAILS for word in tokens[role + 1 : end])

    def _gc15_role_pair(self, ctx: Context, hit: Hit) -> bool:
        """ "our tank and healer so bad", "carry and mid so useless": two roles joined
        open the line, the judging word right after them closes the clause."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, w.PAIR_REACH)
        if not ctx.starts_sentence(start):
            return False
        before = [i for i in range(start, hit.first) if tokens[i] not in w.INTENSIFIERS]
        if before and tokens[before[0]] in w.PAIR_OWNERS:
            before = before[1:]
        if len(before) == 4 and tokens[before[2]] in w.PAIR_OWNERS:
            before = before[:2] + before[3:]  # "our sup and our carry"
        if len(before) != 3 or tokens[before[1]] not in w.PAIR_JOINS:
            return False
        if not (self._gc15_role(ctx, before[0]) and self._gc15_role(ctx, before[2])):
            return False
        end = ctx.sentence_end(hit.last - 1, 3)
        return all(word in CALL_TAILS for word in tokens[hit.last : end])
