"""Guard rules of the precision23 round (issue 8, twenty-fifth session): a group named as
the victim of a third party's wish or attempt to wipe it out, told as history or news.

- "the nazis wanted to kill all the jews", "the police want to kill all the protesters",
  "the regime has been trying to wipe out the uyghurs", "the gunman planned to kill all
  the muslims in the mosque". A threat hit right after "to", a verb of wish or attempt
  (precision23_words.INTENT_VERBS) before it, a few auxiliaries or adverbs (BETWEEN) at
  most, and before those a perpetrator named by its role or a tyrant of history
  (PERPETRATORS), not the writer's own side (OWN_SIDE: "our soldiers want to ..."), no
  wish of the writer's before it in its sentence (STANCE_BEFORE: "i hope the army tries
  to ...") and nothing cheering it after (CHEERED: "... and they were right", "too bad
  he failed", "based"). The group is the victim; the writer reports a crime.
  control12's intent rule reads the same frame after "he"/"she" or a singular verb
  ("he wants to kill all ..."); this one reads a named perpetrator in any number and
  tense, the shape hatexplain's clean news and history posts take.
  Still aimed: "i want to kill all muslims", "we should kill all the immigrants", "the
  army should kill all the refugees" (no verb of wish), "muslims want to kill all of us"
  (a people given the wish as its nature), "hitler tried to kill all the jews too bad he
  failed", "the police want to kill all the protesters and i hope they do".

Cost per threat hit: one token test before it, then at most BETWEEN_REACH + 3 tokens
back, STANCE_REACH back over the sentence and CHEERED_REACH ahead. No regex, no new
work for messages without a threat.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import precision23_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_discord31 import Discord31Rules
from bot.core.scoring.targeting_kinds import AIMED_KINDS, Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["VICTIM_NOTE", "Precision23Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
VICTIM_NOTE: Final = "a group named as the victim of a third party's attempt"


class Precision23Rules(Discord31Rules):
    """A group named as the victim of a perpetrator's wish or attempt to wipe it out."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, cancelled for this round's shape."""
        target, note = super().in_game(ctx, hit, target, note)
        if target not in AIMED_KINDS or hit.entry.category is not Cat.THREAT:
            return target, note
        if self._p23_perpetrators_attempt(ctx, hit):
            return Kind.REPORTED, VICTIM_NOTE  # "the nazis wanted to kill all the jews"
        return target, note

    def _p23_perpetrators_attempt(self, ctx: Context, hit: Hit) -> bool:
        """ "the police (just) want to kill all ...": "to", a verb of wish or attempt, a
        named perpetrator before it (or "they" after one named earlier), no wish of the
        writer's before, nothing cheering it after."""
        tokens = ctx.tokens
        at = hit.first - 1
        if at < 2 or tokens[at] != "to":
            return False
        if tokens[at - 1] in w.PLOT_NOUNS:
            return _p23_plot(ctx, hit, at - 1)  # "the secret plot to kill all white people"
        if tokens[at - 1] not in w.INTENT_VERBS:
            return False
        if ctx.pause_after(at - 2) or ctx.pause_after(at - 1):
            return False
        subject = ctx.back_over(at - 1, w.BETWEEN, w.BETWEEN_REACH) - 1
        if subject < 0:
            return False
        if tokens[subject] in w.THEY:
            named = self._p23_named_before(ctx, subject)
            if named < 0 or not w.STANCE_BEFORE.isdisjoint(tokens[named:subject]):
                return False
        elif tokens[subject] not in w.PERPETRATORS:
            return False
        return _p23_uncheered(ctx, hit, subject)

    def _p23_named_before(self, ctx: Context, they: int) -> int:
        """ "hk police are treating us like cockroaches, they just want to ...": the
        nearest perpetrator named before "they" (at most ANTECEDENT_REACH tokens back),
        with no group named between that "they" could stand for; or -1."""
        tokens = ctx.tokens
        for i in range(they - 1, max(-1, they - 1 - w.ANTECEDENT_REACH), -1):
            if tokens[i] in w.PERPETRATORS:
                return i
            if self._group_end(tokens, i) > i or tokens[i] in w.OTHER_ANTECEDENTS:
                return -1  # "muslims hate us, they want to ...": the group is "they"
        return -1


def _p23_plot(ctx: Context, hit: Hit, noun: int) -> bool:
    """ "the (secret) plot to kill all white people", "a campaign to wipe out the
    uyghurs": a determiner, a describing word or two, a noun of plotting; nobody of the
    writer's side in the sentence before it, nothing cheering it after."""
    tokens = ctx.tokens
    det = ctx.back_over(noun, w.PLOT_WORDS, w.PLOT_WORDS_REACH) - 1
    if det < 0 or tokens[det] not in w.PLOT_DETERMINERS:
        return False
    start = ctx.sentence_start(det, w.STANCE_REACH)
    before = tokens[start:det]
    if not w.WRITERS.isdisjoint(before) or not w.STANCE_BEFORE.isdisjoint(before):
        return False  # "we have a plan to kill all ...", "i love the plan to ..."
    return w.CHEERED.isdisjoint(tokens[hit.last : hit.last + w.CHEERED_REACH])


def _p23_uncheered(ctx: Context, hit: Hit, subject: int) -> bool:
    """Not the writer's own side, no wish of the writer's before the perpetrator in its
    sentence, nothing cheering the attempt after it."""
    tokens = ctx.tokens
    before = subject - 1
    if before >= 0 and tokens[before] in w.OWN_SIDE:
        return False  # "our soldiers want to kill all ...": the writer's own side
    if before >= 1 and tokens[before - 1] in w.OWN_SIDE:
        return False  # "our hk police want to ..."
    start = ctx.sentence_start(subject, w.STANCE_REACH)
    if not w.STANCE_BEFORE.isdisjoint(tokens[start:subject]):
        return False  # "i hope the army tries to ...", "glad the military wants to ..."
    if ctx.lets_before(subject):
        return False
    return w.CHEERED.isdisjoint(tokens[hit.last : hit.last + w.CHEERED_REACH])
