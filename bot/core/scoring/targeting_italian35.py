"""Targeting rules of the italian35 round (issue 8, twenty-fourth session): Italian
posts that call a named politician a thief, a sellout or a traitor.

- A home figure's surname (italian31_words.HOME_FIGURES) and a call, the two alone in
  their sentence as italian31 reads them ("meloni ladra", "la santanchè ladra", "draghi
  venduto", "traditrice meloni"); after a pointing word, the figure after "di" ("quella
  ladra della meloni", "quel venduto di draghi"); or the figure, "sei" or "è", an article
  and the call ("meloni sei una ladra", "draghi è un venduto"), the figure opening its
  sentence and the call closing its clause. The calls: the round's lexicon lines
  (italian35_words.NEW_CALLS: "venduto", "traditrice", "mafioso") and the older words
  said of a named group (OLD_CALLS: "ladro", "corrotta", "criminale"), which scorer.py
  now lets through to the rules when a figure is named. Stay clean: "chi chiama meloni
  ladra sbaglia" (the pair does not open its sentence), "la meloni non è una ladra"
  (denied), "meloni ladra? non direi" (asked), quoted words, "ho venduto la bici", "il
  ladro è stato arrestato" (no figure), "salvini ha detto che renzi è un venduto"
  (reported).
- A figure's surname is read whole (matching.py, WHOLE_NAMES): "zingaretti" was read
  as the slur "zingare" run together with "tt" and "i", so "zingaretti oggi ha parlato"
  scored as an identity attack with no target and "zingaretti pagliaccio" was never read
  as a figure called a name. The older rules now read it as they read "renzi".
- A figure told to go, then called a name: "zingaretti dimettiti incompetente",
  "draghi dimettiti, venduto", "la meloni vergognati ladra" (italian35_words.ORDERS),
  for the older insults too when their older reading aims them at no one. Stay clean:
  "zingaretti dimettiti" (no call), "chi dice renzi dimettiti incapace sbaglia" (the
  surname does not open the sentence), asked or quoted.
- Asked, not said: the older reading of a call said outright of a figure with a copula
  ("renzi è un buffone", italian30) is cancelled when its sentence asks it or it is
  quoted: "zingaretti è davvero un incapace?", "renzi è un buffone?". The verbless
  "draghi idiota?" stays hostile, as italian31 reads it.

Cost per hit: a frozenset test of the term (for the older insults, of the token before
them, or the note); then at most five tokens on either side,
each a frozenset test. No regex; NEW_CALLS stay unknown to the other rules
(lexicon_compile._ROUNDS_OWN_TERMS).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian35_words as w
from bot.core.scoring.italian30_words import BEFORE_FIGURE, FIGURE_REACH
from bot.core.scoring.italian31_words import HOME_FIGURES
from bot.core.scoring.targeting_context import NAMED_NOTE, Context, Hit
from bot.core.scoring.targeting_gamechat34 import GameChat34Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_CALLED_NOTE", "Italian35Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_CALLED_NOTE: Final = "a politician's call said of no figure"
# The older readings an order's call is aimed from: said of no one, of a thing, or of a
# third person not aimed ("zingaretti dimettiti incompetente"), with no note or a name's.
_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT, Kind.THIRD_PERSON})
_OPEN_NOTES: Final = frozenset({"", NAMED_NOTE})


class Italian35Rules(GameChat34Rules):
    """A named politician called a thief, a sellout or a traitor."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed in this round's shapes; the round's own
        calls count for nothing elsewhere."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        own = term in w.NEW_CALLS
        if not own and term not in w.OLD_CALLS:
            if note == OUTRIGHT_NOTE and _it35_figure_asked(ctx, hit):
                return Kind.NONE, NOT_CALLED_NOTE  # "zingaretti è davvero un incapace?"
            if (
                note in _OPEN_NOTES
                and target in _UNAIMED
                and hit.entry.category is Cat.INSULT
                and _it35_told_then_called(ctx, hit)
            ):
                return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "zingaretti dimettiti incapace"
            return target, note
        if (
            target is not Kind.REPORTED
            and hit.last - hit.first == 1
            and not ctx.quoted_or_asked(hit.first, hit.last)
            and self._it35_figure_called(ctx, hit)
        ):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "meloni ladra", "draghi è un venduto"
        if own:
            return Kind.OBJECT, NOT_CALLED_NOTE  # "ho venduto la bici"
        return target, note

    def _it35_figure_called(self, ctx: Context, hit: Hit) -> bool:
        """The round's three shapes around a one-token call."""
        return (
            self._i31_figure_called(ctx, hit)  # "meloni ladra", "traditrice meloni"
            or _it35_pointed(ctx, hit)  # "quella ladra della meloni"
            or _it35_figure_is(ctx, hit)  # "meloni sei una ladra"
            or _it35_told_then_called(ctx, hit)  # "draghi dimettiti, venduto"
        )


