"""Targeting rules of the hatecheck24 round (issue 8, eighteenth session): an English
functional hate suite's threats at a group with no member mark, life denied to one
member the older group cue does not name in the singular, and "send them back" said of
things, which the older rules read as aimed at the reader.

- A group warned of harm to come, the group opening the claim, its future or modal
  between, the clause closing after a place or time: "immigrants will get what's coming
  to them", "refugees won't be safe here much longer", "gay people should watch their
  backs", and said of the future only,
  "jews will pay for this", "refugees are gonna regret coming here". Clean: "refugees
  won't be safe in the camps, aid groups warn" (the clause goes on, reported), "gay
  people should not have to watch their backs" (denied), "immigrants should pay for
  this" (no future: a policy), "trolls will get what's coming to them", "spammers
  better watch their backs" (no group).
- The writer waiting for a group, armed: "I'll be waiting for the jews with my gun".
  Clean: "I'll be waiting for the rats with my gun" (no group), "we'll be waiting for
  the refugees with blankets" (no weapon), "he said he'd be waiting ..." (reported).
- No member left alive, by the writer: "we will make sure no muslim survives". Clean:
  "we will make sure no refugee is turned away" (no survival), "we will make sure no
  weed survives" (no group).
- Life denied to one member: "not one refugee deserves to live here", "no migrant
  deserves to exist" (hateprobe3 reads plurals and the cue's singulars). Clean: "every
  refugee deserves to live in peace", "no refugee deserves to live in a tent" (the
  clause goes on).
- "send them back" with no group named before it in reach: "the books are late, send
  them back" is aimed at no one. Stay aimed: "refugees are everywhere send them back".

The round's terms bring words of their own ("gun", "safe", "survives"); a word that
anchors only them is kept out of the known words (group_only.py's registry), so the
other rules read messages holding it as before.

Cost: in `probe4_aim`, one frozenset test of the hit's term (OWN_TERMS); in `in_game`,
for readings with a note of none or the claim's "not denied", one test of the term
(LIFE, SEND_BACK). Then at most twelve tokens back in the hit's sentence and five
ahead. No work for messages without a hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck24_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_gamechat22 import GameChat22Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NO_GROUP24_NOTE", "HateCheck24Rules"]

# Notes that cancel the hit (weighing.py zeroes any note it does not name).
NO_GROUP24_NOTE: Final = "no group in the round's threat shape"
SENT_BACK_NOTE: Final = "things sent back, no group in reach"
_CLAIM_NOTE: Final = "not denied"  # hateprobe3's claim said plainly
_SENT_AIMED: Final = (Kind.SECOND_PERSON, Kind.IMPERATIVE, Kind.THIRD_PERSON)


class HateCheck24Rules(GameChat22Rules):
    """A group warned of harm, waited for armed, or left with no survivor; life denied
    to one member; things sent back."""

    def probe4_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """The round's own terms, read here before the older rules: a group in the
        shape or no hostility."""
        term = hit.entry.term
        if term not in w.OWN_TERMS:
            return super().probe4_aim(ctx, hit)
        if ctx.quoted(hit.first, hit.last):
            shaped = False
        elif term in w.WARNED or term in w.FUTURE_WARNED:
            shaped = self._hc24_warned(ctx, hit)  # "refugees won't be safe here"
        elif term in w.ARMED:
            shaped = self._hc24_armed(ctx, hit)  # "waiting for the jews with my gun"
        else:
            shaped = self._hc24_no_survivor(ctx, hit)  # "make sure no muslim survives"
        return (Kind.GROUP, IDENTITY_NOTE) if shaped else (Kind.OBJECT, NO_GROUP24_NOTE)

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading: life denied to one member aimed at the
        group, things sent back aimed at no one."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if note == _CLAIM_NOTE and term in w.LIFE and self._hc24_life_denied(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE  # "not one refugee deserves to live"
        if (
            not note
            and term in w.SEND_BACK
            and target in _SENT_AIMED
            and not self._named_before(ctx, hit.first)
        ):
            return Kind.OBJECT, SENT_BACK_NOTE  # "the books are late, send them back"
        return target, note

    def _hc24_unsaid(self, ctx: Context, first: int) -> bool:
        """A denial or a report before token `first` in its sentence."""
        start = ctx.sentence_start(first, w.THREAT_REACH)
        before = ctx.tokens[start:first]
        return not (w.DENIALS.isdisjoint(before) and w.REPORTING.isdisjoint(before))

    def _hc24_warned(self, ctx: Context, hit: Hit) -> bool:
        """ "<group> [will|better|need to] <warning> [here much longer]", the group
        opening its claim and nothing else before the clause closes."""
        tokens = ctx.tokens
        end = min(len(tokens), hit.last + w.WARN_TAIL_REACH)
        at = hit.last
        while at < end and not ctx.pause_after(at - 1) and tokens[at] in w.WARN_TAIL:
            at += 1
        if not ctx.closes_clause(at):
            return False  # "refugees won't be safe in the camps"
        sentence_end = ctx.sentence_end(at, w.WARN_TAIL_REACH)
        if not w.REPORTING.isdisjoint(tokens[at:sentence_end]):
            return False  # "..., aid groups warn"
        gap = ctx.back_over(hit.first, w.WARN_GAP, w.WARN_GAP_REACH)
        if hit.entry.term in w.FUTURE_WARNED and w.FUTURE.isdisjoint(tokens[gap : hit.first]):
            return False  # "immigrants should pay for this": a policy
        start = self._hc22_group_before(ctx, gap)
        return start >= 0 and self._hc22_opens(ctx, start) and not self._hc24_unsaid(ctx, start)

    def _hc24_armed(self, ctx: Context, hit: Hit) -> bool:
        """ "<writer> ... waiting for (the) <group> <weapon>", said by the writer."""
        tokens = ctx.tokens
        start = self._hc22_group_before(ctx, hit.first)
        if start < 0:
            return False
        at = ctx.back_over(start, w.GROUP_LEADS, 2)
        if at < 2 or tokens[at - 1] not in w.FOR or tokens[at - 2] not in w.WAITING:
            return False
        return self._hc24_by_writer(ctx, at - 2)

    def _hc24_no_survivor(self, ctx: Context, hit: Hit) -> bool:
        """ "<writer> ... make sure no <member> survives", closing its clause or not."""
        tokens = ctx.tokens
        start = self._hc22_group_before(ctx, hit.first)
        if start < 3 or tokens[start - 1] not in w.NO or tokens[start - 2] not in w.SURE:
            return False
        if tokens[start - 3] not in w.MAKE:
            return False
        return self._hc24_by_writer(ctx, start - 3)

    def _hc24_by_writer(self, ctx: Context, first: int) -> bool:
        """The writer before token `first` in its sentence, neither denying nor
        reporting."""
        start = ctx.sentence_start(first, w.THREAT_REACH)
        before = ctx.tokens[start:first]
        return not w.WRITER.isdisjoint(before) and not self._hc24_unsaid(ctx, first)

    def _hc24_life_denied(self, ctx: Context, hit: Hit) -> bool:
        """ "no <member>" or "not one/a single <member>" right before the claim, opening
        its sentence and closing its clause after a place ("here")."""
        tokens = ctx.tokens
        start = self._hc22_group_before(ctx, hit.first)
        if start < 1:
            return False
        at = hit.last
        if at < len(tokens) and tokens[at] in w.WARN_TAIL and tokens[at] != "in":
            at += 1  # "deserves to live here"
        if not ctx.closes_clause(at):
            return False  # "no refugee deserves to live in a tent"
        if tokens[start - 1] in w.NO:
            return self._hc22_no_member(ctx, start)
        q = start - 1
        while q > 0 and tokens[q] in w.ONE and q > start - 3:
            q -= 1
        return q < start - 1 and tokens[q] in w.NOT and self._hc22_opens(ctx, q)
