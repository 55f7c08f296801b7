"""Targeting rules of the gamechat24 round (issue 8, nineteenth session): in-game chat
of games other than Dota 2 (League, Overwatch, Valorant, CS2, Rocket League, block-game
servers). The round's other parts sit where they are made: gamechat5's "so" verdict
reads "so shitt" (a stretched "shittt" squeezed), "so shitty", "so crap", "so crappy"
and "so shite" like "so shit" ("ur so shittt", "u so crappy"; clean: "this map is so
shitty", "im so shittt at this lol"); gamechat13 reads "unistal", "uninstall game",
"delete game" as tech support in a fix ("uninstall game and reinstall it"), gamechat20
before a part of the game ("delete game files"); the threat lexicon spells "ill kill
u" and "ur dead after this", match talk staying gaming talk ("ill kill u in the next
fight").

- A swear word said of the reader with no "so": "ur shittt", "u r shitty", "ur crap
  lol", "jett ur shittt". The lexicon's lines count only opening their sentence (a
  vocative or a chat opener before at most) and closing it, tails aside. Clean: "ur
  shitty mic is echoing" (a thing named after), "take ur crap" (a verb before).
- A gg-taunt with an insult closing the line: "gg no re trash", "gg get rekt noob",
  "gg go next loser", "gg no re scarso": read as aimed at the losers. Clean: "gg no
  re" and "gg wp" (no insult), "gg no re, my internet is trash" (a pause, a thing).
- A mock title with a role or hero name closing the line: "ok genius support", "nice job
  genius adc", "thanks einstein mid", with sarcastic praise or a weary "ok" before it,
  as gamechat7 reads "nice job genius". Clean: "genius jungle play" (a thing after),
  "that was genius mid" (a claim), "nice job support" (no title).

Cost per hit: one frozenset test of the term, or, for an insult read of no one or of a
third person, one test of the sentence's first token; then at most four tokens back and
five ahead. For a mock title read as praise, one test of the token after it and at
most four back. No regex, no new work for messages without a hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat7_words as w7
from bot.core.scoring import gamechat24_words as w
from bot.core.scoring.gamechat8_words import HEROES, LANES
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_gamechat7 import NOT_MOCKING_NOTE
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid20 import Olid20Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_SAID_WHOLE_NOTE", "GameChat24Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_SAID_WHOLE_NOTE: Final = "a swear word before a thing or after a verb, no verdict"
_TAUNTED: Final = frozenset({Kind.THIRD_PERSON, Kind.NONE})
_TAUNT_NOTES: Final = frozenset({"", SAID_OF_NOTE})
_TAIL_REACH: Final = 5


class GameChat24Rules(Olid20Rules):
    """A swear word said of the reader, a gg-taunt with an insult, a mock title with a
    role: each aimed only said whole."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed or cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.READER_SWEARS:
            if target is Kind.REPORTED or ctx.quoted(hit.first, hit.last):
                return target, note
            if _opens(ctx, hit.first) and _closes(ctx, hit, w.SWEAR_TAILS):
                return Kind.SECOND_PERSON, ""  # "ur shittt", "jett ur shitty"
            return Kind.OBJECT, NOT_SAID_WHOLE_NOTE  # "ur shitty mic is echoing"
        if note == NOT_MOCKING_NOTE:
            if term in w7.MOCK_TITLES and self._gc24_role_called(ctx, hit):
                return Kind.SECOND_PERSON, ""  # "ok genius support"
            return target, note
        if (
            target in _TAUNTED
            and note in _TAUNT_NOTES
            and hit.entry.category is Cat.INSULT
            and _gg_taunt(ctx, hit)
        ):
            return Kind.GROUP, ""  # "gg no re trash"
        return target, note

    def _gc24_role_called(self, ctx: Context, hit: Hit) -> bool:
        """A role or hero named right after the title, closing the line, with sarcastic
        praise before the title and no claim word right before it."""
        tokens = ctx.tokens
        role = hit.last
        if role >= len(tokens) or ctx.pause_after(hit.last - 1):
            return False
        name = tokens[role]
        if name not in w.ROLE_VOCATIVES and name not in HEROES and name not in LANES:
            return False
        end = ctx.sentence_end(role, w7.TITLE_TAIL_REACH)
        if any(word not in w7.TITLE_TAIL for word in tokens[role + 1 : end]):
            return False  # "genius jungle play"
        if hit.first == 0 or tokens[hit.first - 1] in w7.CLAIMED:
            return False  # "that was genius mid"
        start = max(ctx.sentence_start(hit.first, w7.SARCASM_REACH), hit.first - w7.SARCASM_REACH)
        return not w7.SARCASTIC.isdisjoint(tokens[start : hit.first])


def _opens(ctx: Context, first: int) -> bool:
    """The term opens its sentence, a vocative or a chat opener before it at most."""
    if ctx.starts_sentence(first):
        return True
    if first == 0 or not ctx.starts_sentence(first - 1):
        return False
    word = ctx.tokens[first - 1]
    return word in w.SWEAR_OPENERS or word in w.ROLE_VOCATIVES or word in HEROES


def _closes(ctx: Context, hit: Hit, tails: frozenset[str]) -> bool:
    """Only `tails` after the term to the end of its sentence."""
    end = ctx.sentence_end(hit.last - 1, _TAIL_REACH)
    if end - hit.last >= _TAIL_REACH and end < len(ctx.tokens):
        return False
    return all(word in tails for word in ctx.tokens[hit.last : end])


def _gg_taunt(ctx: Context, hit: Hit) -> bool:
    """A gg-taunt opens the sentence right before the insult, which closes it: "gg no re
    trash"; never "gg no re, my internet is trash" (a pause between)."""
    first = hit.first
    start = ctx.sentence_start(first, w.GG_REACH)
    if first - start < 2 or ctx.tokens[start] not in w.GG_FIRSTS:
        return False
    if tuple(ctx.tokens[start:first]) not in w.GG_TAUNTS or ctx.pause_after(first - 1):
        return False
    return ctx.starts_sentence(start) and _closes(ctx, hit, w.GG_TAILS)
