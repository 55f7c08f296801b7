"""Targeting rules of the hatecheck53 round (issue 8): the writer's threat to a named
group in the two cells of a functional hate suite's grid (seven groups by the suite's
functionalities) that the older rules missed most, both first-person threats.

- The group made to pay, bleed, regret or suffer: "i'll make those immigrants pay", "we
  will make gay people pay for what they did", "i'm gonna make disabled people bleed",
  "i'm going to make every one of those trans people suffer". The writer (or someone
  called on) is the doer of "make", read back over discord39's auxiliaries; a group (or
  one member) after it, maybe past a few determiners (hatecheck53_words.GAP); the
  outcome right after the group. "pay" counts only closing its clause or with a debt
  after it ("pay for this", "pay with their blood"), never "make women pay taxes".
- The group's body parts broken: "i'll crack the skulls of black people", "i want to
  snap the necks of trans people", "we'll cut the throats of all muslims". The writer's
  harm verb, "the", a part and "of" (the round's own lines, "necks of"), then the group
  past a few determiners.

Clean: a thing, a person or a pet in the group's place ("i'll make my landlord pay",
"i'll crack the shells of these crabs", "i'll snap the necks of the chicken wings"), a
denial before the doer ("i will never make immigrants pay"), someone else as the doer
("he said he would make muslims pay"), a question or a quote ("would you really slit
the throats of immigrants?"), and kind uses of "make" ("we'll make immigrants welcome").
The round's own lines (en/threat.txt: "pay", "bleed", "regret it", "necks of"...) outside
these shapes are cancelled; lexicon_compile files no older phrase under "pay" or "bleed"
and reads no typo of the parts only these lines name.

Cost per hit opening with an outcome word or on a part term: a frozenset test, then at
most GAP_REACH tokens back (or ahead) and discord39's doer walk of DOER_REACH. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck53_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_discord39 import d39_writer_does
from bot.core.scoring.targeting_forum31 import Forum31Rules
from bot.core.scoring.targeting_hxnormal import VICTIM_NOTE
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NO_GROUP_THREAT_NOTE", "HateCheck53Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NO_GROUP_THREAT_NOTE: Final[str] = "no group made to pay or harmed in its body by the writer"


class HateCheck53Rules(Forum31Rules):
    """The writer's threat to a named group: made to pay, bleed or regret, or its body
    parts broken."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's shapes aimed at the group, its
        own lines cancelled elsewhere."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        make = -1
        if term in w.PART_TERMS:
            shaped = self._hc53_body_broken(ctx, hit)
        elif ctx.tokens[hit.first] in w.OUTCOMES:
            make = self._hc53_make_before(ctx, hit)
            shaped = make >= 0 and d39_writer_does(ctx, make)
        else:
            return target, note
        said = target is not Kind.REPORTED or note == VICTIM_NOTE  # "make ... trans people suffer"
        if shaped and said and not ctx.quoted_or_asked(hit.first, hit.last):
            return Kind.GROUP, IDENTITY_NOTE
        if term in w.OWN_TERMS:
            return Kind.OBJECT, NO_GROUP_THREAT_NOTE  # "i'll make my landlord pay"
        if make >= 0 and not shaped and ctx.ends_asking(hit.first):
            # "why would anyone want to make gay people suffer?": asked against, no doer
            return Kind.OBJECT, NO_GROUP_THREAT_NOTE
        return target, note

    def _hc53_make_before(self, ctx: Context, hit: Hit) -> int:
        """Where "make" stands before the group before the outcome ("make those
        immigrants pay"), or -1; "pay" only as a debt."""
        tokens = ctx.tokens
        if tokens[hit.first] == w.PAY and not _hc53_debt(ctx, hit.first):
            return -1
        after = hit.first + 1
        if after < len(tokens) and tokens[after] in w.NOTHING:
            return -1  # "make immigrants regret nothing"
        start = self._hc22_group_before(ctx, hit.first)
        if start < 0 or ctx.pause_after(hit.first - 1):
            return -1
        make = ctx.back_over(start, w.GAP, w.GAP_REACH) - 1
        if make < 0 or tokens[make] not in w.MAKE or ctx.pause_after(make):
            return -1
        return make

    def _hc53_body_broken(self, ctx: Context, hit: Hit) -> bool:
        """ "i'll crack the skulls of black people": the writer's harm verb, "the", the
        part and "of", then a group past a few determiners."""
        article = hit.first - 1
        verb = article - 1
        if verb < 0 or ctx.tokens[article] not in w.PART_ARTICLES:
            return False
        if ctx.tokens[verb] not in w.HARM_VERBS or ctx.pause_after(verb):
            return False
        return self._hc53_group_after(ctx, hit.last) and d39_writer_does(ctx, verb)

    def _hc53_group_after(self, ctx: Context, at: int) -> bool:
        """A group (or one member) from token `at` on, past a few determiners, that is not
        a possessive ("the necks of those muslims"; never "the backs of the women's
        team")."""
        tokens = ctx.tokens
        for i in range(at, min(len(tokens), at + w.GAP_REACH)):
            if ctx.pause_after(i - 1):
                return False
            end = self._hc21_member(tokens, i, len(tokens))
            if end > 0:
                return end >= len(tokens) or tokens[end] not in w.POSSESSIVE_MARKS
            if tokens[i] not in w.GAP:
                return False
        return False


def _hc53_debt(ctx: Context, at: int) -> bool:
    """ "pay" at token `at` is a debt: it closes its clause, or a debt word follows with
    what is owed ("pay for this", "pay with their blood", "pay dearly")."""
    tokens = ctx.tokens
    after = at + 1
    if after >= len(tokens) or ctx.pause_after(at):
        return True
    if tokens[after] not in w.PAY_DEBTS:
        return False
    if tokens[after] == "dearly":
        return True
    owed = after + 1
    return owed < len(tokens) and tokens[owed] in w.PAY_OWED and not ctx.pause_after(after)
