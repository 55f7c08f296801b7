"""The word lists of the hatecheck50 targeting rules (issue 8): group names the cue
lists lack and the adverbs a group claim may carry, kept apart from the rules
(targeting_hatecheck50.py).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring.targeting_claims import CLAIM_NOUNS

# fmt: off
# Plural names of an identity group that are slurs or dated words and no lexicon term of
# their own ("negroes are animals", "homos are gross", "i hate heebs"): read as named
# groups, so hostile words about them are identity attacks. Words with a common everyday
# sense ("coons": raccoons, "fags": cigarettes, "negros": an island) are left out.
GROUP_NAMES: Final[frozenset[str]] = frozenset({
    "negroes", "homos", "heebs", "hebes", "spastics", "spazzes", "mongoloids",
    "shemales", "trannys",
})
# Adverbs between a group and its claim that hatecheck9's MODALS lack: "muslims are
# secretly taking over europe", "immigrants are slowly replacing us".
CLAIM_ADVERBS: Final[frozenset[str]] = frozenset({
    "secretly", "slowly", "quietly", "gradually", "already", "openly", "steadily",
    "deliberately", "systematically", "constantly", "still", "now", "totally",
})
CLAIM_ADVERB_REACH: Final[int] = 4  # "are slowly but surely": adverbs and modals back
# This round's lexicon lines (en/insult.txt, under "hatecheck50"): a conspiracy claim or
# a group denied personhood, counted only with a named group as the subject ("jews run
# the banks", "women are things, not people", "trans women are creatures, not women").
OWN_TERMS: Final[frozenset[str]] = frozenset({
    "run the banks", "run all the banks", "run hollywood", "own hollywood",
    "run the government", "own the government", "are things", "are creatures",
})
# Of those, the ones that deny personhood only as a verdict said whole ("women are
# things, not people"); "women are things of beauty" goes on.
WHOLE_TERMS: Final[frozenset[str]] = frozenset({"are things", "are creatures"})
# What may follow such a verdict: "..., not people", "... not human beings", "trans women
# are creatures, not women".
NOT_PEOPLE: Final[frozenset[str]] = frozenset({
    "not", "people", "humans", "human", "persons", "beings", "women", "men", "lol", "period",
    "tbh",
})
NOT_PEOPLE_REACH: Final[int] = 3
# The older conspiracy lines of the same kind (en/insult.txt), which a frame before them
# cancels as this round's: "the idea that jews control the media is a lie".
OLDER_CONSPIRACIES: Final[frozenset[str]] = frozenset({
    "control the banks", "control all the banks", "control the media", "control everything",
    "control the world", "control the government", "control hollywood", "run the media",
    "own the media", "own the banks",
})
# Nouns that, right before "that", frame the claim after as an idea held up to be
# judged, not the writer's: "the idea that jews run the banks is antisemitic", "the
# conspiracy theory that jews control the media".
FRAMES: Final[frozenset[str]] = CLAIM_NOUNS | frozenset({"theory", "conspiracy", "myth", "lie"})
FRAME_REACH: Final[int] = 8  # tokens back from the claim to the frame's "that"
# A remark about a group made the subject of a judgement: a gerund of saying opens the
# sentence and the hit is the judgement after "is" ("saying muslims are all the same is
# ignorant", "calling women hysterical was sexist").
REMARK_GERUNDS: Final[frozenset[str]] = frozenset({
    "saying", "calling", "claiming", "thinking", "believing", "assuming", "pretending",
    "implying", "suggesting", "insisting",
})
REMARK_OPENERS: Final[frozenset[str]] = frozenset({"and", "but", "just", "so", "honestly"})
JUDGING: Final[frozenset[str]] = frozenset({"is", "s", "was", "seems", "sounds"})
JUDGING_HEDGES: Final[frozenset[str]] = frozenset({
    "so", "just", "very", "really", "pretty", "totally", "simply", "completely", "plain",
    "incredibly", "extremely", "deeply", "super",
})
REMARK_REACH: Final[int] = 12  # tokens from the gerund to the judgement
# Pests and other animals as the subject of a verdict: "rats are vermin", "mosquitoes are
# a plague this summer" call animals names, not people ("jews are rats" keeps a group).
ANIMALS: Final[frozenset[str]] = frozenset({
    "rats", "mice", "cockroaches", "roaches", "pigeons", "mosquitoes", "mosquitos", "wasps",
    "spiders", "flies", "ants", "termites", "bedbugs", "slugs", "seagulls", "squirrels",
    "raccoons", "foxes", "rabbits", "snakes", "ticks", "fleas", "lice", "locusts",
    "hornets", "moths", "gulls", "geese", "crows", "rodents", "pests", "weeds",
})
ARTICLES: Final[frozenset[str]] = frozenset({"a", "an", "such", "the", "total", "filthy"})
PLURAL_COPULAS: Final[frozenset[str]] = frozenset({"are", "were", "r"})
