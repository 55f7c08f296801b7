"""The hatecheck84 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "deport the jews, i say", "expel the muslims, as i have always said",
    "kill the immigrants, i said it before and i will say it again",
    "let the gays starve, i always say", "women are idiots, as my father used to say",
    "muslims are parasites, i say it proudly",
    "refugees are vermin, the mayor said, and i agree with him",
    "jews are rats, my neighbour says, and he is right",
    "black people are criminals according to the statistics",
    "immigrants are rapists according to the data", "trans people are mentally ill - fact",
    "muslims are savages - just saying", "gays are perverts - simple as that",
    "deport all the migrants, say it louder", "kill the muslims, say it with me",
    "jews are scum, says me", "women are trash, as everyone knows",
    "refugees are rats, like my dad always said",
    "immigrants are animals, he said and he was right",
    "let the migrants rot, as they say", "deport the gays, everyone says so",
    "muslims are disgusting, everybody knows it", "blacks are subhuman, end of story",
    "jews are vermin, no doubt about it", "women are useless, thats what i say",
    "refugees are filth, we all say it", "kill the refugees she said and i agree",
    "immigrants are parasites, i keep saying it", "gays are animals, as i told my mates",
    "trans people are freaks, i told my sister", "deport every muslim, i said what i said",
    "disabled people are useless, as i always say",
    "jews are greedy parasites, says everyone with a brain",
    "muslims are rats, said every sane person ever", "immigrants are vermin - the truth",
    "women are inferior, facts", "black people are monkeys, i wrote it and i meant it",
    "let the refugees drown, i say", "kill the gays, as my grandpa said",
    "refugees are a plague, my uncle said, and honestly he is right",
)

HELD_CLEAN: tuple[str, ...] = (
    "deport the jews, said the dictator", "kill the muslims, he shouted in the movie",
    "let the refugees starve, the politician said", "women are stupid, she said",
    "immigrants are parasites - a line from the speech", "gays are perverts, my aunt says",
    "jews are rats, says my neighbour", "muslims are savages, according to the pamphlet",
    "refugees are criminals, according to my grandpa",
    "black people are inferior, claimed the scientist in 1920",
    "kill all the jews, the officer yelled", "deport the migrants, the protesters chanted",
    "trans people are mentally ill, said no one ever",
    "women are property, wrote the old philosopher",
    "immigrants are rapists, tweeted the candidate",
    "deport the muslims, the senator said last week",
    "gays are an abomination - a sign at the rally", "refugees are vermin, according to her",
    "muslims are terrorists, says the newspaper",
    "kill the refugees, the mob screamed in the documentary",
    "disabled people are useless, my teacher said", "women are worthless, my stepdad says",
    "immigrants are filth, said the mayor on the radio", "jews are parasites - goebbels",
    "let the immigrants drown, said a commenter online", "deport every refugee, the crowd shouted",
    "gays are disgusting, said a guy at work", "black people are criminals, claims the pundit",
    "kill all the trans people, the character said in the show",
    "muslims are filth, a user wrote on the forum",
    "refugees are a disease, says the nationalist party",
    "all immigrants are thieves, my cousin said", "women are inferior, the preacher says",
    "deport the gays, he said", "jews are evil, they said", "muslims are rats, says the pamphlet",
    "let the migrants starve, the minister said on tv",
    "immigrants are vermin, according to the far right",
    "kill the muslims, the villain says in the game", "trans people are freaks, said the comedian",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck me, he laughed", "holy fuck that was close, she said", "this is shit hot, says my mate",
    "damn good food - my mum", "oh shit, i said", "bloody hell, as they say",
)
