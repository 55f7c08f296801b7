"""The insults26 probe (issue 8), a precision round: a threat line that names no reader
("never work again", "afraid to leave the house", "not show up at school", "regret
saying that", "one eye open") said of the writer, of a thing or of someone told about
("i regret saying that", "my knee will never work again", "my brother did not show up at
school today", "my cat sleeps with one eye open"), which the scorer reads at the reader;
and the threats in the same words aimed at the reader that must stay caught ("you'll never
work again", "you will regret saying that", "you better sleep with one eye open").
Written before any rule. The roles invert the usual round: TUNE_CLEAN holds the shape
fixed (flagged now, clean after), TUNE_HOSTILE the threats that must stay caught.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the reader as the subject, or the one made to feel it
    "you will never work again", "you'll never work again in this town",
    "i'll make sure you never work again", "trust me, you will never work again",
    "after this you will never work again in this industry", "u will never work again",
    "you're finished, you will never work again", "by the time im done you will never work again",
    "you will be afraid to leave the house", "i'll make you afraid to leave the house",
    "you'll be too afraid to leave the house",
    "keep it up and you will be afraid to leave the house",
    "by next week you'll be afraid to leave the house", "u will be afraid to leave the house",
    "you better not show up at school tomorrow", "you better not show up at school monday",
    "if you know whats good for you, you will not show up at school",
    "you will regret saying that", "you're gonna regret saying that",
    "you'll really regret saying that", "u will regret saying that",
    "oh you will regret saying that, trust me", "you will regret saying that to me",
    "you better sleep with one eye open", "you better sleep with one eye open tonight",
    "sleep with one eye open tonight", "better sleep with one eye open from now on",
    "u better sleep with one eye open", "keep one eye open, i'm coming for you",
    "you will never work again, i promise you that", "make sure u never work again",
    "you'll regret saying that, mark my words", "you'd better sleep with one eye open",
    "watch yourself, you will never work again", "you should be afraid to leave the house",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the writer
    "i regret saying that", "honestly i kinda regret saying that to her",
    "i really regret saying that at dinner", "i still regret saying that to my mom",
    "i'm retired now, i will never work again", "if i win the lottery i will never work again",
    "i was afraid to leave the house after the storm",
    "i was so afraid to leave the house as a kid",
    "i did not show up at school yesterday, i had the flu",
    "we regret saying that in our last post",
    # a thing, a body part or an animal
    "my knee will never work again", "after the surgery my hand will never work again",
    "the old printer will never work again after the flood",
    "that old laptop will never work again", "this phone will never work again after the drop",
    "my cat sleeps with one eye open", "the dog always sleeps with one eye open",
    "our guard dog sleeps with one eye open at night",
    "my back will never work again after that move",
    "the washing machine will never work again, it is fried",
    # someone told about
    "my brother did not show up at school today",
    "the kids did not show up at school because of snow",
    "my grandma is afraid to leave the house these days",
    "my mom was afraid to leave the house after the robbery",
    "half the class did not show up at school on friday",
    "my neighbour has been afraid to leave the house since her fall",
    "the teacher did not show up at school so we went home",
    "these poor people will never work again after the factory closed",
    "my uncle will never work again after his accident",
    "the senator now regrets saying that on tv",
    "my sister did not show up at school for a week",
    "my dad sleeps with one eye open when we travel",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit my knee is killing me", "damn, i really regret that pizza",
    "fuck, the printer jammed again", "shit, i forgot my keys at school",
    "this fucking laptop will not boot lol", "well damn, no work tomorrow",
)
