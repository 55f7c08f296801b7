"""Targeting rules of the insults26 round (issue 8), a precision round: an older threat
line that names no reader, said of the writer, of a thing or of someone told about.

- The state told: one of the [second_person] threat lines that tell a state anyone may be
  in (insults26_words.STATE_TERMS: "never work again", "afraid to leave the house", "not
  show up at school", "regret saying that", "one eye open"), read at the reader, whose
  subject right before it (over auxiliaries, the lines' verbs and adverbs: VERB_WORDS) is
  the writer ("i regret saying that", "i'm retired, i will never work again", "i was
  afraid to leave the house after the storm"), a noun after a determiner ("my knee will
  never work again", "the old printer will never work again", "my cat sleeps with one
  eye open", "my brother did not show up at school today"), a relative pronoun after a
  word that is not the reader ("a part of society that will never work again"), or
  "he"/"she"/"they" with a verb that tells ("she was afraid to leave the house").

Stay aimed: the reader as the subject or the one made to feel it ("you'll never work
again", "i'll make sure you never work again", "i'll make you afraid to leave the
house"), the line opening its clause ("sleep with one eye open tonight"), warnings said
of anyone ("you better not show up at school", "my brother better not show up at
school"), promises of a state to a third party ("she will be afraid to leave the house"),
the reader's own things ("your car will never work again"), and a making verb before the
subject ("i'll make the kids afraid to leave the house"). Every older reading other than
the reader's stands.

Cost per hit: a frozenset test of the term; then at most SUBJECT_REACH tokens back over
the run before the line and NOUN_REACH tokens back for a determiner. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import insults26_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_italian64 import Italian64Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_THE_READER26_NOTE", "Insults26Rules", "told_of_other"]

# The note that cancels a state told of someone other than the reader (weighing zeroes
# any note it does not name).
NOT_THE_READER26_NOTE: Final[str] = "a state told of someone other than the reader"


class Insults26Rules(Italian64Rules):
    """A threat line that names no reader, said of the writer, a thing or someone told
    about ("i regret saying that", "my knee will never work again")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; a state line read at the reader cancelled
        when its own subject is someone or something else."""
        target, note = super().in_game(ctx, hit, target, note)
        if target is not Kind.SECOND_PERSON or note or hit.entry.term not in w.STATE_TERMS:
            return target, note
        if told_of_other(ctx, hit):
            return Kind.NONE, NOT_THE_READER26_NOTE
        return target, note


def told_of_other(ctx: Context, hit: Hit) -> bool:
    """Whether the subject right before the line at `hit` (over VERB_WORDS) is the writer,
    a noun after a determiner, a relative pronoun not after the reader, or a third party
    with a verb that tells; no warning in the run between them."""
    tokens = ctx.tokens
    run = ctx.back_over(hit.first, w.VERB_WORDS, w.SUBJECT_REACH)
    subject = run - 1
    if subject < 0 or ctx.pause_after(subject):
        return False  # "sleep with one eye open tonight": no subject in its clause
    between = tokens[run : hit.first]
    if not w.WARNINGS.isdisjoint(between):
        return False  # "my brother better not show up at school"
    word = tokens[subject]
    if word in w.WRITER:
        return True  # "i regret saying that"
    if word in w.RELATIVES and subject > 0 and not ctx.pause_after(subject - 1):
        return tokens[subject - 1] not in w.READER  # "a part of society that will never ..."
    if word in w.THIRD_PARTIES:
        return not w.TOLD.isdisjoint(between)  # "she was afraid to leave the house"
    if word in w.READER or word in w.DETERMINERS:
        return False  # "i'll make you afraid ...", "i'll make her afraid ..."
    for i in range(subject - 1, max(-1, subject - 1 - w.NOUN_REACH), -1):
        if ctx.pause_after(i) or tokens[i] in w.READER:
            return False  # "your car will never work again"
        if tokens[i] in w.DETERMINERS:
            return i == 0 or tokens[i - 1] not in w.MAKERS  # "make the kids afraid ..."
    return False
