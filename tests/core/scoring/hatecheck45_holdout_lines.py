"""The hatecheck45 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "muslims only ever bring terror", "immigrants only bring trouble", "jews only bring misery",
    "refugees only ever cause crime", "black people only cause violence",
    "women only bring problems",
    "gays only bring disease", "immigrants bring only chaos", "muslims only spread hate",
    "trans people only cause trouble for everyone", "migrants only ever bring drugs and crime",
    "jews bring only destruction",
    "women are good for only one thing", "women are only fit for the kitchen",
    "women are only useful for sex", "immigrants exist only to leech off us",
    "the only thing immigrants are good for is cleaning",
    "muslims are only useful as cannon fodder",
    "women serve only one purpose", "black people are good for one thing only",
    "gay men are only useful as decoration", "women are only fit to cook and clean",
    "any muslim who comes near me should get shot",
    "every immigrant who crosses that border should get shot",
    "any woman who disobeys deserves a slap", "every gay who hits on me should get beaten",
    "any trans who uses that bathroom should get beaten up",
    "any black kid who runs through here should get stabbed",
    "every jew who speaks up should get hanged", "refugees who complain should get shot",
    "any immigrant who talks back deserves a good beating",
    "every muslim that moves in next door should get shot",
    "immigrants have no business in our country", "muslims have no place among civilised people",
    "women have no business voting", "jews are a plague on this earth",
    "trans people have no place among normal people", "disabled people only ever bring misery",
    "women only ever bring trouble", "every woman who lies deserves a slap",
)

HELD_CLEAN: tuple[str, ...] = (
    "immigrants only bring a suitcase at first", "muslims only bring dates to iftar",
    "saying immigrants only bring crime is racist", "is it true muslims only bring violence?",
    "my uncle says jews only cause problems, he is wrong",
    "women only ever bring snacks to game night",
    "the rain only brings mud", "this update only causes crashes",
    "black people only make up a small share of the town", "gay people only want equal rights",
    "trans people only want to use the bathroom in peace", "women are good for the team",
    "immigrants are good for the economy", "this knife is good for one thing only",
    "women are good at maths too", "muslims are good neighbours",
    "the old phone is only useful as a paperweight", "this map is only fit for the bin",
    "women exist in every profession", "nobody believes immigrants only cause trouble",
    "the claim that women are only good for cooking is sexist",
    "any immigrant who comes here should get support",
    "every trans person who asks deserves an answer",
    "any muslim student who fasts should get a break",
    "every woman who works here deserves a raise",
    "any gay teen who comes out deserves support", "every refugee who arrives should get a bed",
    "immigrants who were shot at the border deserve justice",
    "any jew who visits should get a warm welcome", "black players who score deserve praise",
    "immigrants have no place to stay tonight", "muslims have no place to pray at work",
    "disabled people only need step-free access", "women only got the vote in 1918 here",
    "jews only bring wine to the seder", "what does 'women are good for one thing' even mean?",
    "my teacher said muslims only bring violence and got fired",
    "refugees only cause worry for the officials who house them",
    "women only ever cause a stir at the chess club by winning",
    "are immigrants only useful as cheap labour? no, that's a myth",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck, only one life left", "holy shit that goal", "damn good for one night only",
    "shit i only brought one controller", "fucking hell that was close", "oh shit the only key",
)
