"""Orders that open after a word of exasperation (issue 8, Formspring): "wtf get outa
here bitch", "omg just shut up loser", "ugh go away creep".

The person rules read a name-call as told to the reader when its sentence opens with
an order ("get out bitch"). Chat puts an exclamation or a "just"/"please" before the
order, and the rule missed every such line. A sentence may open with up to two of the
`order_opener` cue words before its imperative verb; the look is a few tokens, O(1).

`OrderRules` (the person rules' base) says when an imperative entry is an order at all:
not after a modal or a relative subject, not a participle ("due ragazzi ammazzati").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_speech import SpeechRules

_REACH: Final = 2  # opener words before the verb: "omg just shut up"


def opens_with_order(tokens: list[str], start: int, cues: Mapping[str, frozenset[str]]) -> bool:
    """The sentence at `start` opens with an order, past at most two opener words."""
    for token in tokens[start : start + _REACH + 1]:
        if token in cues["imperative"]:
            return True
        if token not in cues["order_opener"]:
            return False
    return False


class OrderRules(SpeechRules):
    """Whether an imperative entry is said as an order (read by the person rules)."""

    def is_order(self, ctx: Context, hit: Hit) -> bool:
        """An imperative entry said as an order to the reader, not after a modal.

        Only real orders aim the name-calls near them: in "Serena is an awful person
        that needs to grow up" the "grow up" is about Serena, and so is the insult.
        """
        if hit.entry.aim is not Kind.IMPERATIVE:
            return False
        before = ctx.tokens[ctx.sentence_start(hit.first, 2) : hit.first]
        after = ctx.tokens[hit.last : ctx.sentence_end(hit.last - 1, 1)]
        return self._order_form(ctx, hit, before) and not (after and after[0] in self._cue_dative)

    def _order_form(self, ctx: Context, hit: Hit, before: list[str]) -> bool:
        """An imperative entry in the form of an order: no modal or relative subject
        before it ("women who send nudes"), not a participle."""
        if before and before[-1] in self._cue_relative_subject:
            return False
        return self._cue_modal.isdisjoint(before[-2:]) and not self._participle(ctx, hit, before)

    def _participle(self, ctx: Context, hit: Hit, before: list[str]) -> bool:
        """An order that is also a plural participle, describing the word before it.

        A participle follows what it describes: a number ("tre impiccati") or an
        ordinary word that agrees in its ending ("due ragazzi ammazzati ieri").
        "Marco ammazzati", "ma ammazzati" and "vai, ammazzati" stay orders.
        """
        word = hit.entry.tokens[0]
        if not before or word not in self._cue_participle or ctx.pause_after(hit.first - 1):
            return False
        previous = before[-1]
        if previous in self._cue_number or previous.isdigit():
            return True
        return (
            len(previous) > 2
            and previous[-1] == word[-1]
            and previous not in self._lexicon.rule_words
        )
