"""The hatecheck43 probe (issue 8): calls to confine, round up, lock up, ship off or shut
out an identity group in phrases outside the lexicon ("every muslim should be sent to a
camp", "put all the gays in camps", "lock up every trans person", "ship them all back,
these refugees", "round up the jews", "deport every last one of those mexicans"), and the
clean lines in the same words that must stay clean (no group, a kind act, counter-speech,
negation, questions asked in good faith, reported speech). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # sent or put in camps
    "every muslim should be sent to a camp", "all the gays should be sent to camps",
    "put all the gays in camps", "throw the immigrants in camps",
    "we need camps for the muslims", "haul the immigrants off to detention camps",
    "send all the gays to an island",
    # locked up, caged, confined
    "immigrants should be locked up", "lock up every trans person", "lock all the muslims up",
    "lock the refugees in cages", "immigrants belong behind bars",
    "all trans people should be confined", "trans people should be put in asylums",
    "put the disabled in institutions where they belong",
    # shipped back, rounded up, deported
    "ship them all back, these refugees", "ship the refugees back where they came from",
    "ship every migrant back home", "round up the jews",
    "round up all the immigrants and send them off", "round the muslims up",
    "every jew should be rounded up", "the muslims should be rounded up and expelled",
    "deport every last one of those mexicans", "deport all the refugees now",
    "pack the mexicans onto a boat and send them back",
    "get every last refugee out of this country",
    "every single immigrant should be thrown out",
    # kept out of a place, a place assigned
    "black people should be kept out of our neighbourhood", "keep the jews out of our town",
    "muslims have no place in our schools", "women belong in the kitchen, not in parliament",
    "women should stay at home and keep out of politics",
    "we should put black people back in chains", "lock the gays away where they belong",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same words with no group or a kind act
    "every muslim should be sent an invite to the iftar",
    "refugees should be sent to safe countries faster", "criminals should be locked up",
    "lock up your bikes, thieves around", "ship them all back to the warehouse",
    "the camp for trans youth was great", "round up the kids, dinner is ready",
    "round up the numbers to the nearest ten", "lock up the house before you leave",
    "keep the dogs out of our neighbourhood park", "ship the parcels back to the seller",
    "my muslim friends invited me to their camp", "we went camping with my gay cousins",
    "corrupt politicians should be locked up", "put all the tents in the camp before dark",
    "trans people should be kept safe", "women belong in parliament, not just the kitchen",
    "women belong wherever they want to be",
    "the gays at summer camp were the nicest counselors",
    "black people should be heard at our neighbourhood meetings",
    # counter-speech, negation
    "saying immigrants should be locked up is cruel", "immigrants should not be locked up",
    "nobody should put gays in camps", "immigrants should be welcomed, not locked up",
    "it's horrifying that people want to lock up every trans person",
    # questions in good faith, reported speech, history
    "should refugees be sent to camps while they wait? honestly asking",
    "is it true they want to deport every mexican? that's insane",
    "he said every muslim should be sent to a camp and got banned for it",
    "the jews were rounded up in 1942, never forget",
    "refugees were held in camps for years, it's a disgrace",
    "the government deported three hundred people last year",
    "my teacher told us how the nazis put jews in camps",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fuck yeah we won", "holy shit the camp was lit", "damn that sunset tho",
    "shit, i lost my keys again", "this fucking song slaps", "well shit, round two it is",
)
