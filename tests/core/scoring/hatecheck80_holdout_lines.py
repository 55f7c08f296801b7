"""The hatecheck80 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "deport the jews", "deport all the gays", "deport the refugees already",
    "expel the muslims", "expel all the immigrants", "expel the blacks",
    "eradicate the jews", "eradicate every immigrant", "eradicate the fucking muslims",
    "purge the muslims", "purge all the refugees from our country", "banish the jews",
    "banish all immigrants", "exile the muslims", "exile the gays",
    "annihilate the muslims", "annihilate all immigrants", "eliminate the jews",
    "eliminate the gays", "just expel the refugees", "deport the chinese",
    "expel the turkish", "eradicate the french", "purge the somali", "banish the pakistani",
    "we should expel the muslims", "we need to deport the jews",
    "someone should purge the immigrants", "time to eradicate the muslims",
    "i think we should deport all the blacks", "we must banish the refugees",
    "lets purge the jews already", "we have to eliminate the immigrants",
    "honestly just deport the muslims", "we gotta expel the gays",
    "somebody needs to exile the jews", "i say we eradicate the immigrants",
    "it is time to deport the muslims", "we should just expel the japanese",
    "deport the immigrants back to where they came from",
)

HELD_CLEAN: tuple[str, ...] = (
    "the soviets deported the tatars", "britain expelled the acadians",
    "portugal expelled the jews in 1497", "the regime purged the generals",
    "she said we should expel the immigrants", "my coworker keeps saying deport the muslims",
    "eradicate the weeds", "expel the intruder", "purge the queue",
    "eliminate the final boss", "banish the ghost", "exile the king",
    "deport the impostor lol", "annihilate the enemy base", "eradicate malaria",
    "eliminate the french team in the semi final", "purge the muslim ban",
    "expel the japanese beetles from the garden",
    "we should not deport the muslims", "never expel the refugees",
    "no one should purge the jews", "do not deport the immigrants",
    "should refugees be deported?", "should we expel the migrants?",
    "who wants to eradicate the jews?",
    "saying 'expel the jews' is antisemitic", "calling to deport the muslims is racist",
    "stop telling people to eradicate the gays", "\"purge the immigrants\" is vile rhetoric",
    "people who say deport the refugees are bigots",
    "we should welcome the immigrants", "we need to support the refugees",
    "deportation of muslims is illegal", "the expulsion of the jews was a tragedy",
    "purge your browser cache", "eradicate the mold in the bathroom",
    "eliminate the middleman", "banish the winter blues",
    "expel the air from the bag", "exile the bad habits",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck me that was close", "shit yeah pizza night", "damn right we won",
    "holy shit what a save", "fucking love this weather", "oh shit i forgot my keys lol",
)
