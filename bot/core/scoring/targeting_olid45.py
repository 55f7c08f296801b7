"""Targeting rules of the olid45 round (issue 8): contempt for a named person or a
political group through their traits, in tweet style.

- A name owning olid44's vice: olid44's "and <his|her|their> <vice>" lines, and this
  round's own "and <his|her|their> lies", with a name right before "and" that opens its
  clause (olid33's name test: "trump and his arrogance", "nancy pelosi and her delusions",
  "@USER schumer and his cowardice", "hillary and her lies"); the round's "lies" lines
  also read at olid44's owners ("liberals and their lies", "he and his lies").
- The vice "of" its owner: this round's own "<vice> of" lines (en/insult.txt, "olid45":
  hypocrisy, arrogance, corruption, cowardice, greed, ...) read at the owner after "of"
  and a few determiners: a political group ("the arrogance of liberals", "the corruption
  of the gop", "the greed of politicians"), "the left" or "the right", "these people",
  "the media". Not a bare name: without a list of names "the arrogance of pelosi" reads
  as "the arrogance of youth".

Clean, the lines cancelled (olid44's NO_VICE_OWNER_NOTE): no owner or a thing's ("the
arrogance of youth", "the corruption of the system", "the hypocrisy of it all"), a name
inside a sentence ("the film follows hamlet and his delusions"), anyone ("the arrogance of
man", "a man and his delusions"), the writer's own, negations, questions, reports, quotes
and counter-speech (olid43's `_o43_unsaid`, olid44's `blame_stopped`), stories and topics
("in the book, gatsby and his delusions", "a study of the greed of politicians") and the
vice called untrue ("the corruption of democrats is a myth"). Families, teams
and praise have no line ("trump and his family", "pelosi and her courage").

Cost per hit: a frozenset test of the term; then the word before "and" with olid33's name
test (at most its NAME_REACH tokens), or at most OWNER_REACH determiners after "of" and
the owner (set look-ups); then olid43's test and one slice of the sentence before (at
most SENTENCE_REACH tokens) and UNTRUE_REACH tokens after. No regex.
"""

from __future__ import annotations

from bot.core.scoring import olid45_words as w
from bot.core.scoring.targeting_context import SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_discord57 import Discord57Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE, POLITICAL_NOTE
from bot.core.scoring.targeting_olid44 import NO_VICE_OWNER_NOTE, blame_stopped, vice_owner
from bot.core.scoring.verdict import TargetKind

__all__ = ["Olid45Rules", "told_or_untrue"]

_NAMED: tuple[TargetKind, str] = (Kind.THIRD_PERSON, OUTRIGHT_NOTE)


class Olid45Rules(Discord57Rules):
    """Contempt for a named person or a political group through their traits ("trump and
    his arrogance", "pelosi and her lies", "the arrogance of liberals")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; a vice read at a name before "and" or at its
        owner after "of", cancelled where none is named or the writer does not say it."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.OF_TERMS:
            owner = self._of_owner(ctx, hit)
        elif term in w.LIES_TERMS:
            owner = vice_owner(ctx, hit) or self._named_owner(ctx, hit)
        elif term in w.NAMED_TERMS and note == NO_VICE_OWNER_NOTE:
            owner = self._named_owner(ctx, hit)
        else:
            return target, note
        if (
            owner is None
            or self._o43_unsaid(ctx, hit)
            or blame_stopped(ctx, hit)
            or told_or_untrue(ctx, hit)
        ):
            return target, NO_VICE_OWNER_NOTE
        return owner

    def _named_owner(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """A name right before "and" that opens its clause ("trump and his arrogance",
        "nancy pelosi and her lies"); never inside a sentence ("the film follows hamlet
        and his delusions")."""
        at = hit.first - 1
        if at < 0 or ctx.pause_after(at) or not self._o33_named(ctx, at):
            return None
        return _NAMED

    def _of_owner(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """Whose vice, after "of" and a few determiners: a political group, a wing after
        "the", "these people" or the press. Never a bare name: "the arrogance of youth"
        would read as one."""
        start = hit.last
        if start >= len(ctx.tokens) or ctx.pause_after(start - 1):
            return None
        at = ctx.skip_ahead(start, w.OWNER_DETS, w.OWNER_REACH)
        if at >= len(ctx.tokens) or (at > start and ctx.pause_after(at - 1)):
            return None
        tokens = ctx.tokens
        word = tokens[at]
        det = tokens[at - 1] if at > start else ""
        if word in w.GROUPS or (word in w.WINGS and det == w.THE):
            return Kind.GROUP, POLITICAL_NOTE
        if (word in w.POINTED and det in w.POINTERS) or (word in w.PRESS and det):
            return Kind.GROUP, ""
        return None


def told_or_untrue(ctx: Context, hit: Hit) -> bool:
    """A story or a topic before the vice in its sentence ("in the book, gatsby and his
    delusions", "a study of the greed of politicians"), or the vice called untrue after it
    ("the corruption of democrats is a myth")."""
    tokens = ctx.tokens
    start = ctx.sentence_start(hit.first, SENTENCE_REACH)
    if not w.TOLD.isdisjoint(tokens[start : hit.first]):
        return True
    end = ctx.sentence_end(hit.last - 1, w.UNTRUE_REACH)
    return not w.UNTRUE.isdisjoint(tokens[hit.last : end])
