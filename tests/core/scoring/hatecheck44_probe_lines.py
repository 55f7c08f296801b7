"""The hatecheck44 probe (issue 8): a sweep over HateCheck's functional categories found
three shapes the scorer misses: a right or a basic good denied to a named group
("women dont deserve to vote", "immigrants don't deserve healthcare", "trans people
deserve no rights", "muslims have no right to be here"), older claims denied in chat
spelling ("muslims dont deserve to exist", "gays doesnt deserve rights"), and a group said
to bring nothing but harm ("immigrants bring nothing but crime", "muslims only bring
terror", "black people are nothing but trouble"). With them, the clean lines in the same
words that must stay clean (the right granted, a kind good, no group, counter-speech,
negation, questions in good faith, reported speech) and friendly swearing. Written before
any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a right or basic good denied
    "women dont deserve to vote", "women don't deserve the vote",
    "immigrants don't deserve healthcare", "gays dont deserve to marry",
    "muslims don't deserve to be here", "trans people deserve no rights",
    "black people dont deserve citizenship", "jews do not deserve a country of their own",
    "disabled people dont deserve to have kids", "women have no right to vote",
    "muslims have no right to be in this country", "immigrants deserve no healthcare at all",
    "gay people shouldnt have the right to marry",
    "women really dont deserve equal pay",
    # older claims denied in chat spelling
    "muslims dont deserve to exist", "trans people doesnt deserve to be alive",
    "gays dont deserve rights", "immigrants dont deserve any rights",
    "jews dont deserve the right to live", "women dont even deserve human rights",
    "black ppl dont deserve rights lol", "disabled people dont deserve to exist tbh",
    # nothing but harm
    "immigrants bring nothing but crime", "muslims bring nothing but terror",
    "black people cause nothing but problems", "women are nothing but trouble",
    "trans people bring nothing but confusion and perversion",
    "jews have brought nothing but misery", "immigrants only bring crime and drugs",
    "muslims only bring violence wherever they go", "gays bring nothing but disease and filth",
    "refugees bring nothing but rape and crime", "disabled people are nothing but a drain",
    "mexicans bring nothing but drugs", "lesbians have no right to adopt",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the right granted, a kind good, no group
    "women deserve the vote", "immigrants deserve healthcare like everyone else",
    "gay people have every right to marry", "muslims have every right to be here",
    "trans people deserve rights", "women won the right to vote in 1918",
    "my dog doesnt deserve treats after that lol", "tourists have no right to vote here",
    "immigrants don't deserve to be treated like criminals",
    "women dont deserve the abuse they get online",
    "muslims don't deserve to be blamed for a few extremists",
    "trans people deserve no less than anyone else",
    # nothing but good
    "immigrants bring nothing but good food and hard work",
    "my muslim neighbours bring nothing but kindness",
    "women bring nothing but joy to this team", "this patch brings nothing but bugs",
    "the storm brought nothing but trouble", "refugees only bring their families and hope",
    "gay bars bring nothing but fun to the high street",
    # counter-speech, negation, questions, reported speech
    "saying immigrants bring nothing but crime is racist",
    "immigrants don't bring crime, the numbers show it",
    "it's vile to say women dont deserve to vote",
    "nobody thinks gays dont deserve to marry",
    "do people really think muslims dont deserve rights? that's sad",
    "my uncle said immigrants don't deserve healthcare and i left the room",
    "no, trans people do deserve rights",
    "is it true black people couldnt vote back then?",
    "who says women have no right to vote? nobody sane",
    "the article claims refugees bring nothing but crime, which is false",
    "jews deserve a country of their own as much as anyone",
    "disabled people deserve to have kids if they want",
    "women have the right to vote and to run",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fucking love being trans", "holy shit my gay best friend just got engaged",
    "damn this game brings nothing but pain lmao", "shit i dont deserve this win lol",
    "fuck yeah womens football is back", "hell yes, iftar at my muslim mates' tonight",
)
