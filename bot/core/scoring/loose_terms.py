"""The rounds' own terms whose anchors stay loose words to the person rules.

Some rounds add a term anchored by an everyday word ("had", "always", "only", "ate").
The round reads that term in its own shape; to every other rule the word stays what it
was before the round, an unknown word that binds no "you" ("have you ever had a
pig-squirrel?", "we ate faggots and peas"). Each such round declares its set here, one
line, instead of widening the person rules' `_unanchored` in its own `__init__`.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord32_words as d32
from bot.core.scoring import discord44_words as d44
from bot.core.scoring import hatecheck17_words as h17
from bot.core.scoring import hatecheck25_words as h25
from bot.core.scoring import hatecheck29_words as h29
from bot.core.scoring import hatecheck30_words as h30
from bot.core.scoring import hatecheck31_words as h31
from bot.core.scoring import hatecheck37_words as h37
from bot.core.scoring import hatecheck38_words as h38
from bot.core.scoring import olid24_words as o24
from bot.core.scoring import olid30_words as o30
from bot.core.scoring.group_only import Anchors, only_anchoring

LOOSE_TERM_SETS: Final[tuple[frozenset[str], ...]] = (
    h17.OWN_TERMS,  # "president", "ceo", "running"
    h25.GONE,  # "how you gone ... a bitch"
    h29.OWN_TERMS,  # "had", "fewer"
    h30.OWN_TERMS,  # "always": "you're always late"
    h31.OWN_TERMS,  # "keep", "send", "neighbour"
    o24.IT_TERMS,  # "problema"
    h37.GROUP_TERMS,  # "only": "you're only a kid"
    d32.OWN_TERMS,  # "ate", "cooked", "watch", "read"
    h38.OWN_TERMS,  # "unfollow", "talk"
    o30.OWN_TERMS,  # "faced" of "two faced", "condescending": "you faced him"
    d44.OWN_TERMS,  # "character": "your character is so stupid"
)


def loose_words(anchors: Anchors) -> frozenset[str]:
    """The index words that anchor only the terms of one declared set."""
    return frozenset().union(*(only_anchoring(anchors, terms) for terms in LOOSE_TERM_SETS))
