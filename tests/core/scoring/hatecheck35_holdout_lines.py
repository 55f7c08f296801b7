"""The hatecheck35 held-back batch (issue 8): written with the probe, before any rule, in
the same shapes with different wording; counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "immigrants never pay any tax", "muslims never ever integrate", "black people never work lol",
    "gypsies never bathe", "pakistanis never learn english", "asylum seekers never work",
    "immigrants never learn our language", "muslims can never integrate",
    "foreigners never pay taxes", "black people never pay their taxes",
    "romanians never work", "somalis never integrate", "refugees never learn english",
    "jews never do any work", "arabs never bathe", "africans never work",
    "immigrants dont pay tax", "muslims dont integrate", "black people dont work",
    "gypsies don't bathe", "migrants won't learn english", "refugees refuse to work",
    "muslims refuse to assimilate", "immigrants refuse to pay taxes",
    "mexicans don't pay taxes", "somalis don't work", "asylum seekers don't pay taxes",
    "gypsies refuse to work", "pakistanis won't integrate", "immigrants won't work",
    "all muslims never integrate", "refugees just never work",
    "immigrants simply don't pay taxes", "these muslims never integrate",
    "black people never work they just complain", "muslims will never assimilate",
    "immigrants never integrate into our society", "refugees don't learn the language",
    "gypsies never work a day", "immigrants never contribute",
)

HELD_CLEAN: tuple[str, ...] = (
    "senators never pay taxes", "my brother never washes", "dogs never work",
    "landlords don't pay taxes", "the rich never pay taxes", "these buttons never work",
    "my kids refuse to bathe", "i never learn english properly",
    "the lights don't work", "my roommates never work",
    "big companies refuse to pay taxes", "the servers won't work",
    "it is a lie that immigrants don't pay taxes", "untrue that refugees never work",
    "she said muslims never integrate, which is hateful",
    "do refugees work?", "do muslims never integrate?",
    "some claim gypsies never wash but that's racist",
    "quit saying immigrants never pay taxes", "the claim that black people don't work is racist",
    "\"immigrants don't pay taxes\" is a myth",
    "immigrants pay lots of taxes", "muslims always share their food",
    "refugees work very hard", "immigrants pay their taxes like us",
    "muslims integrate just fine", "pakistanis learn english quickly",
    "my muslim friend never works late", "my jewish boss never pays late",
    "the refugee family next door never washes their dog",
    "my black neighbour doesn't work on saturdays",
    "jews don't work on the sabbath", "muslims don't eat pork",
    "immigrants are not lazy at all", "i don't think immigrants never pay taxes",
    "why do people say refugees never work?", "my code never works",
    "my cat refuses to bathe", "teachers never get paid enough",
    "gypsies never get a fair chance",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit tax season sucks", "fuck my wifi never works", "damn this shower is cold",
    "shit i forgot to pay rent lol", "fucking finally got paid", "hell yeah weekend",
)
