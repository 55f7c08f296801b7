"""Targeting rules from the fourth forum probe (issue 8, forum4): Reddit derogation with
no slur and no classic insult word.

- A plural people subject, then "are", a few filler words and a contempt word: the
  group is what it is called ("landlords are leeches", "tourists are vermin", "the
  commenters here are like rats", "homeless people are human trash", "crypto bros are
  brain dead"). A place full of them names its people ("this sub is full of
  degenerates", "this subreddit is a cesspool of losers"). A negation or a word of
  saying before the subject ("not all landlords are ...", "stop saying tourists are
  vermin") leaves the earlier reading.
- A said-of idiom (lexicon lines under "forum4"): a dehumanising comparison ("she has
  the brain of a goldfish", "the average gamer has the hygiene of a raccoon"), "you're
  the reason shampoo has instructions", "compensating for something". It is said of the
  first person the clause names: the reader, a third person, a group; the writer's own
  ("I have the memory of a goldfish", "I'm the reason they put warning labels on
  things") stays clean, and with no one named ("the brain of a fruit fly is tiny") it
  is nobody's.
- "<group> like her/him/you are the reason/why/the problem": the group is blamed ("women
  like her are the reason men give up on dating").
- "imagine being this <word>" sneers at the reader unless the word is praise ("imagine
  being this lucky"); "the absolute state of" sneers at the person after it ("of this
  guy", "of you"), not at a thing ("of this game").

The fixes8b review cleared the kind and sincere readings: a kind reason after the blame
("fans like you are the reason we keep streaming"), a question asked on past the sneer's
words ("have you ever been outside the US?") or beside good news ("do you even have a
job yet? congrats"), a plain or kind state ("imagine being this early", "how does it
feel to be so loved"), a praised comparison ("the brain of a scientist"), a pet ("your
dog has the brain of a goldfish") and the anyone "you" of a result clause ("so tiny you
can't even read it").

Each rule reads only its own hits (a frozenset test first) and a clause around them, so
cost stays O(1) per hit and messages without these words pay nothing.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum4_words as f4
from bot.core.scoring.lexicon import Lexicon
from bot.core.scoring.targeting_context import SAID_OF_NOTE, SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_hateprobe3 import NOT_OF_GROUP_NOTE
from bot.core.scoring.targeting_insults8 import Insults8Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

OWN_SELF_NOTE: Final = "said of the writer"
NO_ONE_NOTE: Final = "no one named"
PRAISE_NOTE: Final = "praise, not a sneer"
A_THING_NOTE: Final = "the state of a thing"
_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT})
_REACH: Final = 4  # words between the copula and the hit ("are a bunch of whiny babies")
_SUBJECT_SKIP: Final = frozenset(
    {"all", "really", "just", "literally", "basically", "here", "nowadays", "today", "honestly"}
)
# The said-of idioms: read by the subject of their clause.
_SAID_OF: Final = frozenset(
    {
        "the brain of a",
        "the brain of an",
        "the brains of a",  # discord27: the plural
        "the brains of an",
        "the intelligence of a",
        "the personality of a",
        "the personality of an",
        "the hygiene of a",
        "the attention span of a",
        "the reading level of a",
        "the reading comprehension of a",
        "the emotional maturity of a",
        "the maturity of a",
        "the manners of a",
        "the social skills of a",
        "the memory of a goldfish",
        "two brain cells",
        "one brain cell",
        "no self awareness",
        "zero self awareness",
        "compensating for something",
        "a brain this smooth",
        "the reason shampoo has instructions",
        "the reason shampoo bottles have instructions",
        "the reason they put warning labels",
        "the reason warning labels exist",
        "the reason we have warning labels",
        "can t even read",
        "cant even read",
        "can t even spell",
        "cant even spell",
        "can t even count",
        "cant even count",
        "can t even form a sentence",
        "cant even form a sentence",
        "can t even tie their shoes",
        "can t even tie his shoes",
        "can t even think",
        "cant even think",
    }
)
_SNEERS: Final = frozenset(
    {"imagine being this", "imagine being so", "imagine having a brain this"}
)
_STATE: Final = "the absolute state of"
_OWN: Final = _SAID_OF | _SNEERS | {_STATE}
_ASKED: Final = f4.ASKED_TOO | f4.FEEL_SO | f4.SCHOOLING


class Forum4Rules(Insults8Rules):
    """Contempt for a group summed up, and Reddit's said-of idioms, aimed by their subject."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(lexicon)
        cues = lexicon.cues
        self._forum4_groups = (
            f4.GROUPS | cues["identity"] | cues["group_noun"] | cues["people"] - {"person"}
        )
        self._forum4_heads = f4.HEADS
        self._forum4_ones = f4.ONE | cues["person_noun"] | f4.THIRD
        self._forum4_copulas = f4.ARE | f4.IS
        self._forum4_known = lexicon.rule_words
        self._forum4_hits = lexicon.hit_words

    def probe3_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """hateprobe3's answer, but a dehumanising word said of any plural people counts."""
        shaped = super().probe3_aim(ctx, hit)
        if (
            shaped is not None
            and shaped[1] == NOT_OF_GROUP_NOTE
            and hit.entry.term in f4.DEHUMAN
            and self._forum4_group_called(ctx, hit)
        ):
            return Kind.GROUP, ""  # "landlords are leeches": no identity group needed
        return shaped

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note), aimed by the forum4 shapes."""
        target, note = super().reread(ctx, hit, target, note)
        if note:
            return target, note
        entry = hit.entry
        term = entry.term
        if term in _OWN:
            return self._forum4_own(ctx, hit)
        if term in _ASKED:
            return self._forum4_asked(ctx, hit, target)
        if entry.tokens[0] == "like" and term.endswith(("reason", "why", "problem")):
            return self._forum4_blamed(ctx, hit, target)
        if (
            target in _UNAIMED
            and entry.category is Cat.INSULT
            and ctx.mentions_any("forum4_copulas", self._forum4_copulas)
            and self._forum4_group_called(ctx, hit)
        ):
            return Kind.GROUP, ""  # "landlords are leeches", "this sub is full of degenerates"
        return target, note

    def _forum4_own(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str]:
        """The forum4 idioms, aimed by what their clause names."""
        term = hit.entry.term
        tokens = ctx.tokens
        if term == _STATE:
            after = tokens[hit.last] if hit.last < len(tokens) else ""
            if after in ("you", "u", "op"):
                return Kind.SECOND_PERSON, ""  # "the absolute state of you"
            nxt = tokens[hit.last + 1] if hit.last + 1 < len(tokens) else ""
            if after in f4.STATE_OF and (nxt in self._forum4_ones or nxt in self._forum4_groups):
                return Kind.THIRD_PERSON, SAID_OF_NOTE  # "the absolute state of this guy"
            return Kind.OBJECT, A_THING_NOTE  # "the absolute state of this game"
        if term in _SNEERS:
            after = tokens[hit.last] if hit.last < len(tokens) else ""
            if after in f4.PRAISED or after in f4.FIRST or after in f4.PLAIN_STATES:
                return Kind.OBJECT, PRAISE_NOTE  # "imagine being this lucky", "this early"
            return Kind.SECOND_PERSON, ""  # "imagine being this fragile"
        after = tokens[hit.last] if hit.last < len(tokens) else ""
        if after in f4.PRAISED_AS and term.endswith((" a", " an")):
            return Kind.OBJECT, PRAISE_NOTE  # "she has the brain of a scientist"
        return self._forum4_subject(ctx, hit)

    def _forum4_asked(self, ctx: Context, hit: Hit, target: TargetKind) -> tuple[TargetKind, str]:
        """A sneering question a sincere asker says too: asked on past its end ("have you
        ever been outside the US?"), of a kind state ("how does it feel to be so loved"),
        or beside good news ("do you even have a job yet? congrats on graduating")."""
        term = hit.entry.term
        tokens = ctx.tokens
        if term in f4.SCHOOLING and not f4.GOOD_NEWS.isdisjoint(tokens):
            return Kind.OBJECT, PRAISE_NOTE
        if term in f4.FEEL_SO:
            after = tokens[hit.last] if hit.last < len(tokens) else ""
            if after in f4.PRAISED or after in f4.PLAIN_STATES:
                return Kind.OBJECT, PRAISE_NOTE
        if term in f4.ASKED_TOO:
            end = ctx.sentence_end(hit.last - 1, SENTENCE_REACH)
            if not f4.SNEER_TAIL.issuperset(tokens[hit.last : end]):
                return Kind.OBJECT, NO_ONE_NOTE
        return target, ""

    def _forum4_subject(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str]:
        """The first person the clause names before the idiom: the reader, the writer, a
        group, a third person (a name no list knows counts), or no one."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        for i in range(start, hit.first):
            word = tokens[i]
            if word in f4.POINTERS and i + 1 < hit.first:
                nxt = tokens[i + 1]
                if nxt not in self._forum4_ones and nxt not in self._forum4_groups:
                    continue  # "this font is so tiny ...": a thing, not a person
            if word in f4.OWNERS and i + 1 < hit.first:
                nxt = tokens[i + 1]
                if nxt in f4.PETS:
                    return Kind.OBJECT, NO_ONE_NOTE  # "your dog has the brain of a goldfish"
                if nxt in self._forum4_ones or nxt in self._forum4_groups:
                    return Kind.THIRD_PERSON, SAID_OF_NOTE  # "my landlord has two brain cells"
            if word in f4.SECOND:
                if hit.entry.term in f4.CANT_EVEN and not f4.RESULT.isdisjoint(tokens[start:i]):
                    return Kind.OBJECT, NO_ONE_NOTE  # "so loud in here you can't even think"
                return Kind.SECOND_PERSON, ""  # "you're the reason shampoo has instructions"
            if word in f4.FIRST:
                return Kind.SELF, OWN_SELF_NOTE  # "I have the memory of a goldfish"
            if word in self._forum4_groups or word in self._forum4_heads:
                return Kind.GROUP, ""  # "people who drive trucks are compensating"
            if word in self._forum4_ones:
                return Kind.THIRD_PERSON, SAID_OF_NOTE  # "she has the brain of a goldfish"
        if hit.first > start:
            word = tokens[hit.first - 1]
            before = tokens[hit.first - 2] if hit.first - 2 >= start else ""
            if word in ("has", "is", "s") and self._forum4_unknown(before):
                return Kind.THIRD_PERSON, SAID_OF_NOTE  # "Kevin has the brain of a goldfish"
        return Kind.OBJECT, NO_ONE_NOTE  # "the brain of a fruit fly is tiny"

    def _forum4_blamed(self, ctx: Context, hit: Hit, target: TargetKind) -> tuple[TargetKind, str]:
        """ "<group> like her are the reason": the group word right before "like"."""
        first = hit.first
        if first == 0:
            return Kind.OBJECT, NO_ONE_NOTE
        word = ctx.tokens[first - 1]
        if word in self._forum4_groups or word in self._forum4_heads:
            end = ctx.sentence_end(hit.last - 1, SENTENCE_REACH)
            if hit.entry.term.endswith(("reason", "why")) and not f4.KIND_REASONS.isdisjoint(
                ctx.tokens[hit.last : end]
            ):
                return Kind.OBJECT, PRAISE_NOTE  # "fans like you are the reason we keep going"
            if self._forum4_unsaid(ctx, first - 1):
                return target, ""  # "he said women like her are the reason": the earlier reading
            return Kind.GROUP, ""
        return Kind.OBJECT, NO_ONE_NOTE

    def _forum4_unsaid(self, ctx: Context, subject: int) -> bool:
        """A negation or a word of saying before the subject in its sentence."""
        start = ctx.sentence_start(subject, SENTENCE_REACH)
        return not f4.UNSAID.isdisjoint(ctx.tokens[start:subject])

    def _forum4_group_called(self, ctx: Context, hit: Hit) -> bool:
        """ "<plural people> are [fillers] <hit>" or "<place> is full of <hit>"."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        floor = max(start + 1, hit.first - 1 - _REACH)
        i = hit.first if hit.entry.tokens[0] in f4.ARE else hit.first - 1  # "are a plague"
        while i >= floor and tokens[i] not in self._forum4_copulas:
            if tokens[i] not in f4.BETWEEN and tokens[i] not in f4.FILLED:
                return False
            i -= 1
        if i < floor or ctx.pause_after(i):
            return False
        between = tokens[i + 1 : max(i + 1, hit.first)]
        j = i - 1
        if tokens[i] in f4.IS:
            if (
                tokens[j] not in f4.PLACES
                or not f4.FILLED.issuperset(between)
                or f4.FILLING.isdisjoint(between)
            ):
                return False  # "this country is racist" judges no one in it
            return tokens[j - 1] != "my" if j > start else True  # "this sub is full of ..."
        if tokens[j] in f4.PLACES and f4.FILLED.issuperset(between):
            return not f4.FILLING.isdisjoint(between)  # "the comments are full of incels"
        if not f4.BETWEEN.issuperset(between):
            return False
        while j > start and tokens[j] in _SUBJECT_SKIP:
            j -= 1
        word = tokens[j]
        if word not in self._forum4_groups and word not in self._forum4_heads:
            return False
        if j > start and tokens[j - 1] in f4.FIRST:
            return False  # "we Americans are so stupid": the writer's own group
        if word in f4.GENERIC and not (j > start and self._forum4_which(tokens[j - 1])):
            return False  # "the people are racist": people at large, left to the others
        return not self._forum4_unsaid(ctx, j)

    def _forum4_which(self, word: str) -> bool:
        """A word before "people" that says which people: "those", or a describing word no
        list knows ("homeless people"), not "the", "wtf" or "lol"."""
        if word in f4.WHICH:
            return True
        return len(word) > 2 and self._forum4_unknown(word)

    def _forum4_unknown(self, word: str) -> bool:
        """A word no list knows: a name, or a describing word ("homeless")."""
        return word.isalpha() and word not in self._forum4_known and word not in self._forum4_hits
