"""Targeting rules of the hatecheck84 round (issue 8): a hostile call or claim about a
named group followed by its attribution to someone else, which the older rules read as
the writer's own (their reported-speech and quote checks look only before the hit).

- The attribution tail: the group reading's clause closes (a comma, a colon or a dash set
  apart by spaces, at most CLAUSE_REACH tokens after the hit; an unpunctuated line may
  close the message with "he said") and a tail names who said it: a speech verb and its
  speaker (", says the minister", ", said the general in the movie", ", claimed the
  politician", ", ha detto il ministro"), the speaker and its verb (", he said", ", my
  uncle says", ", the crowd chanted", ", the minister once said"), "according to" or
  "secondo" a person or a text (", according to the article", ", according to him"), or
  a dash and a name closing the message (no word of the lexicon: " - donald trump") or a
  source (" - a quote from the rally", " - a sign at the march"). Nobody as the speaker
  disowns it (", said no one ever"). The hit is then reported speech: "let the refugees
  starve, says the minister", "kill the british, said the general in the movie",
  "deport the muslims, he said", "muslims are vermin - donald trump".

Still hostile: the writer's own saying (", i say", ", says me", ", said it before and
ill say it again", ", say it with me"), a tail taking the saying up (", as i always
said", ", as trump said", ", like my grandpa used to say", ", he said, and i agree",
", my uncle says, and he is right"), everyone sensible as the speaker (", says everyone
with a brain", ", everyone says so": the writer's own verdict), evidence the writer calls
on (", according to statistics", " - fact", " - just saying", " - the truth"), a
verdict or an aside after a dash (" - pathetic", " - the neo-nazis, or ..."), and
insults at the reader or a person (older rules read "you idiot, he said"): only a group
reading, or an order aimed at a named group ("gays should be shot, the preacher
shouted"), is re-read here.

Cost per hit: one test of its reading (most hits end there); then a frozenset test of
TRIGGER_REACH tokens after it and a dash test of the text right after its clause; only
then CLAUSE_REACH tokens ahead to the pause and TAIL_REACH tokens of the tail. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck84_words as w
from bot.core.scoring.lexicon import WordSet
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_gamechat60 import GameChat60Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = [
    "ATTRIBUTED_NOTE",
    "TRIGGER_REACH",
    "HateCheck84Rules",
    "attributed_after",
    "dash_after",
]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
ATTRIBUTED_NOTE: Final[str] = "a call or claim about a group attributed to someone else after it"
# Tokens after the hit a tail's trigger word is looked for in: the clause and the tail.
TRIGGER_REACH: Final[int] = w.CLAUSE_REACH + w.TAIL_REACH
# The categories of an order that names a group: "gays should be shot, the preacher shouted".
_GROUP_ORDERS: Final = frozenset({Cat.THREAT, Cat.IDENTITY_ATTACK, Cat.EXCLUSION})


class HateCheck84Rules(GameChat60Rules):
    """A group reading with an attribution tail after its clause is reported speech
    ("deport the muslims, he said"), unless the writer takes it up."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; a group reading attributed after it reported."""
        target, note = super().in_game(ctx, hit, target, note)
        if target is not Kind.GROUP and (
            target is not Kind.IMPERATIVE or hit.entry.category not in _GROUP_ORDERS
        ):
            return target, note  # a person, a thing or a report: older readings stand
        tokens = ctx.tokens
        after = tokens[hit.last : hit.last + TRIGGER_REACH]
        if w.TRIGGERS.isdisjoint(after) and not _dash_ahead(ctx, hit.last - 1):
            return target, note  # no speech verb, "according" or dash: most group hits
        if target is Kind.IMPERATIVE and not self._names_identity(ctx, hit):
            return target, note  # "shut up, he said": an order to someone, not a group
        if attributed_after(ctx, hit, self._lexicon.hit_words):
            return Kind.REPORTED, ATTRIBUTED_NOTE
        return target, note


def attributed_after(ctx: Context, hit: Hit, listed: WordSet[str]) -> bool:
    """The hit's clause closes within CLAUSE_REACH tokens and an attribution tail follows,
    not taken up by the writer: "deport the muslims, he said"."""
    tokens = ctx.tokens
    end = len(tokens)
    for close in range(hit.last - 1, min(end - 1, hit.last - 1 + w.CLAUSE_REACH)):
        dash = dash_after(ctx, close)
        if dash or (ctx.pause_after(close) and not ctx.stop_after(close)):
            return _tail(ctx, close + 1, listed, dash=dash)
        if ctx.stop_after(close):
            return False  # a new sentence: no tail of this one
        if (
            close + 3 == end
            and tokens[close] not in w.ENDORSING_OPENERS
            and _bare_tag(tokens, close + 1)
        ):
            return True  # "deport the muslims he said", never "... like he said"
    return False


def _bare_tag(tokens: list[str], at: int) -> bool:
    """A third person and a speech verb at token `at`: "he said", "they say"."""
    return tokens[at] in w.PRONOUNS and tokens[at + 1] in w.TAG_VERBS


def dash_after(ctx: Context, index: int) -> bool:
    """A dash set apart by a space between token `index` and the next: "muslims are
    vermin - donald trump"; never a hyphen inside a word ("try-hard")."""
    spans = ctx.spans
    if index + 1 >= len(spans):
        return False
    gap = ctx.folded[spans[index][1] : spans[index + 1][0]]
    return " " in gap and not w.DASHES.isdisjoint(gap)


