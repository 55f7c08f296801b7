"""Words of the precision30 round (issue 8, targeting_precision30.py): counter-speech about
harm done to an identity group ("people are so cruel to muslims online", "his violent
rhetoric against immigrants", "the way they treat refugees is disgusting", "being cruel
to disabled people is pathetic")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The prepositions that make the group the one the harm is done to, right after the
# put-down ("cruel [to] muslims", "racist [towards] asians").
TOWARDS: Final[frozenset[str]] = frozenset({"to", "towards", "toward", "against"})
# These name the harmed group only after a harm noun ("violent attacks [on] jews",
# "hatred [of] women"), never right after the put-down ("the stupidity of women", "an
# idiot on my team").
OF: Final[frozenset[str]] = frozenset({"of", "on", "at", "versus"})
# Harm nouns between the put-down and the preposition ("violent [rhetoric] against",
# "racist [abuse] towards", "stupid [hatred] of"), and the acts a judgement may be
# about ("being cruel to", "what they [do] to").
HARM_NOUNS: Final[frozenset[str]] = frozenset({
    "abuse", "attack", "attacks", "assault", "assaults", "violence", "hate", "hatred",
    "harm", "harassment", "trauma", "rhetoric", "comments", "remarks", "replies", "posts",
    "tweets", "words", "jokes", "slurs", "threats", "crimes", "bigotry", "racism",
    "discrimination", "prejudice", "treatment", "behaviour", "behavior", "attitude",
    "attitudes", "policies", "policy", "laws", "acts", "things", "stuff", "bullying",
    "oppression", "persecution", "cruelty", "contempt", "insults", "stereotypes",
    "propaganda", "campaign", "raids", "murder", "killing", "killings",
})
# Adjectives of harm before a preposition, read back from a judgement ("being [cruel]
# to disabled people is pathetic"), and the doing verbs ("what they [did] to").
HARM_BEFORE: Final[frozenset[str]] = frozenset({
    "cruel", "mean", "nasty", "vile", "violent", "racist", "hateful", "abusive", "rude",
    "brutal", "horrible", "awful", "savage", "evil", "disgusting", "bigoted", "hostile",
    "do", "does", "did", "done", "doing",
})
PREPOSITIONS: Final[frozenset[str]] = TOWARDS | OF
HARM_WORDS: Final[frozenset[str]] = HARM_BEFORE | HARM_NOUNS
# Verbs whose object is the group ("the way they [treat] refugees", "[bullying] gay
# kids"); a judgement after the group is of the act.
TREATING: Final[frozenset[str]] = frozenset({
    "treat", "treats", "treated", "treating", "bully", "bullies", "bullied", "bullying",
    "harass", "harasses", "harassed", "harassing", "attack", "attacks", "attacked",
    "attacking", "abuse", "abuses", "abused", "abusing", "mistreat", "mistreats",
    "mistreated", "mistreating", "target", "targets", "targeted", "targeting", "hurt",
    "hurting", "mock", "mocking", "demonize", "demonise", "demonizing", "demonising",
})
# Words of the group's phrase after the preposition or verb ("to [the young] muslim
# girls", "treat [all those] refugees").
GROUP_LEAD: Final[frozenset[str]] = frozenset({
    "the", "all", "our", "these", "those", "many", "young", "other", "fellow", "innocent",
    "local", "most", "some", "their", "his", "her", "my", "every", "any", "a", "an",
})
GROUP_TAIL: Final[frozenset[str]] = frozenset({
    "people", "folks", "kids", "children", "men", "women", "girls", "boys", "girl", "boy",
    "guy", "guys", "users", "players", "students", "families", "family", "couple",
    "couples", "teens", "prisoners", "shoppers", "villagers", "person", "community",
})
# Words between a judgement and the group before it ("refugees [is] disgusting",
# "muslims there [is so] stupid").
COPULAS: Final[frozenset[str]] = frozenset({
    "is", "was", "are", "were", "s", "so", "really", "just", "truly", "absolutely",
    "honestly", "pretty", "very", "beyond", "fucking", "damn", "always", "still", "lately",
    "there", "here", "online",
})
# A place or a medium after the group, before the judgement ("the treatment of refugees
# [at the border] is disgusting", "the comments towards jewish people [on that post]
# were vile").
TAIL_PREPOSITIONS: Final[frozenset[str]] = frozenset({
    "at", "on", "in", "from", "across", "inside", "within", "around",
})
# A call or a wish before the put-down keeps it aimed ("we should be violent to",
# "let's be vile to the gays", "i'm gonna be cruel to").
WISHES: Final[frozenset[str]] = frozenset({
    "should", "shall", "must", "need", "needs", "gotta", "ought", "let", "lets", "hope",
    "hoping", "wish", "pray", "will", "ll", "gonna", "finna", "going", "wanna", "want",
    "please", "pls", "plz", "better", "stay", "keep", "be", "deserve", "deserves",
})
# The cue lists that name an identity group (not group_named, which also holds "team",
# "everyone", "yall": "a bitch to everyone at work" is aimed).
GROUP_CUES: Final[tuple[str, ...]] = ("identity", "identity_adjective")
BETWEEN_REACH: Final[int] = 4  # words from the put-down to the preposition
LEAD_REACH: Final[int] = 3  # words of the group's phrase before its group word
COPULA_REACH: Final[int] = 4  # copulas and adverbs read back from the judgement
TAIL_REACH: Final[int] = 3  # words of a place or medium between the group and the copulas
