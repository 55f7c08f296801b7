"""The hatecheck45 probe (issue 8): a named group said to bring or do only harm
("muslims only bring violence", "immigrants only ever cause trouble"), reduced to a use
("women are good for one thing only", "women are only fit for breeding"), harm called
for on any member who does something ("any immigrant who comes here should get shot",
"every woman who talks back deserves a slap"), and a group said to have no business or
place among decent people; the clean lines in the same words that must stay clean
(neutral and positive mentions, counter-speech, questions, reported speech). Written
before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a group said to bring or do only harm
    "muslims only bring violence", "immigrants only ever cause trouble",
    "refugees only bring crime and drugs", "jews only cause problems wherever they go",
    "black people only bring chaos to our towns", "women only ever cause drama",
    "gay people only spread disease", "immigrants bring only crime",
    "muslims bring only terror to europe", "trans people only ever bring confusion",
    "honestly immigrants only cause misery", "disabled people only ever cause problems",
    # a group reduced to a use
    "women are good for one thing only", "women are good for one thing",
    "women are only useful in the kitchen", "women are only fit for breeding",
    "women exist only to serve men", "immigrants are only useful as cheap labour",
    "black people are only fit for manual work", "the only thing women are good for is cooking",
    "trans people are only useful as a punchline", "women are only good in bed",
    # harm called for on any member who does something
    "any immigrant who comes here should get shot",
    "every trans person who tries that deserves a beating",
    "any muslim who prays near me should get beaten", "every woman who talks back deserves a slap",
    "any jew who shows his face here should get hanged",
    "any gay who kisses in public should get beaten up",
    "every black guy who walks in here should get stabbed", "immigrants who steal should get shot",
    "any refugee who complains deserves a good beating",
    # no place or business among decent people
    "muslims are a plague on society", "women have no business in politics",
    "immigrants have no business being here", "muslims have no place among decent people",
)

TUNE_CLEAN: tuple[str, ...] = (
    # neutral and positive mentions in the same words
    "women are good at chess too", "immigrants only bring their families after a year",
    "muslims only eat halal food", "immigrants only ever bring their kids to this park",
    "refugees only bring what they can carry", "the storm only brought rain",
    "this patch only causes lag", "women are good for the economy",
    "immigrants are good for the country", "women only got the vote in 1920",
    "this pan is good for one thing only: eggs", "the old laptop is only useful for email",
    "these boots are only fit for the bin", "women exist in every field of science",
    "jews bring challah to the dinner", "gay people only want to be left alone",
    "disabled people only need better ramps",
    "black people only make up 13 percent of the population",
    "any immigrant who comes here should get a fair hearing",
    "every trans person who tries that deserves respect",
    "any muslim who prays here should get a quiet room",
    "every woman who applies should get an interview",
    "any gay couple who marries here deserves a party", "the player who camps should get banned",
    "immigrants who got shot at the border deserve justice",
    "women have no place to sleep tonight, the shelter is full",
    # counter-speech, questions and reported speech
    "saying muslims only bring violence is bigotry", "do muslims only bring violence?",
    "he said immigrants only cause trouble, which is nonsense",
    "is it true immigrants only cause trouble?",
    "it's false that women are only good for cooking",
    "nobody thinks women are good for one thing only",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fuck yeah we only need one more point", "holy shit that was the only way out",
    "damn this is good for one thing: fun", "shit, the only charger broke",
    "fucking finally, we won", "this is the shit, best pizza ever",
)
