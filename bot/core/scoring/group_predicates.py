"""Words that judge people, read only as said of an identity group (issue 8, hateprobe3).

"Immigrants are untrustworthy", "black people are so aggressive", "i rom sono
inaffidabili": functional hate-speech suites write derogation with any of hundreds of
judging words, more than the lexicon's insults. The `said_of_group` cues list such
words; each becomes a lexicon entry of its own (an insult, people only) that
targeting_hateprobe3.py counts only as the predicate of a named identity group, so
"this game is toxic", "you're crazy" and "cops are lazy" stay as they were.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from bot.core.scoring.lexicon import Entry
from bot.core.scoring.verdict import Category

SAID_OF_GROUP_WEIGHT = 0.6  # said of a group, as heavy as a plain insult at someone


def said_of_group_entries(
    words: Iterable[str], entries: Mapping[tuple[str, ...], Entry]
) -> dict[tuple[str, ...], Entry]:
    """An entry for each listed word the lexicon does not already hold."""
    return {
        (word,): Entry(word, (word,), Category.INSULT, SAID_OF_GROUP_WEIGHT, None, True)
        for word in sorted(words)
        if (word,) not in entries
    }
