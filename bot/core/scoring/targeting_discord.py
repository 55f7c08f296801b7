"""Targeting rules from a probe of ordinary Discord chat (issue 8): two shapes that read
as aimed at the reader but judge words or tease a friend.

- A quoted line judged as a line: '"i'm gonna kill you" is the worst movie line ever'.
  The "you" inside the quote is the quote's, not the writer's; the judgement after the
  closing quote is about the quoted words, so the hit is about a thing.
- "You're the worst" laughed off: "ur the worst lol", "you guys are the worst 😂". The
  fond "you're the worst" is a set phrase between friends; with laughter right after it
  it is teasing, like "i hate you lmao". Any other insult, or no laughter, stays aimed.

Both run after the person rules (`reread`), only on hits they already aimed at someone,
and look at a few tokens around the hit, so cost stays O(1) per hit.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_formspring import LAUGHTER
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid import ReplyRules
from bot.core.scoring.verdict import TargetKind

# A message that opens with a quote, closes it, and links a judgement to it:
# '"..." is the worst', '"..." was such a dumb line'. Only the linking words may follow
# the closing quote before the hit.
_QUOTE_SUBJECT_RE: Final = re.compile(
    r'^\s*"[^"]+"\s*(?:is|was|s|has to be|might be|must be)'
    r"(?:\s+(?:the|a|an|so|such|just|honestly|literally|really|lowkey|kinda|still))*\s*$"
)
_JUDGED: Final = frozenset({Cat.INSULT, Cat.PROFANITY})
_AIMED: Final = frozenset({Kind.SECOND_PERSON, Kind.GROUP, Kind.IMPERATIVE})
_FOND_WORST: Final = ("the", "worst")  # the set phrase "you're the worst"
_LAUGH_REACH: Final = 2  # laughter this close after the phrase
_LAUGH_EMOJI: Final = ("😂", "🤣", "😭", "💀")


class DiscordRules(ReplyRules):
    """Where a hit aimed at the reader is a quoted line judged, or a friend teased."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note), corrected where a rule here applies."""
        target, note = super().reread(ctx, hit, target, note)
        if note or target not in _AIMED or hit.entry.category not in _JUDGED:
            return target, note
        if self._quote_judged(ctx, hit):
            return Kind.OBJECT, note  # '"kill you" is the worst line ever'
        if self._worst_laughed(ctx, hit):
            return target, JOKING_NOTE  # "ur the worst lol"
        return target, note

    @staticmethod
    def _quote_judged(ctx: Context, hit: Hit) -> bool:
        """The hit follows a quote that opens the message, with only linking words between."""
        folded = ctx.folded
        if not folded.lstrip().startswith('"'):
            return False
        return _QUOTE_SUBJECT_RE.match(folded, 0, ctx.spans[hit.first][0]) is not None

    @staticmethod
    def _worst_laughed(ctx: Context, hit: Hit) -> bool:
        """ "the worst" said to the reader or the room, laughter right after it."""
        if hit.entry.tokens != _FOND_WORST:
            return False
        after = ctx.tokens[hit.last : hit.last + _LAUGH_REACH]
        if not LAUGHTER.isdisjoint(after):
            return True
        end = ctx.spans[hit.last - 1][1]
        return any(laugh in ctx.folded[end : end + 8] for laugh in _LAUGH_EMOJI)
