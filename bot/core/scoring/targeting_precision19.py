"""Targeting rules of the precision19 round (issue 8, nineteenth session): clean lines
the chain over-read, in general shapes found in the even rows' false flags of the insult,
HateXplain, Gab and OLID files. Each reading is cancelled only when the older rules
aimed it and left no note. precision18_words meets "a real live asshole" too.

- A name-call the writer gives themself, right before "me" / "io", opening the line:
  "idiot me left the oven on", "ugh dumbass me", "stupido io che ti ho creduto". Stay
  aimed: "idiot, tell me why" (a pause; "me" not right after), "you idiot", "moron you
  fed again"; "noob me" is left to game chat (it may ask for help).
- A thing named with an insult word: "she wore a pussy hat", "wear your pussy hat";
  "losers bracket here we come", "loser's bracket again", "the losers round"; "keep the
  kitchen spic and span". Stay aimed: "stop being a pussy", "you're a loser", "losers
  like you", "dirty spic".
- A slur named and judged as a word, opening its sentence bare: "ching chong is racist",
  "tranny is offensive btw", "frocio è un termine offensivo". Stay aimed: "that ching chong
  kid is annoying" (a determiner before it), "faggots like you are disgusting".
- A thing let go: "let it all go away", "let that go away", "just let this go away".
  Stay orders: "go away", "just go away already", "nobody wants you here, go away".
- A fact about the reader regretted: "i hate that you're leaving", "i hate that you got
  hurt", "i hate that you have to go". Stay aimed: "i hate you", "i hate that you were
  born", "i hate that you're alive" (the reader's being is the fact).
- Speech quoted with "like": "he was like fuck you and left", "she was like shut up
  idiot", "people be like shut up", "and i was like go away". A speaker, "was" / "were"
  / "'s" / "be", maybe "all" / "just", then "like" a few tokens before the hit. Stay
  aimed: "you're like fuck you", "it's like fuck you too" (the reader, "it"), "im like
  bro shut up" (the writer now, maybe to the reader), "he's like a total moron",
  "they're like animals", "muslims are like rats" (a likeness: an article, a single
  word right after "like", or "is" / "are").
- A slur's Spanish homonym among Spanish words: "el perro negro es muy grande", "kike es
  mi hermano" (a name). Stay aimed: "get lost negro".

Cost per hit: one frozenset test of its term (or, for a judged slur, of its category and
of the token after it); then at most two tokens after the hit (a title, a thing, a slur),
four before "go away", four after "hate", three after a judged slur's copula, one or two
before a self title, five around a Spanish homonym. The quote is read for any aimed hit,
but only in a message holding "like" (one cached cue test); then at most eight tokens
back. No regex, no new work for messages without a hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import precision19_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_forum21 import Forum21Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = [
    "JUDGED_NOTE",
    "LET_GO_NOTE",
    "QUOTED_NOTE",
    "REGRET_NOTE",
    "SELF_NOTE",
    "SPANISH_NOTE",
    "THING_NOTE",
    "Precision19Rules",
]

# Notes that cancel the hit (weighing.py zeroes any note it does not name).
SELF_NOTE: Final = "a name-call the writer gives themself"
THING_NOTE: Final = "an insult word naming a thing"
JUDGED_NOTE: Final = "a slur named and judged as a word"
LET_GO_NOTE: Final = "a thing let go, no order"
REGRET_NOTE: Final = "a fact about the reader regretted"
SPANISH_NOTE: Final = "a Spanish word, not the slur"
QUOTED_NOTE: Final = "speech quoted with 'like'"
_AIMED: Final = frozenset({Kind.SECOND_PERSON, Kind.THIRD_PERSON, Kind.GROUP, Kind.IMPERATIVE})
_CURSED: Final = frozenset({Kind.SECOND_PERSON, Kind.IMPERATIVE})


class Precision19Rules(Forum21Rules):
    """A name-call of oneself ("idiot me"), a thing named with an insult word, a slur
    judged as a word, a thing let go, a fact about the reader regretted."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, cancelled for this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        if note or target not in _AIMED:
            return target, note
        if ctx.mentions_any("precision19_like", w.LIKE) and self._quoted_like(ctx, hit, target):
            return Kind.REPORTED, QUOTED_NOTE  # "he was like fuck you and left"
        term = hit.entry.term
        if term not in w.TERMS:
            if hit.entry.category is Cat.IDENTITY_ATTACK and _judged(ctx, hit):
                return Kind.REPORTED, JUDGED_NOTE  # "ching chong is racist"
            return target, note
        if term in w.SELF_TITLES and _self_title(ctx, hit):
            return Kind.SELF, SELF_NOTE  # "idiot me left the oven on"
        if _names_thing(ctx, hit, term):
            return Kind.OBJECT, THING_NOTE  # "losers bracket here we come"
        if term in w.FOREIGN_TERMS and _spanish(ctx, hit):
            return Kind.OBJECT, SPANISH_NOTE  # "el gato negro es muy bonito"
        if term in w.GO_AWAY and _let_go(ctx, hit):
            return Kind.OBJECT, LET_GO_NOTE  # "let it all go away"
        if term in w.HATE_TERMS and target is Kind.SECOND_PERSON and _regretted(ctx, hit):
            return Kind.OBJECT, REGRET_NOTE  # "i hate that you're leaving"
        return target, note

    def _quoted_like(self, ctx: Context, hit: Hit, target: TargetKind) -> bool:
        """Speech quoted with "like", neither a slur (a quoted slur still carries it) nor
        put in an identity group's mouth ("jews be like gimme money ...", a stereotype
        mocked)."""
        speaker = _quote_speaker(ctx, hit, target)
        if speaker < 0 or hit.entry.category is Cat.IDENTITY_ATTACK:
            return False
        tokens = ctx.tokens
        if tokens[speaker] in self._cue_identity:
            return False
        return not (
            speaker > 0
            and tokens[speaker] in self._cue_people
            and tokens[speaker - 1] in self._cue_identity_adjective
        )


