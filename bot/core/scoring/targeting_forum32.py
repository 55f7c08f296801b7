"""Targeting rules of the forum32 round (issue 8): a forum writer's competence denied
without an insult word, in the shapes forum31 leaves unread.

- No idea of what they say or do: "the author clearly has no idea what he's talking
  about", "op has zero clue what they're on about", "op has absolutely no clue what he's
  talking about lol". The round's own "has no", "has zero" or "absolutely no" after
  "has"/"have", then "idea" or "clue", "what", a subject who is not the writer ("he",
  "they", "you"...), and a verb of talking or doing closing the clause with "about" or a
  few tails. olid12's "has no clue" and "doesn't have a clue" are read the same way.
- Not knowing "the first thing": "this guy doesn't know the first thing about economics",
  "the author does not know the first thing about nutrition" (insults8 reads only "you
  don't know ..."); a denial opens the verb, past "even".

- A mind missing, of what a commenter wrote or of a writer, after an opener of contempt
  opening the sentence: "another braindead take from the usual suspects", "the most
  braindead take i've read all week", "typical braindead redditor", "another clueless
  writer pretending to be an expert". Older terms (MINDLESS), read otherwise as before;
  "another great take", "not another clueless writer" (no opener first) are unread.

Subjects: forum31's (forum30's people of a thread, "this guy", the reader), and a writer
named by "the"/"this"/"that" opening the sentence, with a few words of where or what
they wrote before the verb ("the writer", "this journalist", "the guy who wrote this",
"the commenter above", "whoever wrote this article"). Said whole by the writer
(forum28's check: not quoted, asked or reported).

Clean: the writer's own ignorance ("i have no idea what i'm talking about, but", "i
don't know the first thing about cars"), ignorance of a fact ("op has no idea the store
closed", "you have no idea how happy this makes me"), a clause with the writer as its
subject ("you have no idea what i'm on about"), reported speech ("nobody said op has no
idea what he's talking about"). The round's own lines are cancelled outside these shapes.

Cost per hit: a frozenset test, two tokens back or DENIAL_FILLER_REACH + 2,
KNOWING_REACH + TAILS_REACH ahead, forum31's subject walk or BRIDGE_REACH + 2 tokens
back. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum27_words as f27
from bot.core.scoring import forum28_words as f28
from bot.core.scoring import forum30_words as f30
from bot.core.scoring import forum32_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_forum28 import f28_said_by_writer
from bot.core.scoring.targeting_forum29 import THREAD_NOTE
from bot.core.scoring.targeting_forum31 import f31_people_at, f31_read
from bot.core.scoring.targeting_insults21 import Insults21Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NO_KNOWING_NOTE", "Forum32Rules"]

# A note that cancels the round's own terms outside its shapes (weighing.py zeroes it).
NO_KNOWING_NOTE: Final[str] = "no writer said to have no idea what they say"
_UNAIMED: Final[frozenset[TargetKind]] = frozenset(
    {Kind.NONE, Kind.OBJECT, Kind.THIRD_PERSON, Kind.SELF}
)


class Forum32Rules(Insults21Rules):
    """A forum writer said to have no idea what they are talking about ("the author
    clearly has no idea what he's talking about") or not to know the first thing about
    their subject ("this guy doesn't know the first thing about economics")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; aimed in this round's shapes, the round's
        own terms cancelled outside them."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.OWN_TERMS:
            if term in w.IDEA_TERMS:
                aimed = _f32_no_idea(ctx, hit, _f32_having(ctx, hit))
            else:
                aimed = _f32_no_idea(ctx, hit, _f32_denied(ctx, hit.first), knowing=False)
            return aimed if aimed is not None else (Kind.OBJECT, NO_KNOWING_NOTE)
        if term in w.OLDER_CLUES and target in _UNAIMED:
            aimed = _f32_no_idea(ctx, hit, hit.first)
            if aimed is not None and aimed[0] != target:
                return aimed  # "the guy who wrote this has no clue what he's saying"
        if term in w.MINDLESS and target in _UNAIMED and _f32_scorned(ctx, hit):
            return Kind.THIRD_PERSON, THREAD_NOTE  # "another braindead take"
        return target, note


def _f32_having(ctx: Context, hit: Hit) -> int:
    """The token of "has"/"have" opening the hit ("has no") or right before it ("has
    absolutely no"), with "idea" or "clue" after the hit, or -1."""
    tokens = ctx.tokens
    if hit.last >= len(tokens) or tokens[hit.last] not in w.IDEAS:
        return -1  # "op has no life", "the author has no kids"
    at = hit.first if tokens[hit.first] in w.HAVING else hit.first - 1
    return at if at >= 0 and tokens[at] in w.HAVING else -1


def _f32_denied(ctx: Context, first: int) -> int:
    """Where a denial opens the verb "know" at `first` ("doesn't (even) know"), or -1."""
    at = ctx.back_over(first, w.DENIAL_FILLERS, w.DENIAL_FILLER_REACH)
    for size in (2, 1):
        if at >= size and tuple(ctx.tokens[at - size : at]) in w.DENIALS:
            return at - size
    return -1


def _f32_no_idea(
    ctx: Context, hit: Hit, link: int, *, knowing: bool = True
) -> tuple[TargetKind, str] | None:
    """The reading of a writer of the thread as the subject of the verb at `link`, the
    hit closed by a clause of knowing if `knowing`; else None."""
    after = hit.last + 1 if knowing and hit.entry.term in w.IDEA_TERMS else hit.last
    if link < 0 or (knowing and not _f32_knowing(ctx, after)):
        return None
    aimed = f31_people_at(ctx, hit, link)
    return aimed if aimed is not None else _f32_writer(ctx, hit, link)


def _f32_knowing(ctx: Context, at: int) -> bool:
    """ "what he's talking about" from token `at`: "what", a subject not the writer, a
    verb of talking or doing within reach, then "about" or the clause's close."""
    tokens = ctx.tokens
    if at + 1 >= len(tokens) or tokens[at] not in w.WH or ctx.pause_after(at):
        return False
    if tokens[at + 1] not in w.CLAUSE_SUBJECTS:
        return False  # "what i'm talking about", "what time the show starts"
    verb = ctx.find_ahead(at + 2, w.KNOWING, w.KNOWING_REACH)
    if verb < 0:
        return False
    end = verb + 1
    if end < len(tokens) and tokens[end] in w.ABOUT:
        end += 1
    elif tokens[verb] == "on":
        return False  # "what he's on" without "about"
    return ctx.closes_after(end, w.TAILS, w.TAILS_REACH)


def _f32_writer(ctx: Context, hit: Hit, link: int) -> tuple[TargetKind, str] | None:
    """A writer named by "the"/"this"/"that" (or "whoever") before the verb at `link`,
    past hedges and a few words of where or what they wrote; else None."""
    tokens = ctx.tokens
    hedged = ctx.back_over(link, f30.HEDGES, f30.HEDGE_REACH)
    floor = max(0, hedged - w.BRIDGE_REACH - 1)
    for at in range(hedged - 1, floor - 1, -1):
        word = tokens[at]
        if word in w.WRITERS:
            if word == "whoever":
                return f31_read(ctx, hit, at, f28.LEADS, "op")
            if at > 0 and tokens[at - 1] in w.DETERMINERS:
                return f31_read(ctx, hit, at - 1, f28.LEADS, "op")
            return None
        if word not in w.BRIDGE or ctx.pause_after(at):
            return None
    return None


def _f32_scorned(ctx: Context, hit: Hit) -> bool:
    """ "another braindead take": an opener of contempt opening the sentence right before
    the hit, a word for what a commenter wrote or a writer right after it, said by the
    writer."""
    tokens = ctx.tokens
    last = hit.last
    if last >= len(tokens) or ctx.pause_after(last - 1):
        return False
    if tokens[last] not in f27.WRITINGS and tokens[last] not in w.WRITER_NOUNS:
        return False  # "another clueless move", "typical braindead behaviour"
    for size in (2, 1):
        start = hit.first - size
        if start >= 0 and tuple(tokens[start : hit.first]) in w.OPENERS:
            return f28_said_by_writer(ctx, hit, start, f28.LEADS) is not None
    return False
