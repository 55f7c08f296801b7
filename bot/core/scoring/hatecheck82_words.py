"""Words of the hatecheck82 round (issue 8, targeting_hatecheck82.py): a named group's
trustworthiness or humanity denied after a negative quantifier over the whole group ("none
of the women here can be trusted", "not one of the jews i know is human", "i have met
jews, not one of them is human")."""

from __future__ import annotations

from typing import Final

# fmt: off
# --- The verdict denied: hateprobe4's `praise_denied` cues for trust (cues.txt), and the
# humanity lines: this round's own (lexicons/en/identity_attack.txt, hatecheck82), which
# the round cancels outside its shape, and hatecheck22's ("truly human").
TRUST: Final[frozenset[str]] = frozenset({"trusted", "trustworthy"})
OWN_HUMANITY: Final[frozenset[str]] = frozenset({
    "is human", "are human", "are humans", "is a human", "are human beings",
    "is a real human", "are real humans", "was human", "were human",
})
HUMANITY: Final[frozenset[str]] = OWN_HUMANITY | frozenset({
    "truly human", "really human", "fully human", "a human being",
})
TERMS: Final[frozenset[str]] = TRUST | HUMANITY

# --- Between the subject and the verdict: "none of them [can ever be] trusted", "none of
# them [are] truly human", "not one of them [was] trustworthy".
FILLERS: Final[frozenset[str]] = frozenset({
    "can", "could", "should", "will", "would", "ever", "be", "is", "are", "was", "were",
    "really", "truly", "fully", "shall", "been", "have", "has",
})
FILLER_REACH: Final = 4  # "could ever really be"

# --- The negative quantifier over the whole group: "none of", "not one of", "not a single
# one of", "not one single one of".
NONE: Final = "none"
NOT: Final = "not"
OF: Final = "of"
ONE: Final = "one"
ONE_LEADS: Final[frozenset[str]] = frozenset({"a", "single", "one"})
ONE_REACH: Final = 3  # "not [one single one] of"
THEM: Final[frozenset[str]] = frozenset({"them", "em"})
# After "of", before the group: "none of [the] women", "not one of [those] jews".
DETERMINERS: Final[frozenset[str]] = frozenset({"the", "these", "those", "all"})
DETERMINER_REACH: Final = 2  # "none of [all the] refugees"
# After the group, before the verdict: who or where ("none of the jews [i know]", "none of
# the women [here]", "none of the black people [in this town]").
RESTRICTIVE: Final[frozenset[str]] = frozenset({
    "here", "there", "i", "we", "know", "knew", "have", "had", "met", "ve", "known",
    "seen", "in", "this", "our", "my", "town", "city", "country", "area", "office",
    "street", "building", "at", "work", "school", "online", "irl", "around",
})
RESTRICTIVE_REACH: Final = 5  # "in this town", "i have met"
# --- The quantifier opening its claim: "honestly none of the immigrants here ...".
OPENERS: Final[frozenset[str]] = frozenset({
    "honestly", "tbh", "imo", "frankly", "seriously", "literally", "and", "but", "so",
    "yeah", "well", "i", "think", "mean", "ngl", "like", "just",
})
OPENER_REACH: Final = 3  # "and honestly i think"

# --- "them" for a group that closes the clause before the quantifier: "i have met jews,
# [and] not one of them ...", "i know lots of immigrants [and honestly] none of them ...".
LEADS: Final[frozenset[str]] = frozenset({
    "and", "but", "yet", "so", "honestly", "tbh", "frankly", "seriously", "ngl", "literally",
    "still", "sadly",
})
LEAD_REACH: Final = 3  # "and yet honestly"
# A few words after the group before the lead: "i have lived next to muslims [for years]
# and none of them ...", "i have met women [here]".
GROUP_TAILS: Final[frozenset[str]] = frozenset({
    "here", "there", "irl", "personally", "before", "lately", "too", "for", "years", "my",
    "whole", "life", "over", "the", "in",
})
GROUP_TAIL_REACH: Final = 3  # "for years", "in my life"

# --- The humanity verdict said whole: it closes its clause or goes on only into these
# ("none of the refugees are human traffickers" goes on and is left alone).
TAILS: Final[frozenset[str]] = frozenset({
    "at", "all", "anymore", "tbh", "honestly", "lol", "period", "ngl", "either", "really",
})
