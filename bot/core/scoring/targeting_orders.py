"""Orders that open after a word of exasperation (issue 8, Formspring): "wtf get outa
here bitch", "omg just shut up loser", "ugh go away creep".

The person rules read a name-call as told to the reader when its sentence opens with
an order ("get out bitch"). Chat puts an exclamation or a "just"/"please" before the
order, and the rule missed every such line. A sentence may open with up to two of the
`order_opener` cue words before its imperative verb; the look is a few tokens, O(1).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

_REACH: Final = 2  # opener words before the verb: "omg just shut up"


def opens_with_order(tokens: list[str], start: int, cues: Mapping[str, frozenset[str]]) -> bool:
    """The sentence at `start` opens with an order, past at most two opener words."""
    for token in tokens[start : start + _REACH + 1]:
        if token in cues["imperative"]:
            return True
        if token not in cues["order_opener"]:
            return False
    return False
