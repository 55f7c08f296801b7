"""Targeting rules of the forum22 round (issue 8, twentieth session): Reddit-like
comments that find a person, people or a thread stupid without naming the reader.

- Disbelief that someone can be this stupid: "how can someone be this stupid", "how are
  people this dumb", "is OP really this dense", "come si fa a essere così stupidi". A
  dim word of forum22_words.DIM right after "this" / "that" / "so" (over "still",
  "really"), a being verb before it and an indefinite person, people or OP as its
  subject, in a sentence opened by "how" / "why" (or by "is" / "are" before the
  subject).
  Clean: "how can a law be this stupid" (no person), "how can i be this stupid lol"
  (the writer, read before), "how can someone be this lucky" (no hit), a quoted or
  reported line.
- People "dumb enough" to do something: "anyone dumb enough to vote for him", "whoever
  is dumb enough to buy this", "people stupid enough to believe this". A dim word with
  "enough to" after it and an indefinite person or people right before (over "who is").
  Clean: "i was dumb enough to buy it twice" (the writer), "anyone brave enough to try"
  (no hit), "stop saying people are dumb enough to fall for it" (counter-speech).
- OP or someone's partner "sounds like" a name-call: "OP sounds like a moron", "your
  husband sounds like an asshole", "the OP seems like a jerk", "OP sounds insufferable".
  "sounds" / "seems" (with "like a" and a few intensifiers before a noun), the hit
  closing its clause, and the sentence opened by OP or by "your" / "her" / "his" and a
  partner, kin or boss (forum22_words.KIN). Clean: "OP sounds like a great mom" (no
  hit), "that sounds like a stupid idea" (no person), "i sound like an idiot in french"
  (the writer), "he said OP sounds like a jerk" (reported), "my husband sounds like ...".
- The stupidity of a thread, its people or a camp: "the stupidity in this thread is
  astounding", "the sheer stupidity of some commenters", "the level of stupidity here",
  "liberal stupidity knows no bounds", "la stupidità in questo thread". "stupidity",
  "idiocy", "ignorance" with "in" / "of" / "on" and the thread or its people a few
  words after, "here" right after, or a camp right before. Clean: "the stupidity of this
  law", "my own stupidity cost me the game", "ignorance is bliss", "scusa la mia
  ignoranza". "ignorance" and the Italian nouns are new to the lexicon and cancelled out
  of the shape, so no other rule reads them.

A sentence holding "ignorance" (or an Italian noun of the round) and no "you" is no
whole-sentence name-call: "ignorance is dangerous" stays clean, as before the round.

Cost per hit: one or two frozenset tests of the term (and, when the older rules find a
vocative, one test of the words before it); then at most seven tokens back
from the dim word to the sentence's "how", two around "enough", four after a noun, and
the sentence start (cached) for a reporting word. No regex, no new work for messages
without these terms.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum22_words as w
from bot.core.scoring.targeting_context import AFTER, SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_discord23 import Discord23Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_THREAD_NOTE", "Forum22Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_THREAD_NOTE: Final = "a failing of no thread, person or camp"
_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT, Kind.THIRD_PERSON})


class Forum22Rules(Discord23Rules):
    """Disbelief that someone can be this stupid, people "dumb enough" to do something,
    the stupidity of a thread, its people or a camp."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed or cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.STUPIDITIES:
            if target in _UNAIMED and _thread_failing(ctx, hit) and _own_words(ctx, hit):
                return Kind.GROUP, ""  # "the stupidity in this thread"
            if term in w.NEW_NOUNS:
                return Kind.OBJECT, NOT_THREAD_NOTE  # "ignorance is bliss"
            return target, note
        if target not in _UNAIMED or note:
            return target, note
        if term in w.DIM:
            subject = _disbelief(ctx, hit)
            if subject or _dumb_enough(ctx, hit):
                if not _own_words(ctx, hit):
                    return target, note
                if subject in w.ONE_PERSON:
                    return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "is OP really this dumb"
                return Kind.GROUP, ""  # "how can someone be this stupid"
        if _sounds_like(ctx, hit) and _own_words(ctx, hit):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "OP sounds like a moron"
        return target, note

    def _vocative(self, ctx: Context, hit: Hit, before: list[str], pause: bool) -> bool:
        """The older reading, but a sentence holding the round's nouns and no "you" is no
        name-call: "ignorance is dangerous", "stupidity is dangerous" judge a thing (the
        nouns are single-word hits, so the whole-sentence test took "stupidity is" for
        names; forum23 widened the test from the new nouns to all of them)."""
        called = super()._vocative(ctx, hit, before, pause)
        if not called or w.STUPIDITIES.isdisjoint(before):
            return called
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        return not self._cue_second_person.isdisjoint(ctx.tokens[start : hit.last + AFTER])


