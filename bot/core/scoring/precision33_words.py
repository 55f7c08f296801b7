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
# The things an "X of a" may be said of: a stretch of time, a task or an ordeal, an event,
# a deal or a cost, a built or natural thing ("a bastard of a week", "a bitch of a commute",
# "a monster of a dam", "a pig of a deal"). The thing must be named: a person ("a pig of
# a mayor"), a trait ("a bitch of a temper") or anything else after "of a" stays as read.
THINGS: Final[frozenset[str]] = frozenset({
    # time
    "time", "day", "days", "week", "month", "year", "decade", "night", "evening", "morning",
    "afternoon", "weekend", "season", "winter", "summer", "spring", "autumn", "fall",
    "holiday", "stretch", "spell", "wait", "delay", "queue", "line",
    # tasks, ordeals, journeys
    "job", "task", "chore", "process", "project", "climb", "hike", "walk", "run", "drive",
    "ride", "trip", "journey", "commute", "flight", "crossing", "move", "exam", "test",
    "course", "shift", "harvest", "fight", "battle", "match", "game", "race", "campaign",
    "hangover", "cold", "flu", "storm", "heatwave", "rain", "snow", "wind", "hill",
    "road", "slope", "mountain", "puzzle",
    # events and things made
    "party", "wedding", "festival", "parade", "concert", "show", "feast", "meal",
    "dam", "bridge", "house", "building", "wall", "car", "truck", "boat", "flag",
    "machine", "engine", "bill", "deal", "price", "fine", "debt", "loan", "tax", "rent",
    "contract", "form", "paperwork", "visa", "lawsuit", "trial", "hearing",
})
# Nouns after "of a" that are still the people or what they are ("a bitch of a people",
# "a joke of a religion"): read before THINGS, so "a bitch of a people to deal with" stays.
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
