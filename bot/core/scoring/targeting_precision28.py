"""Guard rules of the precision28 round (issue 8, twenty-eighth session): a threat to the
reader that a third person will carry out, said as a warning or in jest.

- "she's gonna kill you when she finds out", "your mom is going to kill you", "they will
  dox you if you post that", "careful, he will beat you up if he finds out", "their
  jungler is gonna destroy you, ward up", "the bank will ruin your life with those
  fees". The threat's doer, read back over its auxiliaries (precision28_words.AUXILIARIES,
  with a future one among them: will, 'll, gonna, going to, could...), is a third person:
  "he", "she", "they", "it", or a noun ("your dad", "the mods", "coach"); the writer
  reports or predicts someone else's act, so older rounds' reading of every "... kill
  you" as the writer's threat to the reader is cancelled. Still aimed: the writer's own
  threat ("i'm gonna kill you", "we are gonna hunt you down", "he and i will beat you
  up"), the writer's people ("my boys will beat you up", "our guys will hunt you down",
  "me and the lads are gonna"), an ominous someone ("someone is going to kill you"), a
  wish ("i hope they will hunt you down", "hopefully they'll hunt you down"), the
  writer joining in after the threat ("she's gonna kill you and i'll help"), and an
  identity group as the doer or anywhere in the sentence ("immigrants are going to
  hurt you", "black guys will beat you up", "refugees come here and they will beat
  you up"). Harm on "your ass" stays aimed whoever does it (formspring2: "she gonna
  whoop yo ass tomorrow").

Cost per hit: a category and target test; then at most AUX_REACH tokens back, a few set
tests for the doer and its determiner, and the sentence's words (at most SENTENCE_REACH
back, AFTER_REACH past the threat) tested against three frozensets. No regex, no new work
for messages without a threat hit; no lexicon lines.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import precision28_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_hatecheck41 import HateCheck41Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["THIRD_DOER_NOTE", "Precision28Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
THIRD_DOER_NOTE: Final = "a threat someone else will carry out: a warning, not the writer's"


class Precision28Rules(HateCheck41Rules):
    """A threat to the reader whose doer is a third person: a warning or a joke."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, cancelled in this round's shape."""
        target, note = super().in_game(ctx, hit, target, note)
        if target is not Kind.SECOND_PERSON or hit.entry.category is not Cat.THREAT:
            return target, note
        if w.ASS_WORDS.isdisjoint(hit.entry.tokens) and _p28_third_doer(ctx, hit):
            return Kind.NONE, THIRD_DOER_NOTE  # "she's gonna kill you when she finds out"
        return target, note


def _p28_third_doer(ctx: Context, hit: Hit) -> bool:
    """The threat's doer, just before its auxiliaries, is a third person (not the writer,
    the writer's people, someone at large or an identity group), and nothing in the
    sentence makes it the writer's threat or wish."""
    tokens = ctx.tokens
    first = hit.first
    future = tokens[first] in w.FUTURE
    at = ctx.back_over(first, w.AUXILIARIES, w.AUX_REACH)
    if not future:
        future = any(tokens[i] in w.FUTURE for i in range(at, first))
    if not future or at == 0 or ctx.pause_after(at - 1):
        return False
    doer = at - 1
    word = tokens[doer]
    if word in w.NOT_DOERS or word in w.AUXILIARIES:
        return False
    own = doer > 0 and tokens[doer - 1] in w.OWN and not ctx.pause_after(doer - 1)
    if own and word not in w.PRONOUNS:
        return False  # "my boys will beat you up"
    start = ctx.sentence_start(first, w.SENTENCE_REACH)
    end = min(ctx.sentence_end(first, w.SENTENCE_REACH), hit.last + w.AFTER_REACH)
    words = tokens[start:end]
    if not w.WRITER_OR_WISH.isdisjoint(words):
        return False
    # "immigrants are going to hurt you", "black guys will beat you up", "refugees come
    # here and they will beat you up": an identity group is the doer
    cues = ctx.cues
    return all(cues[name].isdisjoint(words) for name in w.GROUP_CUES)
