"""Targeting rules from a second game-chat probe (issue 8, branch gamechat4): players
named by what they play, in the shapes chat uses when the earlier rules found nobody.

- A superlative fused with a player noun names a player: "worst carry ever", "pudge
  is the worst player i have ever seen", "ur actually the dumbest person alive",
  "worst team ever". "worst game ever" and "the worst lag" judge things; "im the worst
  healer" is said of oneself.
- A name-call, then a pointer and a player closing the line: "che nabbo sto
  jungler", "what a clown this guy", "such a noob that healer".
- A role or a person noun opening a short chat line, the name-call right after it,
  Italian order: "tank di merda muoviti", "healer useless again".
- An Italian pointing pronoun as the subject of a noun that only names people:
  "questo è un imbecille, reportatelo" ("questo è uno schifo" judges a thing).
- "random" pointing at a player of the match: "random leon is so trash".

They reread only a hit the other rules left unaimed (no target, a thing, a third
person weighed as a loose word) and without a note, and look at a few tokens around
it, so cost stays O(1) per hit.
"""

from __future__ import annotations

import itertools
from typing import Final

from bot.core.scoring.forum_words import is_abstract
from bot.core.scoring.targeting_context import BEFORE, SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_discord import DiscordRules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT, Kind.THIRD_PERSON})
_SUPERLATIVES: Final = frozenset({"worst", "dumbest", "stupidest"})
# After "worst <player noun>" the clause goes on about that player: "worst carry
# ever", "the worst player i have ever seen", "dumbest person alive", "... on eu".
_AFTER_PLAYER: Final = frozenset(
    {"ever", "i", "ive", "alive", "in", "on", "of", "here", "to", "who", "lol", "lmao"}
)
# A question about players in general is no name-call: "who is the worst carry".
_ASKING: Final = frozenset({"who", "whos", "which", "what", "whats"})
# Pointing at one player after the name-call: "che nabbo sto jungler".
_POINTERS_AFTER: Final = frozenset(
    {"this", "that", "sto", "sta", "questo", "questa", "quel", "quella", "quello"}
)
# Before such a name-call, only exclamation openers: "what a", "such a", "che".
_CALL_OPENERS: Final = frozenset({"what", "a", "an", "such", "che", "un", "una", "uno", "so"})
_ITALIAN_POINTING: Final = frozenset({"questo", "questa"})
_ITALIAN_COPULAS: Final = frozenset({"e", "è"})
_ITALIAN_ARTICLES: Final = frozenset({"un", "una", "uno", "proprio", "davvero", "solo"})
_RANDOM: Final = "random"
_LINKS: Final = frozenset(
    {"is", "s", "so", "such", "a", "an", "literally", "actually", "really", "just", "kinda"}
)
_SELF_COPULAS: Final = frozenset({"am", "m", "was", "s", "be"})  # "i am", "i m", "i was"
# Between a player and "sucks": "our jungler really sucks", "he just sucks".
_SUCK_ADVERBS: Final = frozenset(
    {"really", "so", "just", "literally", "actually", "kinda", "still"}
)
# gamechat15: the past tense too ("our healer sucked").
_SUCK_VERBS: Final = frozenset({"sucks", "sucked"})
# Before a player noun as the subject: "our healer", "this guy", "my supports".
_SUBJECT_DETERMINERS: Final = frozenset(
    {"our", "my", "your", "ur", "the", "this", "that", "these", "those", "their"}
)
# hatecheck23: children kept from something ("kids should not be allowed near the stove")
# is a rule made for them, not a name-call said of a player.
_CHILDREN: Final = frozenset({"kids", "kid", "children", "child", "toddlers", "babies"})
_CHAT_LINE: Final = 8  # a sentence this short is a chat line in the match


