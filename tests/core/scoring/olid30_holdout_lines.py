"""The olid30 held-back lines (issue 8): the round's shapes (a character fault the
lexicon lacked said whole of a person or the reader; a faint name-call as the pointer to
a person) and the near-miss lines, in other wording, written at the same time as the
studied part and before any rule. Counted only at the start and at the end of the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "he is so rude", "she is rude and fake", "my boss is really disrespectful",
    "she is very condescending", "he is such a snob", "she is a real piece of work",
    "this guy is full of himself", "he is full of himself", "she is so narcissistic",
    "tbh she is two faced", "he is very entitled", "she is untrustworthy",
    "Kevin is a nuisance", "that admin is so shady", "she is manipulative and mean",
    "he is super immature", "our coach is so disrespectful", "your sister is so rude",
    "the streamer is so condescending", "Maria is so rude", "the teacher is a piece of work",
    "you are very condescending", "you're a real piece of work", "you are so full of yourself",
    "you are so rude and disrespectful", "you're such a snob", "you are two faced",
    "you are really entitled", "you are so narcissistic", "you are shady", "ur so manipulative",
    "this creep won't stop dming me", "that sicko is at it again", "this pos stole my loot",
    "this weirdo keeps following me", "that freak should be kicked", "this creep again",
    "that weirdo", "this sicko needs help", "that creep is still here",
)

HELD_CLEAN: tuple[str, ...] = (
    "that was a rude reply, my bad", "was she rude?", "she is not rude at all",
    "he told me she was rude", "i was rude earlier, sorry", "the whole thing felt shady",
    "please don't be rude", "what a rude awakening", "that offer seems shady",
    "the story is full of holes", "she is full of joy", "he is full of ideas",
    "the statue is a piece of work", "that bug is a nuisance", "the rain is a nuisance",
    "I am a snob about wine", "the dogs are spoiled rotten", "she is entitled to a break",
    "you are entitled to your view", "you aren't rude", "are you being shady?",
    "it felt condescending to me", "two faced mirror", "the creep of the ice sheet",
    "this creepy story is great", "that freak storm hit us", "this pos terminal is down",
    "this weirdo flavor is good", "sicko mode is a great song", "a piece of work in progress",
    "I'm sorry I was rude yesterday", "my dad is full of jokes", "she is so kind",
    "he is never rude", "you are not two faced", "is this creep real?",
    "the app is so shady", "the scene was so immature and silly", "this candle is full of wax",
    "the game is two faced in design",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit the traffic is a nuisance", "fucking hell that was close",
    "damn this cake is full of sugar", "shady ass weather today lol",
    "hell yeah we did it", "shit, forgot my keys",
)
# fmt: on
