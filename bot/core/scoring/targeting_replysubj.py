"""Targeting rule from the reply-subject round (issue 8, branch replysubj).

On Discord most messages are replies or carry a mention, so a verdict with no cue of
its own is read as aimed at the mentioned user or the one replied to. When its
sentence opens with a subject of its own, a definite article, maybe adjectives, a noun,
then a copula ("@bob the update is trash", "the servers are garbage", "@luca la legge
è stupida"), a judging word (the lexicon's "descriptive" words: "trash", "stupid";
not a name-call noun such as "prick") is said of that subject, so the mention gives way
to it: a thing is judged, and no one is insulted. It stays with the reader or a person
when any word of the subject names a person, a role, a group, a player or a hero ("@bob
the ref is stupid", "the mods are idiots", "the gop"), when the sentence also speaks to
the reader or a person pronoun follows ("the plan is stupid and so are you", "the
kicker is useless, cut him"). Unknown nouns: a word of the ordinary-word list
(words.txt) that no person list names is a thing; a word no list knows is a thing too
("the ui", "the netcode": a name seldom takes "the"), unless it ends like an agent noun
("the plumber", "the journalist").

Reads only the few tokens of the hit's sentence before it, so cost stays O(1) per hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid4_words as o4
from bot.core.scoring import replysubj_words as rs
from bot.core.scoring.targeting_context import AFTER, SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_threats8 import Threats8Rules
from bot.core.scoring.verdict import TargetKind

THING_JUDGED_NOTE: Final = "said of a thing the sentence names, not of the reader"
_PERSON_CUES: Final = (
    "person_noun",
    "role",
    "people",
    "identity",
    "room",
)  # "old" may be a thing's


class ReplySubjRules(Threats8Rules):
    """A reply's or a mention's verdict said of a thing named as its sentence's subject."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note), given way to a thing judged in a reply."""
        target, note = super().reread(ctx, hit, target, note)
        if note or (target is not Kind.MENTION and target is not Kind.REPLY):
            return target, note
        entry = hit.entry
        if entry.category is not Cat.INSULT and entry.category is not Cat.BODY_SHAMING:
            return target, note
        if entry.person_only or self._cue_descriptive.isdisjoint(entry.tokens):
            return target, note  # "@bob the chef is a prick": a noun people are called
        if self._thing_judged(ctx, hit):
            return Kind.OBJECT, THING_JUDGED_NOTE  # "@bob the update is trash"
        return target, note

    def _thing_judged(self, ctx: Context, hit: Hit) -> bool:
        """The hit's sentence opens with "the" + words + a copula, only articles and
        intensifiers before the hit, every subject word a thing and nobody addressed."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        if not ctx.starts_sentence(start) or tokens[start] not in rs.DETERMINERS:
            return False
        at = -1
        for i in range(start + 1, min(hit.first, start + rs.SUBJECT_REACH + 2)):
            if tokens[i] in rs.COPULAS:
                at = i
                break
        if at <= start + 1:
            return False  # no copula, or no noun before it
        if any(ctx.pause_after(j) for j in range(start, hit.first - 1)):
            return False  # "the plan, you idiot": a new clause
        if hit.first - at > rs.BETWEEN_REACH or not all(
            self._between(tokens[j]) for j in range(at + 1, hit.first)
        ):
            return False  # "the plan is for them to be idiots"
        subject = tokens[start + 1 : at]
        if subject[-1] in rs.ALONE and (len(subject) == 1 or subject[-1] in rs.ONES):
            return False  # "the new one is garbage", "il nuovo è un deficiente": a person
        if not all(self._thing_word(word) for word in subject):
            return False
        return not self._reader_addressed(ctx, hit, start)

    def _between(self, word: str) -> bool:
        """Between copula and verdict: an intensifier, an article, a joiner, or another
        verdict word ("is awful and stupid"), never a person or a pronoun."""
        return word in rs.BETWEEN or word in rs.JOINERS or self._thing_word(word)

    def _thing_word(self, word: str) -> bool:
        """A subject word that names no person: no person, role, group, player or hero
        word, no agent noun ("the journalist"), no pronoun. A word no list knows counts
        as a thing unless it ends like an agent noun: after "the" it is seldom a name
        ("the ui", "the netcode"), and "-er" words the ordinary list lacks are mostly
        people ("the plumber"); the ordinary ones ("the server") are in words.txt."""
        cues = self._cues
        if word in rs.PEOPLE or any(word in cues[name] for name in _PERSON_CUES):
            return False
        if word in o4.PEOPLE or word in o4.POLITICAL_GROUPS or word in o4.PERSON_OBJECTS:
            return False  # "the quarterback", "the gop", "the democrats"
        if self._player_word(word) or word in self._cue_second_person or word in self._cue_self:
            return False
        if word in self._cue_third_person or word in self._cue_person_pronoun:
            return False
        if word.endswith(rs.PERSON_ENDINGS):
            return False
        if word in self._cue_word or self._is_thing(word):
            return True  # an ordinary word that names no person: "the update", "the plan"
        return not word.endswith(rs.AGENT_ENDINGS)  # "the plumber", "the bartender"

    def _reader_addressed(self, ctx: Context, hit: Hit, start: int) -> bool:
        """A second-person word in the sentence, or a person pronoun soon after the
        verdict: "the plan is stupid and so are you", "the kicker is useless, cut him"."""
        end = max(ctx.sentence_end(hit.last - 1, AFTER), min(len(ctx.tokens), hit.last + AFTER))
        second = self._cue_second_person
        return any(word in second or word in o4.PERSON_OBJECTS for word in ctx.tokens[start:end])
