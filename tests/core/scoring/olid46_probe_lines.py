"""The olid46 probe (issue 8): contempt for one person voiced as a vice of theirs, the
vice owned by a possessive ("his", "her", a name's "'s") or "of" a name or a pointed
person ("of this man"), with a verdict on it ("is astounding", "knows no bounds") or
opened by "the sheer" ("pelosi's incompetence is astounding", "the arrogance of pelosi is
disgusting", "the sheer idiocy of this man"). The clean lines use the same nouns about
things, the writer, praise, denial, reports and stories. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the vice "of" a name or a pointed person, with a verdict or "the sheer"
    "the arrogance of pelosi is disgusting", "the stupidity of this guy is unreal",
    "the sheer idiocy of this man", "@USER the hypocrisy of schumer is sickening",
    "the dishonesty of this woman is staggering", "the utter incompetence of this mayor",
    "the cowardice of this senator is pathetic", "the lunacy of that woman never ends",
    "the sheer arrogance of this guy", "the idiocy of this president knows no bounds",
    "the ignorance of this man is breathtaking",
    "@USER @USER the corruption of hillary is sickening",
    "the greed of this congressman is disgusting", "the sheer stupidity of that dude",
    "the bigotry of this guy is sickening", "the hypocrisy of this senator is unreal",
    # a possessive owner, with a verdict
    "pelosi's incompetence is astounding", "his ignorance is astounding",
    "her arrogance is sickening", "her stupidity knows no bounds", "his hypocrisy never ends",
    "biden's corruption is disgusting", "her hypocrisy is beyond belief",
    "his arrogance is off the charts", "maxine's ignorance is staggering lol",
    "@USER his stupidity is astounding", "obama's arrogance is unbelievable",
    "her incompetence is embarrassing", "his cowardice is disgusting",
    "her dishonesty is pathetic", "schiff's dishonesty knows no bounds",
    "his racism is disgusting #MAGA", "her idiocy never ceases to amaze me",
    "kavanaugh's arrogance is disgusting", "his incompetence is staggering smh",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same nouns of things, of the writer, or in a story
    "the arrogance of youth", "the stupidity of my own mistake", "the genius of this design",
    "ignorance of the law is no excuse", "my stupidity knows no bounds lol",
    "the hypocrisy of the system is sickening", "the corruption of the save file is so annoying",
    "the dishonesty of the ad campaign is staggering",
    "the greed of the housing market is disgusting",
    "the stupidity of this plan is unreal", "the racism of the 1950s was disgusting",
    "the lunacy of this season is unreal", "my own arrogance is sickening looking back",
    "the idiocy of the rules is unreal", "she wrote an essay about the hypocrisy of power",
    "the arrogance of the empire in the book is the whole theme",
    # praise and other nouns
    "his honesty is astounding", "her courage is astounding", "pelosi's speech is astounding",
    "his intelligence is staggering", "the kindness of this man is astounding",
    "obama's patience is unbelievable", "the sheer size of this man", "her honesty knows no bounds",
    "kavanaugh's confirmation is tomorrow",
    # denial, doubt, a report and excuses
    "no one doubts the honesty of pelosi", "his arrogance is a myth, he is actually shy",
    "i dont think her arrogance is real",
    "her ignorance of the rules is understandable, she is new",
    "people keep talking about the arrogance of pelosi but i dont see it",
    "his ignorance was not his fault, he was never taught",
    "the cowardice of the knight in that story is the point",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit this game is fucking amazing", "damn that was a sick play", "fuck yeah we won",
    "shit i forgot my keys lol", "this song slaps so fucking hard", "hell yeah pizza night",
)
# fmt: on
