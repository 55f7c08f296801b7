"""Targeting rules of the gamechat22 round (issue 8, eighteenth session): in-game chat of
shooters, MOBAs, Rocket League and block-game servers that likens a player down to the
writer's relative, judges a player in the chat line after naming them, calls a player
an npc, or throws a rank or game sense at them.

- A relative of the writer likened down, the reader after the comparison: "my sister
  plays better than u", "my cousin has better aim than you", "mio fratello gioca meglio
  di te" (gamechat9 and gamechat21 count a sibling only made small). Clean: "my brother
  plays better than me" (the writer's own), "my sister plays better than you think" (an
  expectation), "my brother plays this game too", "a sister has better aim" (no "my").
- A bare verdict in the chat line right after one that names a player (exports join a
  player's lines with " | "): "this reyna | so bad", "our adc | so trash lol", "wtf is our
  jungler doing | so bad", "this shaker | so bad" (a line of "this" and a name no list
  knows). Clean: "this map | so bad", "our comp | so bad" (a thing of the match), "our
  jett | so bad timing" (the verdict goes on), "so bad" alone, "reyna low. so bad" (not a
  joined line), "our jett | so bad?" (asked).
- "npc" as a whole line's name-call: "actual npc", "literal npc lol", "ok npc", "npc
  behavior", "bot behavior", "stop typing u npc". Clean: "the npc in spawn gives quests",
  "bots are so easy in custom", "actual bot" (a Discord bot), "u npc?" (asked), "are u
  npc".
- A game put-down (gamechat8's rank and skill lines, this round's) as a whole line with
  chat's tails, read as the bare line is: "bronze brain lol", "hardstuck lmao", "peak
  bronze gameplay", and two person-only name-calls, "what a clown lol", "such a tryhard
  xd". Clean: "im such a bronze brain lol", "my bronze gameplay lol", "what a clown show
  lol", "the clown lol".
- A put-down of play credited to a named player closing the line: "zero game sense from
  our mid", "trash rotations from our jungler". Clean: "zero game sense from me", "trash
  loot from our jungler" (no play), "so stupid from our mid to dive there" (goes on).

Only readings the older rules left unaimed are read. Cost per hit: one frozenset test
of its note or term (or, for an unaimed insult, of the token after it and of its
sentence's start); only the round's shapes go further: a relative six tokens back and
the reader two on, the line before four to six tokens back and one slice of the gap's
text, a whole line of five tokens at most, "from" and a player three tokens on. No
regex, no new work for messages without a hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat22_words as w
from bot.core.scoring.gamechat8_words import HEROES
from bot.core.scoring.gamechat9_words import COMPARING, HEROES9
from bot.core.scoring.gamechat20_words import BLAMED_ROLES
from bot.core.scoring.gamechat21_words import (
    LIKENED,
    PLAIN_HEROES,
    THAN_EXPECTED,
    VERDICT_TAILS,
    WRITER,
)
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_forum19 import Forum19Rules
from bot.core.scoring.targeting_gamechat8 import NOT_A_PLAYER_BOT_NOTE
from bot.core.scoring.targeting_gamechat9 import NOT_COMPARED_NOTE
from bot.core.scoring.targeting_gamechat21 import NOT_LIKENED_NOTE
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.targeting_olid5 import NOT_SAID_OF_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["GameChat22Rules"]

_COMPARED_TERMS: Final[frozenset[str]] = COMPARING | LIKENED
_NOT_COMPARED: Final = frozenset({NOT_COMPARED_NOTE, NOT_LIKENED_NOTE})
_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT, Kind.THIRD_PERSON})
_JOINED_OVERRIDDEN: Final = frozenset({"", NOT_SAID_OF_NOTE})
_TAILED_READ: Final = frozenset({Kind.THIRD_PERSON, Kind.OBJECT})
_ASKED_BEFORE: Final[frozenset[str]] = frozenset({"are", "r", "am", "is", "were"})


class GameChat22Rules(Forum19Rules):
    """A relative likened down, a verdict in the line after a player is named, "npc" as
    a line's name-call."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, decided anew for this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        if ctx.quoted(hit.first, hit.last):
            return target, note
        term = hit.entry.term
        if note in _NOT_COMPARED and term in _COMPARED_TERMS:
            if _relative_likened(ctx, hit):
                return Kind.SECOND_PERSON, ""  # "my sister plays better than u"
            return target, note
        if note == NOT_A_PLAYER_BOT_NOTE and term in w.BOTS:
            if _npc_line(ctx, hit):
                return Kind.SECOND_PERSON, ""  # "actual npc", "u npc"
            return target, note
        if term in w.TAILED and target in _TAILED_READ and not note and _tailed_line(ctx, hit):
            return Kind.SECOND_PERSON, ""  # "bronze brain lol"
        if target in _UNAIMED and note in _JOINED_OVERRIDDEN and hit.entry.category is Cat.INSULT:
            if self._joined_verdict(ctx, hit):
                return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "this reyna | so bad"
            if self._credited(ctx, hit):
                return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "0 game sense from our mid"
        return target, note

    def _joined_verdict(self, ctx: Context, hit: Hit) -> bool:
        """A bare verdict opening a chat line joined by " | " to one that names a player
        near its end ("this reyna | so bad", "wtf is our jungler doing | so bad")."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, w.JOINED_REACH)
        if start == 0 or not ctx.starts_sentence(start):
            return False
        if not all(word in w.JOINED_LEADS for word in tokens[start : hit.first]):
            return False
        end = ctx.sentence_end(hit.last - 1, w.JOINED_REACH)
        if end - hit.last >= w.JOINED_REACH:
            return False
        if not all(word in VERDICT_TAILS for word in tokens[hit.last : end]):
            return False  # "so bad timing"
        if ctx.ends_asking(hit.last - 1):
            return False
        spans = ctx.spans
        if start >= len(spans):
            return False
        if w.JOINED_MARK not in ctx.folded[spans[start - 1][1] : spans[start][0]]:
            return False  # "reyna low. so bad": not a joined chat line
        first = ctx.sentence_start(start - 1, w.NAMED_REACH)
        if not ctx.starts_sentence(first):
            return False  # a long line before: too far to name the one judged
        for at in range(max(first + 1, start - 2), start):
            if tokens[at - 1] in w.NAMING_DETERMINERS and self._named_player(tokens[at]):
                return True
        # a line that is only "this" and a name no list knows: "this shaker | so bad"
        return (
            start - first == 2
            and tokens[first] in w.NAMING_DETERMINERS
            and tokens[first + 1] not in w.MATCH_THINGS
            and self._unlisted(tokens[first + 1])
        )

    def _credited(self, ctx: Context, hit: Hit) -> bool:
        """The put-down, a noun of play at most, "from", a named player closing the line:
        "zero game sense from our mid", "trash rotations from this jett"."""
        tokens = ctx.tokens
        at = hit.last
        if at < len(tokens) and tokens[at] in w.PLAY_NOUNS:
            at += 1
        if at + 2 >= len(tokens):
            return False
        if tokens[at] != w.FROM or tokens[at + 1] not in w.NAMING_DETERMINERS:
            return False
        if not self._named_player(tokens[at + 2]):
            return False
        end = ctx.sentence_end(at + 2, w.JOINED_REACH)
        return all(word in VERDICT_TAILS for word in tokens[at + 3 : end])

    def _named_player(self, word: str) -> bool:
        """A hero, a role or a person noun: a player of the writer's game."""
        return (
            word in HEROES
            or word in HEROES9
            or word in PLAIN_HEROES
            or word in BLAMED_ROLES
            or word in self._cue_role
            or word in self._cue_person_noun
        )


