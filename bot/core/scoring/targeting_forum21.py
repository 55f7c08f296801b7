"""Targeting rules of the forum21 round (issue 8, nineteenth session): Reddit-like
comments that derogate a camp, a commenter or a thread's members without a slur the
older rules aim. The lexicon names "republicunt(s)", "circus", the behaviours of
"these people" and the power terms.

- A camp by a derogatory blend: "republicunts are at it again", "typical republicunt";
  "snowflakes" with a jab a few words after it ("the snowflakes are triggered again").
  A plural blend (forum21_words.CAMP_LABELS) the older rules left unaimed names a group;
  a singular only after "typical". Clean: "he called them republicunts and got banned"
  (reported), "snowflakes are falling outside". "sheeple", "soyboys", "feminazis" are
  left as they were: in dev comments as often a label in a rant kept clean.
- Mock praise of a commenter who fails at something: "wow, another genius who can't
  read", "yet another einstein who doesn't know how percentages work". gamechat7 calls
  these praise; read as said to the reader when "another" comes right before the title
  and "who" / "that" right after it, a failing a few words on. Clean: "another genius who
  cured a disease", "i'm the genius who can't read" (self), a reported line.
- A thread's members derided as a show: "the replies here are a clown show", "this
  thread is a circus", "the mods are a clown car". "clown" with "show", "car", "fiesta"
  after it, or "circus", the complement of a copula whose subject is a place or a role of
  the thread. Clean: "the election was a clown show", "the circus is in town", "she said
  the replies were a clown show"; "circus" out of the shape is cancelled.
- "these people" derogated by a behaviour: "these people will believe anything", "these
  people never learn", "these people can't read", "these people have no shame". A
  behaviour of the lexicon's forum21 lines with "these" / "those" people or a camp right
  before it, over a modal.
  Clean: "these people will help you", "i'll never learn this song", "i can't read this
  font", "these people have no money" (no hit); the round's behaviours out of the shape
  are cancelled.
- The mods power tripping: "the mods can't stop power tripping", "the mods are on a
  power trip again". The lexicon's forum21 power lines with the thread's rulers a few
  words before, over copulas and "can't stop"; cancelled otherwise ("power tripping is a
  real problem"). They are group_only.FIRST_NAMED_TERMS: the clean gate drops them
  unless a group ("mods") is named, and hateprobe7 still reads "power" as a loose word
  ("son of a bitch, the power went out" stays a curse at a situation).

Cost per hit: up to five frozenset tests of the term; then one or two tokens around a
title, at most four tokens after a label or a title, ten back from a show, four back
from a behaviour, five back from a power term, and a sentence start (eight tokens) for
a reporting word. No regex, no new work for messages without a hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum20_words as f20
from bot.core.scoring import forum21_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_discord21 import Discord21Rules
from bot.core.scoring.targeting_gamechat7 import NOT_MOCKING_NOTE
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["UNSHAPED_NOTE", "Forum21Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
UNSHAPED_NOTE: Final = "not said of a thread or a camp in the round's shape"
_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT, Kind.THIRD_PERSON})


class Forum21Rules(Discord21Rules):
    """A camp by a derogatory label, mock praise of a failing commenter, a thread's
    members as a clown show, "these people" by a behaviour."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed or cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.PRAISED:
            if note == NOT_MOCKING_NOTE and _mock_praise(ctx, hit) and _own_words(ctx, hit):
                return Kind.SECOND_PERSON, ""  # "another genius who can't read"
            return target, note
        if term in w.CIRCUS or term == "clown":
            if _thread_show(ctx, hit) and _own_words(ctx, hit):
                return Kind.GROUP, ""  # "the replies here are a clown show"
            if term in w.CIRCUS:
                return Kind.OBJECT, UNSHAPED_NOTE  # "the circus is in town"
            return target, note
        if term in w.BEHAVIOURS:
            if _people_behave(ctx, hit) and _own_words(ctx, hit):
                return Kind.GROUP, ""  # "these people will believe anything"
            if term in w.OWN_BEHAVIOURS:
                return Kind.OBJECT, UNSHAPED_NOTE  # "i'll never learn this song"
            return target, note
        if term in w.POWER_TERMS:
            if _rulers_before(ctx, hit) and _own_words(ctx, hit):
                return Kind.GROUP, ""  # "the mods can't stop power tripping"
            return Kind.OBJECT, UNSHAPED_NOTE  # "a power trip", "power tripping is a problem"
        if target in _UNAIMED and _camp_label(ctx, hit) and _own_words(ctx, hit):
            return Kind.GROUP, ""  # "feminazis ruin everything"
        return target, note


