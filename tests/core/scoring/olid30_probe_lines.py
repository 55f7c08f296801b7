"""The olid30 probe (issue 8): contempt said of a person or the reader with a character
fault the lexicon lacked, said whole after a being verb ("she is so rude", "he is a
piece of work", "you are so condescending", "he is full of himself"), and a faint
name-call used as the pointer to a person ("this creep keeps messaging me", "that sicko
thinks it's funny"); the near-miss lines in the same words that must stay clean, and
friendly untargeted swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a character fault said whole of a person
    "she is so rude", "he is rude and arrogant", "my manager is so disrespectful",
    "he is incredibly condescending", "she is such a snob", "he is a real piece of work",
    "that guy is so full of himself", "she is full of herself", "he is so narcissistic",
    "honestly he is two faced", "she is so entitled", "he is untrustworthy",
    "Dave is a nuisance", "this mod is so shady", "he is manipulative and cruel",
    "she is extremely immature", "the ref is so disrespectful", "your brother is so rude",
    # the same said to the reader
    "you are so condescending", "you are a piece of work", "you're so full of yourself",
    "u are so disrespectful", "you are such a snob", "you're two faced", "you are so entitled",
    "you're narcissistic", "ur shady", "you are manipulative",
    # a faint name-call as the pointer to a person
    "this creep keeps messaging me", "that sicko thinks it's funny", "this pos blocked me",
    "that weirdo is back again", "this freak needs to be banned", "that creep again",
    "this sicko",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same words about a thing, asked, denied, reported or about the writer
    "that was a rude thing to say, sorry", "is he rude?", "he is not rude at all",
    "she said he was rude", "i was so rude to him, i feel bad", "the ending was shady",
    "don't be rude", "that's a rude awakening", "this deal looks shady",
    "the contract is full of holes", "he is full of energy", "she is full of surprises",
    "the plan is a piece of work in progress", "this is a nuisance", "the noise is a nuisance",
    "I'm such a snob about coffee", "the kids are spoiled with gifts",
    "he is entitled to his opinion",
    "you are entitled to a refund", "you are not rude", "are you being condescending?",
    "it seems condescending to me", "two faced coin", "the creep of the glacier",
    "this creepy pasta is great", "this freak accident ruined my day", "that pos system crashed",
    "this weirdo energy drink", "the sicko mode remix", "a piece of work can take years",
    "I hope you are not offended, I was rude", "my grandma is full of stories",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that was rude of the weather", "fucking hell this is a nuisance",
    "damn that shit is full of sugar", "this is some shady ass weather lol",
    "fuck yeah we won", "shit happens man",
)
# fmt: on
