"""Targeting rules of the hatecheck67 round (issue 8): a named identity group met with a
rhetorical question of aversion, asked as if no one could bear the group or want one of
them near, in plain words no older line held.

- The bearing: "how can | could | does anyone | anybody | someone", "how do | can
  people", then [even | ever | really] stand | tolerate | bear | like | love | trust |
  put up with | be around <group>: "how can anyone stand muslims?", "how could anybody
  put up with immigrants?", "how do people stand refugees?".
- The wanting: "who would | 'd want to | wanna", "who would | could ever | even", "who
  would | 'd marry | date | hire", "who in their right mind would", "why would anyone |
  anybody", then [ever | even] [want to | wanna] marry | date | hire | employ |
  befriend | live next to | be friends with | work with <member>: "who would want to
  marry a trans woman?", "who in their right mind would hire a disabled person?", "why
  would anyone date a black guy?".
  The asker opens its sentence (hatecheck63's question leads before it), the group comes
  right after the verb (hatecheck60's group walk) and closes the clause or goes on only
  into a few tails ("... honestly?", "... these days").

Clean: the same questions about people and things who are no group ("how can anyone stand
this weather?", "who would want to marry a billionaire?", "why would anyone hire him?"),
a group's plight or a thing after the verb ("how can anyone stand by while jews are
attacked?", "how can anyone stand the way trans people are treated?"), the group going on
into a purpose ("who would hire a woman to lead this team?"), kind and negated questions
("who wouldn't want to marry her?", "how can anyone not love gay people?"), harms
("who would want to hurt a muslim?": "want to" covers the older threat line, no aversion
verb follows), questions answered at once
("... me, she's wonderful", "... plenty of people") or said to be someone's ("..., asked
my racist uncle"), counter-speech, reports and quotes (the asker not opening its
sentence, hatecheck28's `_hc28_others`). The round's own lines out of these shapes are
cancelled.

Cost per hit: a frozenset test of the term; hatecheck66's `opens_over` (hatecheck43's
lead walk) back to the sentence's start; FILLER_REACH tokens on over hedges, one verb (or
a phrase of at most four tokens), hatecheck63's WORTH_DET_REACH articles, hatecheck60's
group walk (GROUP_REACH) and TAIL_REACH tokens after it; SAID_REACH tokens on for a
saying, and ANSWER_REACH tokens of the answer when the writer goes on. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck43_words as h43
from bot.core.scoring import hatecheck63_words as h63
from bot.core.scoring import hatecheck67_words as w
from bot.core.scoring.targeting_chat12 import Chat12Rules
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck66 import opens_over
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_SHAPED67_NOTE", "HateCheck67Rules"]

# The note that cancels this round's lines out of shape (weighing zeroes any note it
# does not name).
NOT_SHAPED67_NOTE: Final[str] = "no named group met with a question of aversion"


class HateCheck67Rules(Chat12Rules):
    """A named group met with a rhetorical question of aversion ("how can anyone stand
    muslims?", "who would want to marry a trans woman?")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's own lines aimed at the group in
        the shapes and cancelled out of them."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.term not in w.OWN_TERMS:
            return target, note
        if (
            self._hc67_averse(ctx, hit)
            and target is not Kind.REPORTED
            and not self._hc28_others(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE
        return Kind.NONE, NOT_SHAPED67_NOTE  # "how can anyone stand this weather?"

    def _hc67_averse(self, ctx: Context, hit: Hit) -> bool:
        """The asker opening its sentence, a verb of bearing or wanting after it over a
        few hedges, the group right after the verb closing its clause, and no saying of
        it ("..., asked my uncle") nor kind answer at once after the question."""
        if not opens_over(ctx, hit.first, h63.QUESTION_LEADS):
            return False  # "my uncle asked who would marry a muslim"
        if hit.entry.tokens[-1] in w.AVERSE_VERBS:
            end = hit.last  # "who would marry", "who d hire"
        else:
            end = _verb_end(ctx, ctx.skip_ahead(hit.last, w.FILLERS, w.FILLER_REACH))
        if end < 0:
            return False  # "how can anyone not love gay people?", "who would win?"
        end = ctx.skip_ahead(end, h63.WORTH_DETS, h63.WORTH_DET_REACH)  # "a", "an"
        group_end = self._hc60_group_after(ctx, end, w.TAILS, w.TAIL_REACH)
        return (
            group_end > 0
            and not ctx.any_ahead(group_end, w.SAID_AFTER, w.SAID_REACH)
            and not _kindly_answered(ctx, group_end)
        )


def _verb_end(ctx: Context, at: int) -> int:
    """Where the verb of aversion at token `at` ends (a word of AVERSE_VERBS or a phrase
    of AVERSE_PHRASES: "stand", "put up with"), or -1."""
    tokens = ctx.tokens
    if at >= len(tokens):
        return -1
    for phrase in w.AVERSE_PHRASES:  # first: "stand being around" before "stand"
        if tuple(tokens[at : at + len(phrase)]) == phrase:
            return at + len(phrase)
    return at + 1 if tokens[at] in w.AVERSE_VERBS else -1


def _kindly_answered(ctx: Context, group_end: int) -> bool:
    """The writer answers the question at once with someone who would, not denied ("who
    would want to marry a trans woman? me, she's wonderful"; not "... i wouldn't")."""
    after = ctx.sentence_end(group_end - 1, w.TAIL_REACH)
    if not ctx.answered(after, w.ANSWERS):
        return False
    return h43.NEGATIONS.isdisjoint(ctx.tokens[after : after + w.ANSWER_REACH])