def _after(ctx: Context, at: int) -> str:
    """The token at `at`, or "" past the end."""
    return ctx.tokens[at] if at < len(ctx.tokens) else ""


def _self_title(ctx: Context, hit: Hit) -> bool:
    """ "me" right after the title, no pause; the title opens its sentence, maybe after
    one opener ("ugh idiot me")."""
    last = hit.last
    if _after(ctx, last) not in w.ME or ctx.pause_after(last - 1):
        return False
    first = hit.first
    if ctx.starts_sentence(first):
        return True
    return first >= 1 and ctx.tokens[first - 1] in w.SELF_OPENERS and ctx.starts_sentence(first - 1)


def _names_thing(ctx: Context, hit: Hit, term: str) -> bool:
    """ "pussy hat", "losers bracket" / "loser's bracket", "spic and span": the thing's
    word right after the insult word, no pause."""
    last = hit.last
    if ctx.pause_after(last - 1):
        return False
    nxt = _after(ctx, last)
    if term in w.PUSSY_TERMS:
        return nxt in w.HATS
    if term in w.LOSER_TERMS:
        if nxt == "s" and not ctx.pause_after(last):
            nxt = _after(ctx, last + 1)
        return nxt in w.BRACKETS
    if term in w.SPIC_TERMS:
        return nxt in w.SPIC_AND and _after(ctx, last + 1) in w.SPAN
    return False


def _judged(ctx: Context, hit: Hit) -> bool:
    """A bare slur opening its sentence, then "is" and a judgement of the word a few
    tokens on: "ching chong is racist", "spic is a derogatory term"."""
    last = hit.last
    if _after(ctx, last) not in w.IS or not ctx.starts_sentence(hit.first):
        return False
    tokens = ctx.tokens
    for at in range(last + 1, min(len(tokens), last + 1 + w.JUDGE_REACH)):
        if ctx.pause_after(at - 1):
            return False
        if tokens[at] in w.JUDGES:
            return True
        if tokens[at] not in w.JUDGE_FILLERS:
            return False
    return False


def _let_go(ctx: Context, hit: Hit) -> bool:
    """ "let" and a thing ("it", "that", "this") before "go away", maybe over "all" /
    "just", one clause: "let it all go away", "let all this go away"."""
    tokens = ctx.tokens
    thing = False
    for at in range(hit.first - 1, max(-1, hit.first - 1 - w.LET_REACH), -1):
        if ctx.pause_after(at):
            return False
        word = tokens[at]
        if word in w.LET:
            return thing
        if word in w.LET_THINGS and not thing:
            thing = True
        elif word not in w.LET_FILLERS:
            return False
    return False


def _regretted(ctx: Context, hit: Hit) -> bool:
    """ "that you" right after "hate", then what befell the reader ("got hurt", "have to
    go") or "you're" before anything but the reader's being ("born", "alive", "a ...")."""
    last = hit.last
    if _after(ctx, last) not in w.THAT or _after(ctx, last + 1) not in w.YOU:
        return False
    verb = _after(ctx, last + 2)
    if verb in w.BE:
        nxt = _after(ctx, last + 3)
        return nxt != "" and nxt not in w.BEING
    return verb in w.BEFELL


def _spanish(ctx: Context, hit: Hit) -> bool:
    """Two Spanish words within a few tokens of the hit, in its sentence."""
    tokens = ctx.tokens
    start = ctx.sentence_start(hit.first, w.SPANISH_REACH)
    end = ctx.sentence_end(hit.last - 1, w.SPANISH_REACH)
    found = 0
    for at in range(start, end):
        if tokens[at] in w.SPANISH and not hit.first <= at < hit.last:
            found += 1
            if found == 2:
                return True
    return False


def _quote_speaker(ctx: Context, hit: Hit, target: TargetKind) -> int:
    """Where the speaker of a quote stands, or -1: "like" a few tokens before the hit, a
    speaker and "was" / "is" before it, one clause: "he was like fuck you", "she's like
    shut up idiot". Right after "like" only a curse or an order of two words or more
    ("they're like animals" is a likeness), and never a likeness's opener ("he's like an
    idiot")."""
    tokens = ctx.tokens
    first = hit.first
    at = first - 1
    floor = max(0, first - 1 - w.QUOTE_REACH)
    while at > floor and tokens[at] not in w.LIKE:
        if ctx.pause_after(at):
            return -1
        at -= 1
    if at <= 0 or tokens[at] not in w.LIKE or ctx.pause_after(at - 1):
        return -1
    if at == first - 1:
        if target not in _CURSED or hit.last - first < 2:
            return -1
    elif tokens[at + 1] in w.LIKENESS or ctx.pause_after(at + 1):
        return -1
    at -= 1
    while at > 0 and tokens[at] in w.LIKE_FILLERS:
        at -= 1
    if tokens[at] in w.QUOTE_FUSED:
        return at
    if tokens[at] not in w.QUOTE_BE or at < 1 or ctx.pause_after(at - 1):
        return -1
    speaker = tokens[at - 1]
    if speaker in w.WRITER:
        return at - 1 if tokens[at] in w.PAST_BE else -1  # "i was like go away", not "i'm like"
    return -1 if speaker in w.NOT_SPEAKERS else at - 1
