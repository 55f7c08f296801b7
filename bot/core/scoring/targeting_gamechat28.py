"""Targeting rules of the gamechat28 round (issue 8, twenty-first session): in-game chat
of many games (Dota 2, League, Valorant, Overwatch, CS2, Rocket League) that calls a
teammate or an enemy a bad player in the third person, or "the worst" of their hero,
said whole.

- A third person called a bad player, role or hero after a copula: "he is a terrible
  player", "our jungler is a terrible player", "that sage is such a terrible support",
  "hes a trash player", "the enemy mid was an awful teammate", "lol she is just a
  horrible player". gamechat27 reads the call ("terrible player") said whole with the
  reader or a frame before it; here the subject opens the sentence (chat's openers
  before it at most): "he" / "she" (and "hes" / "shes"), or a determiner ("our",
  "this", "that", "the", "ur", "my", "their") before a hero, a role or a player noun,
  then "is" / "was", an article or "such" (one needed) and intensifiers, the call, and
  fillers at most to the sentence's end. Clean: "im a terrible player" (the writer: no
  subject), "he is not a terrible player" (denied: "not" breaks the run), "is he a
  terrible player?" / "he is a terrible player?" (asked), "he said im a terrible player"
  (reported: no subject at the start), "he is a terrible player to play against" / "...
  but a great guy" (the clause goes on), "he is a terrible matchup for me", "this game
  is a terrible experience" (no player called).
- "the worst" before a hero, a role or a player noun, said whole: "the worst jett",
  "literally the worst support", "omg the worst yasuo", "the worst sage ive ever seen",
  "the worst adc in the game", "the worst genji ever lol". Before "the worst" from the
  sentence's start only gamechat27's frame and adverbs; after the named word fillers, the
  writer's experience ("ive ever seen", "i've had") or a short span ("in the game", "on
  this team", "of all time"), then the sentence's end. Clean: "im the worst jett lol",
  "i'm literally the worst sage" (the writer), "the worst jett skin", "the worst jett
  matchup" (a thing after the hero), "the worst patch", "the worst map in the game" (no
  player named), "who is the worst jett?" (asked: a word before it), "the worst jett i
  know is me", "the worst player in the game is the one who gives up" (the clause goes
  on), '"the worst jett" lol' (quoted).

Cost per hit: one frozenset test of the term; for the round's terms only, at most eight
tokens back to the sentence's start and six ahead to its end. No regex, no new work for
messages without a hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat27_words as w27
from bot.core.scoring import gamechat28_words as w
from bot.core.scoring.targeting_context import NAMED_NOTE, SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_forum23 import Forum23Rules
from bot.core.scoring.targeting_gamechat8 import NOT_A_HERO_NOTE
from bot.core.scoring.targeting_gamechat27 import closes_whole
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.targeting_olid5 import NOT_SAID_OF_NOTE
from bot.core.scoring.targeting_olid12 import NO_CLUELESS_NOTE
from bot.core.scoring.verdict import Category, TargetKind

__all__ = ["GameChat28Rules"]

_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT})
# Readings the round's shapes override: none, not said of a person, gamechat8's "the
# worst of a thing".
_OVERRIDDEN: Final[frozenset[str]] = frozenset({"", NOT_SAID_OF_NOTE, NOT_A_HERO_NOTE})
# ... and, for a clue or a game sense denied, olid12's "no one said to have no clue".
_CLUELESS_OVERRIDDEN: Final[frozenset[str]] = _OVERRIDDEN | frozenset({NO_CLUELESS_NOTE})
_PROFANITY: Final = Category.PROFANITY


class GameChat28Rules(Forum23Rules):
    """A third person called a bad player after a copula; "the worst" before a hero or a
    role; a person said to lack any clue of the game or its sense: each aimed only said
    whole."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.CLUELESS or term in w.NO_SENSE:
            if _open_reading(target, note, _CLUELESS_OVERRIDDEN) and not ctx.quoted(
                hit.first, hit.last
            ):
                aimed = _clueless(ctx, hit, term in w.CLUELESS)
                if aimed is not None:
                    return aimed, OUTRIGHT_NOTE  # "our jungler has no clue how to play"
            return target, note
        if hit.last >= len(ctx.tokens) or not _open_reading(target, note, _OVERRIDDEN):
            return target, note
        if term in w27.QUALITY:
            if _player_called(ctx, hit):
                if hit.entry.category is _PROFANITY:
                    return Kind.THIRD_PERSON, NAMED_NOTE  # "hes a shit jett"
                return Kind.THIRD_PERSON, SAID_OF_NOTE  # "he is a terrible player"
        elif term == "the worst" and _worst_hero(ctx, hit):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "the worst jett"
        return target, note


def _open_reading(target: TargetKind, note: str, overridden: frozenset[str]) -> bool:
    """A reading the round may aim: at no one or a thing with a note of `overridden`, or
    a third person weighed low with no note ("ok this guy is a trash gamer")."""
    if target is Kind.THIRD_PERSON:
        return not note
    return target in _UNAIMED and note in overridden


def _called_at(ctx: Context, hit: Hit, called: frozenset[str]) -> bool:
    """The word right after the hit is one of `called`, with no pause between, unquoted."""
    at = hit.last
    return (
        ctx.tokens[at] in called
        and not ctx.pause_after(at - 1)
        and not ctx.quoted(hit.first, at + 1)
    )


def _player_called(ctx: Context, hit: Hit) -> bool:
    """ "he is a terrible player": a subject, a copula and an article before the call."""
    return (
        _called_at(ctx, hit, w27.CALLED)
        and _subject_before(ctx, hit.first)
        and _said_whole(ctx, hit.last)
    )


