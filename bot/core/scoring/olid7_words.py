"""Word lists of the olid7 round (issue 8, tenth session): the words
targeting_olid7.py reads, by the shape it reads them in."""

from __future__ import annotations

from typing import Final

from bot.core.scoring.olid4_words import POLITICAL_GATE

# fmt: off

# Judging adjectives that make the person noun after them a bad kind of person ("an evil
# little man", "a vile human being", "you miserable old woman"). The first group is in
# the lexicon already; the second is the round's own (insult.txt, "olid7" header) and
# counts only in this shape.
KIND_OLD: Final[frozenset[str]] = frozenset({
    "evil", "pathetic", "disgusting", "horrible", "nasty", "vile", "cruel", "despicable",
    "terrible", "awful", "hateful", "creepy", "gross", "repulsive", "scummy", "dishonest",
    "deceitful", "selfish", "greedy", "pitiful", "spineless", "ignorant", "corrupt",
    "crooked", "stupid", "dumb", "worthless", "arrogant", "lazy", "smug", "shameless",
    "ugly", "fat", "clueless", "delusional", "deranged", "unhinged", "embarrassing",
})
KIND_NEW: Final[frozenset[str]] = frozenset({
    "miserable", "wicked", "heartless", "petty", "vicious", "cowardly", "boring", "bitter",
})
KIND: Final[frozenset[str]] = KIND_OLD | KIND_NEW
# The new words that also count as a trait said outright ("she is so petty", "you are
# heartless"); "miserable" and "boring" are said of one's mood and of things as often,
# "bitter" of a loser's mood ("you are a bitter, old ... senator" is profanity-only in
# Civil Comments' labels).
NEW_TRAITS: Final[frozenset[str]] = frozenset({
    "wicked", "heartless", "petty", "vicious", "cowardly",
})
# A denial of wits said of the reader or a person (insult.txt, "olid7" header).
DIM: Final[frozenset[str]] = frozenset({
    "not very bright", "not very smart", "not very intelligent", "not too bright",
    "not too smart", "not that bright", "not exactly bright", "not exactly smart",
    "not the brightest", "not the sharpest", "not the smartest",
})
# Words that may stand between the judging word and the person: "a sad bitter old man".
KIND_FILLERS: Final[frozenset[str]] = KIND | frozenset({
    "little", "old", "sad", "bitter", "lonely", "angry", "sorry", "poor", "small",
    "tiny", "fucking", "fking", "damn", "bloody", "excuse", "for", "a", "an",
})
KIND_FILLER_REACH: Final = 3  # "a sad bitter old man", "a pathetic excuse for a human"
# The person a judging word makes a bad kind of person.
KIND_PEOPLE: Final[frozenset[str]] = frozenset({
    "man", "woman", "person", "human", "individual", "people", "guy", "dude", "lady",
    "creature", "specimen", "men", "women", "humans", "persons", "folks", "bloke",
    "fella", "soul", "being", "beings", "citizen",
})
# After the person, in the clause: its end or a joining word; "in the movie", "since
# grandma died", "to work with" describe on.
KIND_AFTER: Final[frozenset[str]] = frozenset({
    "and", "who", "that", "lol", "smh", "period", "ever", "alive", "too", "tbh",
    "honestly", "seriously", "really",
})
# Between the subject's copula (or "what") and the judging word: "is such a", "is one".
KIND_BRIDGE: Final[frozenset[str]] = frozenset({
    "a", "an", "such", "so", "one", "just", "really", "truly", "the", "most", "real",
    "absolutely", "totally", "complete", "total", "utter", "utterly", "clearly",
    "obviously", "literally", "simply", "still", "always", "nothing", "but", "very",
    "sad", "little", "old", "lonely",
})
KIND_BRIDGE_REACH: Final = 4
# People a copula's subject may name ("the mayor is", "her husband is").
SUBJECT_PEOPLE: Final[frozenset[str]] = frozenset({
    "guy", "man", "woman", "dude", "lady", "girl", "boy", "senator", "president",
    "governor", "mayor", "judge", "congressman", "congresswoman", "politician",
    "candidate", "nominee", "reporter", "journalist", "minister", "husband", "wife",
    "brother", "sister", "father", "mother", "dad", "mom", "son", "daughter", "boss",
    "coach", "teacher", "host", "anchor", "professor", "leader", "sheriff", "chief",
    "cop", "officer", "lawyer", "attorney", "author", "writer", "owner", "ceo",
    "people", "folks", "guys", "men", "women",
})
# Before such a person: a word pointing at one ("this woman", "her husband").
SUBJECT_POINTERS: Final[frozenset[str]] = frozenset({
    "this", "that", "the", "her", "his", "their", "these", "those",
})
# Pointers at one person: "this woman is unhinged" is one woman, never women.
ONE_POINTERS: Final[frozenset[str]] = frozenset({"this", "that", "her", "his"})
# Plural or joined subjects: "they are", "theyre".
THEY: Final[frozenset[str]] = frozenset({"they", "theyre"})

