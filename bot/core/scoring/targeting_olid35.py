"""Targeting rules of the olid35 round (issue 8, thirty-first session): derogatory
opinions of a third person or a group in tweet style, and their clean twins.

- "they" as the subject of olid32's group put-down, opening the message: "they are
  bigots", "@USER they are nothing but bigots", "honestly they are hypocrites". Older
  rules weighed the plural as said of a third person (0.75 of the word), so a 0.5 word
  fell short; said outright of people it takes olid4's OUTRIGHT_NOTE and floor. A
  plural name-call only: a mass noun ("they are trash") may be said of things. Not
  after an earlier sentence ("Bankers again. They are all crooks.": "they" stands for
  what it named, which older rounds judge), nor after a denier or a verb of thinking
  ("i don't think they are bigots") or in a question, as olid32 reads its groups.
  Older rounds keep an exclamation of a third person clean ("what a loser he is"), so
  this round leaves it.

Guards (the hit cancelled):
- A yes/no question of a person: "is she a hypocrite for saying that?", "is he a liar or
  just confused?", "was she a fraud? the court said no". The copula opens the sentence
  (after "@USER" and a word at most), then "he"/"she"/"they" or "this/that/the" and a
  noun, at most a few plain words ("a", "really") and the name-call; the sentence ends
  with "?". An article must stand before the name-call: "is she mentally ill or just
  evil?" keeps its reading. Not "isn't he a liar?" (a negated copula asks for
  agreement) and not with other words between ("is he a fucking idiot?").
- A kind reason after "people like you are the reason/why" that forum20's list lacked:
  "people like you are the reason i still believe in kindness", read with forum20's
  window and denials ("people like you are the reason nobody believes in kindness"
  stays aimed).

Cost per hit: a category test; then at most a dozen tokens around the hit, set
look-ups. No regex, no lexicon lines.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum20_words as w20
from bot.core.scoring import olid32_words as w32
from bot.core.scoring import olid35_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_forum20 import KIND_REASON_NOTE, kind_reason
from bot.core.scoring.targeting_forum28 import Forum28Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_FLOOR, OUTRIGHT_NOTE
from bot.core.scoring.targeting_olid32 import o32_group_put_down
from bot.core.scoring.verdict import TargetKind

__all__ = ["ASKED_OF_NOTE", "Olid35Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
ASKED_OF_NOTE: Final[str] = "a name-call asked of a person, not said"
# Readings the raising shapes may lift: aimed at nobody, a thing, a third person or group.
_UNAIMED: Final[frozenset[TargetKind]] = frozenset(
    {Kind.NONE, Kind.OBJECT, Kind.THIRD_PERSON, Kind.GROUP}
)


class Olid35Rules(Forum28Rules):
    """ "they are bigots" said outright; a yes/no question of a person and a kind reason
    after "people like you are the reason" cancelled."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; raised or cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        entry = hit.entry
        if entry.category is not Cat.INSULT:
            return target, note
        if entry.term in w20.REASON_TERMS:
            if target is Kind.GROUP and not note and kind_reason(ctx, hit.last, w.KIND_REASONS):
                return target, KIND_REASON_NOTE  # "... the reason i believe in kindness"
            return target, note
        if target not in _UNAIMED or ctx.quoted(hit.first, hit.last):
            return target, note
        if _o35_asked_of(ctx, hit):
            return target, ASKED_OF_NOTE  # "is she a hypocrite for saying that?"
        if entry.weight < OUTRIGHT_FLOOR or ctx.ends_asking(hit.first):
            return target, note
        if note in ("", OUTRIGHT_NOTE) and _o35_they_put_down(ctx, hit):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "they are bigots"
        return target, note


def _o35_they_put_down(ctx: Context, hit: Hit) -> bool:
    """ "they are bigots": olid32's group put-down with "they" as the group, opening the
    message, a plural name-call only."""
    term = hit.entry.term
    if not term.endswith("s") or term.endswith(w32.NOT_PLURAL) or term in w32.MILD:
        return False
    if not o32_group_put_down(ctx, hit, w.THEY):
        return False
    subject = ctx.back_over(hit.first, w32.BETWEEN, w32.BETWEEN_REACH) - 2
    # only openers after the opening mentions, across stops too: "@USER they are ...",
    # not "Bankers again. They are ..."
    lead = ctx.lead
    return subject - lead <= w32.OPENER_REACH and all(
        word in w32.OPENERS for word in ctx.tokens[lead:subject]
    )


def _o35_asked_of(ctx: Context, hit: Hit) -> bool:
    """ "is she a hypocrite ...?": the copula opens the asked sentence, a person its
    subject, only plain words up to the name-call."""
    tokens = ctx.tokens
    first = hit.first
    at = ctx.back_over(first, w.ASKED_BETWEEN, w.ASKED_REACH) - 1  # the subject's last word
    if at < 1 or ctx.pause_after(at) or w.ARTICLES.isdisjoint(tokens[at + 1 : first]):
        return False
    if tokens[at] in w.ASKED_SUBJECTS:
        copula = at - 1
    elif at >= 2 and tokens[at - 1] in w.ASKED_POINTERS and not ctx.pause_after(at - 1):
        copula = at - 2  # "is this guy an idiot or a genius?"
    else:
        return False
    if tokens[copula] not in w.ASKING_COPULAS or ctx.pause_after(copula):
        return False
    return ctx.opens_after(copula, w.ASKED_OPENERS, w.ASKED_OPENER_REACH) and ctx.ends_asking(first)
