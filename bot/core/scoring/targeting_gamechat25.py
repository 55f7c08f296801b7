"""Targeting rules of the gamechat25 round (issue 8, nineteenth session): in-game chat
of many games (Dota 2, League, Overwatch, Valorant, CS2, Rocket League, block-game
servers). The round's fix at depth: gamechat23's "imagine losing to this" reads a boss,
a mob, a level or a puzzle after it as no player ("imagine losing to this boss 20
times, i did lol"), never "imagine losing to this team / guy / noob".

- An order to leave the match with a tail: "leave the game pls", "just leave then",
  "leave this game noob", "jett just leave", "esci dal gioco"; and gamechat14's
  "just afk then", "go afk then" that it read as a plan for the tail "then". The
  order opens its sentence (chat openers, "u should just", a role or hero before it at
  most) and closes it but for a tail ("then", "already", "pls", a vocative, laughter).
  Clean: "i have to leave the game soon", "dont leave the game pls", "if u leave the game
  u get banned", "leave the game running overnight", "just leave the ward there", "just
  afk farm the jungle", "devo uscire dal gioco".
- A mocking question about the reader's hands, eyes or skill: "do u even have hands?",
  "can u even aim", "are u even trying", "who taught u to play", "ma sai almeno
  giocare?". An ability word right after the question (over "to" / "how to"), and only
  the game's words to the sentence's end. Clean: "do u even need wards in this mode?",
  "can you even see the boss from there?", "are u even online?", "who taught you to play
  guitar?", "sai giocare a scacchi?", "do i even have hands lmao" (no line). In the same
  reading: "are u playing with ur feet?", "r u playing with ur monitor off", "is ur
  monitor off"; clean: "are you playing with friends tonight?", "are u playing with a
  controller?", "is ur monitor off? the stream is black".
- A player said to suck in chat grammar: "pudge suck", "our jungler suck lol", "ur team
  suck", "he suck so bad", "genji sucked so bad". A role, a hero or the team (with an
  owner) opening the sentence right before "suck" / "sucked", which closes it but for a
  tail; read as swearing at a name ("shit pudge"). Clean: "i suck", "we suck lol",
  "these skins suck", "jett suck it up and play", "does mid suck?", "this bot suck"
  (a program), "the new patch sucked". A message whose only hit is "suck" and names no
  player or group never reaches the rules (scorer.py), so "she suck at this game" stays
  as it was.

Cost per hit: one frozenset test of the term; then, for the round's terms only, at most
five tokens back to the sentence's start and six ahead to its end ("suck": two back,
four ahead). No regex, no new work
for messages without a hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat24_words as w24
from bot.core.scoring import gamechat25_words as w
from bot.core.scoring.gamechat8_words import HEROES, LANES
from bot.core.scoring.gamechat14_words import LEAVE_ORDERS as GC14_LEAVE_ORDERS
from bot.core.scoring.targeting_context import NAMED_NOTE, Context, Hit
from bot.core.scoring.targeting_gamechat14 import PLAN_NOTE
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid21 import Olid21Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_DOUBTED_NOTE", "NOT_ORDERED_NOTE", "GameChat25Rules"]

# Notes that cancel the hit (weighing.py zeroes any note it does not name).
NOT_ORDERED_NOTE: Final = "leaving talked of, not an order to leave the match"
NOT_DOUBTED_NOTE: Final = "a question that means it, not the reader's skill doubted"
# The older rules' readings of "suck" / "sucked" that a named player re-aims.
_SUCK_READ: Final = frozenset({Kind.NONE, Kind.OBJECT, Kind.THIRD_PERSON, Kind.SECOND_PERSON})


class GameChat25Rules(Olid21Rules):
    """An order to leave the match with a tail, a mocking question about the reader's
    hands, eyes or skill, a player said to suck: each aimed only said whole."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed or cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.LEAVE_ORDERS:
            if target is Kind.REPORTED or ctx.quoted(hit.first, hit.last):
                return target, note
            if _ordered(ctx, hit):
                return Kind.IMPERATIVE, ""  # "leave the game pls", "just leave then"
            return Kind.OBJECT, NOT_ORDERED_NOTE  # "i have to leave the game soon"
        if note == PLAN_NOTE and term in GC14_LEAVE_ORDERS:
            if _ordered(ctx, hit) and not ctx.quoted(hit.first, hit.last):
                return Kind.IMPERATIVE, ""  # "just afk then"
            return target, note
        if term in w.SUCK_TERMS and not note and target in _SUCK_READ:
            aimed = self._gc25_player_sucks(ctx, hit)
            if aimed is not None:
                return aimed, NAMED_NOTE  # "pudge suck", "our carries suck"
            return target, note
        if term in w.EVEN_ASKS or term in w.PLAYING_WITH or term in w.MONITOR_OFF:
            if target is Kind.REPORTED or ctx.quoted(hit.first, hit.last):
                return target, note
            if _doubted(ctx, hit):
                return Kind.SECOND_PERSON, ""  # "do u even have hands?"
            return Kind.OBJECT, NOT_DOUBTED_NOTE  # "do u even need wards here?"
        return target, note

    def _gc25_player_sucks(self, ctx: Context, hit: Hit) -> TargetKind | None:
        """The player (or the team) that "suck" is said of, opening its sentence (an
        owner or a chat opener before it at most), "suck" closing it but for a tail."""
        first = hit.first
        if first == 0 or ctx.quoted(first, hit.last) or ctx.asked_right_after(hit.last):
            return None  # "does mid suck?"
        tokens = ctx.tokens
        end = ctx.sentence_end(hit.last - 1, w.SUCK_REACH)
        if end - hit.last >= w.SUCK_REACH and end < len(tokens):
            return None
        if any(word not in w.SUCK_TAILS for word in tokens[hit.last : end]):
            return None  # "suck it up", "mid lane sucks on this map"
        at = first - 1
        if at > 0 and tokens[at] in w.SUCK_FILLERS and not ctx.pause_after(at - 1):
            at -= 1  # "our mid really suck"
        if ctx.pause_after(at):
            return None
        word = tokens[at]
        if word in w.SUCK_NOT_PLAYERS:
            return None  # "this bot suck"
        lead = tokens[at - 1] if at > 0 and not ctx.starts_sentence(at) else ""
        if word in w.SUCK_PRONOUNS:
            return Kind.THIRD_PERSON if not lead else None  # "he suck so bad"
        if lead and lead not in w.SUCK_OWNERS and lead not in w24.SWEAR_OPENERS:
            return None
        if lead and at > 1 and not ctx.starts_sentence(at - 1):
            opener = at - 2  # "lol our mid suck", never "i think our mid suck"
            if tokens[opener] not in w24.SWEAR_OPENERS or not ctx.starts_sentence(opener):
                return None
        if word in w.TEAM_WORDS:
            return Kind.GROUP if lead in w.SUCK_OWNERS else None  # "ur team suck"
        if _player_name(word) or word in self._cue_role:
            return Kind.THIRD_PERSON  # "pudge suck", "our jungler suck lol"
        return None


