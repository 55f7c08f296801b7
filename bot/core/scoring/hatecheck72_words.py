"""Words of the hatecheck72 round (issue 8, targeting_hatecheck72.py): identity groups
named by a word the cue lists cannot read as a group everywhere, an adjective-like name
used bare as a plural ("the japanese are animals", "i hate the vietnamese") or an
everyday word that is also a group ("natives are animals", "travellers are vermin",
"dwarfs are disgusting"). The plural names that name only people ("libyans",
"amputees") are en/cues.txt `[identity]` lines, read by every older shape."""

from __future__ import annotations

from typing import Final

# fmt: off
# Adjective-like names of peoples ("japanese food", "the congolese team"): a group only
# bare, as a plural subject or object. "chinese" is an older `[identity]` line.
BARE_NAMES: Final[frozenset[str]] = frozenset({
    "japanese", "vietnamese", "sudanese", "congolese", "nepalese", "lebanese",
    "taiwanese", "senegalese", "burmese", "togolese", "guyanese", "portuguese",
})
# Everyday words that are also groups ("natives of the island", "travellers at the
# airport", "the dwarfs in the hobbit", "white dwarfs"): never read in game talk
# ("the natives in this game"), where they name a faction, a map's people or a race.
EVERYDAY_GROUPS: Final[frozenset[str]] = frozenset({
    "natives", "travellers", "travelers", "dwarfs", "dwarves",
})
NAMES: Final[frozenset[str]] = BARE_NAMES | EVERYDAY_GROUPS

# --- The subject: the name opening its sentence over OPENERS, a verb or a modal right
# after it ("the japanese are", "natives should", "travellers don't"), the hit at most
# SUBJECT_REACH tokens after the name: never "the dwarfs in the hobbit are greedy",
# "japanese food is", "white dwarfs are".
OPENERS: Final[frozenset[str]] = frozenset({
    "the", "all", "these", "those", "most", "honestly", "fucking", "bloody", "damn",
})
OPENER_REACH: Final[int] = 3
LEADS: Final[frozenset[str]] = frozenset({
    "are", "were", "r", "should", "must", "will", "would", "can", "cant", "cannot",
    "don", "dont", "do", "deserve", "need", "have", "all", "always", "just",
    "make", "belong", "ought", "ruin", "steal", "smell", "stink", "breed",
})
SUBJECT_REACH: Final[int] = 6
# Between the name and the hit, words that lead to another noun or a comparison: the hit
# is said of that ("the lebanese deserve better than this corrupt government", "the
# japanese are tired of their lazy politicians").
ELSEWHERE: Final[frozenset[str]] = frozenset({
    "this", "that", "my", "your", "his", "her", "their", "our", "than", "of", "about",
    "with", "at", "for", "by", "when", "because",
})

# --- The object: the name right after the hit over OBJECT_GAP ("i hate the vietnamese",
# "kill all the lebanese", "get rid of all those natives"), closing its clause: never "i
# hate the japanese exam", "i hate the natives level".
OBJECT_GAP: Final[frozenset[str]] = frozenset({"the", "all", "those", "these", "of"})
OBJECT_GAP_REACH: Final[int] = 3
# Before the hit, opening its sentence: the writer's own call or feeling ("i hate", "we
# should kill all", "lets deport", "just get rid of"), never someone else's deed told
# ("the settlers tried to wipe out the natives", "the colonists wanted to exterminate").
WRITER_RUN: Final[frozenset[str]] = frozenset({
    "i", "we", "just", "honestly", "really", "truly", "let", "lets", "s", "us", "so",
    "should", "must", "need", "to", "want", "wanna", "gotta", "go", "can", "t",
})
WRITER_REACH: Final[int] = 4
# Negation words (en/cues.txt `[negation]`) at most this many tokens before the hit: "i
# don't hate the vietnamese", "i do not want the japanese gone".
NEGATION_REACH: Final[int] = 3
