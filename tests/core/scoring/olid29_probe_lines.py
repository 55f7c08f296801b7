"""The olid29 probe (issue 8): OLID-style replies in the round's shapes (the reader, one
person or a camp called a scornful political label the lexicon lacked: "you are a
dupe", "she is a complete loon", "Flake is a RINO", "liberals are lemmings", "what a
crackpot") and clean lines that look alike (the same words at no one, at oneself, at a
bird, a beast or a thing, denied, asked, reported, quoted, kind). Written before any
rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the reader called a scornful label
    "@USER you are a dupe", "@USER you're just a right wing dupe", "@USER you are such a loon",
    "@USER ur a total crackpot", "@USER you are a kook",
    "@USER you are nothing but a media mouthpiece", "@USER you're a RINO and everyone knows it",
    "@USER you are a soy boy", "@USER you are a swamp creature",
    "@USER Man you are such a lemming", "@USER you loon", "@USER sit down you crackpot",
    "@USER nice try you kook",
    # one person
    "@USER he is a dupe", "@USER She is a complete loon", "@USER Flake is a RINO",
    "@USER Schiff is a crackpot", "@USER he's a swamp rat", "@USER this guy is a kook",
    "@USER she is just a mouthpiece", "@USER Brennan is a swamp creature",
    "@USER McCain was a RINO", "@USER that senator is a total wing nut",
    "@USER He is a soy boy",
    # a camp
    "@USER liberals are lemmings", "@USER Democrats are such loons",
    "@USER conservatives are dupes", "@USER Antifa are loons",
    "@USER the Republicans are swamp creatures", "@USER these liberals are crackpots",
    "@USER Dems are just mouthpieces",
    # exclaimed
    "@USER what a loon", "@USER what a crackpot", "@USER what a dupe",
    "@USER what a total crackpot",
)

TUNE_CLEAN: tuple[str, ...] = (
    # a bird, a beast, a thing
    "I saw a loon on the lake this morning", "@USER the loon is a beautiful bird",
    "lemmings are small rodents", "@USER the mouthpiece on my trumpet is cracked",
    "@USER this perfume is a dupe for the expensive one",
    "@USER that bag is a dupe of the designer one", "@USER The bill is a crackpot scheme",
    "@USER the swamp creature in that movie was scary",
    "@USER we watched a documentary about lemmings", "@USER my dog is such a loon lol",
    # the writer
    "@USER I was such a dupe to believe them lol", "@USER I'm a total crackpot about coffee lol",
    "@USER I'm the family crackpot and proud of it",
    # denied, asked, a condition
    "@USER he is not a crackpot", "@USER you are not a dupe, you were lied to",
    "@USER you are not a kook, you are brilliant", "@USER is he a RINO?",
    "@USER are you a kook or just tired?", "@USER am I a kook for liking pineapple pizza?",
    "@USER if you are a dupe you will believe anything",
    "@USER nobody is a RINO for asking questions",
    # reported, quoted, a word talked about, a part
    "@USER she said he is a loon", "@USER they called him a crackpot and he proved them wrong",
    "@USER \"RINO\" is an overused label", "@USER stop calling people dupes",
    "@USER the word kook is so dated", "@USER he played a loon in the movie",
    "@USER the soy boy meme is so old",
    "@USER he is a mouthpiece for the team and does it well",
    # policy and untargeted talk
    "@USER the bill is a disaster", "@USER I'm such an idiot lol", "@USER what a game",
)

TUNE_SWEARING: tuple[str, ...] = (
    "@USER holy shit this is crazy", "@USER damn that game was wild", "@USER fuck yeah we won",
    "@USER this shit is hilarious lmao", "@USER hell yes finally",
    "@USER shit i forgot my keys again",
)
