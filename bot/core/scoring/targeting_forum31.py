"""Targeting rules of the forum31 round (issue 8): Reddit-style put-downs of a poster's
mind or faculties without a plain insult word, in the shapes forum30 leaves unread.

- A faculty judged through a possessive: "op's brain is clearly empty", "your common
  sense is nonexistent", "this guy's iq is zero", "your brain seems to be broken". The
  faculty and its verb are the round's own terms (forum31_words.FACULTY_TERMS), read only
  with a possessor of the thread or the reader before them and a word of a faculty
  missing (MISSING) closing the clause after hedges; cancelled elsewhere ("my brain is
  empty today", "op's brain is working overtime", "is op's brain empty?"). forum24's
  "reading comprehension" is read the same way before its being verb.
- Possession denied: "op clearly doesn't have a clue", "the mods obviously don't have a
  life", "this guy doesn't have any common sense", "op lacks a clue" (en/insult.txt and
  en/exclusion.txt lines, counted only of people); the term's denied verb opens it.
- A send-off said of a third person: "op really needs to get a life", "this guy needs to
  grow up", "the mods should touch grass", "... get a life outside reddit".
- No clue of a clause of knowing: "op has no clue how this works", "the mods have no
  clue what they're doing" ("idea" stays out of the lexicon, so "has no idea" is unread).
- A name-call below the outright floor said of the people of a thread ("the author
  obviously is a hack") is lifted to it, as forum29's thread note is.

Subjects: forum30's (op, the mods, whoever posted this, people in this sub...), "this
guy"/"that dude" and the reader. Said by the writer only (forum28's checks: the subject
opens its sentence after a few leads, not quoted or asked); the verdict closes its clause
("op doesn't have a clue yet, the patch isn't out" is news not known yet; "op needs to
get a life jacket" goes on). A denial between subject and verb leaves no subject ("the
mods don't need to get a life").

Cost per hit of these terms: at most FILLER_REACH tokens ahead, KNOWING_REACH for a
clause, BEYOND_REACH after a send-off, and forum30's walks back to the subject. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum28_words as f28
from bot.core.scoring import forum30_words as f30
from bot.core.scoring import forum31_words as w
from bot.core.scoring import insults20_words as i20
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_discord23 import NO_BRO_NOTE
from bot.core.scoring.targeting_forum28 import f28_said_by_writer
from bot.core.scoring.targeting_forum29 import THREAD_NOTE
from bot.core.scoring.targeting_forum30 import f30_hedged_people, f30_subject
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_FLOOR, OUTRIGHT_NOTE
from bot.core.scoring.targeting_olid6 import NOT_CALLED_NOTE
from bot.core.scoring.targeting_olid12 import NO_CLUELESS_NOTE
from bot.core.scoring.targeting_olid37 import Olid37Rules
from bot.core.scoring.verdict import Category, TargetKind

__all__ = ["NO_FACULTY_NOTE", "Forum31Rules", "f31_people_at", "f31_read"]

# A note that cancels the round's own terms outside its shapes (weighing.py zeroes it).
NO_FACULTY_NOTE: Final[str] = "a faculty judged of no one in the thread"
# The older readings this round may override (forum30's, with olid12's lone clue).
_FAINT: Final[frozenset[str]] = frozenset(
    {"", SAID_OF_NOTE, NOT_CALLED_NOTE, NO_BRO_NOTE, NO_CLUELESS_NOTE}
)
_UNAIMED: Final[frozenset[TargetKind]] = frozenset(
    {Kind.NONE, Kind.OBJECT, Kind.THIRD_PERSON, Kind.SELF}
)
_READ: Final[frozenset[Category]] = frozenset({Cat.INSULT, Cat.EXCLUSION})
# One person, not a group: "op", "the author", "whoever posted this", "the average user".
_ONE: Final[frozenset[str]] = f28.ONE | f30.USER | f30.POSTING | w.GUYS


class Forum31Rules(Olid37Rules):
    """A poster's faculty judged through a possessive ("op's brain is clearly empty"),
    possession denied ("op clearly doesn't have a clue"), a send-off said of them ("op
    needs to get a life"), no clue how things work, and a light name-call of them lifted
    to the floor ("the author obviously is a hack")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; aimed in this round's shapes, the round's
        own terms cancelled outside them."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.OWN_TERMS:
            own = _f31_faculty(ctx, hit, hit.last)
            if own is not None:
                return own
            if term in i20.OWN_TERMS:
                return target, note  # insults20's own "iq is": its reading stands
            return target, NO_FACULTY_NOTE
        if hit.entry.category not in _READ or target not in _UNAIMED:
            return target, note
        aimed: tuple[TargetKind, str] | None = None
        if term in w.OLDER_FACULTIES:
            if hit.last < len(ctx.tokens) and ctx.tokens[hit.last] in w.BEING:
                aimed = _f31_faculty(ctx, hit, hit.last + 1)  # "op's reading comprehension is"
        elif term in w.SEND_OFFS:
            aimed = _f31_send_off(ctx, hit)  # "op really needs to get a life"
        elif note not in _FAINT:
            if note == OUTRIGHT_NOTE and hit.entry.weight < OUTRIGHT_FLOOR:
                aimed = _f31_lifted(ctx, hit)  # "the author obviously is a hack"
        elif term in w.CLUELESS:
            aimed = _f31_clueless(ctx, hit)  # "op has no clue how this works"
        elif hit.entry.tokens[0] in w.DENIED_VERBS and ctx.closes_after(
            hit.last, f28.TAILS, f28.TAILS_REACH
        ):
            aimed = f31_people_at(ctx, hit, hit.first)  # "op clearly doesn't have a clue"
        return aimed if aimed is not None else (target, note)


def f31_people_at(ctx: Context, hit: Hit, link: int) -> tuple[TargetKind, str] | None:
    """The reading of the people of a thread, "this guy" or the reader as the subject of
    the verb group at `link`, past hedges, said whole by the writer; else None."""
    tokens = ctx.tokens
    hedged = ctx.back_over(link, f30.HEDGES, f30.HEDGE_REACH)
    subject = ctx.back_over(hedged, f28.WHERE, f28.WHERE_REACH) - 1
    if subject < 0:
        return None
    word = tokens[subject]
    said = f30_subject(tokens, subject, hedged)
    if said is not None:
        start, leads = said
    elif word in w.GUYS and subject > 0 and tokens[subject - 1] in w.THIS:
        start, leads = subject - 1, f28.LEADS  # "this guy doesn't have a clue"
    elif word in w.YOU and subject + 1 == hedged:
        start, leads = subject, f28.LEADS  # "you clearly don't have a brain"
    else:
        return None
    return f31_read(ctx, hit, start, leads, word)


def f31_read(
    ctx: Context, hit: Hit, start: int, leads: frozenset[str], word: str
) -> tuple[TargetKind, str] | None:
    """The reading of the subject named by `word` (from `start`), if the writer says it
    whole: the reader aimed plainly, the people of a thread lifted to the floor."""
    if f28_said_by_writer(ctx, hit, start, leads) is None:
        return None  # "my friend said op needs to get a life", "is op's brain empty?"
    if word in w.YOU or word in w.YOUR:
        return Kind.SECOND_PERSON, ""
    return (Kind.THIRD_PERSON if word in _ONE else Kind.GROUP), THREAD_NOTE


def _f31_lifted(ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
    """A light name-call that forum28/forum30 read outright of the people of a thread:
    lifted to the floor as forum29's thread note is; else None."""
    read = f30_hedged_people(ctx, hit)
    return (read[0], THREAD_NOTE) if read is not None else None


def _f31_faculty(ctx: Context, hit: Hit, verb_end: int) -> tuple[TargetKind, str] | None:
    """A faculty of the thread's people or the reader, its being verb ending before
    `verb_end`, said to be missing ("op's brain is clearly empty", "your logic is brain
    dead"); else None."""
    tokens = ctx.tokens
    at = ctx.skip_ahead(verb_end, w.FILLERS, w.FILLER_REACH)
    if at < len(tokens) and tokens[at] in w.MISSING:
        end = at + 1
    elif tuple(tokens[at : at + 2]) in w.MISSING_TWO:
        end = at + 2
    else:
        return None  # "op's brain is clearly working overtime"
    if not ctx.closes_after(end, f28.TAILS, f28.TAILS_REACH):
        return None
    first = hit.first
    if first > 0 and tokens[first - 1] in w.YOUR:
        return f31_read(ctx, hit, first - 1, f28.LEADS, tokens[first - 1])
    owner = first - 2 if first > 1 and tokens[first - 1] == w.POSSESSIVE else first - 1
    if owner < 0:
        return None
    word = tokens[owner]
    if word in f28.ONE or word in f28.PEOPLE:
        return f31_read(ctx, hit, owner, f28.LEADS, word)  # "op's brain", "the mods' iq"
    if word in w.GUYS and owner > 0 and tokens[owner - 1] in w.THIS:
        return f31_read(ctx, hit, owner - 1, f28.LEADS, word)  # "this guy's brain"
    return None  # "my brain is empty today", "the tank is empty"


def _f31_clueless(ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
    """No clue of a clause of knowing closing the sentence ("op has no clue how this
    works", "the mods have no clue what they're doing"); else None."""
    tokens = ctx.tokens
    if hit.last >= len(tokens) or tokens[hit.last] not in w.WH:
        return None
    knowing = ctx.find_ahead(hit.last + 1, w.KNOWING, w.KNOWING_REACH)
    if knowing < 0 or not ctx.closes_after(knowing + 1, w.ABOUT, 2):
        return None  # "you have no clue how happy this makes me"
    return f31_people_at(ctx, hit, hit.first)


def _f31_send_off(ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
    """A send-off said of a third person: "op needs to get a life", "the mods should
    touch grass", "op needs to get a life outside reddit"; else None."""
    tokens = ctx.tokens
    first, last = hit.first, hit.last
    if first > 1 and tokens[first - 1] == "to" and tokens[first - 2] in w.NEEDS:
        link = first - 2
    elif first > 0 and tokens[first - 1] in w.SHOULDS:
        link = first - 1
    else:
        return None
    if not ctx.closes_after(last, f28.TAILS, f28.TAILS_REACH):
        if last >= len(tokens) or tokens[last] not in w.BEYOND:
            return None  # "op needs to get a life jacket"
        ends = range(last + 2, min(len(tokens), last + w.BEYOND_REACH) + 1)
        if not any(ctx.closes_after(end, f28.TAILS, f28.TAILS_REACH) for end in ends):
            return None
    return f31_people_at(ctx, hit, link)
