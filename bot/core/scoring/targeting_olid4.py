"""Targeting rules from the OLID round (issue 8, seventh session): name-calls in political
replies that the older rules read as said of nobody, or said too faintly to count.

OLID's targeted offence is mostly about people who are not in the thread: politicians,
journalists, athletes, parties. The older rules find the person but weigh many plain
name-calls below the threshold ("he is a troll", "she is unhinged": 0.92 of a word that
just reaches it said to the reader), or miss the person altogether:

- A name-call said outright of a person ("he is a troll", "she is unhinged", "she has
  no shame", "a scummy human being") is as plain as saying it to them: a word that flags
  said to the reader counts at least at the default threshold (OUTRIGHT_NOTE), as issue
  8 asks for third persons, and never more than said to the reader. A likeness ("he
  looks like a joke"), a question ("is he a liar?") or a description that goes on ("so
  uneducated of sports") keeps the older weight.
- In a reply, a name-call heading a noun phrase that a relative clause or an exclamation
  gives a person: "the clown that should be in prison", "the moron who wrote this",
  "what a clown this governor is", "what a loser he is"; a reply's thread is about
  someone, while a comment on its own may tell of a story's "evil witch who...".
  "that" and any verb only after a word that names only people, else a verb only
  people do ("the clown that lied", not "the garbage that was on the street"); praise
  after it ("the clowns who came were amazing") and awe ("what a monster he is") are
  no name-call.
- A judging word said of a political group, as subject or attribute: "liberals are so
  clueless", "silly unhinged liberals", "the left is full of morons", "democrats have no
  shame" (POLITICAL_NOTE: a group of people, never an identity group, low severity);
  the words the hate probes read only of an identity group count for these groups too
  ("democrats are all crooks"; scorer.py's gate lets them through). Professions are
  not political groups: "i politici sono tutti ladri" is abuse of a non-protected group
  that the functional hate suites count as non-hateful, and stays clean.
- A curse verb with a person as its object, opening its clause, in a message that
  mentions someone ("@USER fuck him", "@USER screw them", "@USER fuck this guy";
  swearing alone, "fuck him" with no mention, never reaches these rules); "fuck it",
  "fuck this weather" and "I'd fuck her" are no curse at a person. A group cursed
  ("fuck these commies") is left to the older rules: the forum sets count it as
  vulgar, not hostile.

Reported speech, quotes, negation and counter-speech keep their notes: only hits the
older rules left without a note are read, in a few tokens around the hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid4_words as words
from bot.core.scoring.lexicon import Lexicon
from bot.core.scoring.targeting_context import (
    NAMED_NOTE,
    SAID_OF_NOTE,
    SAID_OF_WEIGHT,
    SENTENCE_REACH,
    Context,
    Hit,
)
from bot.core.scoring.targeting_hateprobe3 import NOT_OF_GROUP_NOTE
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_vulgar import VulgarRules
from bot.core.scoring.verdict import TargetKind

OUTRIGHT_NOTE: Final = "said of a person outright"
POLITICAL_NOTE: Final = "said of a political group"
# The floor of a name-call said outright: the default threshold. A word that flags when
# said to the reader ("you are a troll", weight 0.5) flags when said of someone else,
# never weighing more than said to them; fainter words ("fraud", 0.45) stay below it
# either way, and a server that raises its threshold leaves these calls alone.
OUTRIGHT_FLOOR: Final = 0.5
_REACH: Final = 5  # words from a group subject to its judging word
_UNREAD: Final = frozenset(
    {Kind.NONE, Kind.OBJECT, Kind.MENTION, Kind.REPLY, Kind.THIRD_PERSON, Kind.GROUP}
)


def outright_weight(weight: float, share: float = SAID_OF_WEIGHT) -> float:
    """A name-call's weight when said outright of a person or a group: `share` of its
    weight (as said of a person by default), lifted to the floor if it reaches it alone."""
    said = weight * share
    return max(said, OUTRIGHT_FLOOR) if weight >= OUTRIGHT_FLOOR else said


_POLITICAL_CUE: Final = "olid4_political"  # the name `Context.mentions_any` caches it under


class Olid4Rules(VulgarRules):
    """Name-calls said outright of a person or a political group, curses at a person."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(lexicon)
        cues = lexicon.cues
        self._olid4_negators = cues["negation"] | {"no", "non", "nobody", "none"}
        # Words that accuse or feel rather than judge: "he is racist" calls out, as the
        # older rules read it; "liberals hate facts" says what they feel.
        self._olid4_accusing = cues["accusation"] | cues["hate_verb"]
        self._olid4_describing = cues["descriptive"]
        self._olid4_people = cues["person_noun"] | words.PEOPLE

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final (target, note), read again for the OLID shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        entry = hit.entry
        category = entry.category
        if category is Cat.PROFANITY:
            if not note and target in _UNREAD and entry.tokens[0] in words.CURSE_VERBS:
                return self._olid4_cursed(ctx, hit, target, note)
            return target, note
        if category is not Cat.INSULT and category is not Cat.BODY_SHAMING:
            return target, note
        if (
            entry.weight < OUTRIGHT_FLOOR
            or entry.term in words.UNJUDGING
            or not self._olid4_accusing.isdisjoint(entry.tokens)
        ):
            return target, note  # faint words; "he is racist" calls out; "libs hate facts"
        if note == SAID_OF_NOTE:
            if self._olid4_hedged(ctx, hit):
                return target, note  # "he looks like a joke", "is he a liar?"
            if self._forum3_closes(ctx, hit) or self._olid4_person_follows(ctx, hit):
                return target, OUTRIGHT_NOTE  # "he is a troll", "she is unhinged"
            return target, note  # "he is so uneducated of sports": a description goes on
        if note == NOT_OF_GROUP_NOTE:
            if entry.person_only and self._olid4_group_judged(ctx, hit):
                return Kind.GROUP, POLITICAL_NOTE  # "democrats are all crooks"
            return target, note
        if note or target not in _UNREAD or ctx.quoted(hit.first, hit.last):
            return target, note
        if entry.tokens[0] not in words.CURSE_VERBS and self._olid4_group_judged(ctx, hit):
            return Kind.GROUP, POLITICAL_NOTE  # "liberals are so clueless"
        if (ctx.mentioned or ctx.is_reply) and (
            self._olid4_headed(ctx, hit) or self._olid4_lacking(ctx, hit)
        ):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "the clown that should be in prison"
        return target, note

    def _olid4_hedged(self, ctx: Context, hit: Hit) -> bool:
        """A likeness ("he looks like a joke") or a question ("is he a liar?"): the
        name-call is not said outright, and keeps the older rules' weight."""
        tokens = ctx.tokens
        if "like" in tokens[max(0, hit.first - 3) : hit.first]:
            return True
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        return any(
            tokens[i] in words.COPULAS and tokens[i + 1] in words.SUBJECT_PRONOUNS
            for i in range(start, hit.first - 1)
        )

    def _olid4_person_follows(self, ctx: Context, hit: Hit) -> bool:
        """ "a repulsive human", "a scummy human being": the person the call describes."""
        last = hit.last
        return last < len(ctx.tokens) and ctx.tokens[last] in self._olid4_people

    def _olid4_denied(self, ctx: Context, start: int, end: int) -> bool:
        return not self._olid4_negators.isdisjoint(ctx.tokens[start:end])

    def _olid4_is_group(self, ctx: Context, at: int) -> bool:
        """A political group at `at`: a plural group word, or a singular one heading its
        phrase or followed by a word that makes it people ("the left", "left wing").
        "left"/"right" alone are no party in game talk or beside a map's words ("the left
        is garbage, push right" is a side of the map)."""
        tokens = ctx.tokens
        word = tokens[at]
        if word in words.WINGERS:  # forum19: "left wingers are clowns"
            return at > 0 and tokens[at - 1] in words.SIDES and not ctx.gaming
        if word not in words.POLITICAL_GROUPS:
            return False
        if word not in words.SINGULAR_GROUPS:
            return True
        after = tokens[at + 1] if at + 1 < len(tokens) else ""
        if after in words.GROUP_HEADS:
            return True
        if not (at > 0 and tokens[at - 1] in words.SINGULAR_LEADS and after in words.GROUP_VERBS):
            return False
        if word not in words.SIDES:
            return True  # "the liberal is ...": no map has one
        return not ctx.gaming and not ctx.mentions_any("olid4_map", words.MAP_WORDS)

    def _olid4_group_judged(self, ctx: Context, hit: Hit) -> bool:
        """A judging word said of a political group: its subject ("liberals are so
        clueless", "the left is full of morons", "democrats have no shame") or the noun
        it describes ("silly unhinged liberals", "these maga morons")."""
        if not ctx.mentions_any(_POLITICAL_CUE, words.POLITICAL_GROUPS):
            return False  # every shape below needs one (`_olid4_is_group`): most messages
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        if self._olid4_denied(ctx, start, hit.first):
            return False  # "liberals are not idiots"
        after = hit.last
        if (
            after < len(tokens)
            and not ctx.pause_after(after - 1)
            and self._olid4_is_group(ctx, after)
        ):
            return True  # "demented liberals", "unhinged leftist mob"
        if hit.first > start and self._olid4_is_group(ctx, hit.first - 1):
            return hit.entry.tokens[-1].endswith("s")  # "maga morons", not "the antifa punk"
        verb = -1
        for i in range(hit.first - 1, max(start, hit.first - _REACH) - 1, -1):
            word = tokens[i]
            if ctx.pause_after(i):
                return False
            if word in words.GROUP_VERBS:
                verb = i
                break
            if word not in words.GROUP_FILLERS and word not in self._olid4_describing:
                return False
        if verb <= start:
            return False
        for i in range(verb - 1, max(start, verb - 4) - 1, -1):
            if self._olid4_is_group(ctx, i):
                return True
            if ctx.pause_after(i) or tokens[i] not in words.GROUP_FILLERS:
                return False
        return False

    def _olid4_headed(self, ctx: Context, hit: Hit) -> bool:
        """A name-call heading a noun phrase a relative clause gives a person ("the moron
        who wrote this", "the clown that should be in prison"), or one an exclamation
        puts to a person ("what a clown this governor is", "what a loser he is")."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        if first == 0 or ctx.closes_clause(last):
            return False
        before = tokens[first - 1]
        if before not in words.DETERMINERS and (
            first < 2 or tokens[first - 2] not in words.DETERMINERS
        ):
            return False
        end = ctx.sentence_end(last - 1, SENTENCE_REACH)
        if not words.PRAISE.isdisjoint(tokens[last:end]):
            return False  # "the clowns who came to the party were amazing"
        following = tokens[last]
        if following in words.RELATIVES:
            return True
        if following == "that" and last + 1 < len(tokens):
            # "the liar that lied under oath"; not "the garbage that was on the street"
            verb = tokens[last + 1]
            if hit.entry.tokens[-1] in self._cue_name_noun:
                return verb in words.RELATIVE_VERBS
            return verb in words.PERSON_VERBS
        if before not in ("a", "an") or first < 2 or tokens[first - 2] not in words.EXCLAIMING:
            return False
        if hit.entry.term in words.AWED:
            return False  # "what a monster he is": as often awe at a player as a name-call
        rest = tokens[last : last + 4]
        if rest and rest[0] in words.SUBJECT_PRONOUNS:
            return len(rest) > 1 and rest[1] in words.COPULAS  # "what a loser he is"
        return (  # "what a clown this governor is"
            len(rest) > 2
            and rest[0] in ("this", "that")
            and rest[1] in self._olid4_people
            and rest[2] in words.COPULAS
        )

    def _olid4_lacking(self, ctx: Context, hit: Hit) -> bool:
        """ "she has no shame": what a person lacks, said of them with "has"."""
        tokens = ctx.tokens
        first = hit.first
        if first < 2 or hit.entry.tokens[0] not in words.LACKING:
            return False
        if tokens[first - 1] not in words.HAVING:
            return False
        return tokens[first - 2] in words.SUBJECT_PRONOUNS

    def _olid4_cursed(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """ "fuck him", "screw them", "fuck this guy": a curse verb opening its clause
        with a person as its object."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        if ctx.closes_clause(last) or ctx.quoted(first, last):
            return target, note
        opens = ctx.starts_sentence(first) or (
            first > 0
            and tokens[first - 1] in words.CURSE_OPENERS
            and ctx.starts_sentence(first - 1)
        )
        if not opens:
            return target, note  # "I'd fuck her", "they fuck him over"
        following = tokens[last]
        if following in words.PERSON_OBJECTS:
            return Kind.THIRD_PERSON, NAMED_NOTE  # "fuck em"
        if following in ("this", "that") and last + 1 < len(tokens):
            if tokens[last + 1] in self._olid4_people:
                return Kind.THIRD_PERSON, NAMED_NOTE  # "fuck this guy"
            return target, note  # "fuck this weather"
        return target, note  # "fuck the democrats": a group cursed is left to the older rules
