"""Targeting rules of the hatecheck23 round (issue 8, eighteenth session): an English
functional hate suite's threats at any member of a group, a virtue or worth denied to
every member named in the singular, a group attacked through a pronoun in the next
sentence and a group told to leave, which the older rules read as aimed at nothing.
(The round's fixes to older readings, where they are made: an opener set off by a comma
in targeting_hatecheck22.py, "their" places and the writer's urging in
targeting_hateprobe5_threats.py, children kept safe in targeting_gamechat4.py, "asylum
seekers" in cues.txt.)

- A threat at any member, as the object of the writer's threat: "I will hurt any
  refugee I see", "I'm going to shoot the next immigrant", "I'll beat up every refugee"
  (a mark of any one member, "any", "every", "the next", "some", before the member).
  Clean: "I will hurt any cockroach I see" (no group), "I'd never hurt a refugee"
  (denied), "he said he'd hurt any immigrant he sees" (reported, not the writer's), "I
  will protect every refugee from anyone who wants to hurt them" (the member is not
  the harm's object).
- A threat at any member, as the subject whose future is the harm, closing its clause:
  "the next jew that walks in here is dead", "any immigrant who comes near me will get
  hurt", and after the writer's condition, "if I meet a trans person tonight they're
  dead". Clean: "the next wasp I see is dead" (no group), "any refugee who gets hurt
  can call us" (no future before the harm, the clause goes on), "if a refugee gets
  hurt we help" (the writer does not meet the condition).
- A virtue or worth denied to every member named in the singular: "not a single
  refugee is honest", "no migrant is ever trustworthy", "not one jew is worth anything"
  (the plural and [identity] singulars are read by hateprobe4). Clean: "not a single
  refugee I met was rude" (no virtue), "no refugee is honest about their fear of the
  camps" (the clause goes on), "is it worth anything?" (no member).
- The insult of every member denied: "not a single immigrant I know is dishonest",
  "not one muslim is a terrorist", as "no immigrant is dishonest" already was. A virtue
  so denied stays the attack ("not a single refugee is honest").
- A group attacked through a pronoun, named in an earlier sentence: "There are refugees
  in my street. I'd never trust them.", "So many immigrants here. I want them all
  out.", "Refugees everywhere. Deport them." Clean: "I'd never trust them", "my
  neighbours are loud. I want them out." (no group before), "my dad says refugees lie.
  he'd never trust them" (not the writer), "I want them out of the oven now" (the
  clause goes on).
- A group told to leave after a modal, opening its claim and closing its clause:
  "muslims should leave", "let's be real, jews must leave". Clean: "guests should leave
  early" (no group), "refugees should leave the camp before the flood" (the clause
  goes on), "if he hits her, women should leave" (the group does not open the claim).

Cost: in `probe4_aim`, one frozenset test of the hit's term (the round's lexicon
terms, OWN_TERMS); in `in_game`, for hits the older rules left unaimed with no
cancelling note, a frozenset test of the hit's words (HARM), last word (the praise
cues) or term (TRUST); in `_denied_by_quantifier`, one frozenset test of the eight
tokens before the hit for "not". Then at most twelve tokens back in the hit's sentence
and five ahead. No work for messages without a hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck23_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_forum17 import Forum17Rules
from bot.core.scoring.targeting_hatecheck9 import NOT_SAID9_NOTE
from bot.core.scoring.targeting_hatecheck22 import UNSHAPED_NOTE
from bot.core.scoring.targeting_hateprobe5_threats import NOT_PROMISED_NOTE
from bot.core.scoring.targeting_hateprobe6 import NOT_SHAPED6_NOTE
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["HateCheck23Rules"]

SENT_OFF_NOTE: Final = "no group in the round's shape"
_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT})
# The older rules' notes for a shape of theirs not found; this round's shapes may still
# hold. Any other note (negated, reported, counter-speech, joking) is kept.
_UNSHAPED: Final[frozenset[str]] = frozenset(
    {"", NOT_PROMISED_NOTE, NOT_SHAPED6_NOTE, NOT_SAID9_NOTE, UNSHAPED_NOTE}
)


def _denied(before: list[str]) -> bool:
    """A negation among `before`; the "t" of "can't wait to" is eagerness, not one."""
    for i, token in enumerate(before):
        if token in w.DENIALS and not (token == "t" and before[i + 1 : i + 2] == ["wait"]):
            return True
    return False


class HateCheck23Rules(Forum17Rules):
    """Threats at any member of a group, a virtue denied to every member, and trust
    denied through a pronoun."""

    def probe4_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """The round's own terms, read here before the older rules: a group named before
        or no hostility."""
        term = hit.entry.term
        if term not in w.OWN_TERMS:
            return super().probe4_aim(ctx, hit)
        if term in w.LEAVE:
            shaped = self._hc23_told_to_leave(ctx, hit)  # "muslims should leave"
        elif term in w.WORTH:
            shaped = self._hc23_praise_denied(ctx, hit)  # "not one jew is worth anything"
        else:
            shaped = self._hc23_sent_off(ctx, hit)  # "Immigrants here. I want them out."
        return (Kind.GROUP, IDENTITY_NOTE) if shaped else (Kind.OBJECT, SENT_OFF_NOTE)

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed at the group in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        if target not in _UNAIMED or note not in _UNSHAPED:
            return target, note
        entry = hit.entry
        last = entry.tokens[-1]
        if not w.HARM.isdisjoint(entry.tokens):  # "will hurt", "beat up", "going to shoot the"
            if entry.category is Cat.THREAT and self._hc23_threatened(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE  # "I will hurt any refugee I see"
        elif entry.term in w.TRUST:
            if note == NOT_SAID9_NOTE and self._hc23_trust_denied(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE  # "Refugees? I'd never trust them."
        elif (
            last in self._cue_praise_denied
            and len(entry.tokens) == 1
            and not note
            and self._hc23_praise_denied(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE  # "not a single refugee is honest"
        return target, note

    def _denied_by_quantifier(self, ctx: Context, hit: Hit) -> bool:
        """The older denials, and "not a single/not one <member> ... <insult>" opening its
        sentence: "not a single immigrant I know is dishonest" denies the insult of every
        member, as "no immigrant is dishonest" does; a virtue denied stays the attack."""
        if super()._denied_by_quantifier(ctx, hit):
            return True
        tokens = ctx.tokens
        low = max(0, hit.first - w.NOT_ONE_REACH)
        if w.NOT.isdisjoint(tokens[low : hit.first]):
            return False  # no "not" close before the hit (most hits)
        if hit.entry.tokens[-1] in self._cue_praise_denied:
            return False  # "not a single refugee is honest"
        start = ctx.sentence_start(hit.first, w.NOT_ONE_REACH)
        at = start + 1
        if tokens[start] not in w.NOT or at >= hit.first:
            return False
        if tokens[at] in w.ONE and at + 1 < hit.first:
            at += 1
        if tokens[at] not in w.SINGLE:
            return False
        return self._hc21_member(tokens, at + 1, hit.first) > 0

    def _hc23_threatened(self, ctx: Context, hit: Hit) -> bool:
        """Any one member as the object of the writer's threat or the subject whose
        future is the harm."""
        tokens = ctx.tokens
        if ctx.quoted(hit.first, hit.last):
            return False
        start = ctx.sentence_start(hit.first, w.THREAT_REACH)
        before = tokens[start : hit.first]
        if _denied(before) or not w.REPORTING.isdisjoint(before):
            return False
        writer = not w.WRITER.isdisjoint(before)
        if writer and self._hc23_member_object(ctx, hit):
            return True  # "I will hurt any refugee I see"
        ahead = tokens[hit.first - 1] if hit.first > 0 else ""
        if not ctx.closes_clause(hit.last) or (
            ahead not in w.FUTURE and hit.entry.tokens[0] not in w.FUTURE
        ):
            return False
        for d in range(start, hit.first - 1):
            mark = tokens[d]
            if mark not in w.MARKS and mark not in w.ONE:
                continue
            if self._hc21_member(tokens, d + 1, hit.first) < 0:
                continue
            lead = tokens[start:d]
            if mark in w.SUBJECT_MARKS and w.SUBJECT_LEADS.issuperset(lead):
                return True  # "the next jew that walks in here is dead"
            return writer and not w.CONDITIONS.isdisjoint(lead)  # "if I meet a muslim ..."
        return False

    def _hc23_member_object(self, ctx: Context, hit: Hit) -> bool:
        """A member marked as any one of the group right after the threat: "hurt any
        refugee", "shoot the next immigrant"."""
        tokens = ctx.tokens
        end = min(len(tokens), hit.last + w.OBJECT_REACH)
        at = hit.last
        marked = False
        while at < end and tokens[at] in w.OBJECT_SKIP and not ctx.pause_after(at - 1):
            marked = marked or tokens[at] in w.MARKS
            at += 1
        if not marked or at >= end or ctx.pause_after(at - 1):
            return False
        return self._hc21_member(tokens, at, len(tokens)) > 0

    def _hc23_praise_denied(self, ctx: Context, hit: Hit) -> bool:
        """ "no <member> is (ever) <virtue>", "not a single/one <member> is <virtue>",
        opening its sentence and closing its clause."""
        tokens = ctx.tokens
        at = ctx.back_over(hit.first, w.PRAISE_FILLERS, w.PRAISE_REACH)
        if w.COPULAS.isdisjoint(tokens[at : hit.first]) or not ctx.closes_clause(hit.last):
            return False
        start = self._hc22_group_before(ctx, at)
        if start < 1:
            return False
        q = start - 1
        if tokens[q] in w.NO:
            return self._hc22_no_member(ctx, start)  # "no refugee is ever honest"
        if tokens[q] not in w.SINGLE:
            return False
        if q > 0 and tokens[q - 1] in w.ONE:
            q -= 1
        return q > 0 and tokens[q - 1] in w.NOT and self._hc22_opens(ctx, q - 1)

    def _hc23_sent_off(self, ctx: Context, hit: Hit) -> bool:
        """ "I (just) want them (all) out", "deport them all" opening its
        sentence and closing its clause, a group named in an earlier sentence."""
        if ctx.quoted(hit.first, hit.last) or not ctx.closes_clause(hit.last):
            return False  # "I want them out of the oven in ten minutes"
        start = ctx.sentence_start(hit.first, w.THREAT_REACH)
        if start == 0 or not w.SENT_LEADS.issuperset(ctx.tokens[start : hit.first]):
            return False  # "these ads are annoying, I want them out"
        return self._named_before(ctx, start)

    def _hc23_told_to_leave(self, ctx: Context, hit: Hit) -> bool:
        """ "<group> should (just) leave" opening its claim and closing its clause."""
        if not ctx.closes_clause(hit.last):
            return False  # "refugees should leave the camp before the flood"
        start = self._hc22_group_before(ctx, hit.first)
        return start >= 0 and self._hc22_opens(ctx, start)

    def _hc23_trust_denied(self, ctx: Context, hit: Hit) -> bool:
        """ "I'd never trust them" by the writer, a group named earlier in the message."""
        tokens = ctx.tokens
        if hit.last >= len(tokens) or tokens[hit.last] not in w.THEM:
            return False
        start = ctx.sentence_start(hit.first, w.THREAT_REACH)
        before = tokens[start : hit.first]
        if before and w.WRITER.isdisjoint(before):
            return False  # "he'd never trust them"
        return start > 0 and self._named_before(ctx, start)
