"""Targeting rules, part four: the lobby of any game. A curse said of the team ("shit
team", "fuckin my team") and a name-call said of a teammate pointed at by a
determiner ("our reyna is useless", "this yasuo is trash", "il nostro jungler è
inutile").

The Dota-shaped rules before these know a player by a bare name ("yasuo is trash")
or a listed role ("our jg is useless"). Other games name players by agent, hero,
champion or class, and no list holds them all; a determiner that points at one
player of the match ("our", "your", "this", "that", "il nostro") says a person is
meant where a bare unknown word might be a thing ("Twitter is trash").
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring.italian11_words import ARTICLES as _ITALIAN_ARTICLES
from bot.core.scoring.lexicon import Lexicon
from bot.core.scoring.targeting_context import BEFORE, NAME_CALL_LENGTH, Context, Hit
from bot.core.scoring.targeting_controls import ControlRules
from bot.core.scoring.targeting_kinds import Cat

# Words that point at the team between a curse and its noun: "fuckin my team".
_TEAM_POINTERS: Final = frozenset(
    {"my", "our", "ur", "your", "this", "these", "the", "da", "dis", "sta", "sto", "questa"}
)
# Before a curse said of the team: nothing, or pointing words ("what a shit team").
_CURSE_OPENERS: Final = frozenset({"what", "a", "this", "such", "that", "che", "sta", "sto"})
# Determiners that point at one player of the match, Italian two at a time ("il nostro").
_PLAYER_POINTERS: Final = frozenset(
    {
        "our",
        "your",
        "ur",
        "this",
        "that",
        "these",
        "those",
        "nostro",
        "nostra",
        "vostro",
        "vostra",
        "questo",
        "questa",
        "sto",
        "sta",
        "quel",
        "quella",
    }
)
CHAT_SENTENCE: Final = 8  # a sentence this short is a chat line said to the people in the room
# Of those, the ones that make a teammate of an unknown word: "our reyna is useless".
_POSSESSIVE_POINTERS: Final = frozenset(
    {"our", "your", "ur", "nostro", "nostra", "vostro", "vostra"}
)
# Before a name-call that makes a chat line with a player: "what a useless player"
# ("this stupid kid" points at one, a rule of its own).
_CALL_OPENERS: Final = frozenset({"what", "a", "such", "che"})
# Person nouns that after a word are an exclamation's address: "sucks man", "trash bro".
_ADDRESS: Final = frozenset({"man", "dude", "bro"})
_PLURAL_COPULAS: Final = frozenset({"are", "were", "sono", "erano"})  # "our healers are useless"
# Pointing at several people: "these idiots", "quei coglioni" ("this", "that" point
# at one, and are cue words of their own).
_PLURAL_POINTERS: Final = frozenset({"these", "those", "questi", "quei", "quegli"})


class LobbyRules(ControlRules):
    """Rules for the team and the players of a match, in any game."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(lexicon)
        cues = lexicon.cues
        # Between a player's copula and the name-call: "is such a", "è proprio un".
        self._player_link = cues["article"] | cues["bridge"] | cues["partitive"]
        self._player_copulas = cues["third_copula"] | _PLURAL_COPULAS

    def _sworn_at_room(self, ctx: Context, hit: Hit) -> bool:
        """A curse right before the team, closing its clause: "shit team", "fucking team",
        "fuckin my team", "what a shit team". "best fucking team ever" praises, and
        "shit, team, they're behind us" swears beside the team, not at it."""
        room = self._cue_room
        if self._cue_curse.isdisjoint(hit.entry.tokens) or not ctx.mentions_any("room", room):
            return False
        tokens = ctx.tokens
        at = hit.last
        if at < len(tokens) and tokens[at] in _TEAM_POINTERS and not ctx.pause_after(at - 1):
            at += 1
        if at >= len(tokens) or tokens[at] not in room or ctx.pause_after(at - 1):
            return False
        if at + 1 < len(tokens) and not ctx.pause_after(at):
            return False  # "fucking team carried": the team does something
        start = ctx.sentence_start(hit.first, BEFORE)
        opening = tokens[start : hit.first]
        return ctx.starts_sentence(start) and all(t in _CURSE_OPENERS for t in opening)

    def _pointed_at(self, ctx: Context, hit: Hit) -> bool:
        """ "look at that moron", and with several pointed at, a noun that only ever names
        people: "can't carry these idiots", "report these noobs", "questi idioti".
        A judging word or a vulgar word ("these bastards") may be said of anyone
        anywhere, so only the nouns of the `name_noun` cues count, and only in a
        sentence as short as a chat line: in a long post "these idiots" are often
        people written about, not people in the room."""
        if super()._pointed_at(ctx, hit):
            return True
        if (
            hit.first == 0
            or ctx.tokens[hit.first - 1] not in _PLURAL_POINTERS
            or hit.entry.tokens[-1] not in self._cue_name_noun
        ):
            return False
        start = ctx.sentence_start(hit.first, CHAT_SENTENCE)
        end = ctx.sentence_end(hit.last - 1, CHAT_SENTENCE)
        return ctx.starts_sentence(start) and end - start <= CHAT_SENTENCE

    def _names_the_player(self, ctx: Context, hit: Hit) -> bool:
        """A noun that only names people closing a chat line after "the": "vote kick the
        noob", "easy win from the noob", "ban the idiot". Said in the match, "the noob"
        is someone in it; "i'm the noob here", "don't be the idiot" and longer
        sentences ("the idiot in the movie was funny") stay with the rules."""
        cues = self._cues
        tokens = ctx.tokens
        if (
            hit.first == 0
            or tokens[hit.first - 1] != "the"
            or hit.entry.tokens[-1] not in self._cue_name_noun
        ):
            return False
        start = ctx.sentence_start(hit.first, CHAT_SENTENCE)
        end = ctx.sentence_end(hit.last - 1, CHAT_SENTENCE)
        if not ctx.starts_sentence(start) or end != hit.last or end - start > CHAT_SENTENCE:
            return False
        if end < len(tokens) and not ctx.stop_after(end - 1):
            return False
        before = tokens[start : hit.first]
        return all(
            cues[name].isdisjoint(before)
            for name in ("self", "negation", "second_person", "copula", "third_person")
        )

    def _sworn_at_group(self, ctx: Context, hit: Hit) -> bool:
        """ "fuck immigrants", and in chat an identity adjective said as a noun: a line
        that is a curse and the adjective, "fucking peruvian", "shit pinoy"."""
        if super()._sworn_at_group(ctx, hit):
            return True
        tokens = ctx.tokens
        at = hit.last
        return (
            at == len(tokens) - 1
            and hit.first == 0
            and tokens[at] in self._cue_identity_adjective
            and not self._cue_curse.isdisjoint(hit.entry.tokens)
            and not ctx.pause_after(hit.last - 1)
        )

    def _said_of_player(self, ctx: Context, hit: Hit) -> bool:
        """A name-call said of a player a determiner points at: "our reyna is useless",
        "this yasuo is a clown", "il nostro jungler è inutile", "these kids are trash".
        "this" or "that" before a word no list knows may point at a thing ("that quiz
        was ez"), so there only a noun that names people counts, or any name-call after a
        role.

        The subject opens the sentence: the determiner(s), then a name or a role,
        then a copula and only linking words before the hit, which closes its clause
        ("this iphone is trash" names a thing, "our mid is trash this patch" a lane).
        """
        if hit.entry.category is not Cat.INSULT:
            return False
        tokens = ctx.tokens
        i = hit.first - 1
        floor = max(0, hit.first - BEFORE)
        linking, copulas = self._player_link, self._player_copulas
        while i >= floor and tokens[i] in linking and tokens[i] not in copulas:
            i -= 1
        if i < floor + 2 or tokens[i] not in copulas:
            return False
        subject = i - 1
        pointer = subject - 1
        if tokens[pointer] not in _PLAYER_POINTERS:
            return False
        if pointer > 0 and tokens[pointer - 1] in _ITALIAN_ARTICLES:
            pointer -= 1  # "il nostro jungler"
        if not ctx.starts_sentence(pointer) or any(
            ctx.pause_after(j) for j in range(pointer, hit.first - 1)
        ):
            return False
        word = tokens[subject]
        if not (word in self._cue_role or word in self._cue_person_noun):
            named = len(word) > 2 and word.isalpha() and word not in self._lexicon.rule_words
            if not named or word in self._cue_word:
                return False  # an ordinary word: "this patch is trash"
            last = hit.entry.tokens[-1]
            if tokens[pointer] not in _POSSESSIVE_POINTERS and not (
                last in self._cue_name_noun or last in self._cue_person_noun
            ):
                return False  # "that quiz was ez", "this dlc is trash": maybe a thing
        return ctx.sentence_end(hit.last - 1, 1) == hit.last

    def _called_player(self, ctx: Context, hit: Hit) -> bool:
        """A chat line that is a name-call and a player: "trash kid", "useless player",
        "giocatore di merda", "supporto del cazzo".

        The line is at most NAME_CALL_LENGTH words, opens with the name-call (maybe
        after "che", "what a") and ends with a person noun or a role right after it,
        or, Italian order, opens with the person noun or role right before it and
        ends with the name-call. "trash game" and "partita di merda" name a thing.
        """
        if hit.entry.category is not Cat.INSULT:
            return False
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, NAME_CALL_LENGTH)
        end = ctx.sentence_end(hit.last - 1, NAME_CALL_LENGTH)
        if not ctx.starts_sentence(start) or end - start > NAME_CALL_LENGTH:
            return False
        if end < len(tokens) and not ctx.stop_after(end - 1):
            return False
        if end == hit.last + 1 and all(t in _CALL_OPENERS for t in tokens[start : hit.first]):
            noun = tokens[hit.last]  # "trash kid", "what a useless player"
            if noun in _ADDRESS:
                return False  # "sucks man": said to someone about a thing
        elif end == hit.last and hit.first > start:
            noun = tokens[hit.first - 1]  # "giocatore di merda", "che supporto del cazzo"
            if not all(t in _CALL_OPENERS for t in tokens[start : hit.first - 1]):
                return False
        else:
            return False
        return noun in self._cue_person_noun or noun in self._cue_role