def _relative_likened(ctx: Context, hit: Hit) -> bool:
    """ "my" and a relative before the comparison, the reader right after it (or in the
    term itself: "better than u"), no expectation or the writer after."""
    tokens = ctx.tokens
    start = ctx.sentence_start(hit.first, w.RELATIVE_REACH)
    if not any(
        tokens[j] in w.RELATIVES and tokens[j - 1] in w.OWNERS
        for j in range(max(start, 1), hit.first)
    ):
        return False
    end = ctx.sentence_end(hit.last - 1, w.RELATIVE_REACH)
    after = tokens[hit.last : end]
    if not WRITER.isdisjoint(after) or not THAN_EXPECTED.isdisjoint(after):
        return False  # "... than me", "... than you think"
    if hit.entry.term in w.COMPARED_TERMS:
        return True
    return (
        len(after) > 1 and after[0] in w.THAN and after[1] in w.COMPARED_READERS
    )  # "my cousin has better aim than u"


def _npc_line(ctx: Context, hit: Hit) -> bool:
    """The whole line a name-call: leads ("actual", "literal"), "npc", a behaviour word
    and chat's tails ("literal npc lol", "bot behavior"), or the reader right before
    "npc" closing the line ("stop typing u npc"); never asked."""
    tokens = ctx.tokens
    if len(tokens) > w.NPC_LINE or ctx.ends_asking(hit.last - 1):
        return False
    after = tokens[hit.last :]
    behaved = bool(after) and after[0] in w.BEHAVIOURS
    if not all(word in VERDICT_TAILS for word in after[behaved:]):
        return False
    before = tokens[: hit.first]
    npc = hit.entry.term in w.NPCS
    if npc and before and before[-1] in w.NPC_READERS:
        return len(before) == 1 or before[-2] not in _ASKED_BEFORE  # "are u npc" is asked
    if not all(word in w.NPC_LEADS for word in before):
        return False
    return behaved or (npc and bool(before))


def _tailed_line(ctx: Context, hit: Hit) -> bool:
    """The put-down opens the line (after "so", "such a", "peak" at most) and chat's tails
    close it: "bronze brain lol", "such a baiter lmao", "peak bronze gameplay"."""
    tokens = ctx.tokens
    if len(tokens) > w.TAILED_LINE:
        return False
    if not all(word in w.TAILED_LEADS for word in tokens[: hit.first]):
        return False
    return all(word in VERDICT_TAILS for word in tokens[hit.last :])
