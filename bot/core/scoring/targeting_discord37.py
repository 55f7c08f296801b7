"""Targeting rules of the discord37 round (issue 8, thirtieth session): dismissive
put-downs of the reader with no insult word, read as a whole line.

- The reader's claim waved off (insult.txt lines, discord37): "sure you are buddy",
  "yeah sure u did", "sure jan", "keep telling yourself that", "whatever helps you sleep
  at night", "cool story bro".
- The reader silenced: "sit down and be quiet", "sit down and hush", "shh the adults are
  talking".
- The reader sent to read: "go read a book", "read a book sometime", "try reading a book
  before you talk".
  Each only as the whole message: chat's openers, tags, a talker's vocative, another
  dismissal, and for the last two their own words ("sit down", "for once"). Stay clean:
  "sure you are welcome to join", "make sure you are on time", "sit down and relax",
  "be quiet in the library", "read a book on the train", "keep telling yourself that
  you can do it" (the line goes on), asked, quoted or reported lines, a kind word or
  emoji after.
- "stay mad" before a kind or plain word is "stay very ...": "stay mad cute", "stay mad
  humble king" are cancelled; "stay mad", "stay mad kid" stay the taunt.

Cost per hit: one frozenset test of the term; a line is read whole only when it holds
at most twelve tokens, then ten tokens for a kind word and a few characters for an
emoji. No regex, no new work for messages without these terms; the new terms stay
unknown to the other rules (lexicon_compile._ROUNDS_OWN_TERMS).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord37_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_gamechat40 import GameChat40Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["MAD_AS_VERY_NOTE", "NOT_A_PUT_DOWN_NOTE", "Discord37Rules"]

# Notes that cancel the hit (weighing.py zeroes any note it does not name).
NOT_A_PUT_DOWN_NOTE: Final = "a dismissal's words not said as the whole line"
MAD_AS_VERY_NOTE: Final = "'stay mad' before a kind word: 'mad' as 'very'"


class Discord37Rules(GameChat40Rules):
    """The reader's claim waved off, the reader silenced or sent to read, only as a whole
    line; "stay mad cute" is a wish, not a taunt."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed or cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term == w.STAY_MAD:
            if ctx.tokens[hit.last : hit.last + 1] and ctx.tokens[hit.last] in w.MAD_AS_VERY:
                return Kind.NONE, MAD_AS_VERY_NOTE  # "stay mad cute"
            return target, note
        if term not in w.OWN_TERMS:
            return target, note
        if term in w.WAVED_OFF:
            words, aimed = w.LINE_TAGS, Kind.SECOND_PERSON
        elif term in w.SILENCED:
            words, aimed = w.SILENCE_WORDS, Kind.IMPERATIVE
        else:
            words, aimed = w.READ_WORDS, Kind.IMPERATIVE
        if (
            target is not Kind.REPORTED
            and _d37_whole_line(ctx, hit, words)
            and not ctx.quoted_or_asked(hit.first, hit.last)
            and not ctx.any_ahead(hit.last, w.KIND_AFTER, w.KIND_REACH)
            and not ctx.emoji_after(hit.last, w.KIND_EMOJI, w.EMOJI_REACH)
        ):
            return aimed, ""  # "sure you are buddy", "sit down and be quiet"
        return Kind.OBJECT, NOT_A_PUT_DOWN_NOTE  # "read a book on the train"


def _d37_whole_line(ctx: Context, hit: Hit, words: frozenset[str]) -> bool:
    """The whole message (past a leading mention), at most LINE_REACH tokens, is the hit
    with only `words` before and after it ("oh sure you are sweetie", "go read a book
    lol"; not "make sure you are on time")."""
    tokens = ctx.tokens
    if len(tokens) - ctx.lead > w.LINE_REACH:
        return False
    around = tokens[ctx.lead : hit.first] + tokens[hit.last :]
    return all(word in words for word in around)
