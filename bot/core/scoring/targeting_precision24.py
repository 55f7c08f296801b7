"""Guard rules of the precision24 round (issue 8, twenty-sixth session): insult words that
insult no one present in the thread.

- An insult noun for an unknown someone who is not in the thread: "some idiot keyed my
  car last night", "some loser hacked my account", "there are still idiots who believe
  the earth is flat", "there's always some idiot who parks across two spots", "there
  are a lot of morons out there", "the world is full of idiots". The writer vents about
  a stranger, or about the crowd of the world, that no one here can be; older rounds
  read "some idiot" as a third person. A person noun (precision24_words.PERSON_NOUNS)
  after "some" (not "some of": "some of you are idiots"), after "there" + a form of
  "be" and a few amounts ("there are so many", "there will always be"), or after "full
  of"; at most two describing words between ("some random idiot"). Still aimed: "some
  idiot here keeps spamming", "there's an idiot on my team", "some morons in this sub",
  "the world is full of idiots like you", "there are idiots and then there's you" (a
  word of PRESENT in the hit's sentence or just after it: the reader, here, the
  thread, the chat, the team), "the left is full of morons" (a body of people, not a
  place, holds them), and any hit the older rules read as aimed at a group ("there are
  idiots among the immigrants"): only a third person's reading is lowered.
- A quality noun exclaimed about a claim or a plan: "idiocy.", "what idiocy", "such
  stupidity!", "stupidity. that is all this bill is", "total stupidity, whoever
  designed this road". The noun (QUALITY_NOUNS) stands alone in its clause after a few
  exclaiming words (EXCLAIMERS) and names a quality of what was said or done; older
  rounds read it as aimed at the reader. Still aimed: "your idiocy is showing", "you're
  full of idiocy" (the hit's term is "your idiocy" or the clause goes on), "stupidity.
  you are the definition of it", "what idiocy, you absolute clown" (a reader's word
  right after it).

Cost per insult hit: one frozenset test of the term per list; then at most a few tokens
back for the frame, the sentence and PRESENT_AFTER tokens ahead for a present word. No
regex, no new work for messages without these terms; no lexicon lines (the nouns are
older terms).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import precision24_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_discord33 import Discord33Rules
from bot.core.scoring.targeting_kinds import AIMED_KINDS, Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["QUALITY_NOTE", "STRANGER_NOTE", "Precision24Rules"]

# Notes that cancel the hit (weighing.py zeroes any note it does not name).
STRANGER_NOTE: Final = "an insult noun for an unknown someone not in the thread"
QUALITY_NOTE: Final = "a quality noun exclaimed about a claim or a plan"


class Precision24Rules(Discord33Rules):
    """Insult words for an unknown someone not in the thread, or for a claim's quality."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        if target not in AIMED_KINDS or hit.entry.category is not Cat.INSULT:
            return target, note
        term = hit.entry.term
        if term in w.PERSON_NOUNS and target is Kind.THIRD_PERSON and _p24_stranger(ctx, hit):
            return Kind.NONE, STRANGER_NOTE  # "some idiot keyed my car"
        if term in w.QUALITY_NOUNS and _p24_exclaimed(ctx, hit):
            return Kind.OBJECT, QUALITY_NOTE  # "idiocy. just say things"
        return target, note


def _p24_stranger(ctx: Context, hit: Hit) -> bool:
    """ "some idiot", "there are (still) idiots", "full of idiots": an indefinite frame
    right before the noun, and no word putting the one insulted here or making the reader
    one of them in the sentence or just after it."""
    tokens = ctx.tokens
    at = ctx.back_over(hit.first, w.DESCRIBING, w.DESCRIBING_REACH) - 1
    if at < 0 or not _p24_indefinite(ctx, at):
        return False
    start = ctx.sentence_start(hit.first, w.SENTENCE_REACH)
    return w.PRESENT.isdisjoint(tokens[start : hit.last + w.PRESENT_AFTER])


def _p24_indefinite(ctx: Context, at: int) -> bool:
    """Token `at` ends an indefinite frame: "some", a place "full of", or "there" + a form
    of "be" (maybe "there will always be") + a few amounts."""
    tokens = ctx.tokens
    word = tokens[at]
    if word in w.SOME:
        return True
    if word == "of" and at >= 1 and tokens[at - 1] in w.FULL:
        # "the world is full of": a place before the copula, never a body of people
        return at >= 3 and tokens[at - 2] in w.FULL_COPULAS and tokens[at - 3] in w.FULL_PLACES
    at = ctx.back_over(at + 1, w.AMOUNTS, w.AMOUNTS_REACH) - 1
    if at < 1 or tokens[at] not in w.THERE_BE:
        return False
    at = ctx.back_over(at, w.THERE_GAP, 2) - 1
    return at >= 0 and tokens[at] in w.THERE


def _p24_exclaimed(ctx: Context, hit: Hit) -> bool:
    """ "what idiocy.", "stupidity, ...": the noun alone in its clause after a few
    exclaiming words, at the start of its sentence, with no reader's word right after."""
    before = ctx.back_over(hit.first, w.EXCLAIMERS, w.EXCLAIMERS_REACH)
    if not ctx.starts_sentence(before) and not (before > 0 and ctx.pause_after(before - 1)):
        return False
    if not ctx.closes_clause(hit.last):
        return False
    return w.READER.isdisjoint(ctx.tokens[hit.last : hit.last + w.READER_AFTER])
