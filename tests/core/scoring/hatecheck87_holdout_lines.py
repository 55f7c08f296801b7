"""The hatecheck87 held-back batch (issue 8): other wordings of the probe's shapes,
written at the same time and before any rule, counted only as totals at the start and
the end (never line by line).
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "women should not be here", "muslims shouldnt be here", "refugees should not be here",
    "jews shouldnt be here", "lesbians shouldnt be here", "asians shouldnt be here",
    "gay men shouldnt be here at all", "arabs should not even be here",
    "honestly immigrants shouldnt be here", "tbh trans people shouldnt be here",
    "muslims shouldnt be in our country", "women shouldnt be in our sports",
    "immigrants shouldnt be in our schools", "jews shouldnt be in our town",
    "refugees should not be in our city", "gay people shouldnt be in our schools",
    "black people shouldnt be in our neighborhood", "trans women shouldnt be in our bathrooms",
    "muslims should not be in our government", "foreigners shouldnt be in this country",
    "women need to stay out", "muslims should stay out", "jews need to stay out",
    "refugees should just stay out", "immigrants must stay out",
    "lesbians should stay out", "asians should stay out honestly",
    "gays need to stay out of our town", "immigrants should stay out of our schools",
    "muslims should stay out of our country",
    "i wouldnt trust an immigrant", "i would not trust a muslim", "wouldnt trust a refugee",
    "i would never trust a woman", "i wouldnt trust a gay person",
    "i wouldnt trust a black guy", "i would not trust jews", "i wouldnt trust an arab ever",
    "i wouldnt trust muslims with anything", "i wouldnt trust a trans person",
)

HELD_CLEAN: tuple[str, ...] = (
    "visitors shouldnt be here after dark", "the kids should stay out of the pool today",
    "customers shouldnt be in the back room", "the puppy shouldnt be in our bed",
    "fans shouldnt be here until the doors open", "cars should stay out of the bike lane",
    "she shouldnt be here, she has the flu", "my brother shouldnt be here, hes grounded",
    "i wouldnt trust her with my password", "i wouldnt trust that ladder",
    "the mods should stay out of this one lol", "you shouldnt be here this late bro",
    "claiming muslims shouldnt be here is disgusting",
    "my dad says women should stay out and i think its dumb",
    "people who think immigrants shouldnt be in our schools are wrong",
    "she said jews should stay out, so we left",
    "dont tell me refugees shouldnt be here",
    "its a lie that gay people shouldnt be in our churches",
    "my neighbor says he wouldnt trust an immigrant, what a racist",
    "the idea that women shouldnt be here is outdated",
    "who decided trans people shouldnt be here?",
    "why should muslims stay out? its their city too",
    "since when do refugees not belong in our town?",
    "is it true some people think women shouldnt be here?",
    "muslims should be here more, the food stall was amazing",
    "immigrants are so welcome in our schools",
    "refugees belong in our city like anyone else",
    "women should be in our sports more",
    "i would trust an immigrant nurse with my life",
    "gay people should be here too, its everyones party",
    "jews should be in our government like anyone else",
    "black people have always been here",
    "i trust my muslim coworkers completely",
    "trans people should be in our schools, its their right",
    "more women should be here honestly",
    "immigrants made this town what it is",
    "asians should be here for the festival, its huge",
    "refugees should feel at home in our country",
    "lesbians should be in our clubs more often, they rock",
    "the arab students should be here by noon",
)

HELD_SWEARING: tuple[str, ...] = (
    "damn you should be here man, the view is crazy",
    "holy fuck everyone is here already", "shit i shouldnt be here at 3am lmao",
    "fuck i wish i was there", "stay out of my snacks you little shit haha",
    "i wouldnt trust this shitty router lol",
)
# fmt: on
