"""The precision33 probe (issue 8): vulgar name-calls used of a thing, not of a person, in
a sentence that names an identity group, which older rounds lift to an attack on the
group: "an X of a thing" ("the refugees waited a bastard of a long time", "my jewish
neighbour has a bitch of a commute"), a name-call heading a compound or idiom ("arguing
with muslims is a fools errand", "the mexicans drive a clown car"), and a vulgar body
part after a possessive ("no woman will let you put your dick near them"). The hostile
lines in the same words must stay caught: the name-calls said of the group or of one of
its people ("the muslims are a bunch of bastards", "that bitch of a jew", "islam is a
joke of a religion", "the gays are a clown show", "jews can kiss my ass"). Written
before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the name-call said of the group
    "the muslims are a bunch of bastards", "muslims are all bastards", "jews are fools",
    "the jews are the biggest fools on earth", "women are dicks", "the gays are bastards",
    "immigrants are pigs", "the mexicans are bastards, every one of them",
    "jews are pigs and always will be", "those refugees are a pack of bitches",
    "the chinese are monsters", "women are stupid bitches", "the gays are dicks",
    "black people are bitches", "the mexicans are clowns", "those arabs are trolls",
    "hindus are idiots", "the jews are a pack of clowns", "women are fucking bitches",
    "the immigrants are a bunch of clowns", "women are a fools lot",
    # "an X of a" people word, or of the group's faith
    "the muslims are a bitch of a people", "that bitch of a jew", "this joke of a muslim",
    "islam is a joke of a religion", "that bastard of an immigrant stole my job",
    "what a pig of a woman",
    # the compound said of the group
    "the gays are a clown show", "islam is a clown show", "feminists are a clown car",
    # a body part in a sexual demand
    "muslims can suck my dick", "jews can kiss my ass", "women should suck your dick",
    # sworn at the group
    "fuck the muslims, bastards all", "immigrants are a plague of bastards",
)

TUNE_CLEAN: tuple[str, ...] = (
    # "an X of a" thing
    "the muslims got a bastard of a deal on that land",
    "my jewish neighbour has a bitch of a commute",
    "the refugees waited a bastard of a long time at the border",
    "the gay couple next door had a bitch of a move",
    "women get a pig of a deal on car insurance",
    "the immigrants at my work had a bastard of a week",
    "the muslim shop owner had one bitch of a year",
    "the gays threw one bitch of a party last night",
    "immigrants face a bastard of a visa process",
    "the jews had a pig of a winter that year",
    "women had a bitch of a time getting the vote",
    "the chinese built a monster of a dam",
    "the mexican farmers had a bastard of a harvest",
    "black voters faced a bitch of a queue in georgia",
    # a name-call heading a compound or an idiom
    "arguing with muslims online is a fools errand",
    "trying to convert the jews is a fool's errand",
    "the mexicans drive a clown car to work lol",
    "the gays made a troll account to prank their mates",
    "talking to women about crypto is a fools errand",
    "kissing up to the muslim lobby is a fools errand",
    "the christians sold him fool's gold",
    "the hindu kids love the clown costumes at the fair",
    "the arab comedians wore clown makeup for the show",
    "asking the gays to agree on anything is a fool's errand",
    "the muslim guy at the party wore a clown nose",
    # a body part after a possessive
    "no woman will ever let you put your dick near them",
    "women won't date you if you keep your dick out all day",
    "the jewish nurse told him to put his dick away",
    "muslim women said to keep your dick to yourself",
    "the lesbians at the bar told him to zip his dick back in",
    "black girls at the club laughed when he flashed his dick",
    "the gay lads told him to cover his dick in the sauna",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit this pizza is fucking amazing", "fuck yeah we won the raffle",
    "this weather is a bitch lol", "damn that was one hell of a concert",
    "shit, i left my keys at home again", "what a bastard of a hill that was, my legs are dead",
)
