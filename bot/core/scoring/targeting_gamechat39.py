"""Targeting rules of the gamechat39 round (issue 8, twenty-ninth session): game chat that
trashes a third person's or a teammate's play, or a player named by role or hero (the
gamechat38 rules read the reader's play, "your aim is shit"; the older rules read "he is
so shit" and "our mid is trash", but not a third person's play as the subject, "was
shit" of a role, or a player named by role or hero and a possessive).

- A third person's play called shit: "his"/"her"/"their", or a player named by role or
  hero with "'s" ("our jungler's", "mid's", "pudge's", "this guy's"; gamechat39_words
  ROLES and HEROES), at most three words of a play phrase that ends in a play noun
  (gamechat39_words.PLAY_NOUNS, gamechat38's and a few more: aim, build, rotations,
  hooks, stuns, game sense...), a being
  verb, maybe an intensifier or two, and a verdict (gamechat38_words.VERDICTS: "is shit",
  "were crap", "are ass", "trash", "garbage", "dogshit"): "his aim is shit", "our
  jungler's rotations are trash", "mid's build is garbage", "pudge's hooks are ass".
- A player named by role or hero as the subject, after a player's determiner ("our",
  "their", "the enemy"; "this" and "that" only before a role, since "this slark is
  trash" judges the hero's kit): "their support was so shit", "our carry was shit mid",
  "that jungler was shit".
Only chat's tails or a time may follow to the clause's end (gamechat38's reading).

Stay clean: "my aim is shit today", "our rotations were shit" (the writer's own, or the
writer's side), "the servers are shit", "his mic is shit", "their jungler's pc is
garbage" (gear and the game are not play: no play noun), "his aim is insane", "their
support was shit-hot" (the verdict goes on), "is his aim shit or is it lag?" (asked),
"his aim isn't shit", "not saying his aim is shit" (negated), "he said his build was
trash", "i thought his pick was shit at first", "if his aim is shit" (reported, given up
or supposed), "the shop's items are trash" (no player before "'s"), "this slark is
trash", "their ult is trash" (a hero's kit), "this storm was shit".

Cost per hit: one frozenset test of the term; then at most a dozen tokens around the
hit, each tested against a frozenset. No regex, no lexicon lines, no new work for
messages without a verdict hit.
"""

from __future__ import annotations

from bot.core.scoring import gamechat38_words as g38
from bot.core.scoring import gamechat39_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_gamechat38 import NOT_AT_READER_NOTE, gc38_closes, gc38_negated
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.targeting_olid31 import Olid31Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["GameChat39Rules"]


class GameChat39Rules(Olid31Rules):
    """A third person's, a role's or a hero's play called shit, and a role called shit."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; raised to a person's in this round's shape."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.term not in g38.VERDICTS:
            return target, note
        if note and note != NOT_AT_READER_NOTE:
            return target, note  # "he said ...", "... negated", or "said outright" already
        if target is Kind.SECOND_PERSON or target is Kind.GROUP:
            return target, note  # "your aim is shit", "their whole team's macro is garbage"
        if ctx.quoted_or_asked(hit.first, hit.last):
            return target, note
        start = _gc39_play_trashed(ctx, hit)
        if start < 0:
            return target, note
        return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "his aim is shit", "our tank was shit"


def _gc39_owner(ctx: Context, owner: int) -> int:
    """The start of a third person's possessive ending at token `owner` ("his", "mid 's",
    "pudges"), or -1."""
    tokens = ctx.tokens
    word = tokens[owner]
    if word in w.THIRD_POSSESSIVES:
        return owner
    if word == w.CLITIC:
        player = owner - 1
        if player >= 0 and tokens[player] in w.PLAYERS and not ctx.pause_after(player):
            return player  # "our jungler's", "pudge's"
        return -1
    return owner if word.endswith(w.CLITIC) and word[:-1] in w.PLAYERS else -1


def _gc39_play_trashed(ctx: Context, hit: Hit) -> int:
    """ "his aim is shit", "pudge's hooks are ass", "their support was so shit": a third
    person's play, or a player, then a being verb and the verdict. The index where the
    subject starts, or -1."""
    tokens = ctx.tokens
    first = hit.first
    if tokens[first] in g38.COPULAS:
        copula = first
    else:
        copula = ctx.back_over(first, g38.INTENSIFIERS, g38.INTENSIFIER_REACH) - 1
        if copula < 0 or tokens[copula] not in g38.COPULAS or ctx.pause_after(copula):
            return -1
    if copula < 2 or ctx.pause_after(copula - 1) or not gc38_closes(ctx, hit.last):
        return -1
    subject = copula - 1
    word = tokens[subject]
    start = -1
    if word in w.PLAY_NOUNS:
        at = ctx.back_over(subject, g38.PLAY_MODIFIERS, g38.PHRASE_REACH)
        if at > 0 and not ctx.pause_after(at - 1):
            start = _gc39_owner(ctx, at - 1)
    if start < 0 and word in w.PLAYERS:
        at = ctx.back_over(subject, w.PLAYER_MODIFIERS, w.MODIFIER_REACH)
        det = at - 1
        if det >= 0 and not ctx.pause_after(det):
            allowed = w.DETERMINERS if word in w.ROLE_SUBJECTS else w.PERSON_DETERMINERS
            start = det if tokens[det] in allowed else -1
    if start < 0 or gc38_negated(ctx, start) or _gc39_reported(ctx, start):
        return -1
    return start


def _gc39_reported(ctx: Context, start: int) -> bool:
    """A speech, thought or condition word a few tokens before the subject, in its
    sentence: "he said his aim was shit", "i thought his pick was shit", "if his aim is
    shit"."""
    at = max(ctx.sentence_start(start, w.REPORT_REACH), start - w.REPORT_REACH)
    return not w.REPORTING.isdisjoint(ctx.tokens[at:start])
