"""The discord31 probe (issue 8): Discord lines between teenagers that aim hostility at
the reader in shapes the base still missed (the reader's head or brain judged: "ur brain
is empty", "your head is full of air"; a habit thrown at the reader: "you talk too
much", "u never shut up"; what the reader said dismissed: "nobody laughed", "ok and?
nobody cares"; "weird" with a second hostile cue: "ur so weird stop talking") and clean
chat that looks alike (the same words at oneself, at a thing, denied, kind, reported,
asked, quoted, of a third person). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the reader's head or brain judged
    "ur brain is empty", "your head is full of air", "ur head is empty",
    "your brain is so small", "bro ur brain is literally empty", "ur brain is tiny",
    "your brain is smooth", "ur head is so empty lol", "your brain is the size of a pea",
    "ur brain is full of air", "there's nothing in ur head",
    # a habit thrown at the reader
    "you talk too much", "u talk too much", "bro u talk way too much",
    "you never shut up", "u literally never shut up", "you never stop talking",
    "u always complain", "you always complain about everything", "ur always complaining",
    "you're always whining", "u never stop complaining", "omg you talk too much",
    # what the reader said dismissed
    "nobody laughed", "no one laughed bro", "ok and? nobody cares", "nobody laughed lol",
    "ok and? no one asked",
    # "weird" with a second hostile cue
    "ur so weird stop talking", "you're so weird its creepy", "ur weird af stop",
    # older shapes kept
    "u have two brain cells", "nobody cares what u think", "you always ruin everything",
    "ur weird and annoying",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the writer's own head, habits
    "i talk too much lol", "my brain is empty today", "my head is empty after that exam",
    "i never shut up sorry", "i always complain i know", "im always whining lmao",
    "sorry i talk too much", "my brain is so small rn i need sleep",
    # things
    "this song is weird", "the chat is empty", "the server is empty rn",
    "the bottle is full of air", "the lobby is empty lol", "the tank is empty",
    # friends with a kind word
    "ur weird i love it", "you talk too much but i love u", "ur so weird lol ily",
    "u never shut up and thats why ur my best friend",
    # reported, asked, denied, third persons
    "my mom says i talk too much", "he said u talk too much lol", "do i talk too much?",
    "do you think i talk too much?", "ur brain isnt empty, ur just tired",
    "you dont talk too much at all", "he never shuts up in class",
    "she always complains about the homework", "his brain is empty fr",
    "nobody laughed at my joke :(", "no one laughed at the teacher's joke",
    "i laughed so hard", "nobody cares about the score, just have fun",
    "the weird thing is nobody noticed",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit this song is weird", "fuck my brain is empty today", "damn i talk too much",
    "shit the server is empty", "fucking hell that was close", "hell yeah we did it",
)
