"""Targeting rules of the hatecheck31 round (issue 8, twenty-second session): a named
group excluded, as functional hate-speech suites write it.

- Kept out or sent back: "keep the jews out", "just keep the refugees out", "we need to
  keep the gays out of our schools", "send the immigrants back", "send every muslim
  back". The terms (hatecheck31_words.KEEP, SEND) count when the words before them reach
  their sentence's start over a short lead ("we need to", "just", "let's"), a named
  group follows over a few words ("the", "those", "all"), then "out"/"away" (keep) or
  "back"/"home" (send), and the clause closes or goes on with a tail ("of our country",
  "for good", "where they came from"). Clean: "keep the dogs out", "send them all back
  to the warehouse" (no group; hatecheck25's "send them all back" keeps its reading),
  "keep the women out of it" (not involved), "keep the jews out, said no one" (a saying),
  "keep the jews safe", "keep the muslims in our thoughts" (not out), "no one should
  send refugees back" (the lead does not reach the sentence's start), quoted and
  reported lines ("saying 'keep the jews out' is antisemitic").
- Not wanted as a neighbour: "i wouldn't want a muslim as a neighbour", "i would never
  want a jew as my neighbor", "i would hate to have a muslim as my neighbour". The terms
  (NEIGHBOURS) count when "as" and a named group come right before them over "a"/"my",
  a wanting verb before the group ("want", "have"), and before the verb the writer's
  refusal ("i wouldn't", "i would never", "i don't", "i'd hate to") reaching its
  sentence's start; "a gay man", "a trans person" is one taken as any of the group.
  Clean: "i wouldn't want a dog as a neighbour" (no group), "i'd love
  a muslim as a neighbour" (no refusal), "my neighbour is jewish" (no frame), "people
  who wouldn't want a gay neighbour are bigots" (not the writer), sayings.

The first shape stays clean for one person of a group ("keep the black guy out"); in the
second, one person ("a gay man") stands for any of the group and is read.

The terms are group_only.FIRST_NAMED_TERMS: without a named group the clean gate drops
them; "keep", "send" and the neighbour words stay loose words to the person rules.

Cost per hit: one frozenset test of the term; at most six tokens back, four ahead to the
group and one past it. No regex, no work for messages without these terms.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck30_words as h30
from bot.core.scoring import hatecheck31_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_italian31 import Italian31Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_EXCLUDED_NOTE", "HateCheck31Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_EXCLUDED_NOTE: Final = "no named group excluded by the writer"


class HateCheck31Rules(Italian31Rules):
    """A named group excluded: "keep the jews out", "i wouldn't want a muslim as a
    neighbour"."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; aimed or cancelled in this round's terms."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.OWN_TERMS:
            return target, note
        if target is Kind.REPORTED or self._hc28_others(ctx, hit):
            return Kind.OBJECT, NOT_EXCLUDED_NOTE
        if term == w.KEEP:
            excluded = self._hc31_kept_away(ctx, hit, w.AWAY)
        elif term == w.SEND:
            excluded = self._hc31_kept_away(ctx, hit, w.BACK)
        else:
            excluded = self._hc31_unwanted_neighbour(ctx, hit)
        return (Kind.GROUP, IDENTITY_NOTE) if excluded else (Kind.OBJECT, NOT_EXCLUDED_NOTE)

    def _hc31_kept_away(self, ctx: Context, hit: Hit, away: frozenset[str]) -> bool:
        """ "(we need to) keep (the) GROUP out", "send (the) GROUP back": the lead reaching
        its sentence's start, a named group right after, then `away`, the clause closing
        or going on with a tail."""
        if not ctx.opens_after(hit.first, w.LEAD, w.LEAD_REACH):
            return False
        end = self._hc28_group_after(ctx, hit.last, w.GROUP_GAP)
        tokens = ctx.tokens
        if end < 0 or end >= len(tokens) or tokens[end - 1] in h30.ONE_PERSON:
            return False
        if tokens[end] not in away or ctx.pause_after(end - 1):
            return False
        after = tokens[end + 1 : end + 1 + w.SAID_REACH]
        if after[:1] == [w.OF] and after[1:] and after[1] in w.OF_NOTHING:
            return False  # "keep the women out of it": not involved, not excluded
        return self._hc28_closes(ctx, end + 1, w.TAILS) and h30.SAID_AFTER.isdisjoint(after)

    def _hc31_unwanted_neighbour(self, ctx: Context, hit: Hit) -> bool:
        """ "i wouldn't want a GROUP as a neighbour": "as" and a named group before the
        term, a wanting verb before the group, the writer's refusal before the verb."""
        tokens = ctx.tokens
        at = ctx.back_over(hit.first, w.NEIGHBOUR_GAP, w.NEIGHBOUR_REACH) - 1
        if at < 1 or tokens[at] != w.AS:
            return False
        start = self._group_start(ctx, at)
        if start < 0 and tokens[at - 1] in h30.ONE_PERSON and at > 1:
            # "a gay man as a neighbour": one of the group, taken as any of them.
            start = at - 2 if self._group_end(tokens, at - 2) in (at - 1, at) else -1
        if start < 0:
            return False
        verb = start - 1
        if verb >= 0 and tokens[verb] in w.ONE_OF and not ctx.pause_after(verb):
            verb -= 1
        if verb < 1 or tokens[verb] not in w.WANT_VERBS or ctx.pause_after(verb):
            return False
        lead = ctx.back_over(verb, w.REFUSAL_LEAD, w.REFUSAL_REACH)
        return (
            ctx.starts_sentence(lead)
            and tokens[lead] in w.WRITERS
            and any(t in w.REFUSALS for t in tokens[lead:verb])
        )