def _it35_opens(ctx: Context, at: int) -> bool:
    """Whether token `at` opens its sentence."""
    return ctx.sentence_start(at, FIGURE_REACH) == at


def _it35_pointed(ctx: Context, hit: Hit) -> bool:
    """ "quel/quella <call> di/della [la] <surname>", opening and closing its sentence."""
    tokens = ctx.tokens
    first, at = hit.first, hit.last
    if first < 1 or tokens[first - 1] not in w.POINTING or not _it35_opens(ctx, first - 1):
        return False
    if at >= len(tokens) or tokens[at] not in w.OF or ctx.pause_after(at - 1):
        return False
    at += 1
    if at < len(tokens) and tokens[at] in w.ARTICLES:
        at += 1
    return at < len(tokens) and tokens[at] in HOME_FIGURES and ctx.closes_clause(at + 1)


def _it35_figure_is(ctx: Context, hit: Hit) -> bool:
    """ "[la] <surname> sei/è un/una <call>", the surname opening its sentence and the
    call closing its clause, with no pause between."""
    tokens = ctx.tokens
    at = hit.first - 1
    if at >= 0 and tokens[at] in w.AN:
        at -= 1
    if at < 1 or tokens[at] not in w.COPULAS or not ctx.closes_clause(hit.last):
        return False
    name = at - 1
    if tokens[name] not in HOME_FIGURES or any(ctx.pause_after(i) for i in range(name, hit.first)):
        return False
    start = name - 1 if name > 0 and tokens[name - 1] in BEFORE_FIGURE else name
    return _it35_opens(ctx, start)


def _it35_figure_asked(ctx: Context, hit: Hit) -> bool:
    """A call said outright of a figure with a copula, asked or quoted: a surname and "è"
    or "sei" before the hit in its sentence ("renzi è davvero un incapace?"). The verbless
    "draghi idiota?" stays italian31's: a name called, the mark no question."""
    tokens = ctx.tokens
    start = ctx.sentence_start(hit.first, FIGURE_REACH)
    before = tokens[start : hit.first]
    return (
        not HOME_FIGURES.isdisjoint(before)
        and not w.COPULAS.isdisjoint(before)
        and ctx.quoted_or_asked(hit.first, hit.last)
    )


def _it35_told_then_called(ctx: Context, hit: Hit) -> bool:
    """ "[la] <surname> dimettiti[,] <call>": the figure told to go, then called a name,
    the surname opening its sentence and the one-token call closing its clause."""
    tokens = ctx.tokens
    order = hit.first - 1
    if hit.last - hit.first != 1 or order < 1 or tokens[order] not in w.ORDERS:
        return False
    name = order - 1
    if tokens[name] not in HOME_FIGURES or ctx.pause_after(name):
        return False
    if not ctx.closes_clause(hit.last) or ctx.quoted_or_asked(hit.first, hit.last):
        return False
    start = name - 1 if name > 0 and tokens[name - 1] in BEFORE_FIGURE else name
    return _it35_opens(ctx, start)
