"""Guard rule of the precision22 round (issue 8, twenty-fifth session): an insult that is
someone else's opinion of the writer's side, or of a crowd not in the thread, reported
by the writer as a grievance.

- "they treat us like idiots", "they must think we're stupid", "do they think we are
  that dumb", "the government takes us for fools", "politicians think voters are idiots",
  "ea thinks gamers are stupid", "the network treats viewers like morons", "stop treating
  us like idiots". The insult names no one present and no protected group: it is the
  believer's view, and the writer complains of it. Older rounds read "they ... idiots" as
  an insult about a third person, or "gamers are stupid" as one aimed at a group.
  Walked back from the hit: a run of copulas, "like" / "as" / "for" and fillers
  (precision22_words.BETWEEN) or other hit words, then the one labelled (LABELLED: "us",
  "we", "me", or a crowd such as "voters", "customers", "the average voter", after a
  few owners or describing words, CROWD_OWNERS), then an opinion or treatment verb
  (OPINION_VERBS), maybe after "that", then over modals and adverbs (BELIEVER_GAP) a
  believer who is not the writer or the reader (NOT_BELIEVERS), or none ("stop treating
  us like idiots"). No pause breaks the run.
  Still aimed: "i think voters are idiots", "we think they are morons" (the writer's own
  opinion), "everyone thinks you are an idiot" (the reader labelled), "i think they are
  idiots" ("they" is no crowd), "they think we're idiots but they are the idiots" and
  "they treat us like morons, the morons" (the later hit has no such run), "voters are
  idiots" (no verb), "do you think we're stupid" (the reader's opinion, kept).

Cost per hit: one test of its category and target; at most BETWEEN_REACH tokens back over
the run, two for the labelled word and its owner, one for "that" and BELIEVER_REACH for
the believer. No regex, no work for messages without an insult hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import precision22_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_kinds import AIMED_KINDS, Cat, Kind
from bot.core.scoring.targeting_precision23 import Precision23Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["OPINION_NOTE", "Precision22Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
OPINION_NOTE: Final = "an insult that is someone else's opinion of the writer's side or a crowd"


class Precision22Rules(Precision23Rules):
    """An insult that is someone else's opinion of the writer's side or of a crowd."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, cancelled for this round's shape."""
        target, note = super().in_game(ctx, hit, target, note)
        if target not in AIMED_KINDS or hit.entry.category is not Cat.INSULT:
            return target, note
        if self._p22_opinion_of(ctx, hit):
            return Kind.REPORTED, OPINION_NOTE  # "they treat us like idiots"
        return target, note

    def _p22_opinion_of(self, ctx: Context, hit: Hit) -> bool:
        """ "they think we're idiots": a run of copulas and fillers back from the hit to
        the one labelled, an opinion verb before it, and a believer who is neither the
        writer nor the reader (or none: "stop treating us like idiots")."""
        tokens = ctx.tokens
        listed = self._lexicon.hit_words
        at = hit.first
        floor = max(0, at - w.BETWEEN_REACH)
        while (
            at > floor
            and (tokens[at - 1] in w.BETWEEN or tokens[at - 1] in listed)
            and not ctx.pause_after(at - 1)
        ):
            at -= 1
        at -= 1  # the one labelled
        if at < 1 or tokens[at] not in w.LABELLED or ctx.pause_after(at):
            return False
        if tokens[at] not in _P22_WRITER:  # "its users", "the average voter"
            at = ctx.back_over(at, w.CROWD_OWNERS, w.CROWD_REACH)
        at -= 1
        if at >= 0 and tokens[at] == "that":
            at -= 1  # "they think that we are stupid"
        if at < 0 or tokens[at] not in w.OPINION_VERBS or ctx.pause_after(at):
            return False
        return _p22_believer_ok(ctx, at)


_P22_WRITER: Final = frozenset({"us", "we", "me", "i", "im"})


def _p22_believer_ok(ctx: Context, verb: int) -> bool:
    """Over modals and adverbs before the verb, a believer who is neither the writer
    nor the reader, or the sentence's start ("stop treating us like idiots")."""
    start = ctx.sentence_start(verb, w.BELIEVER_REACH + 1)
    at = ctx.back_over(verb, w.BELIEVER_GAP, w.BELIEVER_REACH) - 1
    if at < start or ctx.pause_after(at):
        return True  # no believer named: an order or the opinion alone
    return ctx.tokens[at] not in w.NOT_BELIEVERS
