"""Targeting rules of the hatecheck50 round (issue 8): functional hate-suite cases the
older rules still missed across many identity groups, and clean lines in the same words.

- Group names the cue lists lack (hatecheck50_words.GROUP_NAMES): plural slurs and dated
  words with no lexicon term of their own ("negroes are animals", "homos are gross").
  They join the identity cue list, so every older group rule reads them as it reads
  "muslims"; a neutral mention carries no hostile word and stays clean, a denial or a
  quote stays as clean as it is for any group ("it's wrong to say homos are gross").
- A claim about a group with an adverb between (CLAIM_ADVERBS): "muslims are secretly
  taking over europe", "immigrants are slowly replacing us"; hatecheck9's claim read
  again past the adverb, so its denials and its cheers still hold.
- The round's lexicon lines (OWN_TERMS), aimed at a group only with a named group as
  their subject: conspiracy claims ("jews run the banks", "the jews own hollywood") and
  personhood denied as a verdict said whole ("women are things, not people", "trans
  women are creatures, not women"). "they run the government like a business", "women
  are creatures of habit" and "these are things we need" are cancelled.
- Counter-speech: a conspiracy line (this round's or the older "control the media")
  framed as an idea to judge ("the idea that jews run the banks is antisemitic"), or
  any hatecheck9 claim so framed, is cancelled; so is a hit that judges a remark opened
  by a gerund of saying ("saying muslims are all the same is ignorant").
- A verdict said of animals right before a plural copula ("rats are vermin", "pigeons
  are such pests") is about no person; "jews are rats" keeps its group.

Cost: the union of two cue lists once per lexicon; per hit, one frozenset test of the
term, then at most CLAIM_ADVERB_REACH, FRAME_REACH or REMARK_REACH tokens back, or
NOT_PEOPLE_REACH ahead. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck9_words as w9
from bot.core.scoring import hatecheck50_words as w
from bot.core.scoring.lexicon import Lexicon
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_discord41 import Discord41Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = [
    "ANIMALS_NOTE",
    "JUDGED_REMARK_NOTE",
    "NOT_CLAIMED_NOTE",
    "HateCheck50Rules",
    "framed_as_idea",
]

# The note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_CLAIMED_NOTE: Final[str] = "no named group said to rule or to be a thing"
JUDGED_REMARK_NOTE: Final[str] = "a remark about a group judged"
ANIMALS_NOTE: Final[str] = "said of animals, not people"
_CONSPIRACIES: Final[frozenset[str]] = w.OWN_TERMS | w.OLDER_CONSPIRACIES
_BETWEEN_CLAIM: Final[frozenset[str]] = w.CLAIM_ADVERBS | w9.MODALS
_BEFORE_VERDICT: Final[frozenset[str]] = w.JUDGING_HEDGES | w.ARTICLES


class HateCheck50Rules(Discord41Rules):
    """Plural slurs as group names, group claims said with an adverb, conspiracy and
    personhood lines said of a named group, and their framed or judged counter-speech."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(lexicon)
        self._cue_identity = self._cue_identity | w.GROUP_NAMES

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's lines aimed at a named group as
        their subject, and any conspiracy line cancelled when framed or denied."""
        target, note = super().in_game(ctx, hit, target, note)
        if target is Kind.GROUP and _hc50_remark_judged(ctx, hit):
            return Kind.OBJECT, JUDGED_REMARK_NOTE  # "saying muslims are all the same is ignorant"
        if target is Kind.THIRD_PERSON and _hc50_said_of_animals(ctx, hit):
            return Kind.OBJECT, ANIMALS_NOTE  # "rats are vermin"
        term = hit.entry.term
        if term not in _CONSPIRACIES:
            return target, note
        if target is Kind.REPORTED or ctx.quoted(hit.first, hit.last) or self._hc9_unsaid(ctx, hit):
            return Kind.OBJECT, NOT_CLAIMED_NOTE  # "the idea that jews run the banks is a lie"
        if term not in w.OWN_TERMS:
            return target, note
        if term in w.WHOLE_TERMS and not ctx.closes_after(
            hit.last, w.NOT_PEOPLE, w.NOT_PEOPLE_REACH
        ):
            return Kind.OBJECT, NOT_CLAIMED_NOTE  # "women are things of beauty"
        if self._hc9_claimed(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE  # "jews run the banks", "women are things"
        return Kind.OBJECT, NOT_CLAIMED_NOTE  # "they run the government like a business"

    def _hc9_unsaid(self, ctx: Context, hit: Hit) -> bool:
        """hatecheck9's unsaid claim, or a claim framed as an idea to be judged: "the idea
        that jews run the banks is antisemitic", "the myth that immigrants are taking
        over"."""
        return super()._hc9_unsaid(ctx, hit) or framed_as_idea(ctx, hit)

    def _hc9_claimed(self, ctx: Context, hit: Hit) -> bool:
        """hatecheck9's group claim, read again past an adverb between the group and the
        claim ("muslims are secretly taking over europe")."""
        if super()._hc9_claimed(ctx, hit):
            return True
        at = ctx.back_over(hit.first, _BETWEEN_CLAIM, w.CLAIM_ADVERB_REACH)
        if at == hit.first or w.CLAIM_ADVERBS.isdisjoint(ctx.tokens[at : hit.first]):
            return False
        return super()._hc9_claimed(ctx, hit._replace(first=at))


def framed_as_idea(ctx: Context, hit: Hit) -> bool:
    """A frame noun and "that" before the hit in its sentence: "the idea that jews run the
    banks", "the myth that women are chattel" (hatecheck51 reads its possessions so)."""
    tokens = ctx.tokens
    start = max(ctx.sentence_start(hit.first, w.FRAME_REACH), hit.first - w.FRAME_REACH, 1)
    return any(tokens[i] == "that" and tokens[i - 1] in w.FRAMES for i in range(start, hit.first))


def _hc50_remark_judged(ctx: Context, hit: Hit) -> bool:
    """The hit judges a remark about a group: a gerund of saying opens the sentence and
    the hit follows "is" past hedges ("saying muslims are all the same is ignorant",
    "calling women hysterical was so sexist")."""
    tokens = ctx.tokens
    verb = ctx.back_over(hit.first, w.JUDGING_HEDGES, 2) - 1
    if verb < 1 or tokens[verb] not in w.JUDGING or ctx.pause_after(verb):
        return False
    start = ctx.sentence_start(verb, w.REMARK_REACH)
    if start < verb - w.REMARK_REACH:
        return False
    if tokens[start] in w.REMARK_OPENERS:
        start += 1  # "but saying ..."
    return start < verb - 1 and tokens[start] in w.REMARK_GERUNDS


def _hc50_said_of_animals(ctx: Context, hit: Hit) -> bool:
    """The hit is said of animals right before a plural copula: "rats are vermin",
    "pigeons are such pests"."""
    tokens = ctx.tokens
    verb = ctx.back_over(hit.first, _BEFORE_VERDICT, 2) - 1
    if verb < 1 or tokens[verb] not in w.PLURAL_COPULAS or ctx.pause_after(verb - 1):
        return False
    return tokens[verb - 1] in w.ANIMALS
