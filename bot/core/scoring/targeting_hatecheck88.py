"""Targeting rules of the hatecheck88 round (issue 8): a stereotype sneer that sums up an
identity group with no copula, as chat writes it: an opener, one member of the group and,
maybe, a conduct or a role pinned on all of them.

- "classic" before a member (the round's lexicon lines "classic jew", "classic woman",
  ...: hatecheck88_words.OWN_TERMS), then at most two conduct nouns, the clause closing
  there or after chat's tails: "classic jew move", "classic woman logic", "classic
  mexican lol", "ugh classic muslim behaviour". Outside that shape the lines are
  cancelled: "classic mexican food", "classic woman power move, love her"; a bare
  "classic <cuisine>" ("chinese", "mexican", ...) with a meal in the message is the food
  ("what should we order? classic chinese").
- forum3's "typical" before a member and a role or a conduct forum3's list lacks
  ("driver", "driving", "moment", "thing"): "typical woman driver", "typical asian
  driver", "typical jew moment". Where forum3 read a group already, its reading stands.

The opener opens its sentence or follows an exclamation ("ugh", "lol", "just"), so a
report, a description or a counter leaves it clean ("he said classic mexican move",
"calling her a typical woman driver is sexist", "thats not a typical woman driver
thing"), as a sneer that goes on does ("classic jew move is an antisemitic trope", "the
typical woman driver joke is lazy"). The writer's own membership said in the line keeps it
clean, the self-mockery of one of the group: "as a woman, typical woman driver moment
lol", "im chinese and classic chinese move, i brought snacks" (decided: the writer speaks
of a group they say they belong to, as hatecheck39's "we women always overreact"); so
does a kind word after it ("classic woman power move, love her"; hatecheck39's), and the
older denial checks (a saying, a counter, a myth's frame), asked as hatecheck39 asks
them.

Cost per hit: a frozenset test of the term; at most CONDUCT_REACH + TAIL_REACH tokens
after the member, one before the opener, and one pass over the tokens for the writer's
membership, hatecheck39's few words ahead for a kind one. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck39_words as h39
from bot.core.scoring import hatecheck88_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_discord60 import Discord60Rules
from bot.core.scoring.targeting_forum3 import NOT_A_GROUP_NOTE
from bot.core.scoring.targeting_hatecheck39 import hc39_own_member
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NO_SNEER88_NOTE", "HateCheck88Rules", "own_membership"]

NO_SNEER88_NOTE: Final[str] = "'classic' before no group's member summed up"
_TYPICAL: Final = "typical"


class HateCheck88Rules(Discord60Rules):
    """An opener, a member of an identity group and a conduct or role, said whole: a
    stereotype sneer at the group ("classic jew move", "typical woman driver")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; the sneer aimed at its group, the round's
        own lines cancelled outside it."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.OWN_TERMS:
            if self._hc88_sneer(ctx, hit, hit.last - 1):
                return Kind.GROUP, IDENTITY_NOTE  # "classic jew move"
            return Kind.OBJECT, NO_SNEER88_NOTE  # "classic mexican food"
        if term == _TYPICAL and note == NOT_A_GROUP_NOTE and self._hc88_typical(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE  # "typical woman driver"
        return target, note

    def _hc88_typical(self, ctx: Context, hit: Hit) -> bool:
        """ "typical" before a member of a group the older rounds know and a conduct or
        role: "typical woman driver", "typical asian driver"."""
        member = hit.last
        tokens = ctx.tokens
        return (
            member + 1 < len(tokens)
            and tokens[member + 1] in w.CONDUCT
            and (tokens[member] in self._forum3_groups or tokens[member] in w.CLASSIC_MEMBERS)
            and self._hc88_sneer(ctx, hit, member)
        )

    def _hc88_sneer(self, ctx: Context, hit: Hit, member: int) -> bool:
        """The opener at `hit.first` opens its sentence (or follows an exclamation), the
        member at `member` is followed by conduct nouns and the clause closes, and nobody
        else's saying, a counter or the writer's own membership frames it."""
        tokens = ctx.tokens
        first = hit.first
        if not ctx.starts_sentence(first) and not (
            tokens[first - 1] in w.LEADS and ctx.starts_sentence(first - 1)
        ):
            return False
        end = member + 1
        while (
            end < len(tokens)
            and end - member <= w.CONDUCT_REACH
            and tokens[end] in w.CONDUCT
            and not ctx.pause_after(end - 1)
        ):
            end += 1
        if end == member + 1 and tokens[member] in w.CUISINES and not w.MEALS.isdisjoint(tokens):
            return False  # "what should we order? classic chinese": the cuisine
        return (
            ctx.closes_after(end, w.TAILS, w.TAIL_REACH)
            and not ctx.quoted_or_asked(first, end)
            and not ctx.any_ahead(end, h39.KIND_AFTER, h39.KIND_REACH)
            and not hc39_own_member(tokens)
            and not own_membership(tokens, tokens[member])
            and not self._hc39_denied(ctx, hit)
        )


def own_membership(tokens: list[str], member: str) -> bool:
    """The writer says they are the sneer's member with no article: "im chinese and
    ...", "as mexican i can say ..."."""
    return any(
        tokens[i] in w.SELF_LEADS and tokens[i + 1] == member for i in range(len(tokens) - 1)
    )
