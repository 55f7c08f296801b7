"""Guard rule of the precision25 round (issue 8, twenty-seventh session): a slur the writer
calls themselves.

- "i am such a retard", "im a fucking retard, i left the oven on", "i feel like a
  retard today", "i looked like a faggot in that hat", "i was acting like a retard last
  night", "i really am a retard", "i've been such a retard", "i was being a retard",
  "it made me feel like a retard", "what a retard i am", "being a retard i forgot my
  keys again", "being the retard i am i locked myself out". Older rounds read "i am a
  retard" as self-directed but these frames ("such a", "like a", an adverb, a
  describing word, "being ... i") as a slur aimed at the group; hatexplain's normal
  posts use them of the writer. Walked back from the slur
  (precision25_words.SELF_SLURS): a few describing words (DESCRIBING), an article,
  maybe "such" and/or "like" (then a likeness verb: feel, look, sound, act), a few
  adverbs (ADVERBS), a copula or likeness verb (maybe after an auxiliary: "i was acting
  like a"; "been" after "have": "i've been a"; "being" after one: "i was being a"), a
  few adverbs, and the writer ("i"; "im" is the writer and the copula, "ima" the folded
  "i m a", "ive" the writer and "have"), or "me" before a likeness verb with no
  reader's word before it in the sentence ("me acting like a", "it made me feel like
  a"; never "you make me feel like a ..."); or "being a" / "being the" right before and
  "i" right after; or "what a" / "such a" before and "i am" right after.
  Still aimed: "you are such a retard", "he is such a retard", "i think you're a
  retard", "what a retard you are", "he was being a retard", "i'd rather die than be a
  faggot", "being a faggot is a sin" (no writer after), "i am not a retard like you" (a
  negation breaks the frame), "i feel like a retard talking to you" and "i was a
  retard to trust a faggot like you" (a reader's word within READER_AFTER tokens after
  the slur: the frame is turned on the reader), "i am such a retard magnet" (a noun
  after the slur, HEADS, names someone else) and "what a retard i am dealing with" (the
  clause goes on after "i am").

Cost per hit: one frozenset test of the term; then at most about ten tokens back for the
frame and READER_AFTER tokens ahead. No regex, no lexicon lines (the slurs are older
terms).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import precision25_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_discord34 import Discord34Rules
from bot.core.scoring.targeting_kinds import AIMED_KINDS, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["OWN_SLUR_NOTE", "Precision25Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
OWN_SLUR_NOTE: Final = "a slur the writer calls themselves"


class Precision25Rules(Discord34Rules):
    """A slur the writer calls themselves: "i am such a retard", "being a retard i ..."."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, cancelled in this round's shape."""
        target, note = super().in_game(ctx, hit, target, note)
        if target not in AIMED_KINDS or hit.entry.term not in w.SELF_SLURS:
            return target, note
        if _p25_writer_is(ctx, hit) and w.READER.isdisjoint(
            ctx.tokens[hit.last : hit.last + w.READER_AFTER]
        ):
            return Kind.SELF, OWN_SLUR_NOTE  # "i am such a retard"
        return target, note


def _p25_writer_is(ctx: Context, hit: Hit) -> bool:
    """The writer is the slur: "i (really) am (such) a (fucking) X", "i feel like a X",
    "im a X", "i've been such a X", "i was being a X", "me acting like a X", "being a X
    i ...", or "what a X i am"."""
    tokens = ctx.tokens
    at = ctx.back_over(hit.first, w.DESCRIBING, w.DESCRIBING_REACH) - 1
    if at < 0:
        return False
    word = tokens[at]
    if word in w.WRITER_COPULA_ARTICLE:
        return True  # "ima retard" (the folded "i m a")
    after = tokens[hit.last] if hit.last < len(tokens) else ""
    if after in w.HEADS:
        return False  # "i am such a retard magnet": the slur names someone else
    if (
        word in w.BEING_ARTICLES
        and at >= 1
        and tokens[at - 1] in w.BEING
        and (after in w.WRITER or after in w.WRITER_AND_COPULA)
    ):
        return True  # "being a retard i forgot my keys"
    if word not in w.ARTICLES and not (word in w.THE and at < hit.first - 1):
        return False  # "a retard", or "the biggest retard"
    if at >= 1 and tokens[at - 1] in w.EXCLAIMING and _p25_i_am(ctx, hit.last):
        return True  # "what a retard i am"
    at -= 1
    if at >= 0 and tokens[at] in w.SUCH:
        at -= 1
    liked = at >= 0 and tokens[at] in w.LIKE
    if liked:
        at -= 1
    at = ctx.back_over(at + 1, w.ADVERBS, w.ADVERBS_REACH) - 1
    if at < 0:
        return False
    verb = tokens[at]
    if verb in w.WRITER_AND_COPULA:
        return not liked  # "im such a retard"
    if verb in w.BEING_VERB and not liked:
        return at >= 2 and tokens[at - 1] in w.AUXILIARIES and _p25_writer_at(ctx, at - 2)
    if verb not in (w.LIKENESS if liked else w.COPULAS | w.LIKENESS):
        return False
    at -= 1
    if at >= 0 and verb in w.BEEN:
        if tokens[at] in w.WRITER_AND_HAVE:
            return True  # "ive been such a retard"
        if tokens[at] in w.HAVE:
            at -= 1  # "i've been", "i have been"
    elif at >= 0 and verb in w.LIKENESS and tokens[at] in w.AUXILIARIES:
        if tokens[at] in w.WRITER_AND_COPULA:
            return True  # "im acting like a retard"
        at -= 1  # "i was acting like a"
    if at >= 0 and verb in w.LIKENESS and _p25_me(ctx, at):
        return True  # "me acting like a retard", "it made me feel like a retard"
    return _p25_writer_at(ctx, at)


def _p25_writer_at(ctx: Context, at: int) -> bool:
    """The writer, over a few adverbs, ends at token `at`: "i (really) ..."."""
    at = ctx.back_over(at + 1, w.ADVERBS, w.ADVERBS_REACH) - 1
    return at >= 0 and ctx.tokens[at] in w.WRITER


def _p25_me(ctx: Context, at: int) -> bool:
    """ "me" (maybe after a causer: "it made me") at token `at`, and no reader's word
    before it in its sentence ("you make me look like a ...")."""
    if ctx.tokens[at] not in w.ME:
        return False
    start = ctx.sentence_start(at, w.SENTENCE_REACH)
    return w.READER.isdisjoint(ctx.tokens[start:at])


def _p25_i_am(ctx: Context, after: int) -> bool:
    """ "i am", "i m" or "im" right after the slur, closing its clause (or before a
    laugh): "what a retard i am", "what a retard i am lol"; never "what a retard i am
    dealing with"."""
    tokens = ctx.tokens
    if after < len(tokens) and tokens[after] in w.WRITER_AND_COPULA:
        end = after + 1
    elif after + 1 < len(tokens) and tokens[after] in w.WRITER and tokens[after + 1] in w.AM:
        end = after + 2
    else:
        return False
    return ctx.closes_clause(end) or tokens[end] in w.AFTER_I_AM
