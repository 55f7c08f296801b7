"""The hatecheck50 probe (issue 8): a broad sweep of functional hate-suite cases in
English across many identity groups (women, trans people, gay people, black people,
disabled people, muslims, immigrants, jews, refugees): derogation by a negative
attribute, dehumanisation, threats, slurs in plain and plural forms, conspiracy tropes,
objectification, a pronoun that refers back to a group, questions and opinions; and the
clean lines in the same words (counter-speech, neutral and positive mentions, denounced
quotes). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # derogation: a negative attribute
    "women are too emotional to be trusted with anything", "trans people are all mentally ill",
    "gay men are disgusting perverts", "black people are naturally lazy",
    "disabled people are a burden on everyone", "muslims are all liars",
    "immigrants are parasites draining our country",
    # dehumanisation
    "refugees are vermin", "jews are rats", "trans women are creatures, not women",
    "muslims are a plague on this country", "immigrants are an infestation",
    # threats and calls to harm
    "all muslims should be shot", "i want to burn down every mosque with them inside",
    "we should hang the gays from trees", "disabled people should be put down",
    # slurs, plain and plural
    "negroes are animals", "homos are gross", "trannies are freaks",
    "all those retards should be locked away", "kikes are vile",
    # conspiracy tropes
    "jews run the banks", "jews control the media", "the jews own hollywood and the government",
    "muslims are secretly taking over europe",
    # objectification
    "women are things, not people", "wives are property", "women are only good for sex",
    # pronoun reference to a group
    "i hate muslims. they are all the same", "you see trans people? they are sick in the head",
    "never trust a jew. they only care about money",
    # a question or an opinion
    "why are black people so violent?", "in my opinion women are too stupid to vote",
    "aren't gay people just disgusting?", "honestly refugees are worthless",
)

TUNE_CLEAN: tuple[str, ...] = (
    # counter-speech
    "saying women are too emotional is sexist nonsense", "trans people are not mentally ill",
    "it's wrong to call gay men perverts", "black people are not lazy, that's a racist myth",
    "disabled people are not a burden, they deserve support",
    "calling immigrants parasites is disgusting", "refugees are human beings, not vermin",
    "the idea that jews run the banks is an antisemitic conspiracy theory",
    "no, jews do not control the media", "women are people, not property",
    "saying muslims are all the same is ignorant",
    # denouncing a quote
    "he said 'homos are gross' and got banned, good",
    "someone wrote 'negroes are animals' on the wall, so awful",
    "\"trannies are freaks\" is a hateful thing to post",
    # neutral and positive mentions
    "my wife and i are celebrating our anniversary",
    "muslims around the world are fasting for ramadan",
    "the refugees arrived safely this morning", "black people have contributed so much to music",
    "gay couples can adopt here now", "trans women are women",
    "disabled people deserve accessible buildings", "immigrants built this city",
    "i love my jewish neighbours", "women are amazing engineers",
    "are gay people allowed to marry in japan?", "why are so many refugees fleeing the war?",
    # the same shapes about things that are not people
    "rats are vermin", "the banks run the economy", "mosquitoes are a plague this summer",
    "these cupcakes are disgusting lol", "my phone is a piece of junk",
    "spiders are creatures of the night",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fuck yeah we won", "holy shit this cake is good", "damn that was close as hell",
    "shit i forgot my keys", "that concert was fucking amazing", "well fuck, the bus is late again",
)
