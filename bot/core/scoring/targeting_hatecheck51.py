"""Targeting rules of the hatecheck51 round (issue 8): calls to remove or confine a named
group, and a group cast as possessions, in shapes the older rounds missed.

- A call on "them" (hatecheck51_words.THEM_CALLS: the older "deport them all", "kick
  them", "lock", "ship", "round", "send"...) closing its clause over particles ("all",
  "up", "off"), the group named in the same line: after the pause, in apposition ("lock
  them all up, every last muslim", "deport them all, these mexicans", "lock them up, the
  lot of them gays"); or before it, in a short clause the group opens ("immigrants
  everywhere, deport them all", "trans people in our schools, lock them all up"). The call
  opens its sentence or its clause over a short lead ("we need to", "just").
- "send (every) GROUP back" going on with how ("on the next boat", "by plane"), or said of
  one member after "every"/"each" ("send every last migrant back"); hatecheck31 reads
  only the plural closing its clause.
- "welcome" between an article and a noun with no denial in its sentence is cancelled:
  "send every refugee a welcome pack" gives something (hateprobe4 read a denied virtue).
- A group cast as possessions: the [said_of_group] words "livestock", "chattel",
  "possessions" (cues.txt) and "wives" as a group name there ("wives are property"); such
  a claim framed as an idea to judge is cancelled ("the idea that wives are property is
  vile"). The round's lexicon lines "belong to men", "belong to their husbands"... count
  with a named group as the subject right before ("women belong to men"), "breeding
  stock" after a named group and "are" ("women are just breeding stock").

Stay clean: no group named ("deport them all, the wasps from my garden", "kick them all
out, the squatters"), another object after "them" ("send every refugee a warm coat"),
quoted, asked, reported or denied ("people who say deport them all are wrong", "nobody
should send refugees back on a boat"), the group welcomed ("refugees everywhere, welcome
them all" has no call).

Cost per hit: one frozenset test of the term; then at most LEAD_REACH tokens back,
PARTICLE_REACH + GROUP_REACH ahead, or NAMING_WORDS back before the pause. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck51_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_gamechat45 import GameChat45Rules
from bot.core.scoring.targeting_hatecheck50 import framed_as_idea
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_DENIED_NOTE", "NOT_OWNED_NOTE", "HateCheck51Rules"]

# The notes that cancel the hit (weighing.py zeroes any note it does not name).
NOT_OWNED_NOTE: Final[str] = "no named group said to be owned"
NOT_DENIED_NOTE: Final[str] = "a praise word before a noun, nothing denied"


class HateCheck51Rules(GameChat45Rules):
    """Calls to remove or confine a group named in the same line, sent back by boat, and a
    group cast as possessions."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's shapes aimed at the named group,
        a possession claim framed as an idea cancelled."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.NOUNED_PRAISE and target is Kind.GROUP and _hc51_nouned(ctx, hit):
            return Kind.OBJECT, NOT_DENIED_NOTE  # "send every refugee a welcome pack"
        if term in w.POSSESSIONS:
            if target is Kind.GROUP and framed_as_idea(ctx, hit):
                return Kind.OBJECT, NOT_OWNED_NOTE  # "the idea that wives are property ..."
            return target, note
        if term in w.OWN_TERMS:
            if target is not Kind.REPORTED and self._hc51_owned(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE  # "women belong to men"
            return Kind.OBJECT, NOT_OWNED_NOTE
        if term not in w.THEM_CALLS or target is Kind.GROUP or target is Kind.REPORTED:
            return target, note
        if self._hc28_others(ctx, hit) or ctx.ends_asking(hit.first):
            return target, note
        if self._hc51_them_named(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE  # "lock them all up, every last muslim"
        if term == w.SEND and self._hc51_sent_by(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE  # "send every refugee back on the next boat"
        return target, note

    def _hc51_them_named(self, ctx: Context, hit: Hit) -> bool:
        """The call acts on "them" and closes its clause over particles; the group named in
        apposition after the pause, or opening the short clause before the call."""
        end = _hc51_them_end(ctx, hit)
        if end < 0:
            return False
        start = ctx.back_over(hit.first, w.LEAD, w.LEAD_REACH)
        if ctx.starts_sentence(start):
            group = self._hc43_group_after(ctx, end, w.APPOSITION_GAP)
            return group > end and self._hc28_closes(ctx, group, w.TAILS)
        return start > 0 and ctx.pause_after(start - 1) and self._hc51_named_clause(ctx, start)

    def _hc51_named_clause(self, ctx: Context, start: int) -> bool:
        """The clause ending before token `start` (a pause between) holds at most
        NAMING_WORDS words and opens with a named group: "immigrants everywhere", "the
        gypsies", "trans people in our schools"; never the bare name alone, which may
        call the readers."""
        first = ctx.sentence_start(start - 1, w.SENTENCE_REACH)
        if start - first > w.NAMING_WORDS or ctx.ends_asking(first):
            return False
        at = ctx.skip_ahead(first, w.NAMING_LEAD, w.NAMING_WORDS)
        end = self._group_end(ctx.tokens, at)
        if at == first and end == start:
            return False  # "women, lock them all up": maybe the readers, called by name
        return at < end <= start and not any(ctx.pause_after(i) for i in range(first, end - 1))

    def _hc51_sent_by(self, ctx: Context, hit: Hit) -> bool:
        """ "send (every) GROUP back", opening its sentence over the lead, closing its
        clause or going on with how: "send every last migrant back", "send the migrants
        back on the first plane"."""
        if not ctx.opens_after(hit.first, w.LEAD, w.LEAD_REACH):
            return False
        tokens = ctx.tokens
        end = self._hc43_group_after(ctx, hit.last, w.SEND_GAP)
        if end < 0 or end >= len(tokens) or tokens[end] not in w.BACK or ctx.pause_after(end - 1):
            return False
        after = end + 1
        if self._hc28_closes(ctx, after, w.SEND_TAILS):
            return True
        if after >= len(tokens) or tokens[after] not in w.BY or ctx.pause_after(end):
            return False
        at = ctx.skip_ahead(after + 1, w.VEHICLE_GAP, w.VEHICLE_REACH)
        return (
            at < len(tokens)
            and tokens[at] in w.VEHICLES
            and not ctx.pause_after(at - 1)
            and self._hc28_closes(ctx, at + 1, w.SEND_TAILS)
        )

    def _hc51_owned(self, ctx: Context, hit: Hit) -> bool:
        """ "women (all) belong to men", "women are (just) breeding stock": a named group
        right before the term (or before "are"), opening its claim, the clause closing
        after it; never quoted, asked or someone else's."""
        if self._hc28_others(ctx, hit) or ctx.ends_asking(hit.first):
            return False
        if hit.entry.term == w.STOCK:
            at = ctx.back_over(hit.first, w.STOCK_GAP, w.STOCK_REACH) - 1
            if at < 1 or ctx.tokens[at] != w.ARE or ctx.pause_after(at - 1):
                return False
        else:
            at = ctx.back_over(hit.first, w.BELONG_GAP, w.BELONG_REACH)
        start = self._hc22_group_before(ctx, at)
        return (
            start >= 0
            and self._hc22_opens(ctx, start)
            and ctx.closes_after(hit.last, w.BELONG_TAILS, 2)
        )


def _hc51_them_end(ctx: Context, hit: Hit) -> int:
    """Where the call's clause ends when it acts on "them" (in the term, or right after it)
    and only particles follow to a pause or the message's end ("lock them all up,"), or
    -1."""
    tokens = ctx.tokens
    them = hit.last - 1 if tokens[hit.last - 1] in w.THEM else hit.last
    if hit.last - hit.first > 1 and them == hit.last:
        them = hit.first + 1  # "deport them all": "them" inside the term
    if them >= len(tokens) or tokens[them] not in w.THEM:
        return -1
    for i in range(them, min(len(tokens), them + w.PARTICLE_REACH)):
        if i > them and tokens[i] not in w.PARTICLES:
            return -1
        if ctx.pause_after(i):
            return i + 1
    return -1


def _hc51_nouned(ctx: Context, hit: Hit) -> bool:
    """The praise word sits between an article and a noun ("a welcome pack") and nothing
    in its sentence denies it: a thing given, no virtue denied to a group."""
    tokens = ctx.tokens
    if hit.first < 1 or tokens[hit.first - 1] not in w.ARTICLES or ctx.closes_clause(hit.last):
        return False
    start = ctx.sentence_start(hit.first, w.SENTENCE_REACH)
    return w.DENIALS.isdisjoint(tokens[start : hit.first])