class GameChatRules(DiscordRules):
    """Players named by what they play, where the earlier rules found nobody."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """`aim`'s answer, aimed at a player or the team where a shape here applies."""
        if note or target not in _UNAIMED or hit.entry.category is not Cat.INSULT:
            return target, note
        tokens = ctx.tokens
        last = hit.entry.tokens[-1]
        if last in _SUPERLATIVES and hit.last < len(tokens):
            return self._superlative_player(ctx, hit, hit.last, target, note)
        if hit.entry.tokens[0] in _SUPERLATIVES and len(hit.entry.tokens) == 2:
            return self._superlative_player(ctx, hit, hit.last - 1, target, note)
        if hit.last + 1 < len(tokens) and tokens[hit.last] in _POINTERS_AFTER:
            if self._pointed_after(ctx, hit):
                return Kind.THIRD_PERSON, SAID_OF_NOTE  # "che nabbo sto jungler"
            return target, note
        if hit.first == 0:
            return target, note
        if self._role_opens(ctx, hit) or self._pointing_pronoun(ctx, hit):
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "tank di merda muoviti"
        if self._random_player(ctx, hit):
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "random leon is so trash"
        if last in _SUCK_VERBS and self._player_sucks(ctx, hit):
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "this healer sucks", "he sucked"
        return target, note

    def _player_noun(self, word: str) -> bool:
        return word in self._cue_role or word in self._cue_person_noun

    def _superlative_player(
        self, ctx: Context, hit: Hit, noun: int, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """ "worst carry ever", "ur actually the dumbest person alive", "worst team ever":
        the superlative, then the player noun at `noun` (in the hit or right after it)."""
        tokens = ctx.tokens
        room = tokens[noun] in self._cue_room
        if ctx.pause_after(noun - 1) or not (room or self._player_noun(tokens[noun])):
            return target, note  # "worst game ever", "the worst lag"
        if noun + 1 < len(tokens) and not (
            ctx.pause_after(noun) or tokens[noun + 1] in _AFTER_PLAYER
        ):
            return target, note  # "worst team comp", "the worst player base"
        before = tokens[ctx.sentence_start(hit.first, BEFORE) : hit.first]
        if (
            _said_of_self(before, self._cue_self)
            or not self._cue_negation.isdisjoint(before)
            or not _ASKING.isdisjoint(before)
        ):
            return target, note  # "im the worst healer", "not the worst player", "who is"
        if not self._cue_second_person.isdisjoint(before):
            return Kind.SECOND_PERSON, ""  # "you're the worst teammate ever"
        if self._player_noun(tokens[noun]):
            return Kind.THIRD_PERSON, SAID_OF_NOTE
        return Kind.GROUP, ""  # "worst team i have ever seen"

    def _pointed_after(self, ctx: Context, hit: Hit) -> bool:
        """ "che nabbo sto jungler", "what a clown this guy": the player closes the line."""
        tokens = ctx.tokens
        player = hit.last + 1
        start = ctx.sentence_start(hit.first, _CHAT_LINE)
        if not ctx.starts_sentence(start) or ctx.sentence_end(hit.last - 1, 3) != player + 1:
            return False
        if any(t not in _CALL_OPENERS for t in tokens[start : hit.first]):
            return False
        if ctx.pause_after(hit.last - 1):
            return False
        word = tokens[player]
        return self._player_noun(word) or self._unknown_name(word)

    def _unknown_name(self, word: str) -> bool:
        """A word no list knows: a hero's or a player's name ("sto invoker")."""
        return self._unlisted(word) and not is_abstract(word)  # "provo disgusto per ..."

    def _unlisted(self, word: str) -> bool:
        """A word of three letters or more that no list knows and no thing is: it may be
        a name (a player's, a hero's, a member's). The later rounds' name tests use it."""
        return (
            len(word) >= 3
            and word.isalpha()
            and word not in self._lexicon.rule_words
            and word not in self._cue_word
            and not self._is_thing(word)
        )

    def _role_opens(self, ctx: Context, hit: Hit) -> bool:
        """A role or person noun opening a short chat line, the name-call right after
        it: "tank di merda muoviti", "healer useless again"."""
        tokens = ctx.tokens
        noun = hit.first - 1
        if tokens[noun] not in self._cue_role and tokens[noun] not in self._cue_person_noun:
            return False
        if tokens[noun] in _CHILDREN and hit.entry.tokens[-1] == "allowed":
            return False  # "kids should not be allowed near the stove"
        if not ctx.starts_sentence(noun) or ctx.pause_after(noun):
            return False
        return ctx.sentence_end(hit.last - 1, _CHAT_LINE) - noun <= _CHAT_LINE

    def _pointing_pronoun(self, ctx: Context, hit: Hit) -> bool:
        """ "questo è un imbecille": an Italian pointing pronoun, a copula, a noun that
        only names people."""
        if hit.entry.tokens[-1] not in self._cue_name_noun:
            return False
        tokens = ctx.tokens
        i = hit.first - 1
        while i > 0 and tokens[i] in _ITALIAN_ARTICLES:
            i -= 1
        return (
            i >= 1
            and tokens[i] in _ITALIAN_COPULAS
            and tokens[i - 1] in _ITALIAN_POINTING
            and ctx.starts_sentence(i - 1)
            and not any(ctx.pause_after(j) for j in range(i - 1, hit.first - 1))
        )

    def _player_sucks(self, ctx: Context, hit: Hit) -> bool:
        """ "this healer sucks", "our jungler really sucks", "he sucks", "that pudge sucks":
        a player opening the sentence is what sucks. "this song sucks" and "lag sucks"
        name things; a bare unknown word may be a game ("warzone sucks"), so a name
        counts only pointed at ("that pudge")."""
        tokens = ctx.tokens
        i = hit.first - 1
        while i > 0 and tokens[i] in _SUCK_ADVERBS:
            i -= 1
        word = tokens[i]
        if word in self._cue_singular_pronoun or word == "they":
            start = i
        elif self._player_noun(word):
            start = i - 1 if i > 0 and tokens[i - 1] in _SUBJECT_DETERMINERS else i
        elif i > 0 and tokens[i - 1] in self._cue_demonstrative and self._unknown_name(word):
            start = i - 1
        else:
            return False
        return ctx.starts_sentence(start) and not any(
            ctx.pause_after(j) for j in range(start, hit.first)
        )

    def _random_player(self, ctx: Context, hit: Hit) -> bool:
        """ "random leon is so trash", "random jett is useless": a player of the match."""
        tokens = ctx.tokens
        i = hit.first - 1
        floor = max(0, hit.first - BEFORE)
        while i > floor and tokens[i] in _LINKS and tokens[i] not in ("is", "s"):
            i -= 1
        if i < 2 or tokens[i] not in ("is", "s") or tokens[i - 2] != _RANDOM:
            return False
        word = tokens[i - 1]
        return (
            ctx.starts_sentence(i - 2)
            and (self._player_noun(word) or self._unknown_name(word))
            and not any(ctx.pause_after(j) for j in range(i - 2, hit.first - 1))
        )


def _said_of_self(before: list[str], self_words: frozenset[str]) -> bool:
    """ "im the worst healer", "i was the dumbest player": the writer is the subject
    ("why do i always get the dumbest randoms" is not said of oneself)."""
    return "im" in before or any(
        a in self_words and b in _SELF_COPULAS for a, b in itertools.pairwise(before)
    )
