"""The forum19 held-back batch (issue 8): written with forum19_probe_lines.py, in the
same shapes but other wording, and not read while the rules were built.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # a political wing as the group
    "the left are all degenerates", "the right is full of imbeciles",
    "leftists are deranged", "the far right are animals", "the left are morons",
    "the right are lunatics", "far leftists are mentally unstable",
    "the far left is full of psychos", "right wingers are inbred idiots",
    "left wingers are parasites", "the woke mob are idiots", "progressives are mentally ill",
    "the alt right is full of losers", "conservatives are subhuman",
    # generations and archetypes
    "millennials are spoiled brats", "boomers are greedy idiots", "zoomers are morons",
    "gen z are entitled brats", "boomers are dumb as rocks", "what a triggered snowflake",
    "typical triggered snowflake", "millennials are pathetic", "boomers are parasites",
    "gen x are losers", "another butthurt snowflake",
    # the reader named with an adverb between
    "you're clearly a shill", "you are obviously a bootlicker", "ur literally a troll",
    "you're honestly a clown", "you are definitely a paid shill",
    "keep licking boots bootlicker", "you're probably a bot", "lick those boots harder",
    # threats at a political group
    "leftists need to be rounded up", "liberals should be shot",
    "the right needs to be wiped out", "conservatives should be hanged",
    "all leftists should be put down", "communists need to be shot",
    "round up the liberals",
)

HELD_CLEAN: tuple[str, ...] = (
    # criticism of ideas and policies
    "the left's plan is naive", "the right's healthcare plan is insane",
    "progressive policy is misguided here", "that argument is idiotic",
    "conservative ideas are outdated", "leftist theory is flawed",
    "the right's argument makes no sense",
    # wings that are not people
    "the left wing is damaged", "the right lane is full of trucks",
    "turn right after the bridge", "my left knee is useless",
    "the left side of the map is full of loot", "the right half is insane to clear",
    # trends of a generation, the writer's own camp
    "millennials are having fewer kids", "as a millennial i agree",
    "boomers are selling their houses", "gen z are more anxious than before",
    "as a conservative i support this", "im a zoomer and i vote",
    "zoomers are buying more vinyl",
    # counter-speech and reports
    "calling people bootlickers isn't an argument", "not all leftists are insane",
    "stop calling everyone you disagree with a bot", "saying boomers are idiots is ageist",
    "he called the left lunatics and got banned", "no, zoomers are not stupid",
    "people who say the right are subhuman are wrong",
    # a group named in a judgement of a thing
    "landlords are the worst part of moving", "cops are terrible at paperwork",
    "boomers are the reason rent is high", "mods are slow at approving posts",
    "landlords are the worst thing about renting here",
    # the adverb shapes about oneself or a thing
    "i'm clearly a clown for believing that lol", "im obviously a bot at this game",
    "that's clearly a shill account", "this is literally a troll post",
    # rounding up things
    "the sheep need to be rounded up", "totals should be rounded up",
    "round up the numbers",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit the right lane is empty", "fuck yes zoomers are voting",
    "damn this thread is fun", "shit the left wing is damaged",
    "hell yeah boomers are retiring", "fucking great post",
)
# fmt: on
