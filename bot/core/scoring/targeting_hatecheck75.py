"""Targeting rules of the hatecheck75 round (issue 8): death wished on a named group by
the writer, a hit the lexicon already makes ("dead", "burn", "drown", "rot", and the
hatecheck76 round's "die") re-read in the wish.

- The wish: the writer's "i want", "i hope", "i wish" (over a few adverbs: "i really
  hope") or an order "let" opening its sentence, then the group's subject, a few links
  ("all", "were") and the death closing its clause over a few tails ("... alive"): "i want
  the jews dead", "i hope the muslims all burn", "i wish the immigrants were dead", "i
  hope the refugees all die", "let the immigrants die".
- The subject is a named group (determiners before it: "the", "those", "all the"), or a
  pronoun ("they", "them", "em") for a group named in a fragment opening the message or
  its sentence before the wish (hatecheck74's: "muslims? i hope they all burn", "jews? i
  want them dead") or named last, in a fragment closing the message after the wish's
  clause ("let them all drown, those refugees", "i want them dead, the immigrants i
  mean").

Clean: kind wishes (no death word: "i hope the refugees find a home"), things, animals and
games (no named group: "i want the zombies dead", "i hope the zombies all die", "let them
burn, those old letters"), game talk in the message ("gg, i want the germans dead"),
someone else's wish or history ("he wants", "the nazis wanted", "many refugees die at
sea": only the writer's present wish counts), denials ("i dont want the refugees dead":
nothing between the writer and the wish but adverbs), questions, and reports, quotes and
counter-speech (hatecheck28's `_hc28_others`: "saying 'i want the jews dead' is vile").
Self-harm lines at the reader or the writer name no group and keep their own readings ("i
hope you die", "i hope i die before the exam").

Cost per hit: a frozenset test of the term's last word; then LINK_REACH tokens back,
hatecheck22's two-token group walk, GROUP_DET_REACH and ADVERB_REACH (or LET_REACH)
tokens back to the wish, TAIL_REACH tokens ahead; for the pronoun hatecheck74's fragment
walk, or GROUP_DET_REACH tokens, the group and AFTERTHOUGHT_REACH tokens to the message's
end. No regex, no lexicon lines.
"""

from __future__ import annotations

from bot.core.scoring import hatecheck75_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid44 import Olid44Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["HateCheck75Rules"]


class HateCheck75Rules(Olid44Rules):
    """Death wished on a named group by the writer ("i want the jews dead", "muslims? i
    hope they all burn", "let them all drown, those refugees", "let them all die, the
    immigrants")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; the death aimed at the group in the wish."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.tokens[-1] not in w.DEATHS or note == JOKING_NOTE:
            return target, note  # "i want them dead lol jk"
        if target is Kind.GROUP and note == IDENTITY_NOTE:
            return target, note
        if ctx.gaming and not ctx.in_real_life:
            return target, note  # "gg, i want the germans dead": a match's sides
        if self._hc75_wished(ctx, hit) and not self._hc28_others(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE
        return target, note

    def _hc75_wished(self, ctx: Context, hit: Hit) -> bool:
        """The death closing its clause, its subject a named group or a pronoun for one,
        and the writer's wish right before the subject; said, not asked."""
        death = hit.last - 1
        if not ctx.closes_after(hit.last, w.TAILS, w.TAIL_REACH) or ctx.ends_asking(death):
            return False  # "i hope the toast doesnt burn down the house", "... dead?"
        at = ctx.back_over(death, w.LINKS, w.LINK_REACH)
        tokens = ctx.tokens
        if at >= 1 and tokens[at - 1] in w.PRONOUNS and not ctx.pause_after(at - 1):
            wish = self._hc75_wish_before(ctx, at - 1)
            return wish >= 0 and (
                self._hc74_named_before(ctx, wish) or self._hc75_named_after(ctx, death)
            )
        group = self._hc62_group_before(ctx, at)
        if group < 0:
            return False  # "i want the zombies dead", "i hope the toast burns"
        subject = ctx.back_over(group, w.GROUP_DETS, w.GROUP_DET_REACH)
        return self._hc75_wish_before(ctx, subject) >= 0

    def _hc75_wish_before(self, ctx: Context, subject: int) -> int:
        """Where the writer's wish right before token `subject` opens ("i [really] want",
        "i hope", "let" opening its sentence), or -1."""
        tokens = ctx.tokens
        verb = subject - 1
        if verb < 0 or ctx.pause_after(verb):
            return -1
        if tokens[verb] in w.LET:
            lead = ctx.back_over(verb, w.LET_LEADS, w.LET_REACH)
            return lead if ctx.starts_sentence(lead) else -1
        if tokens[verb] not in w.WISHES:
            return -1
        writer = ctx.back_over(verb, w.WISH_ADVERBS, w.ADVERB_REACH) - 1
        if writer < 0 or tokens[writer] not in w.WRITERS or ctx.pause_after(writer):
            return -1  # "i dont want ...", "nobody wants ...", "he wants ..."
        return writer

    def _hc75_named_after(self, ctx: Context, death: int) -> bool:
        """A fragment naming only a group closes the message after the death's clause:
        "..., those refugees", "... . the immigrants i mean"."""
        tokens = ctx.tokens
        close = ctx.skip_ahead(death + 1, w.TAILS, w.TAIL_REACH)
        if close >= len(tokens) or not ctx.pause_after(close - 1):
            return False
        start = close
        if tokens[close] in w.GROUP_DETS:  # `skip_ahead` stops at the pause before it
            start = ctx.skip_ahead(close + 1, w.GROUP_DETS, w.GROUP_DET_REACH - 1)
        end = self._hc21_member(tokens, start, len(tokens))
        if end < 0 or self._hc62_group_before(ctx, end) < 0:
            return False  # "let them burn, those old letters"
        rest = tokens[end:]
        return len(rest) <= w.AFTERTHOUGHT_REACH and w.AFTERTHOUGHT.issuperset(rest)
