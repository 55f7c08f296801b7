"""Guard rules of the precision26 round (issue 8, twenty-seventh session): vulgar words
that tell off or insult no one present.

- "fuck off with" a thing, said in exasperation at no one: "fuck off with this lag",
  "oh fuck off with the ads", "fuck off with all this rain", "piss off with these
  taxes", "fuck off with this bullshit, nobody was even hurt". The told-off term
  (precision26_words.OFF_TERMS) is followed by "with", maybe "all", and a determiner
  (this, these, that, those, the) opening a noun phrase that names no person or group;
  older rounds read every "fuck off" as an order to the reader. Still aimed: "fuck off
  with your lies", "fuck off with you" (no determiner), "fuck off with these people",
  "... this guy", "... the muslims", "... that clown", "... the mods" (a person, a group,
  an insult noun or a pointing word such as "that lot" in the phrase, up to its clause's
  end), "@USER fuck off with that" (a determiner with no noun after it points at what
  the reader said), "fuck off with this crap you troll", "you can fuck off with this",
  "fuck off with the rest of your kind" (a reader's word in the sentence or just after
  it), "fuck off" alone.
- "bitch" as a complaining verb in a list: "they just want to bitch, moan and complain",
  "people will bitch, whine and cry regardless", "let me bitch and vent". The word before
  makes it a verb (to, will, 'll, just, can, gonna...; or "let me") and a complaining verb
  follows at once, after a comma or "and"; older rounds read the word as a name-call at
  the list's subject ("democrats just want to bitch, moan" as aimed at a group). Still
  aimed: "you bitch, stop moaning", "shut up bitch, whine somewhere else", "she is a
  bitch, whiny and cold" (no verb-making word before it).

Cost per hit: one frozenset test of the term; then a few tokens ahead (the phrase, at
most PHRASE_REACH) and a dozen cue-list tests per phrase word. No regex, no new work for
messages without these terms; no lexicon lines (the terms are older ones).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import precision26_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_kinds import AIMED_KINDS, Kind
from bot.core.scoring.targeting_precision25 import Precision25Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["FED_UP_NOTE", "VERB_NOTE", "Precision26Rules"]

# Notes that cancel the hit (weighing.py zeroes any note it does not name).
FED_UP_NOTE: Final = "told off with a thing: exasperation at no one"
VERB_NOTE: Final = "a complaining verb in a list, not a name-call"


class Precision26Rules(Precision25Rules):
    """ "fuck off with" a thing, and "bitch" as a complaining verb in a list."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        if target not in AIMED_KINDS:
            return target, note
        term = hit.entry.term
        if term in w.OFF_TERMS and _p26_fed_up_with(ctx, hit):
            return Kind.NONE, FED_UP_NOTE  # "fuck off with this lag"
        if term in w.VERB_TERMS and _p26_verb_list(ctx, hit):
            return Kind.NONE, VERB_NOTE  # "they just want to bitch, moan and complain"
        return target, note


def _p26_fed_up_with(ctx: Context, hit: Hit) -> bool:
    """ "fuck off with [all] this/the ...": a determiner's noun phrase naming no person or
    group, and no reader's word in the sentence or just after it."""
    tokens = ctx.tokens
    at = hit.last
    if at >= len(tokens) or tokens[at] not in w.WITH or ctx.pause_after(at - 1):
        return False
    at += 1
    if at < len(tokens) and tokens[at] in w.ALL and not ctx.pause_after(at - 1):
        at += 1
    if at >= len(tokens) or tokens[at] not in w.DETERMINERS or ctx.pause_after(at - 1):
        return False
    if at + 1 >= len(tokens) or ctx.pause_after(at):
        return False  # "@USER fuck off with that": the pointing word is the reader's words
    start = ctx.sentence_start(hit.first, w.SENTENCE_REACH)
    if not w.READER.isdisjoint(tokens[start : hit.last + w.READER_AFTER]):
        return False
    return not _p26_names_someone(ctx, at + 1)


def _p26_names_someone(ctx: Context, at: int) -> bool:
    """A person, a group or a pointing word in the phrase from token `at` to its clause's
    end ("these people", "this guy", "the muslims", "that lot", "these idiots", "these
    scammers")."""
    tokens = ctx.tokens
    cues = ctx.cues
    for i in range(at, min(len(tokens), at + w.PHRASE_REACH)):
        word = tokens[i]
        if word in w.PERSONS or word.endswith(w.PERSON_ENDINGS):
            return True
        if any(word in cues[name] for name in w.PERSON_CUES):
            return True
        if ctx.pause_after(i):
            break
    return False


def _p26_verb_list(ctx: Context, hit: Hit) -> bool:
    """ "to bitch, moan and complain", "let me bitch and vent": a verb-making word right
    before the word and a complaining verb right after it, past a comma or "and"."""
    tokens = ctx.tokens
    first = hit.first
    if first < 1 or ctx.pause_after(first - 1):
        return False
    before = tokens[first - 1]
    if before not in w.VERB_LEADS and not (
        before in w.LET_OBJECTS and first >= 2 and tokens[first - 2] in w.LET
    ):
        return False
    at = hit.last
    if at < len(tokens) and tokens[at] in w.LIST_JOINS:
        at += 1
    return at < len(tokens) and tokens[at] in w.COMPLAIN_VERBS
