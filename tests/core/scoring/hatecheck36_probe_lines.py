"""The hatecheck36 probe (issue 8): English stereotype claims that pin a vice or a habit on
a named identity group with "always", "constantly" or "keep" ("muslims always breed",
"black people constantly loot", "jews keep scheming", "immigrants keep breeding like
rabbits") and clean lines that look alike (the same words of no protected group, of
oneself or of a pet, kind claims, denied, countered, asked, reported, quoted). Written
before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # always / constantly and a vice
    "muslims always breed", "black people always rob", "jews always scheme",
    "refugees always freeload", "immigrants always sponge off us", "black people always riot",
    "mexicans always mooch", "muslims constantly breed",
    "immigrants constantly sponge off the state",
    "black people constantly loot", "jews constantly scheme", "women constantly whine",
    "refugees constantly freeload", "trans people constantly whine", "arabs always breed like rats",
    "migrants always leech off welfare", "black people always mug people",
    "muslims are always breeding", "jews are always scheming", "immigrants are always sponging",
    "black people are always rioting", "refugees are constantly freeloading",
    "black people always loot stores",
    # keep and a vice
    "muslims keep breeding like rabbits", "immigrants keep breeding", "black people keep looting",
    "jews keep scheming", "refugees keep sponging off us", "migrants keep freeloading",
    "muslims just keep breeding and breeding", "gypsies keep robbing houses",
    "blacks keep rioting every summer",
    # older shapes kept
    "immigrants always steal", "jews always lie", "all immigrants do is complain",
)

TUNE_CLEAN: tuple[str, ...] = (
    # no protected group: a camp, pets, animals, oneself, a thing
    "politicians always scheme", "my cats always beg", "rabbits always breed",
    "rabbits keep breeding", "the mice keep breeding in the shed",
    "pigeons constantly breed on my balcony", "thieves always rob the corner shop",
    "i constantly whine about my job lol", "my kids keep whining",
    "my brother always mooches off me",
    "i always sponge off my parents lol", "raccoons always loot the trash",
    "the bots keep looting our base", "my gay friend is always late",
    # kind claims
    "muslims always share food", "jews always welcome guests",
    "black people always show up for each other", "muslims always fast during ramadan",
    "immigrants keep the economy running", "refugees keep sending money home",
    "women keep breaking records", "gay people always throw the best parties",
    # denied, countered, asked, reported, quoted
    "it's a lie that black people always rob", "not all jews scheme, stop",
    "do muslims always breed that fast?", "who says immigrants always sponge?",
    "he said refugees always freeload", '"jews always scheme" is an old antisemitic trope',
    "the idea that immigrants constantly sponge is a myth", "stop saying muslims always breed",
    "saying black people always riot is racist", "it's not true that refugees keep freeloading",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit my cats always beg for food", "fuck yes we won",
    "shit the rabbits keep breeding lmao",
    "hell yeah free loot", "fucking love this song", "damn i always whine before exams lol",
)
