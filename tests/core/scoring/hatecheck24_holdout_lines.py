"""The hatecheck24 held-back lines (issue 8): written with the probe, before any rule,
in the same shapes with different wording; counted only at the start and the end."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "women will get what's coming to them", "jews are going to get what's coming",
    "refugees will get what's coming soon", "gay men better watch their backs",
    "muslims should watch their backs around here", "black people need to watch their backs",
    "immigrants won't be safe here much longer", "trans people won't be safe in this country",
    "disabled people will not be safe here for long", "jews won't be safe around us",
    "refugees aren't going to be safe here", "women won't be safe here anymore",
    "migrants will get what's coming to them", "trans women better watch their backs",
    "I'll be waiting for the refugees with my gun", "we'll be waiting for the jews with our guns",
    "I'm gonna be waiting for the gay people with a bat",
    "I'll be waiting for the muslims with my knife",
    "we are waiting for the immigrants with rifles", "I will be waiting for the women with my gun",
    "we will make sure no refugee survives", "I'll make sure no woman survives",
    "we're gonna make sure no black person gets out alive",
    "I will make sure no trans person lives",
    "we'll make sure no immigrant survives the winter", "I'm going to make sure no jew survives",
    "not one migrant deserves to live", "no refugee deserves to exist",
    "not a single refugee deserves to be alive", "not one migrant is worth anything",
    "no refugee deserves to live in this country",
    "There are so many refugees in this town. I want them all gone.",
    "Muslims on every corner. I want them gone.", "too many immigrants here. want them gone",
    "Jews everywhere now. I want them all gone.",
    "immigrants are taking over send them back", "all these refugees living off us send them back",
    "muslims will get what's coming", "trans people are gonna get what's coming to them",
    "gay people won't be safe here much longer",
)

HELD_CLEAN: tuple[str, ...] = (
    "migrants won't be safe at sea this winter, charities warn",
    "trans people won't be safe until police take this seriously, activists say",
    "women shouldn't have to watch their backs walking home",
    "no one should have to watch their backs",
    "refugees won't be safe if the border camp closes", "jewish families say they don't feel safe",
    "we will make sure no refugee sleeps outside tonight",
    "we'll make sure no immigrant child goes hungry",
    "I'll make sure no muslim student is left out",
    "we'll be waiting for the refugees with hot soup",
    "I'll be waiting for the immigrants at the arrivals gate",
    "every migrant deserves to live with dignity",
    "no refugee deserves to live in fear", "not one refugee deserves to live in a camp like that",
    "bots better watch their backs, new filter is coming",
    "scammers will get what's coming to them",
    "I'll be waiting for the raccoons with my gun", "we will make sure no bug survives",
    "the slugs won't be safe in my garden much longer",
    "So many pigeons around here. I want them all gone.",
    "campers better watch their backs, the new map has no corners",
    "the jeans are too small, send them back", "wrong size again, send them back",
    "the plates arrived broken so we had to send them back",
    "if the kids misbehave at camp they send them back home early",
    "immigrants will get what's owed to them under the new law",
    "women are gonna get equal pay soon",
    "I'll be waiting for the muslims at the iftar dinner", "refugees are safe here with us",
    "no refugee should be sent back to a war zone",
    "the refugees got their papers, they are safe now",
    "so many refugees here. I want them all to feel welcome.",
    "gay people won't be safe until we speak up",
    "I want them all gone, these weeds are everywhere",
    "immigrants will get what they need at the centre", "the muslims in my street are lovely",
    "women deserve to live without fear", "trans people deserve to live their lives",
    "send them back to the kitchen, the plates are dirty", "the next train will get you there safe",
)

HELD_SWEARING: tuple[str, ...] = (
    "fucking hell that was a great save", "holy shit gg", "damn that's a nice car",
    "shit the bus is late again", "fuck yeah payday", "that was a bloody good film",
    "this is so fucking good",
)
