"""Targeting rules from the eleventh functional hate-speech probe (issue 8, hatecheck11):
English HateCheck-style shapes the tenth round still missed.

- A singular group noun after a determiner and before a verb, a modal or the clause's
  end is the group (hatecheck11_words.SINGULARS): "never trust a refugee", "a migrant
  can never be trusted", "every refugee is a parasite". "a refugee family moved in" and
  "refugee policy" name no group, as the [identity] cues intend.
- A name said of a group in an inverted question ("why are muslims all so barbaric?")
  or of a singular group after "is" ("every immigrant is a criminal"), where the older
  rules found no subject.
- olid6's claims of a political group said of an identity group: "muslims are sick",
  "honestly I believe gays are sick", "trans people are insane"; "women are crazy about
  this phone" is a liking.
- The writer's wish to watch a group's harm (WITNESS): "i want to watch the refugees
  drown", "I'd love to see every immigrant suffer", "I hope each and every immigrant
  drowns"; a group after the term and its doom after the group, so "I'd love to see
  every immigrant succeed" and "it breaks my heart to watch refugees drown" stay clean.

Every rule is gated by a frozenset test on the hit's term or category before it reads a
few tokens around the hit, so cost stays O(1) per hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck11_words as words
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck9 import NOT_SAID9_NOTE
from bot.core.scoring.targeting_hateprobe3 import NOT_OF_GROUP_NOTE
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid7 import Olid7Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["HateCheck11Rules", "word_between"]

# The names a group may be called in the two shapes the older rules leave unread.
_NAMES: Final = frozenset({Cat.INSULT, Cat.IDENTITY_ATTACK})
# Readings the two shapes may overturn: no one found, or a thing.
_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT, Kind.SELF})


class HateCheck11Rules(Olid7Rules):
    """Singular group nouns, inverted questions, olid6's claims said of an identity group,
    and the writer's wish to watch a group's harm."""

    def _group_named_at(self, tokens: list[str], i: int, end: int) -> bool:
        """The older group test, and a singular group noun after a determiner and before a
        verb, a modal or the end: "never trust a refugee", "every migrant is ..."."""
        if super()._group_named_at(tokens, i, end):
            return True
        return word_between(
            tokens, i, end, names=words.SINGULARS, before=words.DETERMINERS, after=words.FOLLOWS
        )

    def probe4_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """The writer's wish to watch a group's harm, settled before the older rules."""
        term = hit.entry.term
        if term in words.EXCLUDED:
            if (
                self._hc9_unsaid(ctx, hit)
                or not self._hc11_kept_out(ctx, hit)
                or self._hc11_while_sick(ctx, hit)
            ):
                return Kind.OBJECT, NOT_SAID9_NOTE  # "smoking should be kept out of ..."
            return Kind.GROUP, IDENTITY_NOTE  # "women should be kept out of parliament"
        if term not in words.WITNESS:
            return super().probe4_aim(ctx, hit)
        said = hit
        if term in words.WAITED and ctx.tokens[max(0, hit.first - 2) : hit.first] in words.CANT:
            said = hit._replace(first=hit.first - 2)  # "can't wait to see": no negation
        if self._hc9_unsaid(ctx, said) or not self._hc11_wanted(ctx, said):
            return Kind.OBJECT, NOT_SAID9_NOTE  # "I don't want to see refugees drown"
        if self._hc11_doomed(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE
        return Kind.OBJECT, NOT_SAID9_NOTE  # "I'd love to see every immigrant succeed"

    def probe3_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """hateprobe3's words said of a group ("barbaric"), read in an inverted question or
        of a singular group too: "why are muslims all so barbaric?"."""
        shaped = super().probe3_aim(ctx, hit)
        if shaped is None or shaped[1] != NOT_OF_GROUP_NOTE:
            return shaped
        if (self._hc11_asked(ctx, hit) or self._hc11_singular(ctx, hit)) and not (
            self._hc9_unsaid(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE
        return shaped

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' reading, and a group found where they found none."""
        target, note = super().reread(ctx, hit, target, note)
        if target not in _UNAIMED:
            return target, note
        entry = hit.entry
        if entry.term in words.OLID6_CLAIMS:
            after = ctx.tokens[hit.last : hit.last + 1]
            if (
                (not after or after[0] not in words.LIKED_AFTER)
                and self._hc9_claimed(ctx, hit)
                and not self._hc9_unsaid(ctx, hit)
            ):
                return Kind.GROUP, IDENTITY_NOTE  # "muslims are sick"
            return target, note
        if entry.category not in _NAMES or note == "negated" or target is Kind.SELF:
            return target, note
        if (self._hc11_asked(ctx, hit) or self._hc11_singular(ctx, hit)) and not (
            self._hc9_unsaid(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE  # "why are muslims all so barbaric?"
        return target, note

    def _hc11_before(self, ctx: Context, hit: Hit) -> int:
        """The token before the fillers in front of the hit ("all so", "such a"), or -1
        at a pause or past SAID_REACH."""
        tokens = ctx.tokens
        i = hit.first - 1
        floor = max(0, hit.first - words.SAID_REACH)
        while i >= floor and tokens[i] in words.FILLERS and not ctx.pause_after(i):
            i -= 1
        return -1 if i < floor or ctx.pause_after(i) else i

    def _hc11_group_ending(self, ctx: Context, at: int) -> int:
        """Where the group that ends at token `at` (inclusive) starts, or -1."""
        tokens = ctx.tokens
        # The longer name first (hatecheck16): "trans women" starts at "trans", so the word
        # before it is read ("keep trans women away from kids"), not "trans".
        for start in range(max(0, at - 1), at + 1):  # "gay people", "muslims"
            if self._group_end(tokens, start) == at + 1:
                return start
        return -1

    def _hc11_asked(self, ctx: Context, hit: Hit) -> bool:
        """ "why are muslims all so barbaric?": a question word, a plural copula, a group,
        fillers, the hit."""
        at = self._hc11_before(ctx, hit)
        if at < 0:
            return False
        start = self._hc11_group_ending(ctx, at)
        tokens = ctx.tokens
        if start < 1 or tokens[start - 1] not in words.QUESTION_COPULAS:
            return False
        return start - 1 == ctx.sentence_start(start - 1, 2) or (
            start >= 2 and tokens[start - 2] in words.QUESTION_OPENERS
        )

    def _hc11_singular(self, ctx: Context, hit: Hit) -> bool:
        """ "every refugee is a parasite": a singular group (after its determiner), "is",
        fillers, the hit; never a negation between ("a refugee is never a criminal")."""
        at = self._hc11_before(ctx, hit)
        tokens = ctx.tokens
        if at < 1 or tokens[at] not in words.SINGULAR_COPULAS:
            return False
        at -= 1
        while at > 0 and tokens[at] in words.SINGULAR_MODALS and not ctx.pause_after(at):
            at -= 1  # "a refugee will always be a parasite"
        start = self._hc11_group_ending(ctx, at)
        return start > 0 and tokens[start - 1] in words.DETERMINERS

    def _hc11_kept_out(self, ctx: Context, hit: Hit) -> bool:
        """The group as the subject ("refugees should be kept out of ..."), or before the
        possessive of "place is in the kitchen" ("a woman's place ...")."""
        if hit.entry.term not in words.PLACES:
            return self._hc9_claimed(ctx, hit)
        at = hit.first - 1
        return at > 0 and ctx.tokens[at] == "s" and self._hc11_group_ending(ctx, at - 1) >= 0

    def _hc11_while_sick(self, ctx: Context, hit: Hit) -> bool:
        """review19: "belongs at home if she's sick" is health advice, not exclusion; a
        condition opening right after the term, and a sickness in its clause."""
        tokens = ctx.tokens
        last = hit.last
        if hit.entry.term not in words.HOME or last >= len(tokens):
            return False
        if tokens[last] not in words.IF_WHEN or ctx.pause_after(last - 1):
            return False
        return ctx.find_ahead(last + 1, words.SICK, words.SICK_REACH) >= 0

    def _hc11_wanted(self, ctx: Context, hit: Hit) -> bool:
        """The wish is the writer's: "I"/"we" before it ("I'd love to see") or nothing
        (the sentence opens with it), or "would"
        before an impersonal one ("it would be great to see")."""
        if hit.entry.term not in words.IMPERSONAL:
            return hit.first == ctx.sentence_start(hit.first, 1) or self._hc9_writer_hates(
                ctx, hit
            )  # "can't wait to see all the gays hang": no subject, the writer's own
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, words.SAID_REACH)
        return not words.WOULD.isdisjoint(tokens[start : hit.first])

    def _hc11_doomed(self, ctx: Context, hit: Hit) -> bool:
        """A named group a few words after the term, and its doom a few words after the
        group: "watch the refugees drown", "see every immigrant suffer"."""
        tokens = ctx.tokens
        end = min(len(tokens), hit.last + words.WITNESS_REACH)
        for i in range(hit.last, end):
            if ctx.pause_after(i - 1):
                return False
            group_end = self._group_end(tokens, i)
            if group_end <= 0:
                continue
            return ctx.find_ahead(group_end, words.DOOMS, words.DOOM_REACH) >= 0
        return False


def word_between(
    tokens: list[str],
    i: int,
    end: int,
    *,
    names: frozenset[str],
    before: frozenset[str],
    after: frozenset[str],
) -> bool:
    """Token `i` is one of `names`, right after one of `before` and right before one of
    `after` or `end`: a word that names a group only in that slot ("never trust a
    refugee", "gli anziani sono inutili")."""
    return (
        tokens[i] in names
        and i > 0
        and tokens[i - 1] in before
        and (i + 1 >= end or tokens[i + 1] in after)
    )
