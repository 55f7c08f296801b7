"""Shape words of the OLID round's rules (issue 8, seventh session: targeting_olid4.py).

Kept here, not in cues.txt: every cue word also becomes a known word, and the older rules
read a word no list knows as a name ("Beto is a joke"), so listing "gop" or "senator"
there would change what those rules decide.
"""

from __future__ import annotations

from typing import Final

# fmt: off
# Partisan and ideological groups: judging words said of them are aimed at a group of
# people ("liberals are so clueless", "silly unhinged liberals"), at a lower severity
# than an identity group. Professions (politicians, journalists) are left out: the hate
# suites count abuse of them as non-hateful. Singular words need SINGULAR_GROUPS' shapes.
POLITICAL_GROUPS: Final[frozenset[str]] = frozenset({
    "liberals", "libs", "libtards", "leftists", "lefties", "conservatives", "republicans",
    "democrats", "dems", "repubs", "gop", "maga", "magats", "trumpers", "trumpsters",
    "antifa", "progressives", "socialists", "communists", "commies", "marxists", "globalists",
    "neocons", "rinos", "left", "right", "democrat", "republican", "liberal", "leftist",
    "conservative", "sinistra", "destra", "leghisti", "grillini", "piddini", "sinistrorsi",
    "comunisti", "fascisti",
})
# Group words that name a group only as a noun ("the left", "the democrat party"?):
# singular adjectives of the list above, read as the group only when they head the
# subject ("the left is full of morons"), never before another noun ("left lane").
SINGULAR_GROUPS: Final[frozenset[str]] = frozenset({
    "left", "right", "democrat", "republican", "liberal", "leftist", "conservative",
    "sinistra", "destra",
})
# The political groups a message must name for the scorer's said-of-group gate to let
# it through: the plural words ("democrats are all crooks") and the words that make
# "left"/"right" a wing ("the far right are lunatics"), not "left" or "right" alone.
# The plural political groups ("liberals are"; "antifa is" is singular).
PLURAL_GROUPS: Final[frozenset[str]] = POLITICAL_GROUPS - SINGULAR_GROUPS
POLITICAL_GATE: Final = PLURAL_GROUPS | {
    "far", "wing", "radical", "extreme", "alt",
    # forum19: "the left are lunatics", "the woke left are lunatics", "left wingers are
    # lunatics"; the rules read "left"/"right" as a wing only in the group's shapes
    "left", "right", "woke", "wingers",
}
# "left"/"right" as a side of a map, not a party: game talk, or these words in the line.
SIDES: Final = frozenset({"left", "right", "sinistra", "destra"})
MAP_WORDS: Final = frozenset({
    "push", "lane", "flank", "rotate", "open", "site", "door", "corner", "spawn", "map",
    "tower", "base", "jungle", "mid", "bot", "top", "side", "turn", "go", "strada",
})
# Before a singular group word that heads its phrase: "the left is", "the far right are".
SINGULAR_LEADS: Final = frozenset({
    "the", "far", "radical", "extreme", "alt", "la",
    "woke",  # forum19: "the woke left are lunatics"
})
# forum19: a plural of a wing's people, a group only after "left"/"right" ("left wingers
# are clowns", "right-wingers are idiots"); "our wingers are slow" are a team's players.
WINGERS: Final[frozenset[str]] = frozenset({"wingers"})
# Nouns after a singular group word that make it a group of people ("the left wing",
# "liberal people", "democrat party").
GROUP_HEADS: Final = frozenset({
    "wing", "party", "people", "folks", "crowd", "mob", "base", "establishment", "side",
})
# Verbs between a group subject and a judging word that say it of the group: "liberals
# are clueless", "liberals have no shame", "the left is full of morons".
GROUP_VERBS: Final = frozenset({
    "are", "is", "were", "was", "have", "has", "be", "re", "sono", "e", "hanno", "ha",
})
# Words allowed between the group and its verb or the verb and the judging word.
GROUP_FILLERS: Final = frozenset({
    "all", "just", "so", "such", "really", "truly", "kinda", "sorta", "very", "too",
    "always", "still", "now", "full", "of", "a", "an", "the", "bunch", "total", "complete",
    "utter", "absolute", "these", "those", "today", "tutti", "solo", "dei", "degli", "delle",
    "proprio", "davvero", "cosi", "pieni", "piena", "pieno", "di", "un", "una",
})
# Curse verbs that aim at their object: "fuck him", "screw them".
CURSE_VERBS: Final = frozenset({"fuck", "fck", "fuk", "screw", "fuckin", "fucking", "f"})
# Objects that are people: "fuck em", "screw her".
PERSON_OBJECTS: Final = frozenset({"him", "her", "them", "em", "he", "she"})
# Words that may open a curse's clause: "oh fuck him", "and screw them".
CURSE_OPENERS: Final = frozenset({
    "and", "so", "just", "well", "oh", "honestly", "seriously", "yeah",
})
# People a determiner names after "fuck this ...", "the ... that should be in prison".
PEOPLE: Final = frozenset({
    "guy", "dude", "man", "woman", "lady", "girl", "boy", "kid", "person", "bloke", "fella",
    "senator", "congressman", "congresswoman", "politician", "president", "governor",
    "mayor", "judge", "journalist", "reporter", "anchor", "host", "coach", "ref", "referee",
    "umpire", "player", "owner", "actor", "actress", "singer", "rapper", "pundit",
    "columnist", "commentator", "candidate", "minister", "leader", "clown", "idiot",
    "human", "humans", "individual", "being", "people", "activist", "speaker",
    "ceo", "chairman", "secretary", "nominee", "commissioner", "quarterback",
    "manager", "kicker", "goalkeeper", "striker", "pitcher",
    "ministro", "politico", "giornalista", "senatore", "deputato", "sindaco", "tizio",
})
# Determiners before a name-call heading a noun phrase: "the clown that ...".
DETERMINERS: Final = frozenset({
    "the", "this", "that", "a", "an", "another", "these", "those", "some", "such",
})
# After "<name-call> that", a verb or modal that makes "that" a relative pronoun of a
# person ("the clown that should be in prison", "the liar that lied under oath").
RELATIVE_VERBS: Final = frozenset({
    "should", "is", "was", "has", "had", "keeps", "kept", "wants", "wanted", "thinks",
    "thought", "can", "could", "will", "would", "lied", "lies", "does", "did", "never",
    "always", "just", "calls", "called", "says", "said", "tried", "tries", "claims",
    "claimed", "refuses", "refused", "runs", "ran", "voted", "votes", "wrote", "writes",
    "sits", "sat", "belongs", "deserves", "needs",
})
# After "that", verbs only people do: "the clown that lied under oath", "the pig that
# runs this city"; "the garbage that was on the street" is garbage (RELATIVE_VERBS are
# read so only after a word that names only people, "the idiot that was elected").
PERSON_VERBS: Final = frozenset({
    "should", "thinks", "thought", "lied", "lies", "wants", "wanted", "calls", "called",
    "says", "said", "tried", "tries", "claims", "claimed", "refuses", "refused", "runs",
    "ran", "voted", "votes", "wrote", "writes", "deserves",
})
RELATIVES: Final = frozenset({"who", "whom", "whose", "whos", "who's"})
# Praise after a name-call's relative clause: the noun is literal ("the clowns who came
# to the party were amazing").
PRAISE: Final = frozenset({
    "amazing", "awesome", "great", "incredible", "brilliant", "fantastic", "wonderful",
    "beautiful", "best", "talented", "hilarious", "funny", "fun", "cute", "cool", "legend",
    "goat", "love", "loved", "adorable", "impressive", "fantastici", "bravissimi",
})
# Exclaimed, these are as often awe as a name-call: "what a monster he is", "what a beast".
AWED: Final = frozenset({"monster", "beast", "animal", "savage", "machine", "mostro", "bestia"})
# Exclamations that put a name-call to its person: "what a clown this governor is".
EXCLAIMING: Final = frozenset({"what", "such"})
SUBJECT_PRONOUNS: Final = frozenset({"he", "she", "they"})

COPULAS: Final = frozenset({"is", "was", "are", "were", "s", "re"})
# The first word of a name-call that says what a person lacks: "she has no shame".
LACKING: Final = frozenset({"no", "zero"})
HAVING: Final = frozenset({"has", "have", "had", "hasnt", "ha", "hanno"})
# Lexicon terms that tell what someone did or feels rather than what they are: never
# lifted to a name-call's floor ("violent liberals", "liberals are sick of it").
UNJUDGING: Final = frozenset({
    "violent", "dangerous", "criminal", "criminals", "sexual", "sick of", "tired of",
    "hating", "hates", "hated", "hatred for",
})
# fmt: on
