"""Targeting rules of the forum36 round (issue 8): a named group demonised, cast as evil,
satanic or demonic, which the older rules read as evil said of no one.

- The group as the subject of a present copula whose predicate is a word of evil, maybe
  past intensifiers and articles: "muslims are demons", "the left is pure evil", "jews
  are satanic", "the democrat party is satanic", "those people are evil incarnate"; or
  the devil's kin or servants: "jews are the children of satan", "democrats are satan's
  minions", "muslims are the devil's army".
- The group right after a word of evil said before it, the word opening its clause or
  after a pointing word: "those satanic jews", "evil democrats stole the vote", "devil
  worshipping democrats". Not "the demonic left": a wing so named is as often a forum's
  vulgar swipe as a group cast as the devil's (gab's vulgar_only rows); nor the race
  slur "white devils", as often HateXplain's normal (reclaimed or reported) as its hate.

Groups are the identity cue lists and olid32's named groups ("democrats", "the media");
as a copula's subject also "the left"/"the far right", "the democrat party" and "those
people".
Stay clean: evil said of acts, ideas and things ("racism is evil", "this cake is evil"),
the devil himself ("satan tempts everyone", "the devil is a liar"), history told ("were
evil": no present copula), negations ("muslims are not demons"), questions, quotes,
reports and counter-speech (hatecheck43's `_hc43_unsaid`), and titles ("resident evil",
"new jersey devils"). This round's lines "demons" and "satanic" count only in its shapes.

Cost per hit: a frozenset test of the term; then at most PREDICATE_REACH + 4 tokens back
and 2 ahead. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum36_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck62 import HateCheck62Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["UNDEMONISED_NOTE", "Forum36Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
UNDEMONISED_NOTE: Final = "a word of the devil said of no group"


class Forum36Rules(HateCheck62Rules):
    """A named group demonised ("jews are the children of satan", "the left is pure
    evil", "those satanic jews")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; raised to said of the group in this round's
        shapes, this round's own terms cancelled elsewhere."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.TERMS:
            return target, note
        own = term in w.OWN_TERMS
        if not own and target is not Kind.OBJECT and target is not Kind.NONE:
            return target, note  # already aimed ("you are evil")
        group = self._f36_predicate(ctx, hit)
        if group < 0:
            group = self._f36_attributive(ctx, hit)
        if group < 0 or self._hc43_unsaid(ctx, hit):
            return (target, UNDEMONISED_NOTE) if own else (target, note)
        identity = self._group_end(ctx.tokens, group) > 0
        return Kind.GROUP, (IDENTITY_NOTE if identity else OUTRIGHT_NOTE)

    def _f36_predicate(self, ctx: Context, hit: Hit) -> int:
        """The group's first token when it is the subject of a present copula whose
        predicate the hit heads ("muslims are demons", "jews are the children of satan",
        "democrats are satan's minions"), else -1."""
        tokens = ctx.tokens
        at = hit.first
        if hit.entry.term in w.DEVILS and not _f36_kin_after(ctx, hit.last):
            at = ctx.back_over(at, w.PREDICATE_RUN, 1) - 2  # "the children of [the] satan"
            if at < 0 or tokens[at + 1] != w.OF or tokens[at] not in w.KIN:
                return -1
            at = ctx.back_over(at, w.KIN, 1)  # "the foot soldiers of"
        copula = ctx.back_over(at, w.PREDICATE_RUN, w.PREDICATE_REACH) - 1
        if copula < 1 or tokens[copula] not in w.COPULAS or ctx.pause_after(copula - 1):
            return -1
        return self._f36_group_before(ctx, copula)

    def _f36_attributive(self, ctx: Context, hit: Hit) -> int:
        """The group's first token when the hit is said right before it, opening its
        clause or after a pointing word ("those satanic jews", "devil worshipping
        democrats"), else -1."""
        tokens = ctx.tokens
        first = hit.first
        if not (first > 0 and tokens[first - 1] in w.POINTERS) and not (
            ctx.starts_sentence(first) or ctx.pause_after(first - 1)
        ):
            return -1  # "evil democrats stole it", "those satanic jews"; not "to evil ..."
        after = hit.last
        if after < len(tokens) and tokens[after] in w.WORSHIPPING:
            after += 1  # "devil worshipping democrats"
        if after >= len(tokens) or ctx.pause_after(after - 1):
            return -1
        word = tokens[after]
        end = self._group_end(tokens, after)
        if end == after + 1 and word in w.GENERIC:
            return -1  # "evil men pursue power"
        if end > 0:
            head = tokens[end - 1]
            return after if head.endswith("s") or head in w.PLURAL_HEADS else -1
        return after if word in w.GROUPS else -1

    def _f36_group_before(self, ctx: Context, copula: int) -> int:
        """The first token of a named group ending right before token `copula`, or -1:
        "muslims", "gay people", "democrats", "the left", "the democrat party", "those
        people"."""
        tokens = ctx.tokens
        last = copula - 1
        word = tokens[last]
        start = self._group_ending_at(tokens, last, copula)
        if start >= 0:
            return start
        if word in w.GROUPS:
            return last
        if last < 1:
            return -1
        before = tokens[last - 1]
        if word in w.WINGS:
            return last if before in w.WING_BEFORE else -1  # "the left is evil"
        if word in w.PARTIES:
            return last - 1 if before in w.PARTY_NAMES else -1  # "the democrat party is"
        if word in w.PEOPLE:
            return last if before in w.POINTING else -1  # "those people are evil"
        return -1


def _f36_kin_after(ctx: Context, last: int) -> bool:
    """The devil's possessive and a kin noun right after him: "satan's minions", "the
    devil's army"."""
    tokens = ctx.tokens
    return (
        last + 1 < len(tokens)
        and tokens[last] in w.POSSESSIVE
        and tokens[last + 1] in w.KIN
        and not ctx.pause_after(last)
    )
