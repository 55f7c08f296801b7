"""Targeting rules of the olid46 round (issue 8): contempt for one person voiced as a vice
of theirs with a verdict on it, in tweet style, which the older rules missed.

- The possessive: the round's own lines (en/insult.txt, "olid46",
  olid46_words.POSSESSIVE_TERMS) "his <vice>", "her <vice>" and a name's "'s <vice>"
  (split "pelosi", "s"), the possessive opening its clause over chat's openers, or the
  name before "s" opening it (olid33's name test): "his ignorance is astounding", "her
  arrogance is sickening", "pelosi's incompetence is astounding".
- "Of" its owner: olid45's "<vice> of" lines where olid45 finds no group, and the older
  bare "stupidity", "idiocy" and "ignorance" with "of" after them, "the" (maybe "sheer")
  opening the clause, then a name (forum3's name test) or "this"/"that" and a person
  noun: "the arrogance of pelosi is disgusting", "the stupidity of this guy is unreal".
- The verdict: right after the vice or its owner, a copula, maybe an adverb and a word
  of contempt or wonder ("is just sickening"), or a phrase ("knows no bounds", "never
  ends"); or, for "the sheer <vice> of" a person, the owner closing the line ("the sheer
  idiocy of this man").

Clean, the lines cancelled (olid44's NO_VICE_OWNER_NOTE) and the older bare hits left as
they were: a thing's or the writer's vice ("the stupidity of this plan is unreal", "my
stupidity knows no bounds"), praise (no line: "his honesty is astounding"), no verdict
("the arrogance of youth", "his arrogance is a myth"), a place or a company ("the
corruption of washington is disgusting", "ea's greed is disgusting"), a possessive
inside a sentence ("i dont think her arrogance is disgusting"), negations, questions,
reports, stories and topics (olid43's `_o43_unsaid`, olid44's `blame_stopped`, olid45's
`told_or_untrue`).

Cost per hit: a frozenset test of the term; then at most OPENER_REACH tokens back, the
owner (at most NAME_REACH tokens, forum3's name test) and the verdict (at most
ADVERB_REACH adverbs, PHRASE_LENGTH tokens); olid45's tests of the sentence. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid45_words as w45
from bot.core.scoring import olid46_words as w
from bot.core.scoring.olid33_words import TAILS
from bot.core.scoring.targeting_context import SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.targeting_olid44 import NO_VICE_OWNER_NOTE, blame_stopped
from bot.core.scoring.targeting_olid45 import told_or_untrue
from bot.core.scoring.targeting_threats17 import Threats17Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["Olid46Rules", "opens_own_clause"]

_TAIL_REACH: Final[int] = 2  # "the sheer idiocy of this man [lol smh]"
# An older reading of a bare vice that stands: at a group or the reader ("the idiocy of
# the people in this sub is unreal").
_AIMED: Final[frozenset[TargetKind]] = frozenset({Kind.GROUP, Kind.SECOND_PERSON})


class Olid46Rules(Threats17Rules):
    """A person's vice with a verdict on it: "his ignorance is astounding", "pelosi's
    incompetence is astounding", "the arrogance of pelosi is disgusting", "the sheer idiocy
    of this man"."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; the round's possessive lines read in their
        shape and cancelled elsewhere; olid45's unowned "<vice> of" re-read in the "of"
        shape, and the older bare vices in either shape unless already aimed at a group or
        the reader; else left as they were."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.POSSESSIVE_TERMS:
            if self._o46_possessed(ctx, hit, hit.first) and self._o46_said(ctx, hit):
                return Kind.THIRD_PERSON, OUTRIGHT_NOTE
            return target, NO_VICE_OWNER_NOTE
        tokens = ctx.tokens
        if term in w45.OF_TERMS and note == NO_VICE_OWNER_NOTE:
            shaped = self._o46_of_person(ctx, hit, hit.last - 1)
        elif term in w.OLDER_VICES and target not in _AIMED:
            owner = hit.first - 1
            shaped = (
                owner >= 0 and tokens[owner] in w.POSSESSIVES and not ctx.pause_after(owner)
            ) and self._o46_possessed(ctx, hit, owner)
            if not shaped and hit.last < len(tokens) and tokens[hit.last] == w.OF:
                shaped = self._o46_of_person(ctx, hit, hit.last)
        else:
            return target, note
        if shaped and self._o46_said(ctx, hit):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE
        return target, note

    def _o46_possessed(self, ctx: Context, hit: Hit, first: int) -> bool:
        """The possessive at token `first` opens its clause ("his ignorance ..."), or a
        name before "'s" does ("pelosi's incompetence ...", never a place or a company's,
        "ea's greed ..."); the verdict right after the vice."""
        tokens = ctx.tokens
        if tokens[first] == w.OWNER_S:
            if first == 0 or ctx.pause_after(first - 1) or tokens[first - 1] in w.BODIES:
                return False  # "ubisoft's incompetence ..." names a company
            if not self._o33_named(ctx, first - 1):
                return False
        elif not opens_own_clause(ctx, first):
            return False
        return _o46_verdict(ctx, hit.last)

    def _o46_of_person(self, ctx: Context, hit: Hit, of: int) -> bool:
        """ "The" (maybe "sheer") opens the clause before the vice, a person after "of" at
        token `of`, and a verdict after the person, or "sheer" and the line said whole."""
        tokens = ctx.tokens
        lead = hit.first
        sheer = lead > 0 and tokens[lead - 1] in w.SHEER and not ctx.pause_after(lead - 1)
        lead -= sheer
        if lead == 0 or tokens[lead - 1] != w.THE or ctx.pause_after(lead - 1):
            return False
        if not opens_own_clause(ctx, lead - 1) or ctx.pause_after(of):
            return False
        end = self._o46_person_end(ctx, of + 1)
        if end < 0:
            return False
        return _o46_verdict(ctx, end) or (sheer and ctx.closes_after(end, TAILS, _TAIL_REACH))

    def _o46_person_end(self, ctx: Context, at: int) -> int:
        """The end of a person starting at token `at`: "this"/"that" and a person noun,
        or a name of at most NAME_REACH words (forum3's test), not opening with a saying's
        owner, a place or a company ("of youth", "of washington", "of ea"); -1 for none."""
        tokens = ctx.tokens
        if at + 1 < len(tokens) and tokens[at] in w.POINTERS and not ctx.pause_after(at):
            noun = tokens[at + 1]
            if noun in w.ROLES or noun in self._cue_person_noun:
                return at + 2
            return -1
        for size in range(w.NAME_REACH, 0, -1):
            end = at + size
            if end > len(tokens) or any(ctx.pause_after(i) for i in range(at, end - 1)):
                continue
            name = tokens[at:end]
            if name[0] not in w.NOT_OWNERS and self._forum3_names(name, False):
                return end
        return -1

    def _o46_said(self, ctx: Context, hit: Hit) -> bool:
        """The writer's own claim: not denied, asked, reported, countered, told as a
        story or a topic (before the vice or after it), nor called untrue."""
        end = ctx.sentence_end(hit.last - 1, SENTENCE_REACH)
        return not (
            self._o43_unsaid(ctx, hit)
            or blame_stopped(ctx, hit)
            or told_or_untrue(ctx, hit)
            or not w.STORIES.isdisjoint(ctx.tokens[hit.last : end])
        )


def opens_own_clause(ctx: Context, at: int) -> bool:
    """Token `at` opens its clause, maybe after chat's openers ("wow her arrogance")."""
    start = ctx.back_over(at, w.OPENERS, w.OPENER_REACH)
    return ctx.starts_sentence(start) or (start > 0 and ctx.pause_after(start - 1))


def _o46_verdict(ctx: Context, at: int) -> bool:
    """A verdict on the vice from token `at`: a copula, maybe adverbs and a word of
    contempt or wonder ("is just sickening"), or a phrase ("knows no bounds")."""
    tokens = ctx.tokens
    if at >= len(tokens) or ctx.pause_after(at - 1):
        return False
    if tuple(tokens[at : at + w.PHRASE_LENGTH]) in w.PHRASES:
        return True
    if tuple(tokens[at : at + w.PHRASE_LENGTH - 1]) in w.PHRASES:
        return True
    if tokens[at] not in w.COPULAS:
        return False
    verdict = ctx.skip_ahead(at + 1, w.ADVERBS, w.ADVERB_REACH)
    return verdict < len(tokens) and tokens[verdict] in w.VERDICTS
