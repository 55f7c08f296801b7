"""The precision33 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "the arabs are a bunch of bastards", "muslims are bastards", "mexicans are fools",
    "the gays are the biggest fools around", "jews are dicks", "the refugees are bastards",
    "immigrants are filthy pigs", "the chinese are bastards, all of them",
    "women are pigs and always have been", "those muslims are a pack of bitches",
    "the africans are monsters", "muslim women are stupid bitches", "the jews are dicks",
    "asian people are bitches", "the arabs are clowns", "those jews are trolls",
    "immigrants are idiots", "the muslims are a pack of clowns", "gays are fucking bitches",
    "the refugees are a bunch of clowns", "muslims are a fools lot",
    "the jews are a bitch of a people", "that bitch of a muslim", "this joke of a jew",
    "judaism is a joke of a religion", "that bastard of a refugee took my flat",
    "what a pig of a jew", "the jews are a clown show", "feminism is a clown show",
    "the lesbians are a clown car", "gays can suck my dick", "muslims can kiss my ass",
    "lesbians should suck your dick", "fuck the jews, bastards all",
    "refugees are a plague of bastards", "the mexicans are a bunch of dicks",
    "black women are bitches", "the muslims are all trolls", "women are a joke",
    "the hindus are bastards",
)

HELD_CLEAN: tuple[str, ...] = (
    "the arabs got a bastard of a deal on the oil",
    "my muslim neighbour has a bitch of a drive to work",
    "the migrants waited a bastard of a long time for the ferry",
    "the lesbian couple upstairs had a bitch of a move",
    "women pay a pig of a price for haircuts",
    "the refugees at our church had a bastard of a month",
    "the jewish baker had one bitch of a week",
    "the gays hosted one bitch of a party for pride",
    "immigrants go through a bastard of a paperwork process",
    "the muslims had a pig of a summer in that heat",
    "women had a bitch of a fight to get the vote",
    "the japanese built a monster of a bridge",
    "the irish farmers had a bastard of a season",
    "black families faced a bitch of a wait at the clinic",
    "the mexican workers had a pig of a shift",
    "the hindus threw a monster of a festival",
    "debating the christians online is a fools errand",
    "trying to convince women about nfts is a fool's errand",
    "the chinese lads drove up in a clown car",
    "the lesbians made a troll account for their band",
    "explaining memes to the jews at work is a fools errand",
    "the muslims sold him fool's gold at the market",
    "the sikh kids loved the clown costumes at the circus",
    "the black comedians put on clown makeup for the gig",
    "getting the arabs to agree on football is a fool's errand",
    "the jewish guy at the wedding wore a clown nose",
    "the gay bar had a troll doll on the counter",
    "the mexican kids played with their clown toys",
    "the women in my office love the idiot box",
    "persuading the catholics to eat meat on friday is a fools errand",
    "no woman will let you near them with your dick out",
    "women hate it when you leave your dick hanging out",
    "the muslim doctor told him to put his dick back in",
    "black women said to keep your dick in your pants",
    "the gay guys at the pool told him to tuck his dick in",
    "the jewish lads laughed when he showed his dick",
    "lesbians do not care about your dick",
    "the asian nurse told him to cover his dick",
    "the immigrants at the gym told him to put his dick away",
    "women at the beach saw his dick fall out of his shorts",
)

HELD_SWEARING: tuple[str, ...] = (
    "fucking hell that game was brilliant", "shit yes we got tickets",
    "this traffic is a bitch today", "damn that was one hell of a ride",
    "oh shit i forgot my wallet", "what a bastard of a climb, my calves are done",
)
