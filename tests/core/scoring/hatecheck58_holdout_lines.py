"""The hatecheck58 held-back lines (issue 8): other wordings of the same shapes as the
probe (hateful lines about identity groups the cue lists did not know, and clean
mentions in the same words), written at the same time and counted only at the start and
the end of the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "i really hate somali people", "honestly i hate kurds", "kurds must all be deported",
    "iraqis should all be deported", "i hate eritreans so much", "ethiopians should be sent back",
    "jamaicans should all be deported", "i hate haitians", "bangladeshis should be kicked out",
    "i cant stand afghan people", "syrian people should all be deported",
    "i hate nigerian people", "kurdish people should be sent back", "i hate vietnamese people",
    "japanese people should all be deported", "i hate sudanese people",
    "pakistani people should all be deported", "somali people are disgusting animals",
    "i hate all buddhists", "buddhists should be kicked out", "i hate all mormons",
    "mormons must be deported", "protestants should all be deported",
    "hindu people should be kicked out", "i hate sikh people",
    "catholic people should all be deported",
    "nonbinary people should all be deported", "i hate intersex people",
    "asexuals should all be locked up",
    "i hate blind people", "deaf people should all be locked away",
    "pensioners should all be put down",
    "i fucking hate kurds", "i hate every kurd", "we hate mormons",
    "i hate those bangladeshis", "kurds are disgusting animals", "i hate eritrean people",
    "i hate iraqi people", "i hate haitian people",
)

HELD_CLEAN: tuple[str, ...] = (
    "somali people run the best cafe in town", "my kurdish friend cooked dinner",
    "iraqis rebuilt the old market", "ethiopians brew amazing coffee",
    "jamaicans celebrated independence day", "haitian people are so welcoming",
    "bangladeshis opened a new mosque nearby", "buddhists gathered at the temple",
    "mormons run a food bank near us", "protestants hold a service on sunday",
    "hindu people light lamps for diwali", "sikh people wear the turban with pride",
    "nonbinary people are welcome in this server", "asexual people are valid",
    "deaf people have their own culture", "blind people read braille",
    "pensioners deserve a decent income", "my afghan neighbour brought us bread",
    "syrian people have been through so much", "nigerian people are very warm",
    "the japanese won the final", "we had vietnamese food for lunch",
    "the kurds scored twice in the second half", "iraqi food is really good",
    "the ethiopians took gold in the marathon", "sudanese people welcomed the aid convoy",
    "saying you hate mormons is bigoted", "you shouldnt say eritreans should be deported",
    "its hateful to say i hate sikh people", "hating blind people is disgusting",
    "the iraqi government lied about the numbers", "the japanese government raised taxes again",
    "the nigerian government is a mess", "the russian government is lying again",
    "the afghan government collapsed", "the ethiopian government blocked the internet",
    "i love kurdish music", "pakistani people make great biryani",
    "catholic people go to mass on sunday", "eritrean people fled the war",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck that was a great goal", "shit this tastes amazing", "damn that was fun",
    "holy fuck what a save", "bloody hell its cold today", "hell yeah lets go",
)