def _worst_hero(ctx: Context, hit: Hit) -> bool:
    """ "the worst jett": opening the sentence, closing it or with the writer's experience
    or a short span after it."""
    return (
        _called_at(ctx, hit, w27.NAMED)
        and _opens(ctx, hit.first, w.WORST_FRAME)
        and (_said_whole(ctx, hit.last) or _worst_closes(ctx, hit.last + 1))
    )


def _clueless(ctx: Context, hit: Hit, clue: bool) -> TargetKind | None:
    """ "he has no clue (how to play)", "our mid has zero game sense", "u have no clue
    what ur doing": the subject opening the sentence, the verdict closing it or a skill's
    object after "no clue". The reader when they are the subject, else a third person;
    None when not in this shape."""
    tokens = ctx.tokens
    verb = hit.first if clue else hit.first - 1
    if verb < 1 or tokens[verb] not in w.HAVING:
        return None
    at = verb - 1
    if tokens[at] in w.SUBJECT_ADVERBS and at >= 1:
        at -= 1  # "he clearly has no clue"
    if tokens[at] in w.READERS:
        target: TargetKind = Kind.SECOND_PERSON
        at -= 1
    elif tokens[at] in w.PRONOUNS:
        target = Kind.THIRD_PERSON
        at -= 1
    else:
        target = Kind.THIRD_PERSON
        at = _named_subject(ctx, at)
        if at < -1:
            return None
    if not _opens(ctx, at + 1, w.SUBJECT_OPENERS):
        return None
    last = hit.last - 1
    if clue and last + 1 < len(tokens) and not ctx.pause_after(last):
        last = _clue_object(ctx, last + 1)
        if last < 0:
            return None
    return target if _said_whole(ctx, last) else None


def _clue_object(ctx: Context, at: int) -> int:
    """After "no clue": "how to play (this hero)" or "what (s)he is doing"; the index of
    its last token, or -1."""
    tokens = ctx.tokens
    end = min(len(tokens), at + w.CLUE_OBJECT_REACH)
    if tokens[at : at + 3] == ["how", "to", "play"]:
        last = at + 2
        while last + 1 < end and tokens[last + 1] in w.PLAYED and not ctx.pause_after(last):
            last += 1
        return last
    if tokens[at] == "what":
        last = at + 1
        while last < end and tokens[last] in w.DOING_SUBJECTS:
            last += 1
        return last if last < end and tokens[last] == "doing" and last > at + 1 else -1
    return -1


def _named_subject(ctx: Context, at: int) -> int:
    """ "our jungler", "the enemy mid" ending at token `at`: the index before it, or -2."""
    tokens = ctx.tokens
    if at < 1 or tokens[at] not in w.SUBJECTS:
        return -2
    at -= 1
    if tokens[at] in w.SIDES and at >= 1:
        at -= 1  # "the enemy jungler"
    return at - 1 if tokens[at] in w.DETERMINERS else -2


def _subject_before(ctx: Context, first: int) -> bool:
    """ "(lol) he is (just) a", "our jungler was such an", "hes a" right before token
    `first`, opening the sentence."""
    tokens = ctx.tokens
    at = first - 1
    floor = max(0, first - 1 - w.BEFORE_QUALITY_REACH)
    articled = False
    while at >= floor and tokens[at] in w.BEFORE_QUALITY:
        articled = articled or tokens[at] in w.ARTICLES
        at -= 1
    if not articled or at < 0:
        return False
    if tokens[at] in w.PRONOUN_COPULAS:
        at -= 1  # "hes a terrible player"
    else:
        if tokens[at] not in w.COPULAS or at < 1:
            return False
        at -= 1
        if tokens[at] in w.PRONOUNS:
            at -= 1
        else:
            at = _named_subject(ctx, at)
            if at < -1:
                return False
    return _opens(ctx, at + 1, w.SUBJECT_OPENERS)


def _said_whole(ctx: Context, last: int) -> bool:
    """Token `last` ends its sentence ("he is a terrible player. ff"), not asked, or only
    fillers follow it to the sentence's end."""
    if last + 1 < len(ctx.tokens) and ctx.stop_after(last):
        return not ctx.asked_right_after(last + 1)
    return closes_whole(ctx, last + 1)


def _opens(ctx: Context, first: int, openers: frozenset[str]) -> bool:
    """Only `openers` from the sentence's start to token `first`."""
    start = ctx.sentence_start(first, w27.FRAME_REACH)
    if not ctx.starts_sentence(start):
        return False
    return all(ctx.tokens[i] in openers for i in range(start, first))


def _worst_closes(ctx: Context, at: int) -> bool:
    """After "the worst jett": fillers, the writer's experience ("ive ever seen") or a
    short span ("in the game"), then the sentence's end."""
    tokens = ctx.tokens
    if at < len(tokens) and not ctx.pause_after(at - 1):
        if tokens[at] in w.SEEN_LEADS:
            seen = at
            while seen < len(tokens) and seen - at < 3 and tokens[seen] in w.SEEN_LEADS:
                seen += 1
            if seen < len(tokens) and tokens[seen] in w.SEEN:
                at = seen + 1  # "ive ever seen"; else "ever lol" reads as fillers
        elif tokens[at] in w.SPAN_LEADS:
            start = at + 1
            at = start
            while at < len(tokens) and at - start < w.SPAN_REACH and tokens[at] in w.SPAN_WORDS:
                at += 1
            if at == start:
                return False
    return closes_whole(ctx, at)