# A trait said of "they" or of a pointed person ("they are shameless", "her husband is
# unhinged"): only words said of people, never of things ("they are useless" may be the
# chargers, "disgusting" the food).
TRAITS: Final[frozenset[str]] = frozenset({
    "clueless", "ignorant", "arrogant", "smug", "lazy", "selfish", "shameless", "corrupt",
    "crooked", "dishonest", "deceitful", "greedy", "spineless", "stupid", "dumb",
    "hateful", "cruel", "vile", "despicable", "delusional", "deranged", "unhinged",
    "evil", "idiots", "morons", "hypocrites", "liars", "cowards", "scum", "pathetic",
    "cancer", "traitors", "traitor", "the worst",
}) | NEW_TRAITS
# "the worst" goes on with what the person is the worst of and when ("he is the worst
# speaker ever", "they are the worst people alive"); a preposition makes it a skill ("the
# worst at cooking") or a time ("the worst in years").
WORST: Final = "the worst"
WORST_ENDS: Final[frozenset[str]] = frozenset({
    "ever", "alive", "lol", "period", "smh", "history", "time",
})
WORST_REACH: Final = 2  # "the worst (human) (being) ever"
NOT_WORST: Final[frozenset[str]] = frozenset({
    "at", "in", "of", "for", "to", "with", "on", "about", "when", "day", "week", "year",
    "thing", "part", "game", "idea",
})
# Name-call nouns a trait clause may go on after with whom they harm ("he is a cancer to
# democracy", "they are traitors to this country"), as "too <trait> to" does ("they are
# far too clueless to change").
TRAIT_TO: Final[frozenset[str]] = frozenset({"cancer", "traitors", "traitor"})
TO_AFTER: Final[frozenset[str]] = frozenset({"to", "on"})
# After the trait: its clause ends, or joins another ("shameless and corrupt").
TRAIT_AFTER: Final[frozenset[str]] = frozenset({
    "and", "lol", "smh", "period", "af", "too", "tbh", "honestly", "people", "idiots",
    "though", "tho", "amp",
})
# Before a trait, past w5's bridge: "far too clueless", "way too dumb".
TRAIT_BRIDGE: Final[frozenset[str]] = frozenset({"far", "way", "much", "a"})

# hateprobe5's harm words (cues.txt [group_ruin], read by it only of an identity group),
# said of a political group: "liberals are destroying this country", "the left is
# ruining everything", "democrats have ruined this state".
GROUP_HARM: Final[frozenset[str]] = frozenset({
    "ruin", "ruins", "ruining", "ruined", "destroy", "destroys", "destroying", "destroyed",
    "wreck", "wrecks", "wrecking", "wrecked",
})
# The words that keep the harm words in a message that names no identity group
# (scorer.py drops them otherwise): a political group.
HARM_GATE: Final[frozenset[str]] = POLITICAL_GATE | frozenset({
    "antifa", "gop", "maga", "left", "right",
})
# Between the group and the harm word: its verb ("are", "have", "will") and fillers.
HARM_VERBS: Final[frozenset[str]] = frozenset({
    "are", "is", "have", "has", "will", "keep", "re", "ve", "ll",
})
# What they are said to harm need not be named ("democrats are ruining everything"), but
# a game or a match is no harm ("are destroying the competition").
HARM_NOT: Final[frozenset[str]] = frozenset({
    "competition", "league", "game", "games", "match", "opponents", "themselves",
    "records", "it", "their",
})
# After "as <trait> as": the trait at its utmost ("as crooked as they come", "as dumb
# as a rock", "as corrupt as the day is long").
AS_IDIOMS: Final[frozenset[tuple[str, ...]]] = frozenset({
    ("they", "come"), ("the", "day", "is"), ("a", "rock"), ("a", "box", "of"),
    ("a", "brick"), ("a", "post"), ("it", "gets"), ("they", "get"), ("can", "be"),
    ("a", "bag", "of"), ("a", "sack", "of"),
})
# Before a group: only some of it ("some democrats", "many liberals", "not all"): olid7, olid8.
PART: Final[frozenset[str]] = frozenset({"some", "many", "few", "certain", "several", "not"})
