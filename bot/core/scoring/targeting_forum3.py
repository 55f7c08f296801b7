"""Targeting rules from the third forum probe (issue 8, forum3): a name-call said of
someone named or described in the comment.

Reddit and news comments talk about people who are not in the thread: a public figure
by name ("Paul Ryan is an utter fool", "I agree, Sylvia is a moron"), or a person the
comment describes ("the ref tonight was a blind idiot", "her sister is a manipulative
witch", "the mod who removed this is a power hungry loser"). The name-call is said of
that person, as plainly as "he is a liar", and counts as such (SAID_OF_NOTE):

- the subject is one to three words no list knows (a name), or a determiner or a
  possessive and a word naming a person, with a few words describing them after it;
- then "is" / "was", at most a few describing words, no negation and no pause;
- then the name-call, closing its clause (or followed by "who ..." / "and ...").

A thing stays a thing ("the patch is a joke", "Windows is a stupid mess"): a subject
the lists know that names no person is no one. The writer's own close family ("my
brother is an idiot") stays banter, as the forum2 rules read it.

The rule reads only hits the earlier rules left unaimed or without a note, and only the
clause before them, so cost stays O(1) per hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum3_words
from bot.core.scoring.discord16_words import CHAT_TAGS
from bot.core.scoring.forum3_words import HARM_CALLS, IDIOMS
from bot.core.scoring.forum_words import is_abstract
from bot.core.scoring.lexicon import Lexicon
from bot.core.scoring.targeting_context import (
    IDENTITY_NOTE,
    SAID_OF_NOTE,
    SENTENCE_REACH,
    Context,
    Hit,
)
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_hateprobe6 import HateProbe6Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

_COPULAS: Final = frozenset({"is", "was", "e", "era"})
_OWN_TERMS: Final = HARM_CALLS | IDIOMS | {"typical"}
_REREAD: Final = frozenset({Kind.NONE, Kind.OBJECT, Kind.THIRD_PERSON, Kind.SELF})
_BETWEEN: Final = 4  # "is an utter and complete fool": words between the copula and the name-call
_SUBJECT: Final = 8  # "the mod who removed this post": words from the clause start to the copula
_NAME: Final = 3  # "Frederica Wilson", "Sarah Palin": words of a name
NO_HARM_NOTE: Final = "no harm to anyone called for"
IDIOM_NAMED_NOTE: Final = "the idiom named, not said"
NOT_A_GROUP_NOTE: Final = "'typical' of no group's people"
# Before a "typical" that sums a group up mid-sentence: "just typical", "so typical".
_TYPICAL_LEAD: Final = frozenset({"just", "so", "how", "such", "very", "another", "the", "your"})
_ARTICLES: Final = frozenset({"a", "an", "of"})
# A degree word right before a name-call said to the reader: "you are so dense".
_DEGREE: Final = frozenset({"this", "so", "that", "too", "such", "cosi", "talmente"})
_DEGREE_REACH: Final = 3  # "are you always this thick": words from "you" to the degree word
_BE: Final = frozenset({"are", "re", "r", "being", "be", "youre", "sei", "essere"})
# A call for harm counts as plainly as a name-call said of its person or group (the
# notes that keep a [person] term's weight); said to the reader it needs none.
_HARM_NOTES: Final = {
    Kind.THIRD_PERSON: SAID_OF_NOTE,
    Kind.GROUP: IDENTITY_NOTE,
    Kind.SECOND_PERSON: "",
}
# Before a call for harm, words that make it no call: a condition, a denial.
_UNSAID: Final = frozenset(
    {"if", "unless", "whether", "nobody", "noone", "dont", "don", "not", "never", "se"}
)
_FILLERS: Final = frozenset({"just", "really", "finally", "go", "seriously", "actually"})
# The writer's own close family: "my brother is an idiot" is banter (forum2's reading).
_MINE: Final = frozenset({"my", "our", "mio", "mia"})
# After the name-call: it still names the subject ("an idiot who quit", "a liar and ...").
_AFTER: Final[frozenset[str]] = (
    frozenset({"who", "and", "or", "that", "with", "lol", "lmao", "too", "btw", "che", "e"})
    | CHAT_TAGS  # discord16: "she's so unhinged fr"
)


class Forum3Rules(HateProbe6Rules):
    """A name-call said of a person the comment names or describes."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(lexicon)
        cues = lexicon.cues
        self._forum3_people = (
            cues["person_noun"] | cues["role"] | cues["family"] | forum3_words.PEOPLE
        )
        self._forum3_kin = cues["family"] | forum3_words.KIN
        self._forum3_known = lexicon.rule_words
        self._forum3_hit_words = lexicon.hit_words
        self._forum3_negators = cues["negation"]
        self._forum3_describing = cues["descriptive"]
        self._forum3_laughs = cues["laugh"]
        self._forum3_groups = (
            cues["identity"]
            | cues["identity_adjective"]
            | cues["group_noun"]
            | forum3_words.TYPICAL_GROUPS
        )
        self._forum3_behaviour = forum3_words.BEHAVIOUR
        self._forum3_you = cues["second_person"] - {"your", "yours", "ur", "yur"}

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note), aimed at a person the clause names."""
        target, note = super().reread(ctx, hit, target, note)
        entry = hit.entry
        if entry.term in _OWN_TERMS:  # one look-up for the three shapes with terms of their own
            return self._forum3_own_term(ctx, hit, target, note)
        if note or entry.category is not Cat.INSULT or target not in _REREAD:
            return target, note
        first = hit.first
        if first and ctx.tokens[first - 1] in _DEGREE and self._forum3_degree_of_you(ctx, hit):
            return Kind.SECOND_PERSON, note  # "are you always this dense"
        if ctx.mentions_any("forum3_copulas", _COPULAS) and self._forum3_said_of(ctx, hit):
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "Paul Ryan is an utter fool"
        return target, note

    def _forum3_own_term(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The forum3 lexicon lines read in their own shapes: "typical", the calls for
        harm, the Reddit idioms."""
        term = hit.entry.term
        if term == "typical":
            if self._forum3_typical_group(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE  # "Typical woman behavior, can't drive"
            return Kind.OBJECT, NOT_A_GROUP_NOTE  # "typical Monday", "typical British weather"
        if term in HARM_CALLS:
            aimed = self._forum3_harm_called(ctx, hit)
            if aimed is None:
                return Kind.OBJECT, NO_HARM_NOTE  # "someone should shoot a documentary"
            return aimed, _HARM_NOTES[aimed]  # "someone should run that guy over"
        if self._forum3_idiom_named(ctx, hit):
            return Kind.OBJECT, IDIOM_NAMED_NOTE  # "ok boomer jokes are so 2019"
        if hit.entry.tokens[-1] == "boomer" and self._forum3_laughed(ctx, hit):
            return target, JOKING_NOTE  # "ok boomer lol": chat's banter
        return target, note

    def _forum3_harm_called(self, ctx: Context, hit: Hit) -> TargetKind | None:
        """Who "someone should <harm> <person>" / "<person> deserves to get <harmed>"
        calls harm down on: the reader, a third person or a group; None when no harm
        verb and person follow ("someone should fix this", "she deserves to get the job")."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        if ctx.quoted(hit.first, hit.last) or not _UNSAID.isdisjoint(tokens[start : hit.first]):
            return None  # quoted, "if someone should ...", "nobody hopes someone ..."
        at = hit.last
        if hit.entry.tokens[-1] == "get":
            if at >= len(tokens) or tokens[at] not in forum3_words.HARMED:
                return None
            return self._forum3_people_before(ctx, hit)
        if at < len(tokens) and tokens[at] in _FILLERS:
            at += 1  # "someone should just punch him"
        if at + 1 >= len(tokens) or tokens[at] not in forum3_words.HARM_VERBS:
            return None
        return self._forum3_person_at(tokens, at + 1)

    def _forum3_person_at(self, tokens: list[str], at: int) -> TargetKind | None:
        """The person a harm verb's object names: "him", "you", "that guy", "these people",
        "muslims"."""
        word = tokens[at]
        if word in ("you", "u"):
            return Kind.SECOND_PERSON
        if word in forum3_words.HARMED_PEOPLE:
            return Kind.THIRD_PERSON
        if word in self._forum3_groups:
            return Kind.GROUP
        if word in forum3_words.DETERMINERS and at + 1 < len(tokens):
            following = tokens[at + 1]
            if following in self._forum3_people:
                return Kind.THIRD_PERSON
            if following in self._forum3_groups or following in ("people", "guys"):
                return Kind.GROUP
        return None

    def _forum3_people_before(self, ctx: Context, hit: Hit) -> TargetKind | None:
        """The subject right before "deserves to get": "he", "that guy", "muslims"."""
        tokens = ctx.tokens
        if hit.first == 0:
            return None
        word = tokens[hit.first - 1]
        if word in forum3_words.HARMED_PEOPLE or word in self._forum3_people:
            return Kind.SECOND_PERSON if word in ("you", "u") else Kind.THIRD_PERSON
        if word in self._forum3_groups or word == "people":
            return Kind.GROUP
        return None

    def _forum3_laughed(self, ctx: Context, hit: Hit) -> bool:
        """A laugh right after the hit ("ok boomer lol", "ok boomer 😂")."""
        tokens = ctx.tokens
        return hit.last < len(tokens) and tokens[hit.last] in self._forum3_laughs

    @staticmethod
    def _forum3_idiom_named(ctx: Context, hit: Hit) -> bool:
        """The idiom is the subject of what follows, so it is talked about, not said:
        "touch grass is good advice", "ok boomer jokes are old"."""
        tokens = ctx.tokens
        return (
            hit.last < len(tokens)
            and not ctx.pause_after(hit.last - 1)
            and tokens[hit.last] in forum3_words.NAMING_NEXT
        )

    def _forum3_typical_group(self, ctx: Context, hit: Hit) -> bool:
        """ "Typical <group word> [behaviour word]" opening a sentence, and the clause
        ending there: the group's people summed up ("Typical liberal response."), not a
        thing of theirs ("Typical Italian food") nor a group it is typical of."""
        tokens = ctx.tokens
        at = hit.last
        if not ctx.starts_sentence(hit.first) and not (
            hit.first and tokens[hit.first - 1] in _TYPICAL_LEAD
        ):
            return False
        if at < len(tokens) and tokens[at] in _ARTICLES:
            at += 1  # "typical of a liberal" is read the same way
        if at >= len(tokens) or tokens[at] not in self._forum3_groups:
            return False
        if at + 1 >= len(tokens) or ctx.pause_after(at):
            return True
        return tokens[at + 1] in self._forum3_behaviour and (
            at + 2 >= len(tokens) or ctx.pause_after(at + 1) or tokens[at + 2] in _AFTER
        )

    def _forum3_degree_of_you(self, ctx: Context, hit: Hit) -> bool:
        """ "<you> <be> [a word] this/so <name-call>", or "imagine being this <name-call>",
        the name-call closing its clause: how much of it the reader is."""
        if not self._forum3_closes(ctx, hit):
            return False
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        window = tokens[max(start, hit.first - 1 - _DEGREE_REACH) : hit.first - 1]
        if tuple(tokens[start : start + 2]) == ("imagine", "being") and hit.first - start <= 4:
            return True
        return not self._forum3_you.isdisjoint(window) and not _BE.isdisjoint(window)

    def _forum3_said_of(self, ctx: Context, hit: Hit) -> bool:
        """ "<a name or a described person> is [a few words] <name-call>", the name-call
        closing its clause, nothing negated or quoted."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        floor = max(start, hit.first - 1 - _BETWEEN)
        copula = next((i for i in range(hit.first - 1, floor - 1, -1) if tokens[i] in _COPULAS), -1)
        if copula <= start:
            return False
        between = tokens[copula + 1 : hit.first]
        if not forum3_words.NOT_BETWEEN.isdisjoint(between) or not forum3_words.VULGAR.isdisjoint(
            hit.entry.tokens
        ):
            return False
        if not self._forum3_negators.isdisjoint(tokens[start : hit.first]) or any(
            ctx.pause_after(i) for i in range(copula, hit.first - 1)
        ):
            return False  # "I don't think Mike is an idiot", "Mike is, frankly, ..."
        if not self._forum3_closes(ctx, hit) or ctx.quoted(hit.first, hit.last):
            return False
        clause = max(start, copula - _SUBJECT)
        for i in range(copula - 1, clause - 1, -1):
            if ctx.pause_after(i) or tokens[i] in forum3_words.OPENERS:
                clause = i + 1
                break
        words = hit.entry.tokens
        if not (
            self._forum3_describing.isdisjoint(words) and forum3_words.CONDITIONS.isdisjoint(words)
        ):
            return False  # "the lawyer was useless", "he was mentally ill": left to the others
        return self._forum3_names(
            tokens[clause:copula], not forum3_words.THING_CALLS.isdisjoint(words)
        )

    def _forum3_closes(self, ctx: Context, hit: Hit) -> bool:
        """The name-call ends its clause, or only says more of the same person."""
        if ctx.closes_clause(hit.last):
            return True
        return ctx.tokens[hit.last] in _AFTER

    def _forum3_names(self, subject: list[str], thingish: bool) -> bool:
        """A name ("paul ryan", "coates") or a described person ("the ref tonight", "her
        sister", "the mod who removed this"); not the writer's close family. A bare
        name is taken as one only before a name-call no thing is given."""
        if not subject:
            return False
        known, hits = self._forum3_known, self._forum3_hit_words
        if (
            not thingish
            and len(subject) <= _NAME
            and not is_abstract(subject[-1], plural=False)
            and all(word.isalpha() and word not in known and word not in hits for word in subject)
        ):
            return True
        if subject[0] not in forum3_words.DETERMINERS:
            return False
        people = self._forum3_people
        head = next((i for i in range(1, min(len(subject), 4)) if subject[i] in people), -1)
        if head < 0:
            return False
        if head + 1 < len(subject) and subject[head + 1] not in forum3_words.POSTMODIFIERS:
            return False  # "the dev build is trash": the noun names a thing
        return not (subject[0] in _MINE and subject[head] in self._forum3_kin)
