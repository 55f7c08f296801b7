"""The discord31 held-back batch (issue 8): written with the probe, before any rule, in
the same shapes with different wording; counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "your brain is empty", "ur head is full of air", "ur brain is so empty",
    "your head is empty bro", "ur brain is actually tiny", "your brain is so smooth",
    "ur brain is the size of a peanut", "your head is literally full of air",
    "yo ur brain is empty", "ur head is so empty", "nah your brain is tiny",
    "there is nothing in your head", "u talk way too much", "you talk too much fr",
    "bro you talk too much", "ur always talking too much", "u never shut up omg",
    "you literally never shut up", "u never stop talking", "you never stop complaining",
    "u always whine", "you're always complaining", "u always complain about everything",
    "ur always whining lol", "you always cry about everything", "nobody laughed bro",
    "no one laughed", "literally nobody laughed", "ok and? nobody asked",
    "ok and? no one cares", "and? nobody cares", "ur so weird stop", "ur weird asf stop",
    "you're so weird and creepy", "why are u so weird stop talking",
    "you have one brain cell", "u have like two brain cells", "no one cares what you think",
    "you always ruin it", "nobody cares what u say",
)

HELD_CLEAN: tuple[str, ...] = (
    "i talk way too much", "my brain is so empty rn", "my head is full of air today",
    "im always complaining lol", "i never stop talking sorry guys", "i always whine i know",
    "sorry i never shut up", "my brain is tiny today lol", "this game is weird",
    "the chat is so empty today", "the room is empty", "the pool is empty",
    "this balloon is full of air", "the vc is empty lol", "the fridge is empty",
    "the map is weird", "ur weird and i love that", "you talk too much but ily",
    "u never shut up lol ily", "ur so weird i love u", "my dad says i talk too much",
    "she said you talk too much lmao", "do i complain too much?",
    "do you think my head is empty?", "ur head isnt empty, ur smart",
    "you dont complain at all", "he always whines about the ref",
    "she never shuts up about her cat", "her brain is empty lol",
    "nobody laughed at my meme :(", "no one laughed at his joke in class",
    "everyone laughed so hard", "nobody cares if we lose, its just a game",
    "the weird part is nobody came", "my head is empty, cant think",
    "does my brain look tiny in this scan lol", "i have two brain cells today",
    "the teacher talks too much", "my sister never stops talking",
    "the gc is full of air lol",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit this is weird", "fuck my head is empty", "damn i never shut up",
    "shit the vc is empty", "fucking finally", "hell yeah good game",
)
