"""Targeting rules of the discord34 round (issue 8, twenty-seventh session): threats and
warnings said to the reader in chat form, and the reader written off.

- A threat or warning sent as a whole line: a warning ("u better watch out", "you better
  watch it", "u better watch ur step", "u better run"), payback
  promised ("ur gonna pay for this", "u will pay for that", "u will regret that", "u
  gonna regret it", "ill get u back for this"), a meeting promised or dared ("wait till
  i see u", "just wait till i catch u", "ill catch u outside", "say that again i dare
  u"), or the reader written off ("ur dead to me"). The phrase (discord34_words.
  OWN_TERMS: lexicon lines written with "you", twinned into chat spelling) opens its
  sentence after two chat openers at most and only tags follow it to the message's end.
  Stay clean: "u better watch out for the sniper", "ur gonna pay for this with ur card
  right", "u will regret not buying it", "wait till i see u tomorrow!! missed u", "ill
  get u back the money friday", "catch u outside the mall at 5?" (the line goes on or
  asks), "cant wait till i see u", "he said ur gonna pay for this lol" (the phrase does
  not open the sentence), "will u regret it?" (asked), '"u will pay for this" is such a
  villain line' (quoted), "u better run lol ily", "wait till i see u 🥰" (a kind word
  or a loving emoji after).

Removed: "watch ur mouth" (and "u better watch ur mouth"): a rebuke of swearing as
often; it flagged a line of toxic_spans' profane_only (+0.33 points).

Left out: "ur gonna get it" (as often a friend's "don't worry, ur gonna get it"), "see u
outside after school" (friends meet outside), "ur dead" alone (a game's death).

A meeting's place may come between the phrase and the tags ("wait till i find u after
school", "... at school"); "wait till i see u tomorrow" stays a plan.

Cost per hit: one frozenset test of the term; then at most two openers back, a place and
four tags ahead to the message's end, ten tokens for a kind word, a few characters for an
emoji. No regex, no new work for
messages without these terms; the new words stay unknown to the other rules
(lexicon_compile._ROUNDS_OWN_TERMS).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord34_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_gamechat37 import GameChat37Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_A_WHOLE_LINE_NOTE", "Discord34Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_A_WHOLE_LINE_NOTE: Final = "a chat threat's words not sent whole to the reader"


class Discord34Rules(GameChat37Rules):
    """Threats and warnings said to the reader in chat form, read only as a whole line."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed or cancelled in this round's shape."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.term not in w.OWN_TERMS:
            return target, note
        if (
            target is not Kind.REPORTED
            and not ctx.quoted_or_asked(hit.first, hit.last)
            and ctx.opens_after(hit.first, w.OPENERS, w.OPENER_REACH)
            and _d34_only_tags_after(ctx, hit.last)
            and not ctx.any_ahead(hit.last, w.KIND_AFTER, w.KIND_REACH)
            and not ctx.emoji_after(hit.last, w.KIND_EMOJI, w.EMOJI_REACH)
        ):
            return Kind.SECOND_PERSON, ""  # "u better watch out", "ur gonna pay for this"
        return Kind.OBJECT, NOT_A_WHOLE_LINE_NOTE  # "u better watch out for the sniper"


def _d34_only_tags_after(ctx: Context, last: int) -> bool:
    """Only tags follow to the message's end: "u better run kid", not "... for the boss"."""
    tokens = ctx.tokens
    if last + 1 < len(tokens) and (tokens[last], tokens[last + 1]) in w.PLACE_TAILS:
        last += 2  # "wait till i find u after school"
    return ctx.only_tags_after(last, w.TAGS, w.TAG_REACH)
