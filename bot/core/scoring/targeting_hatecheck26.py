"""Targeting rules of the hatecheck26 round (issue 8, nineteenth session): derogation of
a named identity group by a habit or an inability, with no insult word, as functional
hate-speech suites write it.

- A group always at a vice: "women are always playing the victim", "immigrants never
  stop moaning", "all refugees ever do is beg", "jews do nothing but scheme". The
  lexicon's hatecheck26 lines (hatecheck26_words.HABITS), and the older habits that
  forum20 reads only of a camp or the reader and hatecheck12 only in a question ("always
  whining", "never stop complaining", "all women ever do is whine", "always whining
  about everything"), count when the token before them, over a short gap ("are", "all
  ... ever", "only", "just"), ends a named identity group.
- An older vice ("lying", "steal", "scheming") after a habit's lead and a named group:
  "muslims are always lying", "jews never stop lying", "all muslims ever do is lie",
  "immigrants only know how to steal". No line of this round holds these words, so "you're
  always lying" and "he is always lying to me" read as before; "trans people never lie"
  (no lead) stays clean. Clean: "my dog is always begging", "my
  kids are always whining", "i'm always complaining" (no group), "refugees are not
  always begging" (a "not" breaks the gap), "immigrants are always working hard" (no
  vice), "saying women are always whining is sexist", "i don't think black people are
  always causing trouble", "it's a myth that immigrants are always stealing" (countered
  or denied), "refugees are always begging for help" (a plea), a quoted or reported
  line.
- An inability said whole: "women can't do anything right", "refugees are incapable of
  doing anything right" (hatecheck26_words.UNABLE), only with a denial of ability in the
  gap. Clean: "i can't do anything right today", "this printer can't do anything right"
  (no group), "women can do anything" (no hit).

Said of anyone but a named group, the older rules' reading stands ("you're always
lying"); the round's terms are in group_only.FIRST_NAMED_TERMS, so their new words
("moaning", "begging") stay out of the clean gate and the other rules' known words
unless a group is named.

Cost per hit: up to three frozenset tests of the term; for the round's shapes, at most
five tokens back over the gap (seven before an older vice) and one group test, then the
older group rules' denial checks (sentence-bounded) and three tokens ahead for a plea.
No regex, no work for messages without a hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck26_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_forum20 import UNSHAPED_NOTE as FORUM20_UNSHAPED
from bot.core.scoring.targeting_hateprobe3 import NOT_OF_GROUP_NOTE
from bot.core.scoring.targeting_italian26 import Italian26Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["DENIED_NOTE", "UNSHAPED_NOTE", "HateCheck26Rules"]

# Notes that cancel the hit (weighing.py zeroes any note it does not name).
DENIED_NOTE: Final = "a group's habit denied or countered"
UNSHAPED_NOTE: Final = "a habit not said of a named group"
# The gaps walked back from a habit of the round's lines and from an older vice.
_OWN: Final = w.GAP
_VICE: Final = w.GAP | w.LEADS | w.HABIT_MARKS
# The older rounds' notes for a habit they found said of no camp and no group.
_OLDER_NOTES: Final = frozenset({FORUM20_UNSHAPED, NOT_OF_GROUP_NOTE})


class HateCheck26Rules(Italian26Rules):
    """A named identity group always at a vice, or unable to do anything right."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed at the group in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        own = term in w.OWN_TERMS
        if own:
            shape = _OWN
        elif term in w.VICES:
            shape = _VICE  # "muslims are always lying": the older "lying" hit
        elif term in w.OLDER_HABITS and note in _OLDER_NOTES:
            shape = _OWN  # "women are always whining": forum20 reads camps only
        else:
            return target, note
        if target is Kind.REPORTED or ctx.quoted(hit.first, hit.last):
            return target, note
        if not self._habit_of_group(ctx, hit, term in w.UNABLE, shape):
            if own:
                return Kind.OBJECT, UNSHAPED_NOTE  # "my dog is always begging"
            return target, note  # "you're always lying" as before
        if (
            self._countered(ctx, hit)
            or self._denied_by_quantifier(ctx, hit)
            or self._framed_as_false(ctx, hit)
            or self._opinion_denied(ctx, hit)
        ):
            return Kind.OBJECT, DENIED_NOTE  # "i don't think women are always whining"
        if ctx.any_ahead(hit.last, w.PLEAS, w.PLEA_REACH):
            return Kind.OBJECT, DENIED_NOTE  # "refugees are always begging for help"
        return Kind.GROUP, IDENTITY_NOTE

    def _habit_of_group(self, ctx: Context, hit: Hit, unable: bool, gap: frozenset[str]) -> bool:
        """A named identity group right before the habit over the gap ("are", "all ...
        ever", "only", "can't"), no pause; an inability needs a denial in the gap, an
        older vice a habit's lead ("always", "never stop", "do is")."""
        tokens = ctx.tokens
        denied = marked = False
        reach = w.GAP_REACH if gap is _OWN else w.VICE_REACH
        for at in range(hit.first - 1, max(-1, hit.first - 1 - reach), -1):
            if ctx.pause_after(at):
                return False
            word = tokens[at]
            if word == w.DO_IS and gap is _VICE:
                if at == 0 or tokens[at - 1] != "do":
                    return False  # "the woman is lying": one person
                marked = True
                continue
            if word in gap:
                denied = denied or word in w.UNABLE_WORDS
                marked = marked or word in w.HABIT_MARKS
                continue
            if (unable and not denied) or (gap is _VICE and not marked):
                return False
            # "muslims", "gay people"; never "that woman is ..." over "is"
            return self._group_ending_at(tokens, at, hit.first) >= 0
        return False
