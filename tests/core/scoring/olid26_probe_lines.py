"""The olid26 probe (issue 8): political and sports replies in OLID's shapes that the
older rules let through (a person called a bad kind of person with an adjective the
lexicon lacks: "@USER you are a bad person", "he is a shady man", "she is a toxic
individual", "he is a sorry little man"; a person called a heap of filth: "@USER you are a
pile of shit", "he is a lying stack of shit", "you are a silly old fart") and clean
replies that look alike (the same words at no one, at oneself or at a thing, denied,
asked, reported, quoted, kind turns). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a bad kind of person, said to the reader
    "@USER you are a bad person", "@USER You are a truly bad person.",
    "@USER you're a mean person and everyone knows it", "@USER ur such a toxic person",
    "@USER @USER You are a shady individual #MAGA", "@USER you are a sorry human being",
    "@USER you are a rotten woman", "@USER You're a vindictive man. URL",
    "@USER you are such a manipulative person", "@USER you are a spiteful little man",
    # said outright of one person
    "@USER He is a bad man.", "@USER she is a mean woman", "@USER he is a shady guy",
    "@USER She is a toxic individual and always has been",
    "@USER You are right he is a sorry little man...", "@USER He is a sleazy man #MAGA",
    "@USER she's a shallow person", "@USER he's a bad human being",
    "@USER Honestly he is just a bad person", "@USER she is an immoral woman",
    # a heap of filth, said to the reader or of one person
    "@USER you are a pile of shit", "@USER You're a steaming pile of garbage",
    "@USER you are a worthless pile of crap", "@USER He is a lying stack of shit too.",
    "@USER he is a bag of shit", "@USER she is a heap of trash",
    "@USER you are a silly old fart", "@USER He is an old fart who knows nothing",
    "@USER you are nothing but a pile of garbage", "@USER he's a pile of crap URL",
    # older shapes kept
    "@USER you are a terrible person", "@USER he is a piece of shit",
    "@USER you are a sack of shit", "@USER she is a horrible person",
    "@USER you are a disgrace",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same words at no one, oneself or a thing
    "@USER bad people don't obey the law", "@USER I am a bad person for eating all the pizza",
    "@USER i'm such a mean person lol", "@USER He plays a bad man in the new movie",
    "@USER the toxic person in my life was me", "@USER that was a shady deal",
    "@USER this game is a pile of shit", "@USER my desk is a pile of crap right now",
    "@USER I stepped in a pile of shit", "@USER the bill is a steaming pile of garbage",
    "@USER I'm an old fart now haha", "@USER my car is a heap of trash",
    # denied, asked, reported, quoted
    "@USER you are not a bad person", "@USER he is not a bad man at all",
    "@USER she is never a mean person", "@USER Am I a bad person?",
    "@USER is he a shady guy?", "@USER he said you are a bad person",
    "@USER She told me I was a pile of shit", "@USER \"you are a toxic person\" is what she wrote",
    "@USER If you are a bad person you will be judged",
    # kind turns and praise
    "@USER you are a good person", "@USER he is a kind man", "@USER she is a lovely woman",
    "@USER you are a bad ass", "@USER you're a mean cook, that lasagna was amazing",
    "@USER you are such a sweet person", "@USER he is a great guy",
    "@USER she is a decent human being", "@USER you are the shit",
    "@USER he is the shit", "@USER he is in deep shit now",
)

TUNE_SWEARING: tuple[str, ...] = (
    "@USER holy shit what a game", "@USER damn this weather is bad",
    "@USER fuck yeah we won", "@USER this shit is amazing lol",
    "@USER hell yes #MAGA", "@USER shit I forgot my keys",
)
