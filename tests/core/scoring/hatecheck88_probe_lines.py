"""The hatecheck88 probe (issue 8): a stereotype sneer that sums up an identity group with
no copula, an opener ("typical", "classic") before one member of the group and, maybe, a
conduct or role noun ("typical woman driver", "classic jew move", "classic mexican lol").
The clean lines use the same frames and words: things and places of a people ("typical
british weather", "classic mexican food"), the writer ("typical me", "as a woman,
typical woman driver moment lol"), counter-speech, reports, denials, and friendly
swearing. Written before any rule.
"""

from __future__ import annotations

TUNE_HOSTILE: tuple[str, ...] = (
    # "classic" before a member of the group and a conduct noun
    "classic jew move",
    "classic woman logic",
    "classic muslim behaviour",
    "classic mexican move smh",
    "classic arab mentality",
    "classic chinese move lol",
    "classic feminist logic",
    "classic immigrant behaviour",
    "classic woman move",
    "classic indian mentality tbh",
    "classic jew behaviour again",
    "ugh classic woman logic",
    "classic trans logic",
    # "classic" before a member, closing the clause
    "classic jew",
    "classic mexican lol",
    "classic woman smh",
    "lol classic muslim",
    "classic immigrant",
    "classic arab.",
    # "typical" before a member and a role or conduct noun the older reading lacked
    "typical woman driver",
    "typical woman driver lol",
    "typical asian driver",
    "typical mexican driving",
    "typical woman driver again",
    "typical jew moment",
    "typical woman moment smh",
    "typical muslim thing",
    "typical arab driver",
    "typical woman drivers",
    "just typical woman drivers",
    "typical chinese driver lmao",
    "typical woman driving, cant even park",
    "typical immigrant moment",
    "classic woman driver",
    "classic asian driver",
)

TUNE_CLEAN: tuple[str, ...] = (
    # things and places of a people, the same frames
    "typical british weather",
    "classic mexican food",
    "classic french toast",
    "classic chinese takeout tonight",
    "classic italian recipe from my nonna",
    "typical indian wedding, so much food",
    "classic arab hospitality, they fed us all night",
    "classic jewish deli sandwich",
    "typical french cheese board",
    # the writer, and the writer's own group
    "typical me",
    "classic me move lol",
    "as a woman, typical woman driver moment lol",
    "as a mexican, classic mexican move to show up late lol",
    "im a woman and yeah classic woman driver here",
    # counter-speech, reports, denials, questions
    "calling her a typical woman driver is sexist",
    "classic jew move is an antisemitic trope",
    "he said classic mexican move and got banned",
    "thats not a typical woman driver thing, anyone can miss an exit",
    "stop saying typical asian driver",
    "why do people say typical woman driver?",
    "the typical woman driver joke is lazy",
    "dont call him a classic arab, thats racist",
    # games, positive and neutral
    "classic woman power move, love her",
    "typical woman in a horror movie, runs upstairs",
    "classic move by the jungler",
    "typical driver in this city, no signal",
    "classic muslim greeting is salaam",
    "typical chinese new year dinner with family",
    "classic woman driver meme from the 90s is so dated",
    "another woman streamer hit partner, congrats!",
    "typical monday",
    "classic tank move, body blocking the door",
)

TUNE_SWEARING: tuple[str, ...] = (
    "classic fucking monday lmao",
    "typical shit weather again",
    "damn that was a classic",
    "holy shit typical lag",
    "fuck yeah classic move bro",
    "typical bullshit patch notes",
)
