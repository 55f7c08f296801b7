"""Targeting rules of the hatecheck20 round (issue 8, fifteenth session): the English
functional hate suite's misses and a counter-speech misreading.

Most of this round sits in lexicon lines and at the depth of the rules they feed (listed
in docs/ARCHITECTURE.md): "a woman belongs at home" (the singular of hatecheck19's
"belong at home", in hatecheck11's EXCLUDED with the group as subject); "calling gays a
lower form of life is vile" is counter-speech (control12's remark judged: a naming
gerund needs no claim link); "no trans person is vermin" denies (italian17's "nessun"
denial takes "no"); "muslims are scum? no, you are wrong" is answered no (hatecheck9's
ANSWER_NO_THEN); "I will never agree that ..." denies ("agree" in the [opinion] cues);
"who else thinks jews are rats?" is the writer's ("else" in hatecheck13's ASKING); "m u
s l i m s r vermin" (matching._segment splits the text-speak "r" off a spaced group);
harm promised to the next one met (threat.txt lines).

The rule here:
- The promised harm ("gets a beating", "is getting stabbed") said of a group counts only
  when it is promised: "next", "every", "any" or "each" before it in its sentence ("the
  next trans person I see gets a beating"). "a gay kid is getting beaten at my school"
  and "a black man is getting shot by police" report a harm and are cleared.
- "get rid of" a wrong done to a group is no threat to it: "let's get rid of hate
  against jews", "getting rid of racism towards black people".
- The round's worth-denying lines ("contribute nothing", "such a drain")
  count only of a named group: "my ex contributes nothing to the rent" is a complaint.
- A singular group noun right after "next"/"every"/"any" makes the promise a group's
  when the person rules found only the "I" who sees them ("the next refugee I see gets a
  beating"); "the next boss I see gets a beating" names no group.

Cost: up to three frozenset tests of the hit's term in `in_game`; only the round's nine
threat lines look back at most eight tokens of their sentence (twice at most), and the
five "get rid of" lines look at most three tokens ahead.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck11_words as hc11
from bot.core.scoring import hatecheck20_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_discord14 import Discord14Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["HateCheck20Rules"]

REPORTED_HARM_NOTE: Final = "a harm reported, not promised"
WRONG_RIDDED_NOTE: Final = "a wrong done to the group is to be got rid of, not the group"
NOT_GROUP_NOTE: Final = "a worth denied counts only of a named group"
# Readings the member's promise may overturn: the "I" who sees them, a thing, nobody;
# never a quote or counter-speech (REPORTED) or a negation (a note).
_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT, Kind.SELF})


class HateCheck20Rules(Discord14Rules):
    """Harm said of a group counts as a threat only when it is promised to the next one
    met, not when it is reported."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; "a gay kid is getting beaten at my school"
        reports the harm."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.PROMISED:
            if term in w.GROUP_ONLY and target is not Kind.GROUP and target is not Kind.REPORTED:
                return Kind.OBJECT, NOT_GROUP_NOTE  # "my ex contributes nothing to the rent"
            if term in w.RID and target is Kind.GROUP and _wrong_ridded(ctx, hit):
                return Kind.OBJECT, WRONG_RIDDED_NOTE  # "get rid of hate against jews"
            return target, note  # most hits: three set look-ups
        if target is Kind.GROUP:
            return (target, note) if _promised(ctx, hit) else (Kind.OBJECT, REPORTED_HARM_NOTE)
        if target in _UNAIMED and not note and self._hc20_member_promised(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE  # "the next refugee I see gets a beating"
        return target, note

    def _hc20_member_promised(self, ctx: Context, hit: Hit) -> bool:
        """A singular group noun right after "next"/"every"/"any"/"each" before the harm,
        which the person rules read as the "I" who sees them: "the next refugee I see
        gets a beating", "every migrant that crosses gets a beating"."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, w.PROMISE_REACH)
        groups = self._cue_identity
        for i in range(start, hit.first - 1):
            if tokens[i] in w.PROMISE_MARKS:
                member = tokens[i + 1]
                return member in hc11.SINGULARS or member in groups
        return False


def _promised(ctx: Context, hit: Hit) -> bool:
    """ "next", "every", "any" or "each" before the harm in its sentence: "the next jew I
    see is getting shot", "every black guy who walks in gets his head kicked in"."""
    start = ctx.sentence_start(hit.first, w.PROMISE_REACH)
    return not w.PROMISE_MARKS.isdisjoint(ctx.tokens[start : hit.first])


def _wrong_ridded(ctx: Context, hit: Hit) -> bool:
    """The object of "get rid of" is a wrong ("hate", "racism"), "the"/"all" between:
    "let's get rid of hate against jews", "rid the world of racism towards muslims"."""
    tokens = ctx.tokens
    for j in range(hit.last, min(len(tokens), hit.last + w.RID_REACH)):
        if tokens[j] in w.WRONGS:
            return True
        if tokens[j] not in w.RID_SKIP:
            return False
    return False
