"""The olid29 held-back lines (issue 8): the probe's shapes in other words, written with
olid29_probe_lines.py before any rule and counted only at the start and the end of the
round (test_scorer_olid29_probe.py keeps floors only)."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # the reader
    "@USER you're nothing but a dupe", "@USER you are a complete loon", "@USER ur such a kook",
    "@USER you are a crackpot and always were", "@USER you are one big loon",
    "@USER you are a swamp rat", "@USER you're a total soy boy", "@USER you are such a RINO",
    "@USER you are a party mouthpiece", "@USER honestly you are a lemming",
    "@USER go away you loon", "@USER bye you crackpot", "@USER keep crying you kook",
    # one person
    "@USER she's a loon", "@USER he is such a crackpot", "@USER Romney is a RINO",
    "@USER Ford is a dupe", "@USER Graham is a swamp creature", "@USER that woman is a kook",
    "@USER this man is a mouthpiece", "@USER he is nothing but a swamp rat",
    "@USER she is a total lemming", "@USER Avenatti is a crackpot",
    "@USER the professor is a loon", "@USER Kasich is a RINO and always has been",
    # a camp
    "@USER liberals are loons", "@USER Dems are kooks", "@USER leftists are such lemmings",
    "@USER the Democrats are crackpots", "@USER progressives are dupes",
    "@USER these leftists are swamp rats", "@USER Republicans are swamp creatures",
    "@USER Antifa are kooks", "@USER liberals are dupes",
    # exclaimed
    "@USER what a kook", "@USER what a swamp rat", "@USER what a lemming",
    "@USER what a soy boy", "@USER what a total loon", "@USER what a mouthpiece",
)

HELD_CLEAN: tuple[str, ...] = (
    "@USER a loon called across the lake at dawn", "@USER loons dive for fish",
    "@USER the lemming migration story came from a film", "@USER my sax mouthpiece needs replacing",
    "@USER I was a dupe for that scam lol", "@USER I'm a bit of a kook about tea",
    "@USER she is not a loon", "@USER he's no crackpot", "@USER is she a kook?",
    "@USER was he a RINO?", "@USER he told me she is a dupe",
    "@USER people called her a crackpot before she won the prize",
    "@USER 'swamp rat' is what locals call the marsh guides", "@USER don't call people loons",
    "@USER this lipstick is a dupe for the pricey one", "@USER that dress is a perfect dupe",
    "@USER the theory is a crackpot idea", "@USER my cat is such a loon at night",
    "@USER the swamp rat in the video was huge", "@USER the new mouthpiece sounds great",
    "@USER you are not a kook, you are kind", "@USER if he is a dupe he will learn",
    "@USER nobody here is a loon", "@USER am I a crackpot for thinking this?",
    "@USER I'm the resident kook at work and I love it",
    "@USER he plays a crackpot scientist in the show", "@USER the soy boy joke is tired",
    "@USER the plan is a disaster", "@USER this policy is a mess", "@USER I'm such a dumbass lol",
    "@USER what a game last night", "@USER what a loon sighting this morning!",
    "@USER what a lovely day", "@USER lemmings are cute little rodents",
    "@USER the RINO label is lazy", "@USER she said that he was a kook",
    "@USER they are not dupes, they are voters", "@USER are liberals kooks? no",
    "@USER the swamp creature costume won first prize",
    "@USER I became a crackpot about recycling lol",
)

HELD_SWEARING: tuple[str, ...] = (
    "@USER shit that was close", "@USER damn this traffic", "@USER fuck it lets go",
    "@USER holy crap what a goal", "@USER this shit slaps",
    "@USER hell no im not going out in the rain",
)
