"""Words of the precision33 round (issue 8, targeting_precision33.py): a vulgar name-call
used of a thing, not of a person, in a sentence that names an identity group ("the
refugees waited a bastard of a long time", "arguing with muslims is a fools errand",
"no woman will let you put your dick near them")."""

from __future__ import annotations

from typing import Final

# fmt: off
# "an X of a" thing: the words right after the name-call ("a bastard [of a] deal").
OF_A: Final[frozenset[str]] = frozenset({"a", "an"})
NOUN_REACH: Final[int] = 3  # words read after "of a" for the thing ("of a long time")
# Nouns after "of a" that are still the people or what they are ("a bitch of a people",
# "a joke of a religion", "a bastard of a tribe"): the name-call is said of them.
SMEARED: Final[frozenset[str]] = frozenset({
    "people", "peoples", "race", "races", "religion", "religions", "faith", "culture",
    "nation", "country", "creed", "tribe", "community", "ideology", "cult", "human",
    "humans", "being", "breed", "species", "society", "civilization", "civilisation",
    "folk", "lot", "bunch", "pack", "gang", "crowd", "mob", "herd", "bloodline",
})
# Thing nouns a name-call heads as a compound or idiom: "a fools errand", "fool's gold",
# "a clown car", "a troll account", "clown makeup". Narrower than forum13's COMPOUND_AFTER:
# a group's "clown show", "clown world" or "troll army" is still said of the group.
COMPOUND_THINGS: Final[frozenset[str]] = frozenset({
    "errand", "errands", "gold", "paradise", "car", "cars", "account", "accounts",
    "costume", "costumes", "makeup", "nose", "noses", "shoes", "wig", "doll", "dolls",
    "toy", "toys", "box", "bait", "fish", "mask", "masks",
})
# The "s" of a possessive between the name-call and its thing ("fool['s] errand").
POSSESSIVE_S: Final[str] = "s"
# Words between a copula and the name-call ("are [a real] bitch of a ...", "is [such a]
# clown car"): the phrase is said of the copula's subject.
BEFORE_CALL: Final[frozenset[str]] = frozenset({
    "a", "an", "one", "such", "real", "right", "total", "absolute", "proper", "utter",
    "complete", "just", "nothing", "but", "like", "the",
})
BEFORE_REACH: Final[int] = 4
COPULAS: Final[frozenset[str]] = frozenset({
    "is", "are", "was", "were", "re", "s", "be", "been", "being", "become", "became",
    "remain", "remains",
})
# Copulas of one; a plural group word before one is no subject ("trying to convert the
# jews [is] a fool's errand": the subject is the whole phrase).
SINGULAR_COPULAS: Final[frozenset[str]] = frozenset({"is", "was", "s"})
PLURAL_WITHOUT_S: Final[frozenset[str]] = frozenset({
    "women", "men", "people", "folk", "children", "police", "gentry", "clergy",
})
# Pronouns that stand for the group as the copula's subject ("they are a clown show").
GROUP_PRONOUNS: Final[frozenset[str]] = frozenset({
    "they", "these", "those", "he", "she", "it", "this", "that", "who",
})
# A vulgar body part after a possessive ("put your dick near them", "zip his dick back
# in"): the owner's body, not a name-call. The words before the possessive that make it
# a sexual demand ("suck your dick", "kiss my ...") keep it aimed.
BODY_OWNERS: Final[frozenset[str]] = frozenset({
    "your", "ur", "yur", "his", "her", "their", "my", "our", "its",
})
DEMANDS: Final[frozenset[str]] = frozenset({"kiss", "eat", "lick", "suck", "blow", "gobble"})
# The words after the body part that judge it ("your dick is tiny"): a jab at its owner.
JUDGED_AFTER: Final[frozenset[str]] = frozenset({
    "is", "s", "was", "looks", "look", "seems", "so", "too",
})
