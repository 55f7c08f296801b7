"""Targeting rules of the olid44 round (issue 8): a person or group named together with a
vice of their own, the tweet-style put-down that joins them with "and".

- The round's own lexicon lines (en/insult.txt, "olid44", olid44_words.OWN_TERMS): "and
  <their|his|her> <vice>" and, for the vices no older "your <vice>" line reads, "and your
  <vice>" (hypocrisy, arrogance, insanity, bigotry, delusions, corruption, cowardice, ...).
- The owner is the word right before "and", no pause between: a political group or a
  people's noun ("liberals and their hypocrisy", "the media and their dishonesty",
  "politicians and their corruption", "this guy and his incompetence"), "the left" or
  "the right", a pronoun ("he and his arrogance", "she and her delusions") or, for the
  reader's lines only, the reader ("you and your arrogance"). Read as olid43 reads an
  owner: the reader, a third person said of outright, a group (POLITICAL_NOTE for a
  political one).

Clean, the lines cancelled (NO_VICE_OWNER_NOTE): no owner named ("racism and its history"
has no line; "taxes and their hypocrisy" names none), the writer's own (no "my" or "our"
line: "me and my stupidity"), an owner after "a", "any" or "every" (a saying or a story:
"the film explores a man and his delusions"), negations, questions, reports, quotes and
counter-speech (olid43's `_o43_unsaid`; blaming called off before the owner: "stop
blaming liberals and their hypocrisy"). Plans, families and teams are no vice ("liberals
and their taxes", "she and her husband"): no line.

Cost per hit: only this round's terms go on (a frozenset test); two tokens back to the
owner and its article, then olid43's test of the sentence before and one pass over it
(at most SENTENCE_REACH tokens) for a called-off blame. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid44_words as w
from bot.core.scoring.targeting_context import SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import POLITICAL_NOTE
from bot.core.scoring.targeting_olid43 import o43_reading
from bot.core.scoring.targeting_threats12 import Threats12Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["NO_VICE_OWNER_NOTE", "Olid44Rules", "blame_stopped", "vice_owner"]

# A note that cancels the round's own terms outside its shape (weighing.py zeroes it).
NO_VICE_OWNER_NOTE: Final[str] = "a vice joined to no one named"


class Olid44Rules(Threats12Rules):
    """A person or group named together with a vice of their own ("liberals and their
    hypocrisy", "he and his arrogance", "you and your delusions")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; the round's own terms read at the owner named
        before "and", cancelled where none is named or the writer does not say it."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.term not in w.OWN_TERMS:
            return target, note
        owner = vice_owner(ctx, hit)
        if owner is None or self._o43_unsaid(ctx, hit) or blame_stopped(ctx, hit):
            return target, NO_VICE_OWNER_NOTE
        return owner


def blame_stopped(ctx: Context, hit: Hit) -> bool:
    """Counter-speech: blaming the owner called off in the sentence before ("stop blaming
    liberals and their hypocrisy", "don't blame her and her incompetence")."""
    tokens = ctx.tokens
    start = ctx.sentence_start(hit.first, SENTENCE_REACH)
    return any(
        tokens[i] in w.BLAMES and tokens[i - 1] in w.STOPS for i in range(max(start, 1), hit.first)
    )


def vice_owner(ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
    """Who owns the vice: the word right before "and" (and its article), read as olid43
    reads an owner; None for no one, anyone, or the reader on a third person's line."""
    at = hit.first - 1
    if at < 0 or ctx.pause_after(at):
        return None
    tokens = ctx.tokens
    word = tokens[at]
    before = tokens[at - 1] if at > 0 and not ctx.pause_after(at - 1) else ""
    if before in w.GENERIC:
        return None  # "a man and his delusions"
    reader_line = hit.entry.term in w.READER_TERMS
    if reader_line != (word in w.READER):
        return None  # "you and their hypocrisy", "taxes and your arrogance"
    if word in w.WINGS:
        return (Kind.GROUP, POLITICAL_NOTE) if before == w.THE else None
    if word in w.GROUPS:
        return Kind.GROUP, POLITICAL_NOTE
    if word in w.COLLECTIVES:
        return Kind.GROUP, ""  # "those people and their idiocy", "the media and their lies"
    return o43_reading(word)