def _own_words(ctx: Context, hit: Hit) -> bool:
    """Not quoted and no reporting word earlier in the sentence."""
    if ctx.quoted(hit.first, hit.last):
        return False
    start = ctx.sentence_start(hit.first, w.DISBELIEF_REACH + 2)
    return w.REPORTED.isdisjoint(ctx.tokens[start : hit.first])


def _disbelief(ctx: Context, hit: Hit) -> str:
    """ "how can someone be this stupid", "is OP really this dumb", "come si fa a essere
    così stupidi": a degree word right before, a being verb and a person subject (the
    subject's word, or "" when the shape is not there)."""
    tokens = ctx.tokens
    at = hit.first - 1
    if at < 2 or tokens[at] not in w.DEGREES:
        return ""
    start = ctx.sentence_start(at, w.DISBELIEF_REACH)
    at -= 1
    while at > start and tokens[at] in w.DEGREE_FILLERS:
        at -= 1
    word = tokens[at]
    if word in w.SOMEONE:  # "how are people this stupid", "is OP really this dumb"
        verb = at - 1
        if verb > start and tokens[verb] in w.SUBJECT_POINTERS:
            verb -= 1  # "why are some people so ignorant", "is this guy this dumb"
        asked = verb >= start and tokens[verb] in w.ASKED_BEING
        return word if asked and (tokens[start] in w.HOW or verb == start) else ""
    if word not in w.BECOMING or tokens[start] not in w.HOW or at <= start:
        return ""
    before = tokens[start + 1 : at]
    if word == "essere" and tuple(before[:2]) == w.ONE_CAN:
        return "si"  # "come si fa a essere così stupidi"
    return next((t for t in before[-3:] if t in w.SOMEONE), "")


def _dumb_enough(ctx: Context, hit: Hit) -> bool:
    """ "anyone dumb enough to vote for him", "whoever is dumb enough to buy this"."""
    tokens = ctx.tokens
    last = hit.last
    if tokens[last : last + 2] != ["enough", "to"] or ctx.pause_after(last):
        return False
    at = hit.first - 1
    while at > 0 and hit.first - at <= 2 and tokens[at] in w.ENOUGH_FILLERS:
        at -= 1
    return at >= 0 and tokens[at] in w.ENOUGH_WHO and not ctx.pause_after(at)


def _thread_failing(ctx: Context, hit: Hit) -> bool:
    """ "the stupidity in this thread", "the level of stupidity here", "liberal
    stupidity": the thread or its people after, or a camp right before."""
    tokens = ctx.tokens
    first, last = hit.first, hit.last
    if first > 0 and tokens[first - 1] in w.CAMPS:
        return True
    if last >= len(tokens) or ctx.pause_after(last - 1):
        return False
    if tokens[last] == "here":
        return True
    if tokens[last] not in w.OF_IN:
        return False
    for at in range(last + 1, min(len(tokens), last + 1 + w.HOLDER_REACH)):
        if tokens[at] in w.HOLDERS:
            return tokens[at] not in w.PLAIN_PEOPLE or _people_here(tokens, at)
        if ctx.pause_after(at):
            return False
    return False


def _people_here(tokens: list[str], at: int) -> bool:
    """ "these people", "the people here", "the people in this sub"; never "the ignorance
    of people about this disease"."""
    if tokens[at - 1] in w.POINTED:
        return True
    after = tokens[at + 1 : at + 3]
    if after[:1] and after[0] in w.PLACED:
        return True
    return len(after) == 2 and after[0] in w.PLACED_AT and after[1] in w.THIS


def _sounds_like(ctx: Context, hit: Hit) -> bool:
    """ "OP sounds like a moron", "your husband sounds like an asshole", "OP sounds
    insufferable": OP or a reader's or a third person's partner, kin or boss opening the
    sentence, "sounds" / "seems" (and "like a"), the name-call closing its clause."""
    tokens = ctx.tokens
    first, last = hit.first, hit.last
    if not (ctx.closes_clause(last) or tokens[last] in w.CALL_TAILS):
        return False
    at = first - 1
    while at > 0 and first - at <= 2 and tokens[at] in w.CALL_FILLERS:
        at -= 1
    if at > 1 and tokens[at] in w.ARTICLES:
        at -= 1
        if tokens[at] != "like":
            return False
    if tokens[at] == "like":  # "sounds like a tool": the article is the term's
        at -= 1
    if at < 1 or tokens[at] not in w.SOUNDS:
        return False
    start = ctx.sentence_start(at, 4)
    subject = at - 1
    if tokens[subject] == w.OP:
        return subject == start or (subject - 1 == start and tokens[start] == "the")
    if tokens[subject] not in w.KIN or subject < 1:
        return False
    owner = subject - 1
    if tokens[owner] in w.POSSESSORS:
        return owner == start
    return tokens[owner] == "s" and owner - 1 == start and tokens[start] == w.OP  # "OP's"
