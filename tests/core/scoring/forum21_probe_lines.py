"""The forum21 probe (issue 8): Reddit-like comments in the round's shapes (a camp or a
group called by a derogatory label or blend, mock praise of a commenter who fails at
something, a thread's members derided as a clown show or a circus, "these people"
derogated by a behaviour, the mods power tripping) and clean comments that look alike:
criticism of ideas, the same words quoted or reported, self-deprecation, a real
compliment, profanity at a situation. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a camp or a group by a derogatory label or blend
    "feminazis ruin everything", "feminazis are everywhere", "the soyboys are out in force today",
    "soyboys everywhere in this thread", "republicunts are at it again", "typical republicunt",
    "sheeple will swallow anything", "these sheeple", "the snowflakes are triggered again",
    "snowflakes gonna melt", "look at all the soyboys in here", "the feminazis are mad again",
    # mock praise of a commenter who fails at something
    "wow, another genius who can't read", "oh look, another genius who didn't read the article",
    "another einstein who doesn't know how percentages work", "yet another genius who can't spell",
    "ah yes, another genius who never read the rules", "another genius that can't google",
    "congrats genius, you can't even read a headline",
    # a thread's members derided
    "the replies here are a clown show", "this comment section is a clown show",
    "this thread is a circus", "this sub is a clown car", "the comments are a clown fiesta",
    "this thread is full of clowns", "the mods here are a clown show",
    # "these people" by a behaviour
    "these people will believe anything", "these people never learn",
    "these people have no shame", "these people can't read",
    # the mods power tripping
    "the mods can't stop power tripping", "the mods are power tripping again",
)

TUNE_CLEAN: tuple[str, ...] = (
    # criticism of ideas, of an event
    "feminism has some bad takes lately", "the election was a clown show",
    "the launch was a total clown show", "the circus is in town this weekend",
    "this argument is a circus of fallacies", "that policy is a joke",
    # the same words quoted or reported
    "he called them feminazis and got banned", "calling people sheeple is lazy",
    "someone wrote 'another genius who can't read' under my post",
    "she said the replies were a clown show",
    # self-deprecation
    "i'm a genius who can't read apparently", "i am the clown show today lol",
    "i'm such a soyboy for liking this lmao",
    # a real compliment
    "another genius who cured a disease", "wow, another genius idea from the devs",
    "she's a genius who can do anything", "another einstein in the making",
    # the words at things
    "snowflakes are falling outside", "the snowflakes melted on my tongue",
    "my kid loves the circus", "we went to a clown show for her birthday",
    "every snowflake is unique",
    # these people kindly or plainly
    "these people will help you", "these people never give up", "these people can read braille",
    "these people deserve better", "these people have no money",
    # the mods plainly
    "the mods are doing their best", "the mods locked the thread",
    "power tripping is a real problem in online communities",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit this thread is wild", "fucking hell, what a game", "damn that's a good point",
    "this shit is hilarious lmao", "fuck yeah, finally some good news",
    "goddamn the replies here are gold",
)
