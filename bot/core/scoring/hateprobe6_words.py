"""A group wished dead, shut out or denied a vote, as lexicon words (issue 8, hateprobe6).

"The only good immigrant is a dead immigrant", "No women allowed", "Niente rom qui",
"Muslims should not have any rights": the attack has no insult word in it. The `dead6`,
`allowed6` and `rights6` cues list the anchor words; each becomes a lexicon entry of
its own that targeting_hateprobe6.py counts only in its shape with a named group, so
"my phone is dead", "no pets allowed" and "everyone should vote" stay clean. Like the
hateprobe5 words they are group-only: a message that names no group drops them before
any rule reads it.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping, Set
from typing import Final

from bot.core.scoring.hateprobe5_words import add_unknown_words
from bot.core.scoring.lexicon import Entry
from bot.core.scoring.lexicon_sections import PROBE6_CUES
from bot.core.scoring.verdict import Category

__all__ = [
    "GROUP_ARTICLES",
    "PROBE6_DEAD_WEIGHT",
    "PROBE6_WEIGHT",
    "add_probe6_words",
    "probe6_group_only",
]

PROBE6_WEIGHT: Final = 0.58  # a group shut out or denied rights: a shade over a claim about it
PROBE6_DEAD_WEIGHT: Final = 0.79  # a group wished dead: a threat, high severity
# The words a named group may open with, English and Italian ("the jews", "tutti i rom");
# hateprobe6 walks them after a group's name, italian12 before it.
GROUP_ARTICLES: Final[frozenset[str]] = frozenset(
    {"the", "i", "gli", "le", "those", "these", "all", "tutti", "tutte"}
)
_PRAISE6: Final = frozenset({"good"})  # this round's praise_denied word (cues.txt, en)


def add_probe6_words(
    cue_words: Mapping[str, Set[str]], entries: MutableMapping[tuple[str, ...], Entry]
) -> dict[tuple[str, ...], Entry]:
    """An entry for each of this round's cue words the lexicon does not hold as a word,
    added to `entries`; returned are those in no phrase either (unknown words to the
    other rules, as hateprobe5_words does)."""
    added: dict[tuple[str, ...], Entry] = {}
    for word in sorted(cue_words.get("dead6", ())):
        added[(word,)] = Entry(word, (word,), Category.THREAT, PROBE6_DEAD_WEIGHT, None, True)
    for name in ("allowed6", "rights6"):
        for word in sorted(cue_words.get(name, ())):
            added[(word,)] = Entry(word, (word,), Category.EXCLUSION, PROBE6_WEIGHT, None, True)
    added = {key: entry for key, entry in added.items() if key not in entries}
    return add_unknown_words(entries, added)


def probe6_group_only(cue_words: Mapping[str, Set[str]]) -> frozenset[str]:
    """This round's words: dropped by the scorer in a message that names no group, and no
    hostility of their own to the other rules ("good morning bitches" stays banter)."""
    own = frozenset().union(*(cue_words.get(name, ()) for name in PROBE6_CUES))
    return own | (_PRAISE6 & frozenset(cue_words.get("praise_denied", ())))
