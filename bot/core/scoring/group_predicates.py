"""Words that judge people, read only as said of an identity group (issue 8, hateprobe3).

"Immigrants are untrustworthy", "black people are so aggressive", "gli ebrei sono
subdoli": functional hate-speech suites write derogation with any of hundreds of
judging words, more than the lexicon's insults. The `said_of_group` cues list such
words; each becomes a lexicon entry of its own (an insult, people only) that
targeting_hateprobe3.py counts only as the predicate of a named identity group, so
"this patch is unreliable", "you're sneaky" and "cops are corrupt" stay as they were. They are
no known words to the other rules (`said_only`), so adding them changes no other reading.
`add_probe3_words` is this round's whole compile step (with core_typos.py's typos).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, MutableMapping, Set

from bot.core.scoring.core_typos import core_misspellings
from bot.core.scoring.lexicon import Entry
from bot.core.scoring.lexicon_sections import PROBE3_CUES
from bot.core.scoring.targeting_kinds import Cat

__all__ = ["PROBE3_CUES", "add_probe3_words", "said_of_group_entries", "said_only"]

SAID_OF_GROUP_WEIGHT = 0.6  # said of a group, as heavy as a plain insult at someone


def said_of_group_entries(
    words: Iterable[str], entries: Mapping[tuple[str, ...], Entry]
) -> dict[tuple[str, ...], Entry]:
    """An entry for each listed word the lexicon does not already hold."""
    return {
        (word,): Entry(word, (word,), Cat.INSULT, SAID_OF_GROUP_WEIGHT, None, True)
        for word in sorted(words)
        if (word,) not in entries
    }


def add_probe3_words(
    cue_words: Mapping[str, Set[str]],
    entries: MutableMapping[tuple[str, ...], Entry],
    typos: MutableMapping[str, str],
    taken: Set[str],
) -> dict[tuple[str, ...], Entry]:
    """The compile step of this round: the core words' typos (core_typos.py) into `typos`,
    the `said_of_group` words into `entries`; returns the entries it added."""
    typos.update(core_misspellings(cue_words.get("typo_core", ()), taken))
    said = said_of_group_entries(cue_words.get("said_of_group", ()), entries)
    entries.update(said)
    return said


def said_only(
    said: Mapping[tuple[str, ...], Entry], entries: Mapping[tuple[str, ...], Entry]
) -> frozenset[str]:
    """The added words still in the lexicon as added (a server's own term replaces one):
    they are not known words to the other rules, which read them as before."""
    return frozenset(t[0] for t, e in said.items() if entries.get(t) is e)
