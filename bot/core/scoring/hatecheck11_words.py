"""The word lists of the hatecheck11 targeting rules (issue 8): the lexicon terms they aim
and the words their shapes read, kept apart from the rules (targeting_hatecheck11.py).

Kept here, not in cues.txt: every cue word also becomes a known word, and the older
rules read a word no list knows as a name.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring.hatecheck10_words import DOOMS as DOOMS10

# fmt: off
# Singular group nouns the [identity] cues leave out because they are mostly attributive
# ("refugee policy", "migrant caravan"): a group only after a determiner and before a
# verb, a modal or the clause's end ("never trust a refugee", "every migrant is a ...",
# "a refugee can never be trusted"); "a refugee family moved in" names no group.
# Not "christian" or "atheist": "any christian would agree" is a debate's, said of
# oneself as often as not.
SINGULARS: Final = frozenset({
    "refugee", "migrant", "foreigner", "homosexual", "lesbian", "hindu", "sikh", "arab",
    "african", "mexican", "asian", "gypsy", "gay", "black",
    "female",
})
DETERMINERS: Final = frozenset({"a", "an", "every", "any", "each", "single", "last"})
# What may follow a singular group noun for it to name the group.
FOLLOWS: Final = frozenset({
    "is", "s", "was", "can", "cant", "cannot", "will", "wont", "would", "should", "must",
    "could", "never", "always", "ever", "deserves", "belongs", "dies", "drowns",
    "suffers", "burns", "rots", "has", "does", "isn", "isnt", "doesn", "doesnt",
    "handle", "near", "into", "in", "around", "with",
})
# An inverted question about a group: "why are muslims all so barbaric?", "how are women
# always so dumb?"; the copula before the group, adverbs between the group and the word.
QUESTION_COPULAS: Final = frozenset({"are", "arent", "aren", "r"})
QUESTION_OPENERS: Final = frozenset({"why", "how", "come", "so"})
FILLERS: Final = frozenset({
    "all", "so", "such", "always", "really", "just", "even", "truly", "totally", "that",
    "a", "an", "bunch", "of", "complete", "total", "utterly", "literally", "basically",
    "nothing", "but", "absolutely", "still", "only", "potential", "future",
})
# A singular group called a name: "every refugee is a parasite".
SINGULAR_COPULAS: Final = frozenset({"is", "s", "be"})
SINGULAR_MODALS: Final = frozenset({
    "will", "always", "would", "can", "could", "must", "should", "ll", "only", "forever",
})
SAID_REACH: Final = 6  # fillers and the copula between a group and the word said of it
# olid6's claims of a political group ("democrats are sick") are as hateful said of an
# identity group as its subject: "muslims are sick", "trans people are insane".
OLID6_CLAIMS: Final = frozenset({
    "are sick", "are crazy", "are insane", "are nuts", "are the enemy",
    "are the enemy of the people", "are out of control",
})
# A feeling or a liking, no claim: "women are crazy about this phone", "women are sick
# of being harassed", "muslims are sick and tired of ...", "women are insane at chess".
LIKED_AFTER: Final = frozenset({"about", "for", "over", "of", "and", "at", "with", "from", "to"})
# The writer's wish to watch a group's harm (lines under "hatecheck11" in threat.txt):
# "I want to watch the refugees drown", "I'd love to see every immigrant suffer".
WITNESS: Final = frozenset({
    "love to see", "love to watch", "want to see", "want to watch", "wait to see",
    "wait to watch", "enjoy watching", "enjoy seeing", "like to see", "like to watch",
    "happier than seeing", "happier than watching", "great to see", "fun to watch",
    "fun to see", "great to watch", "hope each", "wanna see", "wanna watch",
})
# Witness terms that are not the writer's by their own words need "would"/"'d" before:
# "it would be great to see all refugees die", not "great to see women succeed".
IMPERSONAL: Final = frozenset({
    "great to see", "fun to watch", "fun to see", "great to watch",
    "happier than seeing", "happier than watching",
})
# "can't wait to see" is eager, not denied; its "t" is read as no negation.
WAITED: Final = frozenset({"wait to see", "wait to watch"})
CANT: Final = (["can", "t"], ["cant"])
WOULD: Final = frozenset({"would", "d", "id", "itd", "be"})
DOOMS: Final = DOOMS10 | frozenset({
    "starve", "starves", "hang", "hangs", "hanged", "choke", "chokes", "bleed", "bleeds",
    "shot", "beaten", "lynched", "gassed", "tortured", "executed", "slaughtered",
    "murdered", "butchered", "rotting", "burning", "dying", "drowning", "suffering",
    "starving", "screaming", "begging", "perish",
})
# A named group to be kept out (lines under "hatecheck11" in exclusion.txt): "women
# should be kept out of parliament"; "a woman's place is in the kitchen" (PLACE) reads
# the group before the possessive, as do hatecheck19's "place is in the home" lines;
# hatecheck19's "belong at home" needs the group as subject ("your shoes belong at home").
PLACES: Final[frozenset[str]] = frozenset({
    "place is in the kitchen", "place is in the home", "place is at home",
    "place is in the house",
})
EXCLUDED: Final = frozenset({
    "be kept out of", "be barred from", "be excluded from", "be shut out of",
    "be locked out of", "belong at home", "belong in the home",
    # hatecheck20: the singular, a member standing for the group ("a woman belongs at home")
    "belongs at home", "belongs in the home",
}) | PLACES
# review19: "belong(s) at home" under a condition of sickness is health advice, not the
# group kept out: "a woman belongs at home if she's sick, same as a man".
HOME: Final[frozenset[str]] = frozenset({
    "belong at home", "belong in the home", "belongs at home", "belongs in the home",
})
IF_WHEN: Final[frozenset[str]] = frozenset({"if", "when", "whenever", "while", "until"})
SICK: Final[frozenset[str]] = frozenset({
    "sick", "ill", "unwell", "contagious", "infectious", "fever", "flu", "covid", "cold",
    "coughing", "sneezing", "injured", "hurt", "recovering", "symptoms", "positive",
})
SICK_REACH: Final = 6  # tokens after "if"/"when" to the sickness: "if she s feeling sick"
WITNESS_REACH: Final = 5  # tokens after the term to the group: "the", "all", "the", ...
DOOM_REACH: Final = 4  # tokens after the group to its doom
# fmt: on
