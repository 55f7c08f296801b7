"""The hatecheck54 held-back part (issue 8): other wordings of the same shapes as
hatecheck54_probe_lines.py, written at the same time and before any rule; counted only at
the start and the end of the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "muslims should all rot", "immigrants must all go", "wipe them all out, the refugees",
    "make women wish they were never born", "we are coming for the gays",
    "find the immigrants and end them", "put every muslim in the ground",
    "trans people will pay for this, i promise", "it would be great if all immigrants died",
    "every single refugee needs to go back", "jews should all just disappear",
    "black people must all vanish", "disabled people should all die off",
    "women ought to all disappear", "gay men should all perish",
    "it would be wonderful if all the jews vanished",
    "it would be better if every black person left",
    "life would be better if all the disabled died", "i wish all trans people would just die",
    "we're coming for every last muslim", "we will hunt the immigrants down one by one",
    "we're going to find the gays and make them pay",
    "every refugee will get what's coming, i promise",
    "black people will suffer for this", "the jews will pay, just wait",
    "put all the trans people in the ground", "disabled people deserve to be wiped out",
    "women need to all go away forever", "refugees should all rot in hell",
    "immigrants can all drop dead", "it'd be great if the muslims all disappeared",
    "gay people, we know where you live", "trans people are going to regret this",
    "soon every jew will be gone", "we're coming for you next, refugees",
    "muslims must all be driven out", "the world would be a better place if all women died",
    "it would be awesome if all black people vanished", "hunt down the trans people",
    "disabled people will be sorry, mark my words",
)

HELD_CLEAN: tuple[str, ...] = (
    "these old shoes should all go", "the expired coupons must all go",
    "it would be great if all the ice melted", "it would be better if all the lights turned off",
    "we are coming for the championship", "we'll hunt down every typo",
    "the tomatoes will all rot by friday", "those boxes can all disappear",
    "these cookies should all be gone by noon", "racists should all rot in jail",
    "it would be great if all the trolls left", "we're coming for you, cockroaches",
    "telling refugees to all go back is vile", "no one should want women to disappear",
    "she said jews should all vanish and got banned for it",
    "i'd never say black people should all leave",
    "do people really think gay men should all perish?",
    "it would be great if all immigrants got the vote",
    "it would be better if all disabled people had access",
    "we are coming for the refugees' fundraiser on sunday",
    "muslims will pay respects at the memorial", "trans people will vote this year",
    "women should all get equal pay", "black people should all be proud",
    "immigrants must all fill in this form", "every refugee needs to see a doctor first",
    "we should all go to the mosque open day", "the gays in my office will all come to the party",
    "jews are not going anywhere", "you can't tell disabled people to all go home",
    "muslims should not all be blamed", "the immigrants all went home for the holidays",
    "refugees all left the camp for new homes", "it would be nice if all trans people felt safe",
    "i'm coming for the gay bar quiz night", "women will pay nothing for entry tonight",
    "the disabled athletes will all compete tomorrow", "we hunted for jewish recipes all day",
    "the ducks should all go back to the pond", "my files will all disappear if i don't save",
)

HELD_SWEARING: tuple[str, ...] = (
    "shit we all gotta go", "fuck yes we're all leaving for vegas",
    "damn, my phone is about to die", "this beat is fucking fire",
    "hell, i'm coming for that trophy", "holy crap we should all go swimming",
)
