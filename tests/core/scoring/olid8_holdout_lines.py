"""The olid8 probe's held-back batch (issue 8): written after olid8_probe_lines.py and
before any rule, never read for misses; counted once at the start of the round and once
at the end. Same shapes as the studied lines, new wording.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # dismissals
    "@USER go have a seat", "@USER get off my feed", "@USER get off my page",
    "@USER take your bs somewhere else", "@USER take your hate elsewhere",
    "@USER nobody asked for your opinion", "@USER crawl back under your rock",
    "@USER go back under your bridge", "@USER she can go away now",
    "@USER who cares what you think", "@USER log off forever", "@USER sit down, nobody asked",
    # harm wished
    "@USER i hope he rots", "@USER hope she rots in a cell", "@USER i hope they choke",
    "@USER may he rot in hell", "@USER i hope he chokes on his words",
    "@USER hope she has a stroke", "@USER somebody put her out of her misery",
    "@USER hope you rot",
    # political groups
    "@USER republican sheep", "@USER democrats are sheep", "@USER antifa are devils",
    "@USER conservatives are bad people", "@USER poor sad democrats", "@USER godless democrats",
    "@USER maga is a cult", "@USER liberals are snakes", "@USER leftist rats",
    "@USER the gop are worms", "@USER brainless maga sheep",
    # a person an animal
    "@USER she is a snake", "@USER he is such a rat", "@USER that woman is a cow",
    "@USER you worm", "@USER what a rat", "@USER the mayor is a vulture",
    "@USER he is a slimy snake", "@USER you are a snake", "@USER this guy is a worm",
    "@USER she is a sloth",
)

HELD_CLEAN: tuple[str, ...] = (
    "@USER have a seat and relax, dinner is ready", "@USER get off at the second exit",
    "@USER get off work early today?", "@USER take your umbrella somewhere dry",
    "@USER take your shoes off please", "@USER nobody asked for a refund yet",
    "@USER crawl under the desk and find the cable",
    "@USER go back to the bridge scene, it is great",
    "@USER she can go shopping now", "@USER who cares for the kids today?",
    "@USER log off and get some sleep", "@USER sit down, the show starts",
    "@USER i hope he recovers", "@USER hope she rests well", "@USER i hope they win",
    "@USER may he enjoy retirement", "@USER i hope he chokes up at the wedding, so sweet",
    "@USER hope she has a stroke of luck", "@USER the cheese rots fast in summer",
    "@USER hope you feel better",
    "@USER republican voters turned out", "@USER democrats are leading the polls",
    "@USER the sheep jumped the fence", "@USER conservatives are debating the bill",
    "@USER sad news for democrats tonight", "@USER the snake shed its skin",
    "@USER maga rally was on tv", "@USER liberals are voting tomorrow",
    "@USER rats got into the garage", "@USER the gop are holding hearings",
    "@USER she is a snake keeper", "@USER he is such a lab rat for new gadgets",
    "@USER that woman is a cow vet", "@USER worms are good for the soil",
    "@USER what a rat, it is huge!", "@USER the mayor is a vet", "@USER he is a snake expert",
    "@USER you are a star", "@USER this guy is a legend", "@USER she is a sloth lover",
)

HELD_SWEARING: tuple[str, ...] = (
    "@USER holy crap that was fast", "@USER fuck my phone died", "@USER damn it again",
    "@USER shit that hurts", "@USER what the hell was that play",
    "@USER this game is fucking awesome",
)
