"""The hatecheck73 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "gun the jews down", "gun all the gays down", "lets gun the mexicans down",
    "someone should gun the muslims down", "i will gun these refugees down",
    "mow the jews down", "mow all the refugees down", "we should mow the muslims down",
    "just mow the immigrants down already", "mow every last gypsy down",
    "wipe the muslims out", "wipe all the jews out", "wipe the refugees out for good",
    "we must wipe the gays out", "someone has to wipe the immigrants out",
    "string the jews up", "string all the gays up", "lets string the muslims up",
    "we should string the immigrants up", "string every refugee up",
    "stamp the jews out", "stamp all the gays out", "snuff the muslims out",
    "i wanna gun the blacks down", "gun the arabs down and laugh",
    "honestly just mow the migrants down", "wipe the trans people out",
    # a place or manner of death
    "throw the muslims into the sea", "throw all the refugees into the ocean",
    "push the jews off a cliff", "throw the immigrants off a bridge",
    "lets push the gays off a roof", "toss the migrants back into the sea",
    "we need to throw the jews into the sea", "chuck the muslims off a cliff",
    "throw every refugee into the sea", "someone should throw the trans people off a roof",
    "push all the immigrants into the sea", "throw the arabs into the ocean",
    "i will push the refugees off a cliff",
)

HELD_CLEAN: tuple[str, ...] = (
    "gun the other team down", "mow the enemies down in the last round",
    "wipe the counter down", "wipe their squad out in the final circle",
    "string the banner up", "string the hammock up between two trees",
    "throw the rock into the sea", "push the boat off the beach", "stamp the embers out",
    "throw the net into the ocean", "gun the tank down with rockets",
    "mow the grass down by the fence", "snuff the candles out",
    "police gunned the students down in 1968",
    "the regime tried to wipe the kurds out and failed",
    "isis threw the gays off buildings, a horrific crime",
    "she said we should mow the refugees down and got reported",
    "the crowd strung the men up in 1920",
    "the documentary shows soldiers gunning the villagers down",
    "no one should ever wipe the jews out", "we should never throw the refugees into the sea",
    "would you push the muslims off a cliff? of course not",
    "why would anyone want to gun the immigrants down?",
    "if they mow the refugees down it is a war crime", "i would never string the gays up",
    "saying 'gun the immigrants down' is evil", "stop saying throw the migrants into the sea",
    "anyone who says wipe the muslims out is a monster",
    "'throw the jews into the sea' is a vile slogan",
    "the refugees were thrown off balance by the news",
    "the jews wiped the floor with them at chess", "we threw the muslims a big iftar dinner",
    "throw the ball to the immigrants on the other team",
    "wipe the tears off the refugees' faces", "string the guitar up for the muslims' party",
    "the gays wiped the competition out at the awards",
    "push the refugees' case to the court", "gun the engine down the road",
    "mow the lawn for the immigrants next door", "throw the gays a pride party",
)

HELD_SWEARING: tuple[str, ...] = (
    "shit i got gunned down again", "fuck, wipe the map clean and restart",
    "damn that team mowed us down lmao", "holy fuck throw it off the cliff",
    "fucking string it up already", "wipe out again, fml",
)
