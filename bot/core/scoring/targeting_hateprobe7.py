"""Targeting rules from the seventh functional hate-speech probe (issue 8, hateprobe7).

Two shapes of implicit derogation that carry no insult word, each anchored on a word of
its own (hateprobe7_words.py) and counted only in its shape with a named group:

- A group kept from the writer's children, the old trope of a group as a danger to
  them: "I'd never let one of those immigrants near my kids", "keep muslims away from
  our children", "non lascerei mai i rom vicino ai miei figli". The children word needs
  a possessive and a "near" / "away from" word before it, a group before that in the
  sentence, and a refusal ("never let", "don't want", "keep ... away"); "I don't mind
  gay people near my kids" and "keep the dog away from my kids" stay clean.
- A group put in charge of ruin: "putting women in charge is a recipe for disaster",
  "con i rom al comando il paese va a rotoli". The group right before "in charge" / "al
  comando" and a ruin word in the sentence, not negated; "women in charge of the project
  did great" stays clean.

Reported speech, quotes and counter-speech keep the earlier rules' reading. Every rule
runs on hits only and reads a few tokens around them.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hateprobe7_words as words
from bot.core.scoring.forum21_words import POWER_TERMS
from bot.core.scoring.lexicon import Entry, Lexicon
from bot.core.scoring.targeting_chat6 import QUOTED_NOTE
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_gamechat8 import GameChat8Rules
from bot.core.scoring.targeting_hxnormal import VICTIM_NOTE
from bot.core.scoring.targeting_insults4 import COUNTER_NOTE
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_SHAPED7_NOTE", "HateProbe7Rules"]

NOT_SHAPED7_NOTE: Final = "no group kept from children or put in charge of ruin"
# Notes that really cancel: the words are reported, quoted, denounced or a joke.
_KEEP_NOTES: Final = frozenset({COUNTER_NOTE, QUOTED_NOTE, JOKING_NOTE, VICTIM_NOTE})
_GROUP_REACH: Final = 10  # tokens back from the "near" word to the group
_RUIN_REACH: Final = 14  # tokens either side of the charge word to the ruin word


class HateProbe7Rules(GameChat8Rules):
    """A named group kept from the writer's children, or put in charge of ruin."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(lexicon)
        cues = lexicon.cues
        self._kids7 = cues["kids7"]
        self._charge7 = cues["charge7"]
        # This round's words that no other entry anchors: loose words to the person rules.
        # forum21's power terms are read only beside a named group: "power" stays loose.
        self._unanchored = frozenset(
            word
            for word in self._kids7 | self._charge7
            if all(
                self._is_own7(entry) or entry.term in POWER_TERMS
                for _, entry in lexicon.anchors.get(word, ())
            )
        )

    def probe4_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """This round's words, settled by their shape before any other rule reads them."""
        if self._is_own7(hit.entry):
            if not self._probe7_shaped(ctx, hit):
                return Kind.OBJECT, NOT_SHAPED7_NOTE  # "keep the dog away from my kids"
            return None  # the shape holds: the other rules still see reported speech
        return super().probe4_aim(ctx, hit)

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note); this round's shapes aimed at their group."""
        target, note = super().reread(ctx, hit, target, note)
        if not self._is_own7(hit.entry):
            return target, note
        if target is Kind.REPORTED or note in _KEEP_NOTES or ctx.quoted(hit.first, hit.last):
            return target, note
        return Kind.GROUP, IDENTITY_NOTE  # the refusal is part of the shape

    def _hostile_word(self, word: str) -> bool:
        """The earlier test for a hostile word after an exclamation, with this round's
        words left out: alone they are no hostility ("son of a bitch, the power went out")."""
        return word not in self._unanchored and super()._hostile_word(word)

    def _is_own7(self, entry: Entry) -> bool:
        """One of this round's entries (hateprobe7_words.py), not a server's own term."""
        if not entry.person_only or entry.weight != words.PROBE7_WEIGHT:
            return False
        if len(entry.tokens) != 1:
            return False
        word = entry.tokens[0]
        return word in self._kids7 or word in self._charge7

    def _probe7_shaped(self, ctx: Context, hit: Hit) -> bool:
        if hit.entry.tokens[0] in self._kids7:
            return self._kept_from_kids(ctx, hit)
        return self._in_charge_of_ruin(ctx, hit)

    def _group_before(self, ctx: Context, start: int, end: int) -> int:
        """Where the last group named between `start` and `end` begins, or -1."""
        tokens = ctx.tokens
        for i in range(end - 1, start - 1, -1):
            found = self._group_end(tokens, i)
            if 0 < found <= end:
                return i
        return -1

    def _kept_from_kids(self, ctx: Context, hit: Hit) -> bool:
        """ "never let muslims near my kids", "tenete i rom lontani dai nostri figli"."""
        tokens = ctx.tokens
        at = hit.first
        if at < 2 or tokens[at - 1] not in words.POSSESSIVES:
            return False
        near = at - 2
        if tokens[near] not in words.NEAR and tokens[near] not in words.AWAY:
            return False
        start = ctx.sentence_start(near, _GROUP_REACH)
        group = self._group_before(ctx, start, near)
        if group < 0:
            return False
        before = tokens[start:group]
        if not words.UNREFUSED.isdisjoint(tokens[start:at]):
            return False  # "I don't mind gay people near my kids"
        if not words.KEEPING.isdisjoint(before) or not words.AWAY.isdisjoint(tokens[group:at]):
            return True  # "keep muslims away from our children"
        return not words.REFUSING.isdisjoint(before) and not words.LETTING.isdisjoint(before)

    def _in_charge_of_ruin(self, ctx: Context, hit: Hit) -> bool:
        """ "putting women in charge is a recipe for disaster", "con i rom al comando il
        paese va a rotoli": the group right before the charge word, a ruin word after it
        in the sentence, neither denied ("is not a disaster") nor averted ("saved from")."""
        tokens = ctx.tokens
        at = hit.first
        if at < 2 or tokens[at - 1] not in words.INTO:
            return False
        group = self._group_before(ctx, max(0, at - 4), at - 1)
        if group < 0 or not words.NO.isdisjoint(tokens[max(0, group - 2) : group]):
            return False  # "no women were in charge"
        end = ctx.sentence_end(at, _RUIN_REACH)
        for i in range(at + 1, end):
            if tokens[i] in words.RUIN and tokens[i - 1] not in words.OF:  # "of disaster relief"
                between = tokens[at + 1 : i]
                return words.REFUSING.isdisjoint(between) and words.AVERTED.isdisjoint(between)
        return False
