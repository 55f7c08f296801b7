"""Guard rule of the precision34 round (issue 8, thirty-fourth session): the reclaimed
word ("dyke") in a post whose writer counts themself among the group.

- "she is a dyke and i am a femme", "as a lesbian, the dykes at my uni are the best",
  "i'm queer and the old dykes at the center taught me everything", "we were all dykes,
  just confused dykes". Older rounds read the word as the writer's own only when claimed
  right before it ("im a dyke", "my dyke pin", targeting_controls); here the writer's
  claim may stand anywhere within CLAIM_WINDOW tokens: the writer (i, we, me, "as a")
  over a short run of copulas, articles and describing words
  (precision34_words.CLAIM_RUN) to an in-group identity word (lesbian, queer, femme,
  butch, gay, bi...). The group's own word said by one of the group names people, it
  attacks nobody.
- Still aimed: the word thrown at the reader ("you dyke", "dykes like you"), a hostile
  word beside it ("filthy dykes", read by targeting_controls), a denied claim ("i am not
  a lesbian, you dyke"), and any other hostile word of the post, weighed on its own ("i
  am a lesbian but those dykes are disgusting").

Cost per hit: a category, target and cue-set test; then at most 2 * CLAIM_WINDOW tokens
tested against one frozenset, and CLAIM_REACH tokens back from each identity word. No
regex, no lexicon lines.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import precision34_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_insults23 import Insults23Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["IN_GROUP_NOTE", "Precision34Rules"]

# A note that cancels the hit (weighing zeroes any note it does not name).
IN_GROUP_NOTE: Final[str] = "a reclaimed word said by one of the group: names, not attacks"


class Precision34Rules(Insults23Rules):
    """The reclaimed word in a post whose writer counts themself in the group."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, cancelled in this round's shape."""
        target, note = super().in_game(ctx, hit, target, note)
        if (
            target is not Kind.GROUP
            or hit.entry.category is not Cat.IDENTITY_ATTACK
            or self._cue_reclaimed.isdisjoint(hit.entry.tokens)
        ):
            return target, note
        if (
            _p34_at_reader(ctx, hit)
            or not _p34_writer_claims(ctx, hit)
            or self._p34_derogated(ctx, hit)
        ):
            return target, note
        return Kind.NONE, IN_GROUP_NOTE  # "she is a dyke and i am a femme"

    def _p34_derogated(self, ctx: Context, hit: Hit) -> bool:
        """A hostile word near the reclaimed one: any term read in place (not an
        in-group word) just before it ("kill the dykes", "i hate dykes"), or a hostile term in its
        sentence just after it ("that dyke is a pathetic loser", "dykes should burn").
        A judging word that needs people named ("always", "vile") counts after it only
        past a copula: "dykes are vile", never "the dykes always show up"."""
        tokens = ctx.tokens
        hostile = self._lexicon.hit_words
        start = max(ctx.sentence_start(hit.first, w.NEAR_BEFORE), hit.first - w.NEAR_BEFORE)
        if any(
            tokens[i] in hostile
            and tokens[i] not in w.IN_GROUP
            and self._c12_hostile_here(tokens, i)
            for i in range(start, hit.first)
        ):
            return True
        end = min(ctx.sentence_end(hit.first, w.NEAR_AFTER), hit.last + w.NEAR_AFTER)
        copula = False
        for i in range(hit.last, end):
            word = tokens[i]
            copula = copula or word in self._cue_copula
            if word not in hostile or word in w.IN_GROUP:
                continue
            for offset, entry in self._lexicon.anchors[word]:
                first = i - offset
                if (
                    entry.category in w.HOSTILE_CATEGORIES
                    and (copula or not entry.person_only)
                    and first >= hit.last
                    and tuple(tokens[first : first + len(entry.tokens)]) == entry.tokens
                ):
                    return True
        return False


def _p34_at_reader(ctx: Context, hit: Hit) -> bool:
    """The reader right before the word or right after it: "you dyke", "shut up u
    dyke", "dykes like you"."""
    tokens = ctx.tokens
    before = tokens[max(0, hit.first - w.READER_REACH) : hit.first]
    after = tokens[hit.last : hit.last + w.READER_REACH]
    return not (w.READER.isdisjoint(before) and w.READER.isdisjoint(after))


def _p34_writer_claims(ctx: Context, hit: Hit) -> bool:
    """Within CLAIM_WINDOW tokens of the hit, the writer claims an in-group identity: "i
    am a lesbian", "as a queer woman", "we lesbians", "we were all dykes"."""
    tokens = ctx.tokens
    start = max(0, hit.first - w.CLAIM_WINDOW)
    end = min(len(tokens), hit.last + w.CLAIM_WINDOW)
    for i in range(start, end):
        if tokens[i] not in w.IN_GROUP or i == 0:
            continue
        at = ctx.back_over(i, w.CLAIM_RUN, w.CLAIM_REACH)
        if at > 0 and not ctx.pause_after(at - 1) and tokens[at - 1] in w.CLAIMANTS:
            return True
    return False
