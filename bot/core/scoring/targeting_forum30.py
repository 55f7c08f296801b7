"""Targeting rules of the forum30 round (issue 8): Reddit-style derogatory claims about a
poster or the people of a thread that forum28 misses for the words between the subject
and the put-down.

- A hedge, an adverb or a modal between the people of a thread and their verb
  (forum30_words.HEDGES): "op clearly has no brain cells", "the mods literally have no
  life", "op must have no brain cells", "op clearly is an idiot". forum28 reads the
  subject right before the verb only.
- Subjects forum28 does not name: "whoever posted this" (WHOEVER, POSTING), people at
  large with the place after them ("people in this sub", "the people here"; CROWD,
  PLACE_WORDS), "the average twitter user" (AVERAGE, USER) and a place's people named
  by its possessive ("this sub's mods").
- The round's lexicon lines, counted only of people: "lacks common sense", "have no
  common sense", "lack a brain", "lacks brain cells", "has no reading comprehension",
  "lacks any self awareness", "is missing a few brain cells" (en/insult.txt), "have no
  life" (en/exclusion.txt); "lacks"/"lack" open their term like forum28's "has".

Said by the writer only: forum28's checks (the verdict closes its clause, the subject
opens its sentence after a few leads, not quoted or asked), and no denial can stand
between the subject and the verdict ("op clearly isn't an idiot", "the mods obviously are
not clowns"). The same words said of the writer, a thing or a pet stay as the older rules
read them ("i clearly have no brain cells today lol", "this game clearly lacks common
sense"), and so do virtues ("op clearly has a point": no hit).

Cost per insult or exclusion hit left unaimed: forum28's walks (BETWEEN_REACH back to the
verb, WHERE_REACH to the subject, LEADS_REACH to the sentence's start, TAILS_REACH ahead),
HEDGE_REACH tokens back over the hedges and at most AVERAGE_REACH more. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum28_words as f28
from bot.core.scoring import forum30_words as w
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_discord23 import NO_BRO_NOTE
from bot.core.scoring.targeting_discord42 import Discord42Rules
from bot.core.scoring.targeting_forum28 import f28_link, f28_said_by_writer
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid6 import NOT_CALLED_NOTE
from bot.core.scoring.targeting_olid12 import NO_CLUELESS_NOTE
from bot.core.scoring.verdict import Category, TargetKind

__all__ = ["Forum30Rules", "f30_hedged_people", "f30_subject"]

# The older readings this round may override: none, faint, a thing, discord23's lack
# said of no member chat names, olid12's clue denied no one it names ("the author has
# no clue").
_FAINT: Final[frozenset[str]] = frozenset(
    {"", SAID_OF_NOTE, NOT_CALLED_NOTE, NO_BRO_NOTE, NO_CLUELESS_NOTE}
)
_UNAIMED: Final[frozenset[TargetKind]] = frozenset(
    {Kind.NONE, Kind.OBJECT, Kind.THIRD_PERSON, Kind.SELF}
)
_READ: Final[frozenset[Category]] = frozenset({Cat.INSULT, Cat.EXCLUSION})
_NAMED: Final[frozenset[str]] = f28.PEOPLE | f28.ONE
_AVERAGE_LEADS: Final[frozenset[str]] = f28.LEADS | w.AVERAGE_LEADS


class Forum30Rules(Discord42Rules):
    """A put-down of the people of a thread with a hedge before its verb ("op clearly
    has no brain cells"), or of subjects forum28 does not name ("whoever posted this",
    "people in this sub", "the average twitter user", "this sub's mods")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; aimed in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.category not in _READ or note not in _FAINT or target not in _UNAIMED:
            return target, note
        aimed = f30_hedged_people(ctx, hit)
        return aimed if aimed is not None else (target, note)


def f30_hedged_people(ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
    """The people of a thread as the subject of the verb before the put-down, past any
    hedges between them, said whole by the writer; else None."""
    tokens = ctx.tokens
    if hit.entry.tokens[0] in w.TERM_VERBS and ctx.closes_after(
        hit.last, f28.TAILS, f28.TAILS_REACH
    ):
        link = hit.first  # "op clearly lacks common sense"
    else:
        link = f28_link(ctx, hit)[0]
    if link < 1:
        return None
    hedged = ctx.back_over(link, w.HEDGES, w.HEDGE_REACH)  # "op clearly has", "op must have"
    subject = ctx.back_over(hedged, f28.WHERE, f28.WHERE_REACH) - 1
    if subject < 0:
        return None
    said = f30_subject(tokens, subject, hedged)
    if said is None:
        return None
    return f28_said_by_writer(ctx, hit, *said)


def f30_subject(tokens: list[str], subject: int, verb: int) -> tuple[int, frozenset[str]] | None:
    """(where the people named at `subject` start, the leads allowed before them), or
    None where the words before the verb at `verb` name no people of a thread."""
    word = tokens[subject]
    if word in w.USER:
        for at in range(max(0, subject - w.AVERAGE_REACH), subject):
            if tokens[at] == w.AVERAGE:
                return at, _AVERAGE_LEADS  # "the average twitter user", "your average redditor"
    if word in _NAMED:
        if (
            subject > 1
            and tokens[subject - 1] == w.POSSESSIVE
            and tokens[subject - 2] in f28.PLACES
        ):
            return subject - 2, f28.PLACE_LEADS  # "this sub's mods"
        return subject, f28.LEADS  # "op clearly has no brain cells"
    if word in w.POSTING and subject > 0 and tokens[subject - 1] in w.WHOEVER:
        return subject - 1, f28.LEADS  # "whoever posted this"
    if word in w.CROWD and not w.PLACE_WORDS.isdisjoint(tokens[subject + 1 : verb]):
        return subject, f28.LEADS  # "people in this sub", "the people here"
    return None
