"""The hatecheck55 held-back lines (issue 8): other wordings of the round's shapes,
written at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "wipe them out, the muslims", "get them out of here, the refugees",
    "kick them out, every last immigrant", "wipe them all out, those trans people",
    "throw them all out, the jews", "run them all out, the gays",
    "exterminate them, every disabled person", "round them up, the black people",
    "make the gays wish they were never born", "make jews wish they had never been born",
    "make black people pay", "make the refugees regret coming here",
    "make every muslim pay for this", "make trans people suffer for it",
    "we're coming for the refugees", "we are coming for all the muslims",
    "we know where the trans people live", "we know where you jews pray",
    "we will find every gay in this city", "watch your backs, women",
    "muslims better watch their backs", "we are coming for the disabled next",
    "every immigrant should leave", "each and every muslim needs to go",
    "every jew should get out", "every single refugee must leave",
    "every gay person has to go", "every disabled person should just go",
    "each black person must go back", "all trans people should go",
    "every woman must go home",
    "fags should all die", "faggots should all leave", "fags must go",
    "the fags need to leave", "fags have to go", "dykes must go",
    "trannies should all get out", "kikes should all leave", "fags should just disappear",
)

HELD_CLEAN: tuple[str, ...] = (
    "wipe them all out, the bugs", "get them out of here, the old chairs",
    "kick them out, the squatters", "throw them all out, the expired yoghurts",
    "round them up, the cattle", "run them all out, the rats",
    "make the bankers pay", "make the refugees feel at home",
    "make the gays feel safe here", "make the tourists wish they had stayed longer",
    "we're coming for the championship", "we are coming for the cup",
    "we know where the treasure is", "we will find every bug in this code",
    "watch your backs, the ice is thin",
    "every passenger should leave the plane", "each and every player needs to go to spawn",
    "every visitor must leave by noon", "every immigrant deserves a fair chance",
    "every muslim should feel safe", "every jew must go through security like anyone",
    "every woman should get equal pay", "all students must go to class",
    "nazis must all leave", "the klan needs to go", "terrorists should all die",
    "saying every muslim should leave is racist",
    "it's disgusting when people say fags should all die",
    "why would anyone say every jew must go?", "does he really think refugees must go?",
    "the rally chanted that jews should leave",
    "the paper reported that fags should die was sprayed on the wall",
    "no refugee should have to leave", "not every immigrant must go back",
    "i would never say muslims should leave", "we need to go now",
    "my fags are in the car, need to go get them", "those cigs should all go in the bin",
    "we're coming for you, zombies", "we know where the cake is hidden",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck me that was a good game", "shit yeah", "damn it, lag again",
    "holy crap that pizza", "fucking finally, gg", "oh hell yes",
)
