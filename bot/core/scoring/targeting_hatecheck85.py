"""Targeting rules of the hatecheck85 round (issue 8): hate for a named group held by the
writer, by "we" or by a company that holds the writer, as a habit, a duration or a
lasting state, which the older rules miss (hatecheck83 reads only "i" and the simple
past; the perfect and the progressive had no line).

- "We" and a habit: hatecheck30's "always" with an aversion verb right after it, as
  hatecheck83 reads it for "i": "we always hated immigrants", "we've always despised gay
  people".
- A duration (the round's own lines, a perfect or progressive aversion): "i've hated
  immigrants for years", "we have hated black people forever", "been hating refugees
  since day one", "ive been hating trans people since high school".
- A lasting state: "never liked" (own line) with "and never will" or a duration, or
  the clause closing: "we have never liked gay people and never will".
- A company that holds the writer ("me and my friends", "me and the boys") before an
  aversion: "me and my friends can't stand trans people", "me and my dad have always
  hated jews". "my family and i" is hatecheck83's "i" after "and".

The aversion's object is a named group right after it (hatecheck83's gap), then how
long ("for years", "since i was a kid") and the clause closing or going on only into a
few tails ("and never will", "lol").

Clean: someone else's hate ("my grandpa always hated immigrants", "they've hated jews for
centuries", "my uncle has been hating refugees"), hate that stopped ("i've hated
immigrants for years until i met my wife", "..., but not anymore"), things ("i've hated
this song for years", "me and my friends can't stand this game"), denials ("we have
never hated refugees": no hit), questions, quotes, sayings and counter-speech
(hatecheck28's `_hc28_others`), game sides. The own lines are cancelled outside the
shape.

Cost per hit: a frozenset test of the term (most hits end there); then HAVE_REACH and
hatecheck83's ADVERB_REACH tokens back, a company of at most five tokens, hatecheck28's
group reach, DURATION_REACH + TAIL_REACH ahead and STOPPED_REACH tokens read once. No
regex.
"""

from __future__ import annotations

from bot.core.scoring import hatecheck83_words as w83
from bot.core.scoring import hatecheck85_words as w
from bot.core.scoring.hatecheck30_words import ALWAYS
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck30 import NO_BLAME_NOTE
from bot.core.scoring.targeting_hatecheck83 import UNSHAPED_NOTE
from bot.core.scoring.targeting_hatecheck84 import ATTRIBUTED_NOTE, attributed_after
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid46 import Olid46Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["HateCheck85Rules"]


class HateCheck85Rules(Olid46Rules):
    """Lasting hate for a named group held by the writer or a "we" that holds them ("we
    always hated immigrants", "i've hated muslims for years", "me and my friends can't
    stand trans people")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; the lasting hate aimed at the named group, the
        round's own lines cancelled outside the shape."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        tokens = ctx.tokens
        if term == ALWAYS:
            if note != NO_BLAME_NOTE or hit.last >= len(tokens):
                return target, note  # read by older rules, or hatecheck83's "i always"
            if tokens[hit.last] in w83.AVERSIONS and self._hc85_held(ctx, hit, hit.last + 1):
                return self._hc85_aimed(ctx, hit)  # "we always hated immigrants"
            return target, note
        if term in w.PRESENT_AVERSIONS:
            if target is not Kind.GROUP and self._hc85_held(ctx, hit, hit.last, company=True):
                return self._hc85_aimed(ctx, hit)  # "me and my friends can't stand ..."
            return target, note
        if term not in w.OWN_TERMS:
            return target, note
        if self._hc85_held(ctx, hit, hit.last, subjectless=term in w.SUBJECTLESS):
            return self._hc85_aimed(ctx, hit)
        return Kind.OBJECT, UNSHAPED_NOTE

    def _hc85_aimed(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str]:
        """The named group, unless hatecheck84's tail gives the words to someone else
        ("been hating immigrants, said my uncle"): this round's readings come after it."""
        if attributed_after(ctx, hit, self._lexicon.hit_words):
            return Kind.REPORTED, ATTRIBUTED_NOTE
        return Kind.GROUP, IDENTITY_NOTE

    def _hc85_held(
        self, ctx: Context, hit: Hit, end: int, *, company: bool = False, subjectless: bool = False
    ) -> bool:
        """The writer's own lasting aversion ending before token `end`, held by the
        writer or "we" (only a company when `company`; nobody named, opening its
        sentence, when `subjectless`), aimed at a named group after it, neither stopped
        nor someone else's."""
        if self._hc85_in_game(ctx):
            return False  # "in battlefield we always hated the germans": a match's side
        holder = self._hc85_holder(ctx, hit.first, company)
        if holder < 0 and not (subjectless and ctx.starts_sentence(hit.first)):
            return False
        if holder >= 0 and not self._hc83_opens(ctx, holder):
            return False  # "my grandpa always hated", "saying we always hated"
        rest = self._hc85_group_after(ctx, end)
        if rest < 0 or ctx.any_ahead(rest, w.STOPPED, w.STOPPED_REACH):
            return False  # no group, or "... until i met my wife"
        first = hit.first if holder < 0 else holder
        return not ctx.quoted_or_asked(first, rest) and not self._hc28_others(ctx, hit)

    def _hc85_in_game(self, ctx: Context) -> bool:
        """Game talk in the message, chat's tails aside ("lol" is also a game): the group
        may be a match's side."""
        if not ctx.gaming or ctx.in_real_life:
            return False
        return any(word in self._cue_gaming and word not in w.TAILS for word in ctx.tokens)

    @staticmethod
    def _hc85_holder(ctx: Context, at: int, company: bool) -> int:
        """Where the holder before token `at` starts, over "have" and a few adverbs: "i",
        "we" (or their fused "ive", "weve" opening the hit) unless `company`; "me and my
        friends" in either case; else -1."""
        tokens = ctx.tokens
        if not company and tokens[at] in w.WRITERS:
            return at  # "[ive] hated", "[weve] despised"
        at = ctx.back_over(at, w.HAVE_GAP, w.HAVE_REACH)
        if not company and at > 0 and tokens[at - 1] in w.WRITERS and not ctx.pause_after(at - 1):
            return at - 1
        for size in w.COMPANY_SIZES:
            me = at - size
            if (
                me >= 0
                and tokens[me] == w.ME
                and tokens[me + 1] == w.AND
                and tokens[me + 2] in w.COMPANY_DETERMINERS
                and not any(ctx.pause_after(i) for i in range(me, at - 1))
            ):
                return me
        return -1

    def _hc85_group_after(self, ctx: Context, end: int) -> int:
        """Where the duration after a named group right after token `end - 1` ends, the
        clause closing there or going on only into a few tails ("jews for years", "gay
        people and never will"), or -1."""
        group = self._hc28_group_after(ctx, end, w83.GROUP_GAP)
        if group < 0:
            return -1
        rest = ctx.skip_ahead(group, w.DURATIONS, w.DURATION_REACH)
        return rest if ctx.closes_after(rest, w.TAILS, w.TAIL_REACH) else -1
