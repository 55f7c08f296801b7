"""Targeting rules of the thirteenth game-chat round (issue 8): game chat of any game.

- One-word gloats at a losing player ("cry", "seethe", "mald", "tilted?") are lexicon
  lines counted only as the whole message, a vocative or laughter beside them at most
  ("cry kid", "lol mald", "u tilted?"); in a sentence ("i cry at every film", "she
  started to cry") they are nobody's insult.
- "deserve bronze" (a lexicon line sending a player down a rank) is a medal or a prize
  when "medal", "for", "place" or the like follows ("she deserves silver for that race").
- "<someone> is shit" (a lexicon line counted only of people) is no verdict when it is
  the first half of a compound: "he is shit talking again", "she's shit hot at this".
- "uninstall" told of software that is not the game ("uninstall discord and reinstall",
  "uninstall the old driver", "uninstall the mod first") or as half of a fix with a
  reinstall in its clause ("uninstall the game and reinstall it") is tech support, not an
  order to give the game up; "uninstall dota", "uninstall and never come back" stay.
- "<role or hero> player is <name-call>" opening the clause ("mid player is an idiot",
  "genji player is trash") is said of that player, as "the mid player is ..." already is.
- "joke mid", "joke team" (lexicon lines) judge the player or the team only closing
  their clause ("what a joke mid", "joke jungler gg"); "joke team comp" and "the joke
  team name" name things.
- "the shitter" is the toilet ("his career went down the shitter"); "u shitter" a player.
- Swearing right before a game event that closes its clause ("fucking clutch", "shit
  wallbang lol", "fucking comeback") exclaims at the play: the event is no name the older
  rules should take for a player ("fuck tusk", "fucking pudge" still name one).

Most of the round is lexicon lines: name-calls and orders of EU servers in Russian
transliteration, Spanish, German, French, Portuguese and Polish, counted only when aimed
("ty debil", "idi nahui", "eres un inutil", "du hurensohn", "ta gueule", "pidor mid");
gloats ("dog water", "bad kid", "sit kid", "stay tilted"); "is shit" of a person; a player
sent down a rank ("u deserve bronze", "back to iron with you") or to a region's servers
("go back to ru server"); "u shitter", "you played ass", "garbo", "nooby"; the "your
mom" brag. chat9's "<role> diff" now takes a time tail ("jungle diff all game") and
gamechat9's "ez" before a spot shown to the team ("ez ward spot here") is no gloat.

Each rule is gated by a frozenset test on the hit's own term (or, for a profanity hit, on
the word after it; for a name-call nobody is aimed at, on the word before it), then reads
at most the hit's clause: hits of other terms pay a handful of set look-ups.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import chat9_reads as reads
from bot.core.scoring import gamechat13_words as g13
from bot.core.scoring.gamechat8_words import HEROES, LANES
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_discord11 import Discord11Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["GameChat13Rules"]

_ROLE_PLAYER_MIN: Final = 3  # "mid player is" before the name-call

NOT_ALONE_NOTE: Final = "a gloat word in a sentence, not a gloat"
TECH_NOTE: Final = "tech support, not an order to quit"
EXCLAIMED_NOTE: Final = "swearing at a play, not at a player"
THING_NOTE: Final = "a thing of the role or the team, no verdict"
TOILET_NOTE: Final = "the toilet, not a player"
MEDAL_NOTE: Final = "a medal or a prize deserved, not a rank"
COMPOUND_NOTE: Final = "a compound's first half (shit talking), no verdict"


class GameChat13Rules(Discord11Rules):
    """ "uninstall" as tech support; swearing at a game event."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' reading, decided anew for the gamechat13 shapes."""
        target, note = super().reread(ctx, hit, target, note)
        entry = hit.entry
        if entry.term in g13.TAUNTS:
            if self._gc13_taunt_alone(ctx, hit):
                return Kind.SECOND_PERSON, ""  # "cry", "lol mald", "u tilted?"
            return Kind.OBJECT, NOT_ALONE_NOTE  # "i cry at films", "she started to cry"
        if entry.term in g13.JOKE_ROLES:
            end = ctx.sentence_end(hit.last - 1, 4)
            if any(word not in g13.JOKE_TAILS for word in ctx.tokens[hit.last : end]):
                return Kind.OBJECT, THING_NOTE  # "joke team comp", "the joke team name"
            if target is Kind.NONE and not note:
                if entry.tokens[-1] in self._cue_room:
                    return Kind.GROUP, ""  # "what a joke team"
                return Kind.THIRD_PERSON, SAID_OF_NOTE  # "what a joke mid"
            return target, note
        if entry.term in g13.SHITTER:
            if hit.first > 0 and ctx.tokens[hit.first - 1] in g13.TOILET_BEFORE:
                return Kind.OBJECT, TOILET_NOTE  # "his career went down the shitter"
            return target, note
        if entry.term in g13.RANK_SENT:
            if hit.last < len(ctx.tokens) and ctx.tokens[hit.last] in g13.MEDAL_AFTER:
                return Kind.OBJECT, MEDAL_NOTE  # "she deserves silver for that race"
            return target, note
        if entry.term in g13.SHIT_VERDICT:
            if hit.last < len(ctx.tokens) and ctx.tokens[hit.last] in g13.SHIT_COMPOUND:
                return Kind.OBJECT, COMPOUND_NOTE  # "he is shit talking again"
            return target, note
        if entry.term in g13.UNINSTALL:
            if not note and self._gc13_tech(ctx, hit):
                return Kind.OBJECT, TECH_NOTE  # "uninstall discord and reinstall"
            return target, note
        if (
            entry.category is Cat.PROFANITY
            and target is Kind.NONE
            and not note
            and hit.last < len(ctx.tokens)
            and ctx.tokens[hit.last] in g13.EVENTS
            and self._gc13_event_closes(ctx, hit)
        ):
            return Kind.NONE, EXCLAIMED_NOTE  # "fucking clutch"
        if (
            target is Kind.NONE
            and not note
            and entry.category is Cat.INSULT
            and hit.first >= _ROLE_PLAYER_MIN
            and ctx.tokens[hit.first - 1] in g13.ROLE_PLAYER_GAP
            and self._gc13_role_player(ctx, hit)
        ):
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "mid player is an idiot"
        return target, note

    def _gc13_role_player(self, ctx: Context, hit: Hit) -> bool:
        """ "<role or hero> player is <name-call>" opening the clause (an owner or an
        opener before it at most)."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, g13.ROLE_PLAYER_REACH)
        at = hit.first - 1
        while at > start and tokens[at] in g13.ROLE_PLAYER_GAP and not ctx.pause_after(at):
            if tokens[at] in g13.ROLE_PLAYER_COPULAS:
                break
            at -= 1
        if at - 2 < start or tokens[at] not in g13.ROLE_PLAYER_COPULAS:
            return False
        if tokens[at - 1] not in g13.ROLE_PLAYER:
            return False
        name = tokens[at - 2]
        if (
            name not in self._cue_role
            and name not in HEROES
            and name not in LANES
            and name not in g13.HERO_WORDS
        ):
            return False
        return at - 2 == start or (at - 3 == start and tokens[start] in g13.ROLE_PLAYER_OWNERS)

    @staticmethod
    def _gc13_taunt_alone(ctx: Context, hit: Hit) -> bool:
        """The gloat word is the whole (short) message but for a vocative or laughter."""
        tokens = ctx.tokens
        if len(tokens) > g13.TAUNT_LINE:
            return False
        for i, word in enumerate(tokens):
            if hit.first <= i < hit.last or word in g13.TAUNT_BESIDE:
                continue
            if word[:3] not in g13.TAUNT_LAUGHS:
                return False
        return hit.entry.term not in g13.TAUNT_ASKED or reads.question_after(ctx, hit)

    @staticmethod
    def _gc13_tech(ctx: Context, hit: Hit) -> bool:
        """A reinstall in the clause, or software (not the game) right after the order."""
        tokens = ctx.tokens
        end = ctx.sentence_end(hit.last - 1, g13.SOFTWARE_REACH)
        after = tokens[hit.last : end]
        if not g13.REINSTALL.isdisjoint(after):
            return True  # "uninstall it and reinstall"
        i = 0
        while i < len(after) and after[i] in g13.SOFTWARE_SKIP:
            i += 1
        return i < len(after) and after[i] in g13.SOFTWARE  # "uninstall the old driver"

    @staticmethod
    def _gc13_event_closes(ctx: Context, hit: Hit) -> bool:
        """The event word right after the hit ends its clause, but for laughter or a
        vocative."""
        at = hit.last
        if ctx.pause_after(at - 1):
            return False  # "fuck, clutch": two thoughts
        end = ctx.sentence_end(at, 4)
        return all(word in g13.EVENT_TAILS for word in ctx.tokens[at + 1 : end])
