"""Harm and inability said of a named group, as lexicon words (issue 8, hateprobe5).

"Immigrants are ruining this town", "women cant do math", "le donne non sanno guidare":
the attack is a claim about what a group does or cannot do, with no insult word in it.
The `group_ruin` and `group_unable` cues list the verbs and inability words; each
becomes a lexicon entry of its own (an insult, people only) that
targeting_hateprobe5.py counts only with a named group as the clause's subject, so
"this patch ruined the game" and "I can't think straight" stay clean. Like the
`said_of_group` words they are no known words to the other rules.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping, Set

from bot.core.scoring.lexicon import Entry, tokenize_term
from bot.core.scoring.verdict import Category

__all__ = ["PROBE5_WEIGHT", "add_probe5_words"]

PROBE5_WEIGHT = 0.56  # a claim about a group, a shade under a judging word said of it
# "can't" is read as two tokens ("can", "t"): the cue "cant" stands for both spellings.
_APOSTROPHE = {"cant": "can't"}


def add_probe5_words(
    cue_words: Mapping[str, Set[str]], entries: MutableMapping[tuple[str, ...], Entry]
) -> dict[tuple[str, ...], Entry]:
    """An entry for each `group_ruin` / `group_unable` word the lexicon does not hold;
    added to `entries` and returned."""
    words = {*cue_words.get("group_ruin", ()), *cue_words.get("group_unable", ())}
    terms = sorted(words) + [_APOSTROPHE[word] for word in sorted(words) if word in _APOSTROPHE]
    added: dict[tuple[str, ...], Entry] = {
        key: Entry(term, key, Category.INSULT, PROBE5_WEIGHT, None, True)
        for term in terms
        if (key := tokenize_term(term)) not in entries
    }
    entries.update(added)
    return added
