"""Harm, inability, a place and violence said of a named group, as lexicon words
(issue 8, hateprobe5).

"Immigrants are ruining this town", "women cant do math", "women should stay in the
kitchen": the attack is a claim about what a group does, cannot do or must do, with no
insult word in it. The `group_ruin`, `group_unable` and `group_place` cues list the
verbs, inability words and places; each becomes a lexicon entry of its own (an insult,
people only) that targeting_hateprobe5.py counts only with a named group as the
clause's subject, so "this patch ruined the game", "I can't think straight" and "I
should stay home tonight" stay clean. The `group_harm` verbs become threats that
targeting_hateprobe5.py counts only as the writer's promise to a group ("I'm
going to slap every muslim I see"), never "I'll shoot the ball". Like the
`said_of_group` words they are no known words to the other rules.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping, Set
from typing import Final

from bot.core.scoring.lexicon import Entry, tokenize_term
from bot.core.scoring.verdict import Category

__all__ = [
    "GROUP_ONLY",
    "PROBE5_THREAT_WEIGHT",
    "PROBE5_WEIGHT",
    "add_probe5_words",
    "add_unknown_words",
    "group_only_terms",
]

# The cue name under which the compiled lexicon keeps `group_only_terms` (built once per
# lexicon, so every server's scorer shares the set).
GROUP_ONLY: Final = "group_only"
PROBE5_WEIGHT: Final = 0.56  # a claim about a group, a shade under a judging word said of it
PROBE5_THREAT_WEIGHT: Final = 0.78  # violence promised to a group: a threat, high severity
# "can't" is read as two tokens ("can", "t"): the cue "cant" stands for both spellings.
_APOSTROPHE: Final = {"cant": "can't"}


def add_probe5_words(
    cue_words: Mapping[str, Set[str]], entries: MutableMapping[tuple[str, ...], Entry]
) -> dict[tuple[str, ...], Entry]:
    """An entry for each `group_ruin` / `group_unable` / `group_place` word (an insult)
    and `group_harm` verb (a threat) the lexicon does not hold as a word, added to
    `entries`. Returned are those whose words were in no phrase either: only they become
    unknown words to the other rules, so "place" or "kitchen", already words of phrases,
    are read by them as before ("Place is gross")."""
    words = {
        *cue_words.get("group_ruin", ()),
        *cue_words.get("group_unable", ()),
        *cue_words.get("group_place", ()),
    }
    terms = sorted(words) + [_APOSTROPHE[word] for word in sorted(words) if word in _APOSTROPHE]
    added: dict[tuple[str, ...], Entry] = {
        key: Entry(term, key, Category.INSULT, PROBE5_WEIGHT, None, True)
        for term in terms
        if (key := tokenize_term(term)) not in entries
    }
    added.update(
        ((word,), Entry(word, (word,), Category.THREAT, PROBE5_THREAT_WEIGHT, None, True))
        for word in sorted(cue_words.get("group_harm", ()))
        if (word,) not in entries and (word,) not in added
    )
    return add_unknown_words(entries, added)


def add_unknown_words(
    entries: MutableMapping[tuple[str, ...], Entry], added: Mapping[tuple[str, ...], Entry]
) -> dict[tuple[str, ...], Entry]:
    """Add a round's new entries (none the lexicon holds) to `entries`; return those whose
    words stand in no phrase either: only they are unknown words to the other rules
    (hateprobe5, hateprobe6)."""
    in_phrases = {token for key in entries if len(key) > 1 for token in key}
    entries.update(added)
    return {key: entry for key, entry in added.items() if in_phrases.isdisjoint(key)}


def group_only_terms(cue_words: Mapping[str, Set[str]]) -> frozenset[str]:
    """The terms of this round, and "t" (of "can't"): in a message that names no group
    (nor a place of worship) the scorer drops these hits before reading ("stay home",
    "I'm going to beat the boss"), so they cost nothing there and change no other
    reading ("Son of a bitch! Forgot my charger at home")."""
    words = {
        *cue_words.get("group_ruin", ()),
        *cue_words.get("group_unable", ()),
        *cue_words.get("group_place", ()),
        *cue_words.get("group_harm", ()),
    }
    apostrophes = {_APOSTROPHE[word] for word in words if word in _APOSTROPHE}
    return frozenset(words | apostrophes | ({"t"} if apostrophes else set()))
