"""Terms read only beside a named group, one registry (issue 8, tidy19).

Several rounds add terms that count only when a group is named: hateprobe3-6's
`said_of_group` words ("so corrupt" of "immigrants are so corrupt"), the `group_only`
claims of hateprobe5-7 and italian17-18 ("stay home", "ruining", "sfruttano"),
hateprobe4's denied praise ("a good one") and hatecheck24's threat terms ("with my
gun"). In a message that names no group the scorer drops their hits (scorer.py: the
claims and praise filters, the `said_of_group` return), so an index word that anchors
only such terms cannot change a verdict there: the clean gate leaves it out unless a
group is named (`gated_anchors`, read by clean_gates.gate_words and scorer.py's gate).
Words that anchor only terms no older rule read are also unknown to the other rules
(`unknown_anchors`), so adding them changes no other reading.

"A group named", for the gate, is any word after which one of the filters keeps these
hits: a group's name (the `group_named` cue), a political side (olid7's HARM_GATE,
which holds olid4's POLITICAL_GATE) and forum4's groups and heads ("landlords").
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Final

from bot.core.scoring.forum4_words import FORUM4_GATE
from bot.core.scoring.forum21_words import POWER_TERMS as FORUM21_TERMS
from bot.core.scoring.hatecheck24_words import OWN_TERMS as HATECHECK24_TERMS
from bot.core.scoring.hatecheck25_words import GONE as HATECHECK25_TERMS
from bot.core.scoring.hatecheck26_words import OWN_TERMS as HATECHECK26_TERMS
from bot.core.scoring.hatecheck27_words import OWN_TERMS as HATECHECK27_TERMS
from bot.core.scoring.hatecheck28_words import OWN_TERMS as HATECHECK28_TERMS
from bot.core.scoring.hatecheck29_words import OWN_TERMS as HATECHECK29_TERMS
from bot.core.scoring.hatecheck30_words import OWN_TERMS as HATECHECK30_TERMS
from bot.core.scoring.hatecheck31_words import OWN_TERMS as HATECHECK31_TERMS
from bot.core.scoring.hatecheck32_words import OWN_TERMS as HATECHECK32_TERMS
from bot.core.scoring.hatecheck33_words import OWN_TERMS as HATECHECK33_TERMS
from bot.core.scoring.hatecheck36_words import OWN_TERMS as HATECHECK36_TERMS
from bot.core.scoring.hatecheck37_words import GROUP_TERMS as HATECHECK37_TERMS
from bot.core.scoring.hatecheck38_words import OWN_TERMS as HATECHECK38_TERMS
from bot.core.scoring.hatecheck39_words import OWN_TERMS as HATECHECK39_TERMS
from bot.core.scoring.hatecheck43_words import OWN_TERMS as HATECHECK43_TERMS
from bot.core.scoring.hatecheck44_words import OWN_TERMS as HATECHECK44_TERMS
from bot.core.scoring.hatecheck45_words import OWN_TERMS as HATECHECK45_TERMS
from bot.core.scoring.hatecheck47_words import OWN_TERMS as HATECHECK47_TERMS
from bot.core.scoring.hatecheck51_words import OWN_TERMS as HATECHECK51_TERMS
from bot.core.scoring.hatecheck71_words import OWN_TERMS as HATECHECK71_TERMS
from bot.core.scoring.hatecheck73_words import OWN_TERMS as HATECHECK73_TERMS
from bot.core.scoring.hatecheck74_words import OWN_TERMS as HATECHECK74_TERMS
from bot.core.scoring.hateprobe5_words import GROUP_ONLY
from bot.core.scoring.lexicon import Cues, Entry
from bot.core.scoring.lexicon_sections import PRAISE_ANY
from bot.core.scoring.olid7_words import HARM_GATE
from bot.core.scoring.olid32_words import NEW_GROUPS as OLID32_GATE

__all__ = ["FIRST_NAMED_TERMS", "gated_anchors", "group_named", "only_anchoring", "unknown_anchors"]

# Terms of rounds whose rules read them only after a named group, whose words no older
# rule read (hatecheck24: "with my gun", "won't be safe", "no muslim survives";
# hatecheck25: "want them all gone" after a group named in an earlier sentence; forum21:
# "the mods are power tripping"; hatecheck26: "women are always moaning"; hatecheck27:
# "it's a shame trans people exist", "women are lower than dirt"; hatecheck28: "i cannot
# stand black people"; hatecheck29: "we need fewer women in tech", "i've had enough of jews";
# hatecheck30: "it's always the jews", "blame the immigrants"; hatecheck31: "keep the jews
# out", "i wouldn't want a muslim as a neighbour"; hatecheck32: "immigrants will never
# belong here", "jews are not one of us"; hatecheck33: "immigrants are all a burden";
# hatecheck36: "muslims always breed", "jews keep scheming", whose "begging" and "moaning"
# hatecheck26's lines share; hatecheck37: "only" of "she only got the job because she's
# black"; hatecheck38: "gay people shouldn't be around kids", "if ur muslim unfollow me";
# hatecheck39: "muslims always whine", "immigrants always play the victim", whose
# "handouts" and "overreact" no older rule read; hatecheck43: "lock up every trans person",
# "every muslim should be sent to a camp"; hatecheck44: "women dont deserve to vote",
# "immigrants bring nothing but crime"; hatecheck45: "muslims only bring violence",
# "women are good for one thing only", "any immigrant who comes here should get shot";
# hatecheck47: "women are only here to make sandwiches", "women should stick to the kitchen";
# hatecheck51: "women belong to men", "women are breeding stock"; hatecheck71: "gun down
# the immigrants", "immigrants should be gunned down", "line the jews up against the wall";
# hatecheck73: "gun the immigrants down", "throw the refugees into the sea"; hatecheck74:
# "refugees should be pushed off a cliff", "immigrants should be tossed into the sea").
FIRST_NAMED_TERMS: Final[frozenset[str]] = (
    HATECHECK24_TERMS
    | HATECHECK25_TERMS
    | HATECHECK26_TERMS
    | HATECHECK27_TERMS
    | HATECHECK28_TERMS
    | HATECHECK29_TERMS
    | HATECHECK30_TERMS
    | HATECHECK31_TERMS
    | HATECHECK32_TERMS
    | HATECHECK33_TERMS
    | FORUM21_TERMS
    | HATECHECK36_TERMS
    | HATECHECK37_TERMS
    | HATECHECK38_TERMS
    | HATECHECK39_TERMS
    | HATECHECK43_TERMS
    | HATECHECK44_TERMS
    | HATECHECK45_TERMS
    | HATECHECK47_TERMS
    | HATECHECK51_TERMS
    | HATECHECK71_TERMS
    | HATECHECK73_TERMS
    | HATECHECK74_TERMS
)
# Words besides a group's name after which the scorer's filters keep group-only hits.
_NAMED_BESIDES: Final[frozenset[str]] = HARM_GATE | FORUM4_GATE | OLID32_GATE

Anchors = Mapping[str, Sequence[tuple[int, Entry]]]


def only_anchoring(anchors: Anchors, terms: frozenset[str]) -> frozenset[str]:
    """The index words every entry of which is one of `terms`: a round's own words, which
    stay unknown to the other rules when that round's rules alone read them. Only the
    terms' own words are looked up, not the whole index (~2 ms a walk, paid five times
    for every server's scorer): a word anchoring one of them only as another spelling
    ("fuck-tard" under "tard") stays known. For the shipped rounds both give the same
    words (compared on en+it, en and it)."""
    return frozenset(
        word
        for term in terms
        for word in term.split()
        if word in anchors and all(e.term in terms for _, e in anchors[word])
    )


def unknown_anchors(anchors: Anchors, said: frozenset[str]) -> frozenset[str]:
    """Words no known words to the other rules: `said` (group_predicates.said_only, the
    hateprobe3-6 words) and the index words anchoring only FIRST_NAMED_TERMS ("gun")."""
    return said | only_anchoring(anchors, FIRST_NAMED_TERMS)


def gated_anchors(anchors: Anchors, cues: Cues) -> frozenset[str]:
    """Index words every entry of which is read only beside a named group: a person-only
    `said_of_group` word, `group_only` claim or denied praise (the scorer's filters drop
    exactly those), or a FIRST_NAMED_TERMS term."""
    said, claims, praise = cues["said_of_group"], cues[GROUP_ONLY], cues[PRAISE_ANY]
    return frozenset(
        key
        for key, items in anchors.items()
        if all(
            e.term in FIRST_NAMED_TERMS
            or (
                e.category is not None
                and e.person_only
                and (e.term in said or e.term in claims or e.term in praise)
            )
            for _, e in items
        )
    )


@functools.lru_cache(maxsize=16)
def group_named(group_words: frozenset[str]) -> frozenset[str]:
    """The words that let a gated anchor in, one copy per language set (the group words
    are shared by every scorer of a lexicon)."""
    return group_words | _NAMED_BESIDES
