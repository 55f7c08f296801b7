"""Targeting rules from the twelfth functional hate-speech probe (issue 8, hatecheck12):
English shapes the eleventh round still missed.

- A singular group noun after "a"/"every"/"each"/"any" as the subject of the hit, modals
  and "deserves to" between: "a refugee can never be trusted", "every refugee should
  drown", "every refugee deserves to be shot". "no refugee should drown" and "nobody
  deserves to be murdered for being gay" deny it.
- A singular group noun right after the hit that ends its clause at a comma: "never trust
  a migrant, they all lie" (hatecheck11 read the group only at the clause's end).
- Names that hurt only when said of a group (hatecheck12_words.GROUP_ONLY): "every muslim
  is a terrorist" and "why do disabled people always complain about everything?" are
  hate; "the attacker was a terrorist" is news and "my kids always complain about
  everything" a grumble, so any other reading is a thing.

Every rule is gated by a frozenset test on the hit's term or category before it reads a
few tokens around the hit, so cost stays O(1) per hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck12_words as words
from bot.core.scoring.hatecheck11_words import SINGULARS
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_hateprobe3 import NOT_OF_GROUP_NOTE
from bot.core.scoring.targeting_italian11 import Italian11Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["HateCheck12Rules"]

# Categories whose hit may be said of a group; readings the rules may overturn.
_AIMABLE: Final = frozenset({Cat.INSULT, Cat.IDENTITY_ATTACK, Cat.THREAT, Cat.SELF_HARM})
_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT, Kind.SELF})


class HateCheck12Rules(Italian11Rules):
    """A singular group as the hit's subject or as its object before a comma, and names
    kept only when said of a group."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' reading, a singular group found where they found none, and
        GROUP_ONLY names read as a thing unless said of a group."""
        target, note = super().reread(ctx, hit, target, note)
        entry = hit.entry
        if entry.category not in _AIMABLE:
            return target, note
        if entry.term in words.GROUP_ONLY:  # read by this round's shapes alone
            if self._hc12_group_aimed(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE
            return Kind.OBJECT, NOT_OF_GROUP_NOTE  # "the attacker was a terrorist"
        if self._hc12_denied(ctx, hit):
            return Kind.OBJECT, NOT_OF_GROUP_NOTE  # "nobody deserves to be murdered"
        if target in _UNAIMED and note != "negated" and self._hc12_group_aimed(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE
        return target, note

    def probe4_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """hateprobe5's settled readings of its own words ("never trust"), and a singular
        group after the hit closing its clause: "never trust a migrant, they all lie"."""
        if hit.entry.term in words.GROUP_ONLY:
            return None  # read by `reread` alone: "muslims terrorist rajjak" names a man
        shaped = super().probe4_aim(ctx, hit)
        if (
            shaped is not None
            and shaped[0] is Kind.OBJECT
            and hit.entry.category in _AIMABLE
            and self._hc12_group_aimed(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE
        return shaped

    def _hc12_group_aimed(self, ctx: Context, hit: Hit) -> bool:
        """A group this round reads as the hit's aim, and the hit said by the writer."""
        return (
            self._hc12_subject(ctx, hit)
            or self._hc12_object(ctx, hit)
            or self._hc12_conjoined(ctx, hit)
        ) and not (self._hc9_unsaid(ctx, hit) or self._hc12_framed(ctx, hit))

    def _hc12_framed(self, ctx: Context, hit: Hit) -> bool:
        """ "the idea that every muslim is a terrorist is bigotry": the claim held up as
        an idea, a myth or a claim, not made."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, words.FRAME_REACH)
        return any(
            tokens[i] in words.FRAMES and tokens[i + 1] == "that"
            for i in range(start, hit.first - 1)
        )

    def _hc12_denied(self, ctx: Context, hit: Hit) -> bool:
        """ "nobody deserves to be murdered for being gay": a hit opening with a modal or
        "deserve(s)" whose subject is "nobody" or "no one"."""
        if hit.entry.tokens[0] not in words.MODAL_OPENERS or hit.first < 1:
            return False
        tokens = ctx.tokens
        before = tokens[hit.first - 1]
        return before in words.NOBODY_SUBJECTS or (
            before == "one" and hit.first >= 2 and tokens[hit.first - 2] == "no"
        )

    def _hc12_subject(self, ctx: Context, hit: Hit) -> bool:
        """ "a refugee can never be trusted": a determiner, a singular group noun, a few
        modals or "deserves to", the hit; never after "no"/"nobody"."""
        tokens = ctx.tokens
        at = _before_gap(ctx, hit.first)
        if at < 0 or ctx.pause_after(at):
            return False
        if tokens[at] not in SINGULARS:  # "every muslim is a ...", "why do women always ..."
            start = self._hc11_group_ending(ctx, at)
            if start < 0:
                return False
            if hit.entry.term in words.COMPLAINTS:  # "why do women always complain ..."
                return self._hc12_all(ctx, start)
            each = start > 0 and tokens[start - 1] in words.EACH  # never "an old folks home"
            return each and self._hc12_all(ctx, start)
        return at > 0 and tokens[at - 1] in words.EVERY and self._hc12_all(ctx, at)

    def _hc12_all(self, ctx: Context, start: int) -> bool:
        """The group at `start` is not denied by "no"/"not" before it or its determiner:
        "not every muslim is ...", "no refugee should ..."."""
        tokens = ctx.tokens
        return not any(at >= 0 and tokens[at] in words.NOBODY for at in (start - 1, start - 2))

    def _hc12_conjoined(self, ctx: Context, hit: Hit) -> bool:
        """ "gays are sick and should be cured": the hit's clause, with a modal, joined by
        "and" to one whose subject is a group ("GROUP are ... and should ..."); "women are
        strong and capable" has no modal."""
        tokens = ctx.tokens
        at = _before_gap(ctx, hit.first)
        if at < 2 or tokens[at] != "and":
            return False
        if words.JOINED_MODALS.isdisjoint(tokens[at + 1 : hit.first + 1]):
            return False
        for j in range(at - 1, max(0, at - words.CLAIM_REACH) - 1, -1):
            if ctx.pause_after(j):
                return False
            if tokens[j] in words.PLURAL_COPULAS and j > 0:
                start = self._hc11_group_ending(ctx, j - 1)
                return start >= 0 and self._hc12_all(ctx, start)
        return False

    def _hc12_object(self, ctx: Context, hit: Hit) -> bool:
        """ "never trust a migrant, they all lie": a determiner and a singular group noun
        right after the hit, the noun closing its clause at a comma or a stop."""
        tokens = ctx.tokens
        end = min(len(tokens) - 1, hit.last + words.IDIOM_REACH)
        for at in range(hit.last, end):
            if ctx.pause_after(at - 1):
                return False
            if tokens[at] in words.EVERY:
                noun = at + 1
                return tokens[noun] in SINGULARS and ctx.pause_after(noun)
        return False


def _before_gap(ctx: Context, first: int) -> int:
    """The token before the modals and adverbs (words.SUBJECT_GAP) that stand right before
    token `first`, at most GAP_REACH back and never across a pause: the subject's end in
    "a refugee [can never] be trusted", the "and" in "... and [should] be cured"."""
    tokens = ctx.tokens
    at = first - 1
    floor = max(0, first - 1 - words.GAP_REACH)
    while at > floor and tokens[at] in words.SUBJECT_GAP and not ctx.pause_after(at):
        at -= 1
    return at
