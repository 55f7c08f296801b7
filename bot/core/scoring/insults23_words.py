"""Word sets of the insults23 round (issue 8, targeting_insults23.py): an identity group
named in a sentence whose hostile-looking word is aimed at no group. A purge word's own
object is a thing or an organisation ("he would annul gay marriage and ban all insurance
companies from covering birth control"), and an animal word is one of a plain list of
beings ("the flood killed men, women and animals alike").
"""

from __future__ import annotations

from typing import Final

# fmt: off
# The purge words (lexicons/en/threat.txt, hatexplain2) read as aimed at any group the
# sentence names, whatever they purge.
PURGES: Final[frozenset[str]] = frozenset({
    "ban all", "ban every", "deport all", "deport every", "kick out all", "kick out every",
    "throw out all", "throw out every", "keep out all",
})
# Words between the purge word and its object's head: "ban all [the] cars", "deport all
# [of the] funds".
OBJECT_OPENERS: Final[frozenset[str]] = frozenset({
    "the", "of", "these", "those", "this", "that", "such", "kinds", "kind", "forms",
    "form", "types", "type", "sorts", "sort",
})
OPENER_REACH: Final[int] = 3
# The object: at most OBJECT_REACH words after its openers, never past a pause or one of
# these words, which end the noun phrase ("ban all cars [from] the old town", "ban all
# fireworks [because] ...", "ban all abortions [after] six weeks").
OBJECT_ENDS: Final[frozenset[str]] = frozenset({
    "from", "in", "at", "on", "onto", "into", "because", "cause", "cuz", "but", "so",
    "to", "for", "after", "before", "with", "without", "by", "that", "which", "who",
    "while", "when", "where", "if", "unless", "until", "since", "about", "over", "under",
    "near", "around", "across", "through", "than", "as", "like", "even", "too", "also",
    "now", "then", "today", "tomorrow", "here", "there",
})
OBJECT_REACH: Final[int] = 4
# Cue lists whose words name people: an object holding one is a group or a person, and
# the purge is aimed ("ban all gay teachers", "deport all of them", "ban all those
# people"). Older rounds' person heads (olid38_words.PERSON_HEADS) count too.
PEOPLE_CUES: Final[tuple[str, ...]] = (
    "group_named", "identity", "identity_adjective", "people", "people_plural",
    "person_noun", "role", "plural_pronoun", "person_pronoun", "second_person", "group",
    "family", "room", "gendered_plural",
)
# People nouns the cue lists lack, as a purge's object: the purge stays aimed ("deport
# all the invaders", "ban all foreigners", "kick out all the scum").
PEOPLE: Final[frozenset[str]] = frozenset({
    "invaders", "foreigners", "aliens", "migrants", "illegals", "families", "citizens",
    "residents", "workers", "students", "children", "babies", "parents", "neighbours",
    "neighbors", "tourists", "visitors", "believers", "worshippers", "scum", "vermin",
    "parasites", "rats", "animals", "savages", "criminals", "thugs", "terrorists",
    "rapists", "trash", "filth", "pests", "cockroaches", "them", "everyone", "everybody",
    "anyone", "anybody", "someone", "somebody", "who", "whoever", "ones", "one", "others",
})
# The animal words an identity reading turns into a slur ("muslims are animals").
ANIMALS: Final[frozenset[str]] = frozenset({"animal", "animals"})
# The beings of a plain list ("men, women and animals", "any man, woman, child or
# animal"): people at large by sex and age, and other living things. No identity group
# and no animal used as a slur ("dogs", "pigs", "rats").
BEINGS: Final[frozenset[str]] = frozenset({
    "man", "men", "woman", "women", "child", "children", "kid", "kids", "boy", "boys",
    "girl", "girls", "baby", "babies", "people", "person", "persons", "human", "humans",
    "adult", "adults", "elderly", "family", "families", "pet", "pets", "plant", "plants",
    "livestock", "crops", "trees", "homes", "houses",
})
# The joints and modifiers inside such a list ("men, women [and their] animals", "every
# man, woman, child [or] animal", "[old] men").
LIST_WORDS: Final[frozenset[str]] = frozenset({
    "and", "or", "n", "&", "their", "the", "our", "his", "her", "its", "every", "any",
    "all", "both", "many", "some", "most", "old", "young", "little", "small", "innocent",
    "poor", "local",
})
LIST_REACH: Final[int] = 10  # list words read back from the animal word
# Words just before the list that make it a predicate or a likeness of a group named
# before it ("muslims are men and animals", "they act like women and animals").
PREDICATES: Final[frozenset[str]] = frozenset({
    "are", "is", "re", "s", "were", "was", "be", "been", "being", "like", "as", "than",
    "called", "call", "calling",
})
