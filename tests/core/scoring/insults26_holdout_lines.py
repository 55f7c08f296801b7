"""The insults26 held-back lines (issue 8): other wordings of the round's shapes (a threat
line that names no reader said of the writer, a thing or someone told about, and the
threats in the same words aimed at the reader), written at the same time as the probe and
counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "you will never work again after this", "i promise you will never work again",
    "you'll never work again anywhere", "u'll never work again",
    "i will see to it that you never work again", "you are done, you will never work again",
    "count on it, you will never work again", "you will never work again in this city",
    "you will be afraid to leave the house after i'm done",
    "you'll be afraid to leave the house, watch", "i will make you afraid to leave the house",
    "you should be afraid to leave the house now", "soon you will be afraid to leave the house",
    "you'll be afraid to leave the house for months",
    "you better not show up at school again",
    "don't you dare show up, you better not show up at school",
    "you better not show up at school or else", "u better not show up at school tomorrow",
    "you will regret saying that, i swear", "you're going to regret saying that",
    "you'll regret saying that soon enough", "oh u will regret saying that",
    "you will truly regret saying that", "trust me you will regret saying that",
    "you better sleep with one eye open from now on", "better sleep with one eye open, kid",
    "you should sleep with one eye open", "u better sleep with one eye open tonight",
    "sleep with one eye open, i know where you are", "you'd better keep one eye open",
    "after what you did you will never work again", "you will never work again, loser",
    "just wait, you will regret saying that", "you gonna regret saying that",
    "you will be way too afraid to leave the house", "you'll never work again, i'll see to it",
    "mark my words, you will never work again", "you'll regret saying that to my face",
    "you better sleep with one eye open this week", "you will be afraid to leave the house alone",
)

HELD_CLEAN: tuple[str, ...] = (
    "i regret saying that to my boss", "i deeply regret saying that in the meeting",
    "i already regret saying that lol", "i kind of regret saying that yesterday",
    "once i retire i will never work again", "i swear after this job i will never work again",
    "i was too afraid to leave the house last winter", "i'm afraid to leave the house in this heat",
    "i did not show up at school on monday", "we did not show up at school during the strike",
    "my shoulder will never work again", "my left wrist will never work again after the fall",
    "that old blender will never work again", "the car will never work again after the crash",
    "this radio will never work again", "the coffee machine will never work again",
    "the old fridge will never work again", "my poor old tablet will never work again",
    "my parrot sleeps with one eye open", "the cat always sleeps with one eye open on the couch",
    "ducks sleep with one eye open", "our puppy sleeps with one eye open",
    "my son did not show up at school this morning", "my cousin did not show up at school today",
    "the whole team did not show up at school after the game",
    "my aunt is afraid to leave the house since the surgery",
    "my grandpa was afraid to leave the house during the storm",
    "my friend has been afraid to leave the house for weeks",
    "my dad will never work again after his stroke",
    "my neighbour will never work again after the injury",
    "the coach now regrets saying that to the press",
    "my brother regrets saying that at the wedding",
    "my mom sleeps with one eye open when my brother is out",
    "the bus driver did not show up at school today",
    "our principal did not show up at school this week",
    "my grandma will never work again, she is 90",
    "the workers will never work again after the mine closed",
    "my roommate was afraid to leave the house after the break in",
    "we regret saying that on the radio", "i will never work again if i can help it",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit my back hurts", "damn this phone is slow", "fuck, i missed the bus again",
    "shit, the fridge is broken", "this damn printer never works", "hell yeah, no school today",
)
