"""Targeting rules of the hatecheck83 round (issue 8): the writer's hatred of a named group
said as a lasting habit or in the past tense, which the older rules cancelled (hatecheck30
reads a bare "always" only in "it's always the jews") or found no word in.

- The habit: hatecheck30's "always" with an aversion verb right after it, the writer
  before it: "i always hated muslims", "i've always despised immigrants", "honestly i
  always hated black people"; and "never stopped" with the -ing form (the round's own
  lines): "i never stopped hating women", "i have never stopped despising gay people".
- The past tense (the round's own lines "i hated", "i despised", "i loathed", "i
  detested"): "i hated every gay person i ever met", "i despised immigrants".

The aversion's object is a named group right after it (over "every", "all the"; then
who they are or how long, "every muslim i have ever known", "women my whole life", and
the clause closes or goes on only into a few tails, "and always will"), or "them" /
"every one of them" for a named group before it (hatecheck78's pronoun and group walks):
"i met several black people and i hated them", "muslims? i always hated them".

Clean: the aversion overcome or regretted ("i always hated muslims until i met my wife",
"i hated immigrants as a kid", "... and i regret it"), someone else's ("my dad always
hated immigrants", "he told me he always hated immigrants"), things, days and scenes
("i always hated mondays", "i always hated french cooking", "i hated the muslims in that
movie": the clause goes on past the group), game sides, denials ("i never hated
muslims": no hit), questions, quotes and counter-speech (hatecheck28's `_hc28_others`).
The round's own lines are cancelled outside the shape ("i hated that movie").

Cost per hit: a frozenset test of the term (most hits end there; "always" goes on only
with an aversion verb right after it); then HAVE_REACH + ADVERB_REACH tokens back to the
writer, hatecheck28's group reach, WHO_REACH + TAIL_REACH ahead or hatecheck78's
pronoun and group reaches, and REGRET_REACH tokens read once. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck83_words as w
from bot.core.scoring.hatecheck30_words import ALWAYS
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_discord59 import Discord59Rules
from bot.core.scoring.targeting_hatecheck30 import NO_BLAME_NOTE
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["UNSHAPED_NOTE", "HateCheck83Rules"]

# The note that cancels the round's own lines outside its shape.
UNSHAPED_NOTE: Final[str] = "no named group the writer hated"


class HateCheck83Rules(Discord59Rules):
    """The writer's lasting or past hatred of a named group ("i always hated muslims", "i
    hated every gay person i ever met", "i met black people and i hated them")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; the habit or past aversion aimed at the named
        group, the round's own lines cancelled outside the shape."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term == ALWAYS:
            if note != NO_BLAME_NOTE or hit.last >= len(ctx.tokens):
                return target, note
            if ctx.tokens[hit.last] not in w.AVERSIONS:
                return target, note  # most "always" hits
            if self._hc83_hated(ctx, hit, hit.last + 1, self._hc83_writer(ctx, hit.first)):
                return Kind.GROUP, IDENTITY_NOTE
            return target, note
        if term not in w.OWN_TERMS:
            return target, note
        writer = hit.first if term in w.PAST_LINES else self._hc83_writer(ctx, hit.first)
        if self._hc83_hated(ctx, hit, hit.last, writer):
            return Kind.GROUP, IDENTITY_NOTE
        return Kind.OBJECT, UNSHAPED_NOTE

    @staticmethod
    def _hc83_writer(ctx: Context, at: int) -> int:
        """Where "i" stands right before token `at`, over "have" ("i [have] always"), or
        -1."""
        i = ctx.back_over(at, w.HAVE, w.HAVE_REACH) - 1
        if i < 0 or ctx.tokens[i] != w.WRITER or ctx.pause_after(i):
            return -1
        return i

    def _hc83_hated(self, ctx: Context, hit: Hit, end: int, writer: int) -> bool:
        """The writer's own aversion, ending before token `end`, aimed at a named group
        after it or "them" for one before it, neither overcome nor someone else's."""
        if writer < 0 or ctx.tokens[writer] != w.WRITER or not self._hc83_opens(ctx, writer):
            return False
        if ctx.gaming and not ctx.in_real_life:
            return False  # "i always hated the germans in battlefield": a match's side
        aimed = self._hc83_group_after(ctx, end)
        if aimed < 0:
            aimed = self._hc83_them_after(ctx, hit, end)
        if aimed < 0 or ctx.any_ahead(end, w.REGRETS, w.REGRET_REACH):
            return False  # no group, or "... until i met my wife"
        return not ctx.quoted_or_asked(writer, aimed) and not self._hc28_others(ctx, hit)

    @staticmethod
    def _hc83_opens(ctx: Context, writer: int) -> bool:
        """The writer opens the sentence (over a few adverbs) or a clause joined by "and",
        "but": never "he told me i hated ..." nor "my dad always ..."."""
        start = ctx.back_over(writer, w.ADVERBS, w.ADVERB_REACH)
        if ctx.starts_sentence(start):
            return True
        return ctx.tokens[writer - 1] in w.LEADS and not ctx.pause_after(writer - 1)

    def _hc83_group_after(self, ctx: Context, end: int) -> int:
        """Where the clause ends after a named group right after token `end - 1`, over who
        they are and a few tails ("every muslim i have ever known", "... and always
        will"), or -1."""
        group = self._hc28_group_after(ctx, end, w.GROUP_GAP)
        if group < 0:
            return -1
        rest = ctx.skip_ahead(group, w.WHO, w.WHO_REACH)
        return group if ctx.closes_after(rest, w.TAILS, w.TAIL_REACH) else -1

    def _hc83_them_after(self, ctx: Context, hit: Hit, end: int) -> int:
        """Where "them" or "every one of them" after token `end - 1` ends, for a named
        group before the hit (hatecheck78's walks), the clause closing after it; or -1."""
        aversion = hit._replace(last=end)
        them = self._hc78_pronoun_end(ctx, aversion)
        if them < 0 or not ctx.closes_after(them, w.TAILS, w.TAIL_REACH):
            return -1
        return them if self._hc78_group_before(ctx, aversion) else -1
