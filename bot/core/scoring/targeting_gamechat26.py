"""Targeting rules of the gamechat26 round (issue 8, twentieth session): in-game chat
of many games (Dota 2, League, Valorant, Overwatch, CS2, Rocket League, block-game
servers) that mocks a teammate with a label or with thanks for a throw.

- A player called a bot or an NPC as a mock label, the frame opening its sentence:
  "what a bot", "omg such an npc", "absolute bot jett", "literal npc", "mid total bot",
  "what a bot jungler", "npc jungler". The frame is "what a" / "such a" or a word only
  a person earns ("absolute", "literal", "total", "human", "walking"), chat openers or a
  role before it at most; after the label a role or a hero at most and fillers to the
  sentence's end. gamechat8 read these as a program's or a lane's "bot". Clean: "what a
  bot lane", "what a cool bot" (a program praised), "is this a bot?", "im such a bot
  today lol" and "i played like an absolute bot" (the writer's), "literal bot accounts
  spamming links" (the line goes on), "such a bot lane game", "talk to the npc".
- Sarcastic thanks or praise for a throw: "thx for the throw", "ty for the throw mid",
  "thanks for the throw guys", "nice throw jungler", "what a throw mid". Thanks open the
  line (an opener before at most) and close it but for a name and fillers; praise
  counts only with a role or the team named right after it. Clean: "nice throw", "what
  a throw!", "nice throw raze" (a grenade), "thanks for the throw in", "good throw on
  the smoke", "sorry for the throw guys", "nice throw by me lol".
- Its fix at depth: gamechat23's K/D record "and still talking" counts with its clause
  closed by a pause, whatever follows: "0/8 and still talking, shut it". Clean as
  before: "we were 0-8 and still talking, fun game" (the writer's side), "at the door
  and still talking, weird" (no record).

Cost per hit: one frozenset test of the term; then, for the round's terms only, at most
four tokens back to the sentence's start and five ahead to its end. No regex, no new
work for messages without a hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat26_words as w
from bot.core.scoring.gamechat8_words import HEROES, LANE_AFTER
from bot.core.scoring.gamechat16_words import OPENERS as GC16_OPENERS
from bot.core.scoring.gamechat24_words import ROLE_VOCATIVES
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_gamechat8 import NOT_A_PLAYER_BOT_NOTE
from bot.core.scoring.targeting_hatecheck27 import HateCheck27Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_THANKED_NOTE", "GameChat26Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_THANKED_NOTE: Final = "a throw praised or owned, not a player thanked for one"
_GROUPS: Final = frozenset({"guys", "team"})


class GameChat26Rules(HateCheck27Rules):
    """A player called a bot or an NPC in a mock frame; sarcastic thanks or praise for a
    throw: each aimed only said whole, opening its sentence."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed or cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.LABELS:
            if note == NOT_A_PLAYER_BOT_NOTE and self._gc26_mock_label(ctx, hit):
                return Kind.SECOND_PERSON, ""  # "what a bot", "absolute npc jett"
            return target, note
        if term in w.THROW_TERMS:
            if target is Kind.REPORTED or ctx.quoted(hit.first, hit.last):
                return target, note
            aimed = _thanked(ctx, hit, need_name=term in w.THROW_PRAISE)
            if aimed is None:
                return Kind.OBJECT, NOT_THANKED_NOTE  # "nice throw raze"
            return aimed, ""  # "thx for the throw", "nice throw mid"
        return target, note

    def _gc26_mock_label(self, ctx: Context, hit: Hit) -> bool:
        """ "what a bot", "absolute npc": the mock frame opens the sentence (openers or a
        role before it at most), a player's name and fillers at most after the label."""
        if ctx.quoted(hit.first, hit.last) or ctx.asked_right_after(hit.last):
            return False
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, w.LABEL_REACH)
        at = hit.first - 1
        framed = False
        if at >= start and tokens[at] in w.INTENSIFIERS:
            framed = True
            at -= 1
        if at >= start and tokens[at] in w.ARTICLES:
            if at - 1 < start or tokens[at - 1] not in w.EXCLAIMS:
                return False  # "im an absolute bot", "a bot joined"
            framed = True
            at -= 2
        if not framed:
            if hit.entry.term != "npc" or not _named(ctx, hit.last):
                return False  # "bot jungler" may be the lane's
            at = hit.first - 1  # "npc jungler"
        for i in range(start, at + 1):
            word = tokens[i]
            if word not in w.OPENERS and (i != at or word not in ROLE_VOCATIVES):
                return False  # "im such a bot", "this is such a bot"
        if start <= at and not ctx.starts_sentence(start):
            return False
        after = hit.last
        if after < len(tokens) and not ctx.pause_after(after - 1):
            if tokens[after] in LANE_AFTER and hit.entry.term == "bot":
                return False  # "what a bot lane"
            if _named(ctx, after):
                after += 1  # "what a bot jungler", "absolute bot jett"
        return _closes(ctx, after, w.LABEL_REACH)


def _named(ctx: Context, at: int) -> bool:
    """A role or a hero at token `at`."""
    if at >= len(ctx.tokens):
        return False
    word = ctx.tokens[at]
    return word in ROLE_VOCATIVES or word in HEROES


def _closes(ctx: Context, at: int, reach: int, *, whole: bool = False) -> bool:
    """From token `at`, only fillers to the sentence's end (or, unless `whole`, to a
    pause), and no "it" resuming a thing after that pause ("what a bot, it answers")."""
    tokens = ctx.tokens
    if at >= len(tokens):
        return True
    end = ctx.sentence_end(at, reach)
    for i in range(at, min(end, len(tokens))):
        if not whole and ctx.pause_after(i - 1):
            return tokens[i] not in w.THING_RESUMED
        if tokens[i] not in w.TAILS:
            return False
    return end >= len(tokens) or ctx.stop_after(end - 1)


def _thanked(ctx: Context, hit: Hit, *, need_name: bool) -> TargetKind | None:
    """Who thanks or praise for a throw is said to: the line opens with it (an opener
    before it at most), a role or the team after it (needed after praise), then fillers."""
    tokens = ctx.tokens
    start = ctx.sentence_start(hit.first, 2)
    if not ctx.starts_sentence(start) or any(
        tokens[i] not in GC16_OPENERS for i in range(start, hit.first)
    ):
        return None  # "sorry for the throw", "i said nice throw"
    at = hit.last
    named = at < len(tokens) and not ctx.pause_after(at - 1) and tokens[at] in w.THROW_ADDRESSEES
    if need_name and (not named or tokens[at] in _GROUPS):
        return None  # "nice throw", "nice throw raze", "what a throw guys"
    if not _closes(ctx, at + named, w.THROW_REACH, whole=need_name):
        return None  # "thanks for the throw in", "nice throw mid, it hit 3"
    if named and tokens[at] in _GROUPS:
        return Kind.GROUP
    return Kind.SECOND_PERSON
