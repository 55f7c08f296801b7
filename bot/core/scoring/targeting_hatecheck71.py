"""Targeting rules of the hatecheck71 round (issue 8): violence against a named group said
with a phrasal verb, read from this round's own en/threat.txt lines, which no older line
held.

- The order: "gun down", "mow down" or "string up" opening its sentence over chat's
  openers and the reader's push (hatecheck70's ORDER_LEADS: "just", "lets", "go",
  "somebody pls"), a named group or one member right after it over determiners and
  emphasis, closing its clause or going on only into a few tails ("you see", "in this
  town", "already") or into "and ...": "gun down the immigrants", "lets mow down the
  jews", "string up every last jew", "just gun down every refugee you see"; or after the
  writer's intent or a call on someone opening its sentence ("i will", "we should",
  "someone needs to"): "i will gun down the immigrants", "someone should string up the
  gays"; and "line" before the group and the wall after it: "line the jews up against the
  wall", "line the immigrants up against a wall and ...".
- The passive: "gunned down", "mowed down", "strung up" or "lined up against the wall"
  after a call ("should", "must", "ought to", "need to", "deserve to") and "be"/"get", a
  named group or one member right before the run opening its sentence, the clause closing
  or going on into a likening ("... like dogs"): "immigrants should be gunned down", "the
  gypsies should all be strung up", "every immigrant deserves to be gunned down", "jews
  ought to be gunned down like dogs"; without a call only after a wish before the group:
  "i hope the jews all get strung up", "i wish all jews would get strung up".

Clean: games and things (no group after the verb or before the run: "gun down the enemy
team", "string up the lights", "line the cups up against the wall", "the zombies deserve
to be gunned down"), the verbs with no group ("i got gunned down as soon as i spawned"),
negations and conditions (no call in an unbroken run: "immigrants should not be gunned
down", "muslims should never be strung up", "i would never gun down ...", "if we gun down
..."; "no one should ..." names no group), news and history reported (no call, or the
verb not opening its sentence: "police gunned down the protesters", "the jews were lined
up against the wall in 1942", "he said we should gun down ..."), questions,
counter-speech and quotes (hatecheck28's `_hc28_others`: "stop saying mow down the
muslims"). This round's lines out of the shapes are cancelled.

Cost per hit: a frozenset test of the term; then for the order hatecheck70's walk
(OBJECT_REACH tokens on to the group, TAIL_REACH after it, LEAD_REACH back) or
INTENT_REACH tokens back over the intent and hatecheck60's group walk ahead; for the
passive PASSIVE_REACH tokens back over the run, two tokens for the group, hatecheck43's
lead walk back to the sentence's start (SENTENCE_REACH for the wish) and TAIL_REACH
tokens after the verb. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck71_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_discord52 import Discord52Rules
from bot.core.scoring.targeting_hatecheck43 import hc43_opens
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_SHAPED71_NOTE", "HateCheck71Rules", "intent_run"]

# The note that cancels this round's lines out of the shapes (weighing zeroes any note it
# does not name).
NOT_SHAPED71_NOTE: Final[str] = "no named group called to be gunned down or strung up"


def intent_run(ctx: Context, at: int) -> int:
    """Where the run of the writer's intent or a call on someone right before token `at`
    starts ("i will", "we should", "someone needs to"), or -1 when the run names no doer
    or no intent; shared by the rounds whose orders may follow an intent."""
    run = ctx.back_over(at, w.INTENT_RUN, w.INTENT_REACH)
    said = ctx.tokens[run:at]
    if w.DOERS.isdisjoint(said) or w.INTENTS.isdisjoint(said):
        return -1
    return run


class HateCheck71Rules(Discord52Rules):
    """Violence against a named group said with a phrasal verb, ordered ("gun down the
    immigrants", "line the jews up against the wall") or in the passive ("immigrants
    should be gunned down", "i hope the jews all get strung up")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's own lines aimed at the group in
        the shapes and cancelled out of them."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.OWN_TERMS:
            return target, note
        if note == JOKING_NOTE:
            return target, note  # "string up the gays lol jk"
        if term in w.ORDERS:
            shaped = self._hc70_ordered(ctx, hit) or self._hc71_intended(ctx, hit)
        elif term in w.PASSIVES:
            shaped = self._hc71_called(ctx, hit.first, hit.last)
        else:
            shaped = self._hc71_walled(ctx, hit)
        if shaped and not self._hc28_others(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE
        return Kind.NONE, NOT_SHAPED71_NOTE  # "gun down the enemy team"

    def _hc71_intended(self, ctx: Context, hit: Hit) -> bool:
        """The order after the writer's intent or a call on someone, the run opening its
        sentence ("i will gun down the immigrants", "someone should string up the gays"),
        a named group right after the verb closing its clause; said, not asked."""
        run = intent_run(ctx, hit.first)
        if run < 0:
            return False  # "they gun down ...", "if we gun down ..."
        if not hc43_opens(ctx, run, w.ORDER_LEADS) or ctx.ends_asking(hit.first):
            return False  # "he said we should ...", "should we gun down the ...?"
        return self._hc60_group_after(ctx, hit.last, w.ORDER_TAILS, w.TAIL_REACH) > 0

    def _hc71_called(self, ctx: Context, verb: int, last: int) -> bool:
        """<group> [should | must | ought to | need to | deserve to] [all] be/get and the
        participle at `verb` (its line ending before `last`): the group right before the
        run opening its sentence, a call in the run or a wish before the group, the clause
        closing after a few tails; said, not asked."""
        tokens = ctx.tokens
        run = ctx.back_over(verb, w.PASSIVE_RUN, w.PASSIVE_REACH)
        said = tokens[run:verb]
        if w.AUXILIARIES.isdisjoint(said[-1:]):
            return False  # "police gunned down ...", "they were lined up ..."
        group = self._hc62_group_before(ctx, run)
        if group < 0 or not hc43_opens(ctx, group, w.SUBJECT_LEADS):
            return False  # "the lights should be strung up", "no muslim should be ..."
        if w.CALLS.isdisjoint(said):
            lead = tokens[ctx.sentence_start(group, SENTENCE_REACH) : group]
            if w.WISHES.isdisjoint(lead):
                return False  # "the muslims all get gunned down in the movie"
        if not self._hc71_closes(ctx, last):
            return False  # "gays should be strung up for the lights"
        return not ctx.ends_asking(verb)

    def _hc71_walled(self, ctx: Context, hit: Hit) -> bool:
        """ "lined up against the wall" in the passive, or "line <group> up against the
        wall" opening its sentence as an order."""
        tokens = ctx.tokens
        verb = hit.first - 1
        if verb >= 0 and tokens[verb] in w.LINED:
            return self._hc71_called(ctx, verb, hit.last)
        group = self._hc62_group_before(ctx, hit.first)
        if group < 0:
            return False  # "line the cups up against the wall"
        verb = ctx.back_over(group, w.OBJECT_SKIP, w.OBJECT_REACH) - 1
        if verb < 0 or tokens[verb] not in w.LINE or not self._hc71_closes(ctx, hit.last):
            return False
        return not ctx.ends_asking(verb) and hc43_opens(ctx, verb, w.ORDER_LEADS)

    def _hc71_closes(self, ctx: Context, last: int) -> bool:
        """The clause closes at token `last`, or after a few tails, or goes on into the
        next clause ("... and shoot them")."""
        tokens = ctx.tokens
        return ctx.closes_after(last, w.TAILS, w.TAIL_REACH) or (
            last < len(tokens) and tokens[last] in w.JOINS
        )
