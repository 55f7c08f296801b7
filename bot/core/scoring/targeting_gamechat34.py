"""Targeting rules of the gamechat34 round (issue 8, twenty-fourth session): in-game chat
that flames a player named by the hero they play, "this" or "that" pointing at them, with
a put-down made sure of the player.

gamechat12 reads a bare "this sven is trash" as a view of the champion (and its table
keeps it clean); an intensifier or a cue of this game's play makes it a flame at the
player:

- An intensifier between the copula and the put-down, said whole: "this jett is
  absolute trash", "that pudge is complete garbage", "this invoker is actually garbage
  lol", "that zed is utter trash", "this teemo is fucking trash", "this sf is absolute
  shit". INTENSIFIERS; PUT_DOWNS are the lexicon's "trash", "garbage", "dogshit",
  "dogwater" and "is (absolute) shit".
- A bare put-down with a cue of this game after it, the rest tails: "this jett is trash
  today", "that pudge is garbage again", "this sven is trash every game", "this invoker
  is garbage this game".

The demonstrative opens its sentence (chat's openers before it at most), a hero, a role
or a player word follows (gamechat27's NAMED: never "this blink", "this jungle"), then a
copula. Stay clean: "this item is absolute trash", "this patch is complete garbage"
(things), "my jett is trash today" (the writer's), "this sven is trash" and "sven is
trash this patch" (the champion), "this jett is absolute trash at eco rounds" (the
clause goes on), "this jett is not trash", "is this jett actually trash?", "he said
this jett is absolute trash", '"this jett is absolute trash" is a bad take', "this
jett is absolute trash lol jk".

Cost per hit: one frozenset test of the term; for the round's terms, at most two
intensifiers, the copula, the name and three openers back, and five tokens ahead. No
regex, no new work for messages without these terms, no new lexicon line.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat34_words as w
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.targeting_olid27 import Olid27Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["GameChat34Rules"]

_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT, Kind.THIRD_PERSON})
# Readings the round's shapes override: none, a thing's, a person's not said outright;
# never a cancelled one (denied, a joke's mark).
_OVERRIDDEN: Final[frozenset[str]] = frozenset({"", SAID_OF_NOTE})


class GameChat34Rules(Olid27Rules):
    """A hero after "this" or "that" flamed with an intensified put-down, or a bare one
    tied to this game's play."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        if target not in _UNAIMED or note not in _OVERRIDDEN or hit.entry.term not in w.PUT_DOWNS:
            return target, note
        intensified = _gc34_pointed_at(ctx, hit)
        if intensified is None or ctx.quoted(hit.first, hit.last):
            return target, note
        if _gc34_closes(ctx, hit.last, need_cue=not intensified):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "this jett is absolute trash"
        return target, note


def _gc34_pointed_at(ctx: Context, hit: Hit) -> bool | None:
    """ "this jett is (absolute) trash": a demonstrative opening the sentence (openers at
    most before it), a named player, a copula, intensifiers at most, then the put-down.
    True with an intensifier, False without, None when the shape is not there."""
    tokens = ctx.tokens
    at = hit.first
    if tokens[at] in w.COPULAS:  # the lexicon's "is (absolute) shit"
        intensified = hit.last - at > 2
        at += 1
    else:
        before = ctx.back_over(at, w.INTENSIFIERS, w.INTENSIFIER_REACH)
        intensified = before < at
        at = before
        if at < 1 or tokens[at - 1] not in w.COPULAS or ctx.pause_after(at - 1):
            return None
    at -= 1  # the copula
    if at < 2 or not _gc34_named(ctx, at - 1) or tokens[at - 2] not in w.DEMONSTRATIVES:
        return None
    if ctx.pause_after(at - 1) or ctx.pause_after(at - 2):
        return None
    start = ctx.back_over(at - 2, w.OPENERS, w.OPENER_REACH)
    if not ctx.starts_sentence(start):
        return None  # "i think this jett is trash", "is this jett trash"
    return intensified


def _gc34_named(ctx: Context, i: int) -> bool:
    """Token `i` names a player, as read or as written (the typo table reads "drow" as
    "drown")."""
    if ctx.tokens[i] in w.NAMED:
        return True
    spans = ctx.spans
    return i < len(spans) and ctx.folded[spans[i][0] : spans[i][1]] in w.NAMED


def _gc34_closes(ctx: Context, at: int, *, need_cue: bool) -> bool:
    """From token `at` only tails and cues of this game to the sentence's end, not
    asked; at least one cue when `need_cue` ("this sven is trash again")."""
    tokens = ctx.tokens
    # The end of the put-down's own sentence ("this jett is trash. again" has no cue).
    end = ctx.sentence_end(at - 1, w.TAIL_REACH + 1)
    if end - at > w.TAIL_REACH:
        return False
    cued = False
    i = at
    while i < end:
        word = tokens[i]
        if word in w.CUE_ONE:
            cued = True
            i += 1
        elif word in w.CUE_LEADS and i + 1 < end:
            nxt = i + 1
            if tokens[nxt] == w.SINGLE and nxt + 1 < end:
                nxt += 1  # "every single game"
            if tokens[nxt] not in w.CUE_GAMES:
                return False
            cued = True
            i = nxt + 1
        elif word in w.TAILS:
            i += 1
        else:
            return False  # "this jett is absolute trash at eco rounds", "... lol jk"
    if need_cue and not cued:
        return False
    return not ctx.asked_right_after(end)
