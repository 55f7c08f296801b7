"""Targeting rules from issue 8's friendly-profanity controls (controls2): swearing that
is aimed at nobody, in shapes general to chat.

- A name-call phrase shouted at a situation: "son of a bitch, i died again", "oh son of
  a bitch, my game crashed", "son of a bitch!", "fanculo, vado a dormire". It opens
  the line (maybe after "oh", "aw", "uff") and stands alone or before the speaker's own
  news; a "you", a person or another hostile word in the line ("son of a bitch, he
  stole my kill", "fanculo, sei un idiota") still aims it, and so does a reply or a
  mention. A lone "fanculo" stays an order.
- A genital word after a preposition and "the" is the body part, not a name-call:
  "grabbing women by the pussy", "kicked in the dick". Said of no one present, and
  targeting_forum reads "his dick" so already; "you pussy" stays a name-call.
- A name-call that is also a verb, used as the verb: "they just want to bitch about
  it", "meant to bully the opposition", "people can troll all they like". After "to"
  or a modal, with the clause going on; "you to bitch!" ("too") stays a name-call.
- An Italian curse-order said to a thing after an article: "fanculo la scuola",
  "vaffanculo il traffico", "fanculo tutto" (targeting_controls reads "fanculo
  traffico"); "fanculo il jungler" still curses a player.

All run only on hits (the hit path), on a few tokens around the hit, and only for the
few curse phrases they name.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring.controls3_words import CURSE_ORDERS as _CURSE_ORDERS
from bot.core.scoring.italian11_words import ARTICLES as _ITALIAN_ARTICLES
from bot.core.scoring.lexicon import Lexicon
from bot.core.scoring.targeting_chat6 import Chat6Rules
from bot.core.scoring.targeting_context import SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_forum import BODY_PART_NOTE
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

EXCLAIMED_NOTE: Final = "said as an exclamation"  # cancels the hit: nobody is named
THING_NOTE: Final = "said of a thing, not a person"  # cancels the hit: a thing is cursed
_SON_OF_A_BITCH: Final = ("son", "of", "a", "bitch")
# Name-call phrases people shout at a situation; only the first also stands alone.
_EXCLAIMED: Final = frozenset({_SON_OF_A_BITCH, ("fanculo",)})
_OPENERS: Final = frozenset({"oh", "aw", "aww", "ah", "ugh", "argh", "uff", "uffa", "eh", "ma"})
# The speaker's own news after the exclamation: English subjects and Italian
# first-person forms ("ho perso", "vado a dormire", "mi tocca").
# fmt: off
_SPEAKER: Final = frozenset({
    "i", "im", "ive", "id", "ill", "me", "my", "we", "were", "our", "us",
    "io", "mi", "mio", "mia", "ho", "sono", "vado", "torno", "esco", "smetto",
    "abbiamo", "siamo", "andiamo", "ci", "nostro", "nostra",
})
# fmt: on
# A line going on with an order is said to someone: "son of a bitch! get out" (precision14).
_ORDERS: Final = frozenset({"get", "go", "shut", "stop", "leave", "come", "give", "back"})
# "by the pussy", "in the dick": a place on a body, not a person.
_BODY_PREPOSITIONS: Final = frozenset({"by", "in", "into", "up", "on"})
VERB_NOTE: Final = "used as a verb"  # cancels the hit: an act is named, nobody is called it
# Name-calls that are also verbs, and what makes the next word a verb.
_VERBAL_CALLS: Final = frozenset({"bitch", "bully", "troll", "fool", "bitching", "trolling"})
# fmt: off
_VERB_OPENERS: Final = frozenset({
    "to", "can", "cant", "could", "will", "wont", "would", "should", "might", "must",
    "wanna", "gonna", "dont", "doesnt", "didnt", "not", "stop",
})
# fmt: on
_EVERYTHING: Final = frozenset({"tutto"})  # "fanculo tutto": the whole situation


class Controls2Rules(Chat6Rules):
    """Swearing aimed at nobody: a name-call shouted at a situation, a thing cursed."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(lexicon)
        # The first words of every hit the rules here read: one set test spares the rest.
        self._controls2_words = (
            frozenset({_SON_OF_A_BITCH[0]}) | _VERBAL_CALLS | _CURSE_ORDERS
        ) | lexicon.cues["genital"]

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note), cancelled where a shape here applies."""
        target, note = super().reread(ctx, hit, target, note)
        words = hit.entry.tokens
        if words[0] not in self._controls2_words or note or target is Kind.REPORTED:
            return target, note  # most hits: none of the words here
        if words in _EXCLAIMED and self._shouted(ctx, hit):
            return Kind.NONE, EXCLAIMED_NOTE  # "son of a bitch, i died again"
        if len(words) != 1:
            return target, note
        if words[0] in _VERBAL_CALLS and self._as_verb(ctx, hit):
            return Kind.NONE, VERB_NOTE  # "they just want to bitch about it"
        if words[0] in self._cue_genital and self._body_place(ctx, hit):
            return Kind.OBJECT, BODY_PART_NOTE  # "grabbing women by the pussy"
        if words[0] in _CURSE_ORDERS and self._thing_cursed(ctx, hit):
            return Kind.OBJECT, THING_NOTE  # "fanculo la scuola"
        return target, note

    def _shouted(self, ctx: Context, hit: Hit) -> bool:
        """The phrase opens a line nobody is addressed in and ends its clause; the rest
        of the line is empty (only "son of a bitch" stands alone) or the speaker's own
        news, with no "you", person or other hostile word in it. Chat drops the "i" of
        that news after an exclamation mark: "son of a bitch! missed again" (precision14)."""
        if ctx.mentioned or ctx.is_reply:
            return False
        tokens = ctx.tokens
        before = tokens[: hit.first]
        if len(before) > 1 or not _OPENERS.issuperset(before):
            return False
        rest = tokens[hit.last :]
        if not rest:
            return hit.entry.tokens == _SON_OF_A_BITCH
        if len(rest) > SENTENCE_REACH or not ctx.pause_after(hit.last - 1):
            return False
        return (
            (
                not _SPEAKER.isdisjoint(rest)
                or (rest[0] not in _ORDERS and _exclaimed(ctx, hit.last))
            )
            and self._cue_second_person.isdisjoint(rest)
            and self._cue_singular_pronoun.isdisjoint(rest)
            and self._cue_person_noun.isdisjoint(rest)
            and not any(self._hostile_word(word) for word in rest)
        )

    def _hostile_word(self, word: str) -> bool:
        """A word that is a hostile entry of its own ("idiot"), not only part of a
        phrase ("di" of "pezzo di merda") or mere swearing."""
        return any(
            len(entry.tokens) == 1 and entry.category is not Cat.PROFANITY
            for _, entry in self._lexicon.anchors.get(word, ())
        )

    @staticmethod
    def _as_verb(ctx: Context, hit: Hit) -> bool:
        """ "want to bitch about", "meant to bully the opposition": after "to" or a modal,
        the clause going on after it."""
        tokens = ctx.tokens
        first = hit.first
        if first < 1 or tokens[first - 1] not in _VERB_OPENERS:
            return False
        return hit.last < len(tokens) and not ctx.pause_after(hit.last - 1)  # not "you to bitch!"

    @staticmethod
    def _body_place(ctx: Context, hit: Hit) -> bool:
        """ "by the pussy", "right in the dick": the word after a preposition and "the"."""
        if hit.entry.category is Cat.SEXUAL_HARASSMENT or hit.first < 2 or ctx.mentioned:
            return False
        tokens = ctx.tokens
        return tokens[hit.first - 1] == "the" and tokens[hit.first - 2] in _BODY_PREPOSITIONS

    def _thing_cursed(self, ctx: Context, hit: Hit) -> bool:
        """ "fanculo la scuola", "vaffanculo il traffico", "fanculo tutto": a thing after
        an article (or "tutto") right after the curse, ending the clause."""
        tokens = ctx.tokens
        named = hit.last
        if named < len(tokens) and tokens[named] in _EVERYTHING:
            return named == len(tokens) - 1 or ctx.pause_after(named)
        if named + 1 >= len(tokens) or tokens[named] not in _ITALIAN_ARTICLES:
            return False
        if ctx.pause_after(hit.last - 1) or ctx.pause_after(named):
            return False
        thing = named + 1
        if not (thing == len(tokens) - 1 or ctx.pause_after(thing)):
            return False
        return self._is_thing(tokens[thing])


def _exclaimed(ctx: Context, after: int) -> bool:
    """An exclamation mark between the phrase and the word at `after`."""
    spans = ctx.spans
    return "!" in ctx.folded[spans[after - 1][1] : spans[after][0]]
