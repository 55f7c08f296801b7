"""Targeting rules from the ninth controls round (issue 8, branch controls9): insult
words and swearing that a careful reader sees aimed at no person or group.

- An insult adjective on a thing: "this stupid game you're playing", "what kind of dumb
  shit am I gonna read next", "steals his stupid carabiner keys", "our ridiculous
  society", "what a dumb rule". The noun right after the adjective (past intensifiers
  and plain describing words: "this stupid fucking printer") names an inanimate thing,
  so the adjective judges that thing. A person's body, mind or voice ("his stupid
  face", "shut your stupid mouth"), a reader word before the adjective ("you stupid
  game", "your stupid idea"), a group's own thing ("immigrants and their dumb
  ideas"), someone called the thing ("you are a useless computer program"), words
  someone said ("what a stupid comment", "tweeting stupid shit"), a thing "of"/"for"
  someone ("a pathetic excuse for a human") and a swearing noun after "a" ("a dumb
  shit") keep the earlier reading.
- A name-call phrase or "dumbass" before a thing's noun judges the thing: "piece of
  shit mouse", "this piece of crap laptop", "dumbass mistake by me" (not "you piece of
  shit", "that piece of shit mod", "dumbass kid").
- A verdict after a relative "which" and a copula is said of a thing ("a league which
  is an absolute joke", "the new rule, which is pure garbage"); "who" stands for a
  person and keeps the earlier reading.
- A swearing noun that names stuff after such an adjective: "dumb shit", "ridiculous
  bullshit" (not "you dumb shit", "a dumb shit").
- A situation adjective alone in its sentence, with intensifiers or a thing's subject
  only: "Ridiculous.", "absolutely absurd", "that's insane", "this is just ridiculous -
  how many ...". In a message that speaks to the reader ("Who are you? ... Ridiculous!",
  "you're ridiculous") it may judge what the reader said or did, and keeps its reading.
- "as fuck you" with words after: "badass as fuck you get to..." holds "as fuck", not
  "fuck you"; "why the fuck u lyin" is still said to the reader.

Each rule reads only its own hits (a frozenset test on the term first) and the few
tokens right around them, so cost stays O(1) per hit and messages without these words
pay nothing.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import controls9_words as c9
from bot.core.scoring.lexicon import Lexicon
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_hatecheck9 import HateCheck9Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

A_THING_JUDGED_NOTE: Final = "said of a thing, not a person"
A_SITUATION_NOTE: Final = "said of a situation, no one named"
NOT_FUCK_YOU_NOTE: Final = "'as fuck', then 'you'"
_DASHES: Final = ("-", "\u2013", "\u2014")
_BETWEEN_REACH: Final = 2  # describing words between the adjective and its noun
_BACK_REACH: Final = 4  # words before the adjective read for a saying verb or a called subject
_GROUP_REACH: Final = 8  # words before "their" read for the group that owns the thing
_CONTROLS9_TERMS: Final = c9.JUDGING | c9.SITUATION | c9.FUCK_YOU | c9.PIECES | c9.WHICH_VERDICTS
_WHICH_REACH: Final = 5  # copula and intensifiers between "which" and the verdict


class Controls9Rules(HateCheck9Rules):
    """Insult adjectives said of things and situations, and "as fuck you"."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(lexicon)
        self._controls9_people = lexicon.cues["person_noun"] | lexicon.cues["people"]
        self._c9_persons = self._controls9_people | c9.ROLES  # review9a

    def probe4_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """The controls9 shapes first: they are read before any group or person rule, so
        "our ridiculous society ... black people" judges the society, not the group."""
        if hit.entry.term in _CONTROLS9_TERMS:
            shaped = self._controls9_shape(ctx, hit)
            if shaped is not None:
                return shaped
        return super().probe4_aim(ctx, hit)

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note); swearing nouns that name stuff after a
        judging adjective ("dumb shit") name no one."""
        target, note = super().reread(ctx, hit, target, note)
        entry = hit.entry
        if (
            note
            or entry.term not in c9.STUFF
            or entry.category is not Cat.PROFANITY
            or target is Kind.REPORTED
        ):
            return target, note
        if self._c9_stuff_judged(ctx, hit):
            return Kind.OBJECT, A_THING_JUDGED_NOTE
        return target, note

    def _controls9_shape(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        term = hit.entry.term
        if term in c9.FUCK_YOU:
            if self._c9_as_fuck_then_you(ctx, hit):
                return Kind.OBJECT, NOT_FUCK_YOU_NOTE
            return None
        if term in c9.PIECES:
            if self._c9_thing_judged(ctx, hit):
                return Kind.OBJECT, A_THING_JUDGED_NOTE  # "piece of shit mouse"
            return None
        if hit.last - hit.first != 1:
            return None
        if term in c9.WHICH_VERDICTS and self._c9_which_is(ctx, hit):
            return Kind.OBJECT, A_THING_JUDGED_NOTE  # "a league which is an absolute joke"
        if term in c9.JUDGING and self._c9_thing_judged(ctx, hit):
            return Kind.OBJECT, A_THING_JUDGED_NOTE
        if (
            term in c9.SITUATION
            and not ctx.mentions_any("controls9_reader", c9.READER)
            and self._c9_situation_alone(ctx, hit)
        ):  # a message that speaks to the reader may judge what the reader said or did
            return Kind.OBJECT, A_SITUATION_NOTE
        return None

    def _c9_reader_before(self, ctx: Context, index: int) -> bool:
        """The token before `index`, in the same sentence, is a reader word."""
        return index > 0 and not ctx.stop_after(index - 1) and ctx.tokens[index - 1] in c9.READER

    def _c9_thing_judged(self, ctx: Context, hit: Hit) -> bool:
        """The adjective's noun (past a few describing words) is a thing, not a person
        or a person's body, mind or voice, and no reader word stands before it."""
        tokens = ctx.tokens
        if self._c9_reader_before(ctx, hit.first) or self._c9_said_or_called(ctx, hit.first):
            return False  # "you stupid game", "your stupid idea", "you are a useless program"
        if self._c9_groups_own(ctx, hit.first):
            return False  # "immigrants and their dumb ideas" sneers at the immigrants
        j = hit.last
        end = min(len(tokens), hit.last + _BETWEEN_REACH + 1)
        while j < end and tokens[j] in c9.BETWEEN and not ctx.pause_after(j - 1):
            j += 1
        if j >= end or ctx.pause_after(j - 1):
            return False
        noun = tokens[j]
        if noun in c9.PERSON_PARTS or noun in c9.SAID or noun in self._controls9_people:
            return False
        if not (noun in c9.THINGS or noun in c9.STUFF or noun in self._cue_thing):
            return False  # not `_is_thing`: it takes "politicians" for a plural thing
        if noun in c9.STUFF and hit.first > 0 and tokens[hit.first - 1] in c9.ARTICLES:
            return False  # "what a dumb shit", "he is a stupid trash"
        nxt = j + 1
        if nxt < len(tokens) and not ctx.pause_after(j) and tokens[nxt] in self._c9_persons:
            return False  # review9a: a compound for a person, "the stupid bus driver"
        return not (
            nxt < len(tokens) and not ctx.pause_after(j) and tokens[nxt] in ("of", "for")
        )  # "a pathetic excuse for a human", "a joke of a president"

    def _c9_stuff_judged(self, ctx: Context, hit: Hit) -> bool:
        """ "dumb shit", "ridiculous bullshit": a judging adjective right before, and
        neither a reader word nor "a" before that."""
        at = hit.first - 1
        tokens = ctx.tokens
        if at < 0 or ctx.pause_after(at) or tokens[at] not in c9.JUDGING:
            return False
        if at > 0 and not ctx.stop_after(at - 1):
            before = tokens[at - 1]
            if before in c9.READER or before in c9.ARTICLES:
                return False  # "you dumb shit", "a dumb shit"
        return not self._c9_said_or_called(ctx, at)

    def _c9_which_is(self, ctx: Context, hit: Hit) -> bool:
        """ "which" + a copula (+ articles, intensifiers) right before the verdict, and
        no person after it ("which is a joke", not "which is a joke of a president")."""
        tokens = ctx.tokens
        i = hit.first - 1
        start = ctx.sentence_start(hit.first, _WHICH_REACH)
        copula = False
        while i >= start and (tokens[i] in c9.WHICH_SKIP or tokens[i] in c9.WHICH_COPULAS):
            copula = copula or tokens[i] in c9.WHICH_COPULAS
            i -= 1
        if not copula or i < start or tokens[i] != "which":
            return False
        if not c9.READER.isdisjoint(ctx.tokens[ctx.sentence_start(i, _WHICH_REACH) : i]):
            return (
                False  # review9a: "@USER your take which is stupid", "your mom which is a disgrace"
            )
        nxt = hit.last
        return not (nxt < len(tokens) and tokens[nxt] in ("of", "for"))

    def _c9_groups_own(self, ctx: Context, index: int) -> bool:
        """ "their" right before token `index`, and a group named earlier in the sentence:
        the group's things stand for the group ("women and their stupid shows")."""
        if index == 0 or ctx.tokens[index - 1] not in c9.THEIR:
            return False
        start = ctx.sentence_start(index, _GROUP_REACH)
        return not self._forum4_groups.isdisjoint(ctx.tokens[start : index - 1])

    def _c9_said_or_called(self, ctx: Context, index: int) -> bool:
        """Before token `index`, in its sentence: a saying verb ("tweeting stupid shit":
        the speaker's words are judged) or a person and a copula ("you are a useless
        computer program": someone is called the thing)."""
        start = ctx.sentence_start(index, _BACK_REACH)
        words = ctx.tokens[start:index]
        if not c9.SAYING.isdisjoint(words):
            return True
        for k, word in enumerate(words):
            if word not in c9.COPULAS:
                continue
            if not c9.SUBJECTS.isdisjoint(words[:k]):
                return True
            if word != "s" and not self._c9_persons.isdisjoint(words[:k]):
                return True  # review9a: "this guy is dumb shit"; "this lady's stupid meme" is hers
        return False

    def _c9_situation_alone(self, ctx: Context, hit: Hit) -> bool:
        """The sentence holds the adjective, intensifiers and a thing's subject only; a
        dash after the adjective closes it ("absolutely ridiculous - how many ...")."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, 6)
        if not ctx.starts_sentence(start):
            return False
        end = ctx.sentence_end(hit.last - 1, 6)
        if end < len(tokens) and not ctx.stop_after(end - 1):
            if not self._c9_dash_after(ctx, hit.last - 1):
                return False  # the sentence runs on past the reach
            end = hit.last
        elif end > hit.last and self._c9_dash_after(ctx, hit.last - 1):
            end = hit.last
        return all(word in c9.SITUATION_FILLERS for word in tokens[start : hit.first]) and all(
            word in c9.SITUATION_FILLERS for word in tokens[hit.last : end]
        )

    def _c9_dash_after(self, ctx: Context, index: int) -> bool:
        """A dash between token `index` and the next."""
        spans = ctx.spans
        if index + 1 >= len(spans):
            return False
        gap = ctx.folded[spans[index][1] : spans[index + 1][0]]
        return any(dash in gap for dash in _DASHES)

    def _c9_as_fuck_then_you(self, ctx: Context, hit: Hit) -> bool:
        """ "as fuck you get...", "the fuck you have to...": words go on after "you"."""
        first = hit.first
        tokens = ctx.tokens
        return (
            first > 0
            and tokens[first - 1] in c9.FUCK_YOU_LEADS
            and not ctx.stop_after(first - 1)
            and hit.last < len(tokens)
            and not ctx.pause_after(hit.last - 1)
        )
