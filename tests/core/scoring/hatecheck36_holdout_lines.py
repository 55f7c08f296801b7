"""The hatecheck36 held-back batch (issue 8): written with the probe, before any rule, in
the same shapes with different wording; counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "muslims always breed like rats", "blacks always rob", "jews always scheme against us",
    "refugees always sponge", "immigrants always freeload", "black people always riot and loot",
    "gypsies always mooch off everyone", "arabs constantly breed", "migrants constantly sponge",
    "blacks constantly rob people", "jews constantly scheme behind our backs",
    "women always whine about everything", "mexicans constantly freeload",
    "muslims are constantly breeding", "refugees always leech", "immigrants always leech off us",
    "gay people constantly whine", "black people are constantly looting",
    "jews are always plotting and scheming", "immigrants are always freeloading",
    "refugees are always sponging off taxpayers", "muslims are always breeding like rabbits",
    "asylum seekers always freeload", "black people always mug tourists",
    "muslims keep breeding", "arabs keep breeding like rabbits", "immigrants keep sponging",
    "refugees keep freeloading off us", "black people keep robbing stores", "jews keep plotting",
    "blacks keep looting", "migrants keep breeding", "mexicans keep mooching off welfare",
    "trans people keep whining", "gypsies keep scamming tourists", "muslims just keep breeding",
    "immigrants keep leeching", "pakistanis always breed", "africans keep breeding",
    "black people constantly riot",
)

HELD_CLEAN: tuple[str, ...] = (
    "bankers always scheme", "my dog always begs at dinner", "hamsters breed so fast",
    "the hamsters keep breeding", "mosquitoes constantly breed in the pond",
    "robbers always rob banks in movies", "i keep whining about my ex lol",
    "my roommate always mooches my snacks", "i always freeload at my sisters place",
    "the squirrels keep looting the bird feeder", "players keep looting my corpse",
    "my muslim neighbour is always early", "my coworker constantly whines",
    "the cats keep breeding out there", "my kid constantly begs for candy",
    "muslims always give to charity", "jews always celebrate with family",
    "black people always support each other", "immigrants keep working hard",
    "refugees keep rebuilding their lives", "women always look out for each other",
    "gay people always bring the energy", "mexicans always make great food",
    "it's racist to say black people always loot", "no, muslims don't always breed like that",
    "why do people claim jews always scheme?", "do refugees always freeload? no",
    "she said immigrants keep sponging", "my uncle thinks muslims keep breeding, he's wrong",
    "'black people always rob' is a racist lie", "it is a myth that immigrants always freeload",
    "quit saying refugees keep sponging", "saying jews always scheme is antisemitic",
    "not true that migrants constantly leech", "the lie that gypsies always rob has to stop",
    "gamers always whine about nerfs", "the landlords keep scheming", "my parrot keeps begging",
    "the new raid boss keeps looting", "rats keep breeding in the sewers",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck this boss keeps killing me lol", "shit my dog always begs lmao", "holy shit gg",
    "damn that loot is fire", "hell yes finally", "fucking rabbits keep breeding in the garden lol",
)