def _dash_ahead(ctx: Context, index: int) -> bool:
    """A dash in the text right after the hit's clause (at most CLAUSE_REACH tokens on)."""
    spans = ctx.spans
    if index >= len(spans):
        return False
    stop = min(len(spans) - 1, index + w.CLAUSE_REACH)
    gap = ctx.folded[spans[index][1] : spans[stop][0]]
    return not w.DASHES.isdisjoint(gap)


def _tail(ctx: Context, at: int, listed: WordSet[str], *, dash: bool) -> bool:
    """An attribution tail opening at token `at`, the writer not taking it up after."""
    tokens = ctx.tokens
    end = min(len(tokens), at + w.TAIL_REACH)
    if at >= end or tokens[at] in w.ENDORSING_OPENERS or tokens[at] in w.WRITERS:
        return False  # ", as i always said", ", i say"
    said = _said_by(ctx, at, end, listed, dash=dash)
    return said >= 0 and not _agreed(tokens, said)


def _agreed(tokens: list[str], at: int) -> bool:
    """The writer taking the saying up in the TAIL_REACH tokens from `at`: ", and i agree",
    ", and he was right"."""
    for i in range(at, min(len(tokens), at + w.TAIL_REACH)):
        word = tokens[i]
        if word in w.AGREEING or (word == w.RIGHT and tokens[i - 1] in w.RIGHT_AFTER):
            return True
    return False


def _said_by(ctx: Context, at: int, end: int, listed: WordSet[str], *, dash: bool) -> int:
    """Where the tail's speaker and verb end, or -1: ", says the minister", ", he said",
    ", according to the article", " - donald trump"."""
    tokens = ctx.tokens
    word = tokens[at]
    if word == w.ACCORDING and at + 1 < end and tokens[at + 1] == w.ACCORDING_TO:
        return _speaker_end(tokens, at + 2, end, listed)
    if word == w.SECONDO:
        return _speaker_end(tokens, at + 1, end, listed)
    if word in w.AUXILIARIES and at + 1 < end and tokens[at + 1] in w.TAG_VERBS:
        at += 1  # ", ha detto il ministro"
        word = tokens[at]
    if word in w.TAG_VERBS:
        if word == w.SAY and at + 1 < end and tokens[at + 1] not in w.SPEAKER_DETERMINERS:
            return -1  # "say it louder", "say goodbye": an order
        return _speaker_end(tokens, at + 1, end, listed)
    if dash:
        return _source_end(tokens, at, listed)  # " - donald trump", " - a quote from the rally"
    speaker = _speaker_end(tokens, at, end, listed)
    if speaker < 0:
        return -1
    for verb in range(at + 1, min(end, at + 1 + w.SPEAKER_REACH + w.ADVERB_REACH)):
        if tokens[verb] in w.TAG_VERBS:
            return verb + 1  # ", my uncle says", ", the minister once said"
        if tokens[verb] in w.WRITERS or ctx.pause_after(verb):
            return -1
    return -1


def _source_end(tokens: list[str], at: int, listed: WordSet[str]) -> int:
    """After a dash, a name closing the message or a source ("a quote", "a sign"): where it
    ends, or -1 ("- fact", "- the neo-nazis, or the protesters": the writer's own words)."""
    if tokens[at] in w.SPEAKER_DETERMINERS:
        noun = at + 1
        return noun + 1 if noun < len(tokens) and tokens[noun] in w.SOURCES else -1
    return _name_end(tokens, at, listed)


def _name_end(tokens: list[str], at: int, listed: WordSet[str]) -> int:
    """A name of at most NAME_LENGTH words closing the message at token `at`, no word of
    the lexicon (`listed`: " - pathetic" is the writer's verdict), or -1."""
    word = tokens[at]
    if word in w.WRITERS or word in w.UNIVERSALS:
        return -1  # " - me", " - everyone"
    name = tokens[at:]
    if not w.NOT_NAMES.isdisjoint(name):
        return -1  # " - fact", " - just saying", " - fr", " - ok"
    if len(name) <= w.NAME_LENGTH and all(t.isalpha() and t not in listed for t in name):
        return len(tokens)  # " - donald trump", ", says farage"
    return -1


def _speaker_end(tokens: list[str], at: int, end: int, listed: WordSet[str]) -> int:
    """The end of someone else who said it at token `at`, or -1: a third person, nobody,
    a determiner and a noun that is no evidence, or a name closing the message."""
    if at >= end:
        return -1
    word = tokens[at]
    if word in w.NOBODY:
        return at + 1  # "said nobody ever"
    if tuple(tokens[at : at + 2]) == w.NO_ONE:
        return at + 2  # "said no one ever"
    if word in w.PRONOUNS:
        return at + 1
    if word in w.UNIVERSALS or word in w.WRITERS or word in w.EVIDENCE:
        return -1  # "says everyone with a brain", "says me", "according to statistics"
    if word in w.SPEAKER_DETERMINERS:
        noun = at + 1
        if noun >= end or tokens[noun] in w.EVIDENCE or tokens[noun] in w.WRITERS:
            return -1  # "according to the facts"
        return noun + 1
    return _name_end(tokens, at, listed)