def _own_words(ctx: Context, hit: Hit) -> bool:
    """Not quoted and no reporting word earlier in the sentence: "he called them
    feminazis", "she said the replies were a clown show"."""
    if ctx.quoted(hit.first, hit.last):
        return False
    start = ctx.sentence_start(hit.first, w.REPORT_REACH)
    return w.REPORTED.isdisjoint(ctx.tokens[start : hit.first])


def _camp_label(ctx: Context, hit: Hit) -> bool:
    """A plural label, a singular after "typical", or "snowflakes" with a jab after."""
    term = hit.entry.term
    tokens = ctx.tokens
    if term in w.CAMP_LABELS:
        return True
    if term in w.CAMP_LABEL:
        return hit.first > 0 and tokens[hit.first - 1] in w.TYPICAL
    if term in w.SNOWFLAKES:
        ahead = tokens[hit.last : hit.last + w.JAB_REACH]
        return not w.SNOWFLAKE_JABS.isdisjoint(ahead)
    return False


def _mock_praise(ctx: Context, hit: Hit) -> bool:
    """ "another" right before the title, "who" / "that" right after, then a failing."""
    tokens = ctx.tokens
    first, last = hit.first, hit.last
    if first < 1 or tokens[first - 1] not in w.ANOTHER:
        return False
    if last >= len(tokens) or tokens[last] not in w.WHO:
        return False
    for at in range(last + 1, min(len(tokens), last + 1 + w.FAIL_REACH)):
        if tokens[at] in w.FAILINGS:
            ahead = tokens[at + 1] if at + 1 < len(tokens) else ""
            return tokens[at] != "never" or ahead not in w.NEVER_PRAISED
        if ctx.pause_after(at):
            return False
    return False


def _thread_show(ctx: Context, hit: Hit) -> bool:
    """ "clown show" / "circus" as the complement of a copula whose subject is a place or
    a role of the thread, no pause between."""
    tokens = ctx.tokens
    first = hit.first
    if hit.entry.term == "clown" and (hit.last >= len(tokens) or tokens[hit.last] not in w.SHOWS):
        return False
    at = first - 1
    while at >= 0 and first - at <= 6 and tokens[at] in w.SHOW_FILLERS:
        at -= 1
    if at < 1 or tokens[at] not in w.COPULAS:
        return False
    for back in range(at - 1, max(-1, at - 1 - w.PLACE_REACH), -1):
        if ctx.pause_after(back):
            return False
        if tokens[back] in w.THREAD_PLACES:
            return True
    return False


def _people_behave(ctx: Context, hit: Hit) -> bool:
    """ "these people" / "those folks" or a camp right before the behaviour, over a
    modal: "these people will believe anything", "liberals never learn"."""
    tokens = ctx.tokens
    for at in range(hit.first - 1, max(-1, hit.first - 1 - w.BEHAVIOUR_REACH), -1):
        if ctx.pause_after(at):
            return False
        word = tokens[at]
        if word in w.BEHAVIOUR_FILLERS:
            continue
        if word in w.PEOPLE:
            return at > 0 and tokens[at - 1] in w.THESE
        return word in w.CAMP_LABELS or word in f20.STOP_SUBJECTS
    return False


def _rulers_before(ctx: Context, hit: Hit) -> bool:
    """The thread's rulers a few words before, over copulas and "can't stop": "the mods
    are power tripping", "the mods can't stop power tripping"."""
    tokens = ctx.tokens
    for at in range(hit.first - 1, max(-1, hit.first - 1 - w.POWER_REACH), -1):
        if ctx.pause_after(at):
            return False
        if tokens[at] in w.RULERS:
            return True
        if tokens[at] not in w.POWER_FILLERS:
            return False
    return False
