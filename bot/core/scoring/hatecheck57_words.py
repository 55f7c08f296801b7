"""Word sets of the hatecheck57 round (issue 8, targeting_hatecheck57.py): implicit
derogation, a stereotype's lead before one group member and a misdeed ("of course the
immigrant stole it", "figures the black guy was the thief", "just like a woman to crash
the car"),
and a group labelled and summed up by a habit of misdeeds ("bloody immigrants, always
fucking things up").
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck43_words as h43

# fmt: off

# The stereotype's leads, this round's own lexicon lines (en/identity_attack.txt): read
# only in the rule's shape, cancelled elsewhere ("of course i'll come"). Not "classic",
# which must match nothing where it holds "ass" (test_scorer's Scunthorpe words).
LEADS: Final[frozenset[str]] = frozenset({
    "of course", "figures", "naturally", "just like a", "leave it to",
})
# Chat's openers before the lead at its sentence's start: "lol of course the ...".
LEAD_OPENERS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "well", "and", "yeah", "oh", "ugh", "smh", "so", "but", "haha", "yep",
    "wow", "sigh",
})
LEAD_OPENER_REACH: Final[int] = 2
# Between the lead and the member: "of course [the] immigrant", "leave it to [a] muslim".
MEMBER_DETS: Final[frozenset[str]] = frozenset({"the", "a", "an", "that", "this", "some"})
MEMBER_DET_REACH: Final[int] = 1
# Tokens after the member searched for the misdeed: "the black guy [was the] thief".
DEED_REACH: Final[int] = 4
# A misdeed done: "stole it", "to rob someone", "blew it up".
DEED_VERBS: Final[frozenset[str]] = frozenset({
    "stole", "steal", "steals", "stealing", "robbed", "rob", "robs", "robbing", "lied",
    "lie", "lies", "lying", "cheated", "cheat", "cheats", "cheating", "crashed", "crash",
    "crashes", "mugged", "mug", "mugs", "raped", "rape", "rapes", "stabbed", "stab",
    "stabs", "bombed", "bomb", "bombs", "blew", "blow", "blows", "blowing", "scammed",
    "scam", "scams", "ruined", "ruin", "ruins", "shoplifted", "looted", "loot", "vandalised",
    "vandalized", "whined", "whine", "whines", "whining", "complained", "complains",
    "complaining", "screwed", "messed", "fucked", "mooched", "begged", "scrounged",
    "scrounging", "freeloading", "plotting", "attacked", "attack",
})
# A misdeed's doer or the group's conduct named: "was the thief", "muslim behaviour".
DEED_NOUNS: Final[frozenset[str]] = frozenset({
    "thief", "thieves", "criminal", "criminals", "terrorist", "terrorists", "rapist",
    "mugger", "scammer", "liar", "behaviour", "behavior", "move", "mentality", "logic",
})
# Right before a misdeed verb: the member suffered it ("the immigrant got robbed").
SUFFERED: Final[frozenset[str]] = frozenset({
    "got", "gets", "get", "getting", "was", "were", "been", "being", "is",
})
NEGATIONS: Final[frozenset[str]] = h43.NEGATIONS | frozenset({"didnt", "wasnt", "isnt"})
# A group labelled before a pause, then "always" and a habit: "bloody immigrants,
# always fucking things up". The label's swearing or stereotype before the group.
ALWAYS: Final[str] = "always"
LABEL_LEADS: Final[frozenset[str]] = frozenset({
    "bloody", "fucking", "fuckin", "damn", "goddamn", "typical", "these", "those", "the",
    "all", "stupid", "dirty", "filthy",
})
LABEL_LEAD_REACH: Final[int] = 2
# The habit right after "always": a misdeed going on ("always stealing", "always
# ruining everything"); a swear-verb only with "up" after it ("always fucking it up").
HABITS: Final[frozenset[str]] = frozenset({
    "stealing", "robbing", "lying", "cheating", "ruining", "complaining", "whining",
    "moaning", "scrounging", "begging", "mooching", "causing", "breeding", "plotting",
    "raping", "stabbing", "bombing", "freeloading", "leeching",
})
SWORN_HABITS: Final[frozenset[str]] = frozenset({
    "fucking", "fuckin", "screwing", "messing", "mucking", "fking",
})
UP: Final[str] = "up"
UP_REACH: Final[int] = 3
OWN_TERMS: Final[frozenset[str]] = LEADS
# A slur the writer's own group calls itself: "as a woman, us bitches run this". The
# writer said to be a member (hatecheck39's "as a muslim"), a pause, then "we"/"us".
WRITERS: Final[frozenset[str]] = frozenset({"we", "us"})
OWN_MEMBER_REACH: Final[int] = 6  # "speaking as a gay guy": tokens before the pause

# fmt: on
