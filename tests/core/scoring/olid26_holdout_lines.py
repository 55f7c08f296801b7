"""The olid26 held-back batch (issue 8): written with the probe, before any rule, in the
same shapes with different wording; counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "@USER you are a bad human", "@USER You are such a bad person!!",
    "@USER you're a really mean person", "@USER ur a toxic woman",
    "@USER @USER You are a shady person. Period.", "@USER you are a sorry man",
    "@USER you're a rotten individual", "@USER you are a vindictive woman",
    "@USER You are a manipulative man #WalkAway", "@USER you are a slimy person",
    "@USER u r a bad man", "@USER you are one mean individual",
    "@USER He is a bad person and he knows it", "@USER she is a shady woman",
    "@USER he's a toxic guy", "@USER He is such a sorry human being",
    "@USER she is a spiteful person URL", "@USER he is a manipulative individual",
    "@USER She is a rotten human being", "@USER he is a mean little man",
    "@USER he is a sleazy individual", "@USER She is a vindictive person #MAGA",
    "@USER he's a dirty old man", "@USER she is a shallow woman",
    "@USER you are a stack of shit", "@USER you are a worthless heap of garbage",
    "@USER You're a pile of trash", "@USER you are such a pile of crap",
    "@USER He is a steaming pile of shit", "@USER she is a lying bag of crap",
    "@USER he's nothing but a pile of shit", "@USER she is a pile of garbage",
    "@USER You are a grumpy old fart", "@USER he is a stupid old fart",
    "@USER you are an old fart", "@USER you're a bag of trash",
    "@USER he is a heap of shit", "@USER You are a lying sack of crap",
    "@USER you are a vile person", "@USER he is a piece of garbage",
)

HELD_CLEAN: tuple[str, ...] = (
    "@USER bad people will always find guns", "@USER i'm a bad person, i ate your fries",
    "@USER I'm such a toxic person when i'm hungry lol", "@USER he played a bad guy in that show",
    "@USER that is a shady business", "@USER mean people exist everywhere",
    "@USER this article is a pile of shit", "@USER the new update is a steaming pile of crap",
    "@USER my room is a heap of trash", "@USER I'm turning into an old fart",
    "@USER the dog left a pile of shit on the lawn", "@USER that movie was a pile of garbage",
    "@USER you are not a bad person at all", "@USER he is not a mean man",
    "@USER she is no shady person", "@USER Am I a toxic person?",
    "@USER are you a bad person?", "@USER she said he is a bad man",
    "@USER They called me a pile of shit", "@USER \"he is a sorry man\" she wrote",
    "@USER If he is a bad person the court will decide",
    "@USER you are a good man", "@USER she is a wonderful person",
    "@USER he is a generous human being", "@USER you are a kind soul",
    "@USER she is a badass woman", "@USER you are a mean guitar player!",
    "@USER he is such a nice guy", "@USER you're a lovely human",
    "@USER she is an honest woman", "@USER she is the shit",
    "@USER you are in deep shit", "@USER I am a sorry person, forgive me",
    "@USER i feel like a pile of shit today", "@USER he is an old friend",
    "@USER he had a bad day man", "@USER it's a bad man's world",
    "@USER the bad man in the story dies", "@USER he is a bag of nerves before games",
    "@USER you are a big fan of the show",
)

HELD_SWEARING: tuple[str, ...] = (
    "@USER holy shit this is good", "@USER damn that was close",
    "@USER fuck me that was fast", "@USER hell yeah lets go",
    "@USER shit happens man", "@USER what the fuck a comeback",
)
