"""Targeting rules of the discord35 round (issue 8, twenty-eighth session): the reader
rejected with no insult word, read as a whole line.

- The reader not liked, loved, cared about or needed ("i dont like u", "i never liked
  you", "we dont care about u", "none of us like u", "even ur mom doesnt like u", "ur
  parents dont love u", "nobody loves u"). The phrase (discord35_words.OWN_TERMS:
  exclusion.txt lines written with "you", twinned into chat spelling) is preceded, from
  its sentence's start, only by who rejects (the writer, the room, the reader's own
  people) and chat openers, and only tags follow it to the message's end. Stay clean:
  "i dont like u being sad", "i dont like you like that", "he doesnt like u back", "we
  dont need u to bring anything" (the line goes on), "i think she doesnt like u", "its
  not that i dont like u", "sorry i dont like u like that" (hedged or turned), "does he
  like u?" (asked), "nobody loves u like i do" (kind), quoted or reported lines.

Cost per hit: one frozenset test of the term; then at most six words back to the
sentence's start, six tags ahead to the message's end, ten tokens for a kind word, a
few characters for an emoji. No regex, no new work for messages without these terms;
the new words stay unknown to the other rules (lexicon_compile._ROUNDS_OWN_TERMS).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord35_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_precision26 import Precision26Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_A_REJECTION_NOTE", "Discord35Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_A_REJECTION_NOTE: Final = "a feeling about the reader not sent whole as a rejection"


class Discord35Rules(Precision26Rules):
    """The reader not liked, loved or cared about, read only as a whole line."""

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
            and ctx.opens_after(hit.first, w.SUBJECTS, w.SUBJECT_REACH)
            and self._d35_closes(ctx, hit)
            and not ctx.any_ahead(hit.last, w.KIND_AFTER, w.KIND_REACH)
            and not ctx.emoji_after(hit.last, w.KIND_EMOJI, w.EMOJI_REACH)
        ):
            return Kind.SECOND_PERSON, ""  # "i dont like u", "even ur mom doesnt like u"
        return Kind.OBJECT, NOT_A_REJECTION_NOTE  # "i dont like u being sad"

    def _d35_closes(self, ctx: Context, hit: Hit) -> bool:
        """Only tags follow the rejection to the message's end; a later round may let a
        dismissal close it too (discord36: "i dont like u. leave.")."""
        return ctx.only_tags_after(hit.last, w.TAGS, w.TAG_REACH)
