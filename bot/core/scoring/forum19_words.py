"""Words of the forum19 round (issue 8, targeting_forum19.py).

Kept here, not in cues.txt: every cue word also becomes a known word, and the older
rules read a word no list knows as a name.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum18_words as w18
from bot.core.scoring import olid4_words as o4

# fmt: off
# Camps a forum threatens as a group: the political plurals (olid4) and the round's
# affiliations (forum18). "liberals need to be rounded up", "commies should be shot".
CAMPS: Final[frozenset[str]] = o4.PLURAL_GROUPS | w18.AFFILIATIONS
# "left"/"right" as a wing, the subject of a threat only after one of these: "the left
# needs to be wiped out", "the far right should be rounded up"; not "turn left".
WINGS: Final[frozenset[str]] = frozenset({"left", "right"})
WING_LEADS: Final[frozenset[str]] = frozenset({
    "the", "far", "alt", "radical", "extreme", "woke", "whole", "entire",
})
# Threats whose subject the older rules read only as an identity group; read of a camp
# too. The hatecheck9 terms that leave a camp "no group said to be it".
THREAT_REACH: Final = 6  # modals and adverbs between the camp and the threat
# The threat said in the passive, the camp undergoing it: "be rounded up", "be wiped
# out", "get shot"; not "the democrats do to push their agenda" (the camp acts).
PASSIVE: Final[frozenset[str]] = frozenset({"be", "get", "got", "been", "being"})
# Words that close off a camp's threat as not the writer's: "stop saying liberals
# should be rounded up", "nobody thinks the left needs to be wiped out".
UNSAID: Final[frozenset[str]] = frozenset({
    "not", "never", "no", "nobody", "saying", "say", "says", "said", "think", "thinks",
    "claim", "claims", "claiming", "if", "dont", "don", "doesnt", "isnt", "wont", "why",
    "who", "want", "wants", "wanting",
})
# A verdict of "the worst" that names a part of an activity: "landlords are the worst
# part of renting", "cops are the worst bit about driving at night". The activity is a
# gerund; "the worst part of this team" may still name people.
PARTS: Final[frozenset[str]] = frozenset({
    "part", "parts", "thing", "things", "bit", "aspect", "side",
})
PART_OF: Final[frozenset[str]] = frozenset({"of", "about"})
# Gerunds too short or odd for the "-ing" ending test ("thing", "king", "ring" are not).
NOT_GERUNDS: Final[frozenset[str]] = frozenset({
    "thing", "things", "king", "kings", "ring", "something", "nothing", "everything",
    "anything", "sibling", "siblings", "darling", "viking", "vikings", "ding", "ping",
})
WORST_TERMS: Final[frozenset[str]] = frozenset({"the worst", "worst"})
# "not all" / "not every" before a group judged: the writer denies the verdict of the
# whole group ("not all conservatives are idiots", "not every cop is a pig"). Stay aimed:
# "not all conservatives are idiots, most are" is rare; "conservatives are idiots" is
# read as before.
NOT_ALL: Final[frozenset[tuple[str, str]]] = frozenset({
    ("not", "all"), ("not", "every"), ("not", "everyone"), ("not", "each"),
})
DENIED_VERBS: Final[frozenset[str]] = frozenset({"are", "is", "were", "re"})
# Between the verb and the judging word: "not all cops are complete idiots".
DENIED_FILLERS: Final[frozenset[str]] = frozenset({
    "a", "an", "so", "just", "really", "complete", "total", "absolute", "all", "the",
})
DENIED_REACH: Final = 3  # tokens from the judging word back to its verb
# Wrongdoers named as what the law pursues, the object of a verb of catching them: "cops
# are bad at catching thieves", "they never arrest the scammers". Stay aimed: "you
# thieves", "those scammers are thieves" (no verb of pursuit right before).
WRONGDOERS: Final[frozenset[str]] = frozenset({
    "thieves", "criminals", "crooks", "robbers", "burglars", "scammers", "murderers",
    "killers", "rapists", "pedophiles", "paedophiles", "dealers", "shoplifters", "thugs",
})
PURSUING: Final[frozenset[str]] = frozenset({
    "catch", "catching", "caught", "arrest", "arresting", "arrested", "stop", "stopping",
    "jail", "jailing", "jailed", "prosecute", "prosecuting", "chase", "chasing", "charge",
    "charging", "convict", "convicting", "punish", "punishing", "deter", "deterring",
    "track", "tracking", "find", "finding", "protect", "protecting",
})
PURSUED_LEADS: Final[frozenset[str]] = frozenset({"the", "any", "actual", "real"})
# fmt: on
