"""The hatecheck55 probe (issue 8): calls for harm, exclusion and threats against an
identity group that the older rules miss for their word order or phrasing: the group named
after the call ("wipe them all out, the jews"), wishes of suffering ("make the muslims wish
they were never born"), menace as a plan ("we are coming for the jews", "we know where the
refugees live"), exclusion with a quantifier subject ("every muslim should get out") and
slur subjects ("fags should all burn"); and the same verbs said of things or of hateful
groups, counter-speech, questions, reported speech and negation that must stay clean.
Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    "wipe them all out, the jews", "get them all out, those immigrants",
    "throw them out, the muslims", "wipe them out already, the gays",
    "round them all up, the refugees", "exterminate them all, the disabled",
    "drive them all out, the blacks",
    "make the muslims wish they were never born",
    "make trans people wish they had never been born", "let's make the jews pay",
    "make immigrants regret ever coming here", "make the disabled pay for it",
    "make women wish they'd never been born",
    "we are coming for the jews", "we're coming for every muslim in this town",
    "we know where the refugees live", "we know where those gays hang out",
    "we will find the trans people", "watch your backs, immigrants",
    "black people better watch out", "we're coming for the women next",
    "every single immigrant needs to leave", "each and every jew must go",
    "every muslim should get out", "every one of the refugees has to go",
    "every black person should go back", "every trans person must leave",
    "every woman should just leave", "all refugees must go",
    "fags should all burn", "fags need to go", "fags must all leave",
    "the fags should all disappear", "fags need to all die", "trannies must go",
)

TUNE_CLEAN: tuple[str, ...] = (
    "wipe them all out, the zombies", "get them all out, those weeds",
    "throw them out, the leftovers", "round them all up, the sheep",
    "wipe them out already, the ants", "exterminate them all, the cockroaches",
    "make the landlord pay", "make the muslims feel welcome",
    "make the kids wish they had stayed longer",
    "we are coming for the title", "we're coming for the trophy this year",
    "we know where the party is", "we will find the keys",
    "watch your backs, the floor is wet",
    "every guest should leave by 10", "every student must go to the hall",
    "every immigrant should get a fair hearing", "each and every muslim deserves respect",
    "every refugee must go through registration", "every woman should vote",
    "nazis should all go to jail", "racists need to go", "fascists must all leave",
    "saying 'every immigrant should leave' is hateful",
    "people who say gays should all die are vile",
    "why do people say muslims should leave?", "who says every jew must go?",
    "the mob shouted that muslims should leave",
    "protesters chanted that every immigrant should go",
    "no immigrant should have to leave", "we should all leave early",
    "my fags are all gone, need to go to the shop",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fuck yeah we won", "holy shit that was close", "damn this coffee is good",
    "shit, i forgot my keys again", "that movie was fucking great", "well damn, gg",
)