def _ordered(ctx: Context, hit: Hit) -> bool:
    """The order opens its sentence but for openers or a vocative, and closes it but for
    a tail."""
    tokens = ctx.tokens
    start = ctx.sentence_start(hit.first, w.LEAVE_REACH)
    if start < hit.first and not ctx.starts_sentence(start):
        return False  # more than LEAVE_REACH words before it
    for word in tokens[start : hit.first]:
        if word not in w.LEAVE_OPENERS and not _player_name(word):
            return False  # "i have to leave the game", "dont leave the game"
    end = ctx.sentence_end(hit.last - 1, w.LEAVE_REACH)
    if end - hit.last >= w.LEAVE_REACH and end < len(tokens):
        return False
    return all(word in w.LEAVE_TAILS for word in tokens[hit.last : end])


def _player_name(word: str) -> bool:
    """A role, a hero or a lane named as the vocative: "jett just leave"."""
    return word in w24.ROLE_VOCATIVES or word in HEROES or word in LANES


def _doubted(ctx: Context, hit: Hit) -> bool:
    """An ability word right after the question (over "to" / "how to"; in the Italian
    term itself), and only the game's words to the sentence's end."""
    tokens = ctx.tokens
    end = ctx.sentence_end(hit.last - 1, w.ABILITY_REACH)
    if end - hit.last >= w.ABILITY_REACH and end < len(tokens):
        return False
    at = hit.last
    term = hit.entry.term
    if term in w.MONITOR_OFF:  # "is ur monitor off", never "... off? the stream is black"
        if len(tokens) - at > w.ABILITY_REACH:
            return False
        return all(word in w.MONITOR_TAILS for word in tokens[at:])
    if term in w.PLAYING_WITH:
        after = tokens[at:end]  # "are u playing with ur feet", never "... with friends"
        return all(word in w.PLAYED_TAILS for word in after) and not w.PLAYED_WITH.isdisjoint(after)
    if term not in w.ASKS_WITH_ABILITY:
        while at < end and tokens[at] in w.ABILITY_LEADS and tokens[at] not in w.ABILITIES:
            at += 1  # "who taught u to play", "... how to aim"
        if at >= end or tokens[at] not in w.ABILITIES:
            return False  # "do u even need wards"
        if tokens[at] in w.STATES and hit.first > 0 and tokens[hit.first - 1] == "how":
            return False  # gamechat30: "how are you even awake" asks in earnest
        at += 1
    return all(word in w.ABILITY_TAILS for word in tokens[at:end])
