"""The olid46 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "the arrogance of biden is sickening", "the stupidity of this dude is unbelievable",
    "the sheer incompetence of this governor", "schumer's hypocrisy is astounding",
    "his dishonesty is sickening", "her ignorance is staggering", "his idiocy knows no bounds",
    "@USER the incompetence of pelosi is embarrassing", "the cowardice of this man is disgusting",
    "her corruption never ends",
    "hillary's greed is disgusting", "the utter stupidity of this woman",
    "his lunacy is beyond belief", "the racism of this guy is disgusting",
    "her hypocrisy is off the charts", "the arrogance of that man never ends",
    "feinstein's dishonesty is pathetic", "@USER her stupidity is astounding",
    "the sheer hypocrisy of this woman", "trudeau's incompetence is unbelievable",
    "the ignorance of this senator knows no bounds", "his arrogance is embarrassing",
    "the idiocy of this guy is breathtaking", "her cowardice is disgusting",
    "@USER the dishonesty of schiff is sickening", "his greed is pathetic",
    "the corruption of this mayor is disgusting", "the sheer ignorance of that guy",
    "booker's arrogance knows no bounds", "her bigotry is disgusting",
    "the hypocrisy of this congressman is sickening", "his stupidity never ceases to amaze me",
    "comey's incompetence is disgusting", "the lunacy of this governor is unreal",
    "her arrogance is staggering smh", "the incompetence of this president is astounding",
    "his bigotry is sickening #MAGA", "the dishonesty of that woman knows no bounds",
    "warren's hypocrisy is unreal", "the stupidity of this senator is staggering",
)

HELD_CLEAN: tuple[str, ...] = (
    "the arrogance of being young", "the stupidity of my own decisions back then",
    "the brilliance of this design", "nobody questions the integrity of schumer",
    "her kindness is astounding", "his generosity is staggering",
    "ignorance of the rules is no defense", "my own stupidity never ceases to amaze me lol",
    "the hypocrisy of the tax code is sickening", "her arrogance is a myth, she is super humble",
    "i dont think his ignorance is real", "the corruption of the hard drive is unreal",
    "trudeau's speech was astounding",
    "his ignorance of the game is understandable, he just started",
    "they say the arrogance of schumer is sickening but i dont buy it",
    "the dishonesty of that commercial is staggering", "her patience is unbelievable",
    "the wisdom of this man is astounding", "hillary's patience never ends",
    "the greed of the oil industry is disgusting", "the stupidity of this rule is unreal",
    "the sheer speed of this guy", "the racism of the old south was disgusting",
    "her ignorance was not her fault, nobody told her",
    "the cowardice of the king in the play is the whole point",
    "the lunacy of this transfer window is unreal", "my own arrogance back then was sickening",
    "the idiocy of this tax law is unreal", "comey's book comes out tomorrow",
    "he wrote an article about the corruption of power", "his honesty knows no bounds",
    "the incompetence of the software is staggering", "her humility is off the charts",
    "the bravery of this firefighter is astounding", "feinstein's speech never ends lol",
    "the stupidity of the hero in that movie is the best running joke",
    "the hypocrisy of the whole award show is unreal", "her dedication is staggering",
    "the audacity of hope is a great book", "the bigotry of the 1950s laws was disgusting",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck that was close", "holy shit what a goal", "damn this pizza is good",
    "shit happens lol", "hell yeah friday", "this beat is fucking fire",
)
# fmt: on
