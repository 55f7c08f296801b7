"""Words of the hatecheck24 round (issue 8, targeting_hatecheck24.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

from bot.core.scoring.lexicon import Entry

# fmt: off
# A group warned of harm to come (threat.txt): "immigrants will get what's coming",
# "refugees won't be safe here", "gay people should watch their backs".
# Not "wont be safe": "wont" as a word of the lexicon changes how other lines are read;
# not "won't last long": "long" would become an index word, off the clean fast path.
WARNED: Final[frozenset[str]] = frozenset({
    "get what s coming", "won t be safe", "will not be safe", "watch their backs",
    "watch their back",
})
# A warning that is one only said of the future ("jews will pay for this", "refugees
# are gonna regret coming here"); "immigrants should pay for this" is a policy.
FUTURE_WARNED: Final[frozenset[str]] = frozenset({
    "pay for this", "pay for that", "regret coming here", "regret coming",
})
FUTURE: Final[frozenset[str]] = frozenset({"will", "ll", "gonna", "going"})
# Between the group and the warning: its future or modal ("will", "are gonna", "better",
# "need to"); anything else ("should not have to", "say they") leaves the shape.
WARN_GAP: Final[frozenset[str]] = frozenset({
    "will", "ll", "are", "re", "is", "s", "gonna", "going", "to", "better", "had", "d",
    "should", "need", "needs", "must", "all", "soon", "finally", "really", "ever",
})
WARN_GAP_REACH: Final = 4
# What may follow the warning before its clause closes: a place or a time of the harm
# ("here much longer", "around me", "in this town", "to them"). Anything else ("in the
# camps", "until the law changes", "if this bill passes") leaves the shape.
WARN_TAIL: Final[frozenset[str]] = frozenset({
    "here", "much", "longer", "for", "long", "anymore", "any", "more", "around", "me", "us",
    "to", "them", "soon", "in", "this", "country", "town", "city", "street", "area", "now",
    "neighbourhood", "neighborhood", "anywhere", "no", "very", "our", "my", "ever", "again",
    "lol", "tho", "though",
})
WARN_TAIL_REACH: Final = 5
# The writer waiting for a group, armed (threat.txt): "I'll be waiting for the jews with
# my gun".
ARMED: Final[frozenset[str]] = frozenset({
    "with my gun", "with my guns", "with our guns", "with a gun", "with guns",
    "with my rifle", "with a rifle", "with rifles", "with my knife", "with a knife",
    "with knives", "with my bat", "with a bat", "with bats",
})
WAITING: Final[frozenset[str]] = frozenset({"waiting", "wait"})
FOR: Final[frozenset[str]] = frozenset({"for"})
# Between "for" and the group: "the", "those", "all the".
GROUP_LEADS: Final[frozenset[str]] = frozenset({"the", "those", "these", "all", "them", "any"})
# No member left alive (threat.txt): "we will make sure no muslim survives".
SURVIVE: Final[frozenset[str]] = frozenset({
    "survives", "survive", "gets out alive", "get out alive", "makes it out alive",
    "make it out alive",
})
NO: Final[frozenset[str]] = frozenset({"no"})
SURE: Final[frozenset[str]] = frozenset({"sure"})
MAKE: Final[frozenset[str]] = frozenset({"make", "makes", "making", "gonna", "ll"})
# The writer, the subject of the threat.
WRITER: Final[frozenset[str]] = frozenset({
    "i", "im", "ill", "id", "we", "imma", "ima", "lets", "us", "ive",
})
# A threat denied or reported, before it in its sentence.
DENIALS: Final[frozenset[str]] = frozenset({
    "not", "never", "nobody", "dont", "wont", "wouldnt", "cant", "t", "shouldn",
    "shouldnt",
})
REPORTING: Final[frozenset[str]] = frozenset({
    "said", "says", "say", "saying", "wrote", "posted", "threatened", "threatens", "claims",
    "claimed", "told", "tweeted", "reported", "warn", "warns", "warned", "warning", "fear",
    "fears", "feared", "worry", "worried", "afraid",
})
THREAT_REACH: Final = 12  # tokens back from the threat to its sentence's start
# Every term the round's rules read first (probe4_aim), one gate.
OWN_TERMS: Final[frozenset[str]] = WARNED | FUTURE_WARNED | ARMED | SURVIVE
# Life denied to one member ("not one refugee deserves to live"): hateprobe3's claim
# terms, read again here for the members its group cue does not name in the singular.
LIFE: Final[frozenset[str]] = frozenset({
    "deserve to live", "deserves to live", "deserve to exist", "deserves to exist",
    "deserve to be alive", "deserves to be alive",
})
NOT: Final[frozenset[str]] = frozenset({"not"})
ONE: Final[frozenset[str]] = frozenset({"one", "single", "a"})
# Sent back with no group in reach: "the books are late, send them back".
SEND_BACK: Final[frozenset[str]] = frozenset({"send them back", "send them all back"})
# fmt: on


def group_first_anchors(
    anchors: Mapping[str, Sequence[tuple[int, Entry]]], more: frozenset[str] = frozenset()
) -> frozenset[str]:
    """Index words anchoring only the round's own terms ("gun" of "with my gun") or the
    later rounds' `more` ("gone" of hatecheck25's "want them gone"): the rules read those
    terms only with a group named first, so the words stay unknown to the other rules,
    which read them as before (lexicon_compile)."""
    own = OWN_TERMS | more
    return frozenset(key for key, items in anchors.items() if all(e.term in own for _, e in items))
