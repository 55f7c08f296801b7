"""The forum19 probe (issue 8): Reddit-like comments in the round's shapes (a political
wing named as a group and judged, generations and archetypes called names, the reader
named a shill or a bootlicker with an adverb between, threats of rounding up a camp) and
clean comments that look alike: criticism of ideas and policies, the left wing of a
plane, trends of a generation, the writer's own camp, counter-speech, a group named in a
judgement of a thing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a political wing as the group
    "the left are lunatics", "the right is full of morons", "leftists are mentally ill",
    "the far right are subhuman", "the left is full of idiots", "the right are morons",
    "the far left are insane", "right wingers are idiots", "left wingers are clowns",
    "the alt right are scum", "liberals are mentally ill", "conservatives are braindead",
    "the woke left are lunatics",
    # generations and archetypes
    "millennials are entitled brats", "boomers are senile idiots",
    "another snowflake triggered", "zoomers are braindead", "gen z are idiots",
    "boomers are brain dead", "typical snowflake", "incels are pathetic losers",
    "karens are the worst", "gen z is full of morons", "another triggered snowflake",
    # the reader named with an adverb between
    "you're obviously a shill", "lick those boots harder bootlicker",
    "you are clearly a troll", "you're definitely a bot", "you're obviously a bootlicker",
    "ur clearly a paid shill", "you're literally a clown", "keep licking those boots",
    # threats at a political group
    "liberals need to be rounded up", "leftists should be shot",
    "conservatives need to be put down", "the left needs to be wiped out",
    "all liberals should be hanged", "commies should be rounded up and shot",
)

TUNE_CLEAN: tuple[str, ...] = (
    # criticism of ideas and policies
    "the left's housing policy is insane", "the right's tax plan is idiotic",
    "leftist economics is naive", "that policy is moronic", "liberal ideas are flawed",
    "conservative policies hurt renters",
    # wings that are not people
    "the left wing of the plane", "the right side is full of water",
    "turn left at the light", "the left lane is full of potholes",
    "my right arm is useless", "the right is full of trees and the left has a lake",
    # trends of a generation, the writer's own camp
    "millennials are buying fewer houses", "as a boomer i disagree",
    "boomers are retiring later", "gen z is more online than ever",
    "as a leftist i think this is fair", "im a millennial and i rent",
    # counter-speech and reports
    "calling people snowflakes is lazy", "stop calling everyone a shill",
    "not all conservatives are idiots", "saying leftists are mentally ill is gross",
    "he said the left are lunatics and got banned", "no, millennials are not lazy",
    # a group named in a judgement of a thing
    "landlords are the worst part of renting", "cops are pathetic at catching thieves",
    "boomers are the reason housing is expensive", "landlords are the worst thing about this city",
    # the adverb shapes about oneself or a thing
    "im obviously a shill for good coffee lol", "i'm clearly a troll at heart",
    "this is obviously a bot account", "it's clearly a troll post",
    # rounding up things
    "the cattle need to be rounded up", "prices should be rounded up",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit the left lane is fast", "fuck yeah millennials are buying houses again",
    "damn this sub is great lol", "shit, boomers are retiring later",
    "fucking love this thread", "hell yeah the right side won the vote",
)
# fmt: on
