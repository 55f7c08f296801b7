"""The precision27 held-back lines (issue 8), written with the probe and before any rule,
in other wordings: judging words in a list said of a thing, and the same words at the
reader, a person or a group that must stay caught. Counted once at the start and once at
the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "you're lazy, dumb and worthless", "you dumb, arrogant prick", "you are a clueless, lazy fool",
    "you ignorant and racist clown", "you're pathetic, sad and boring", "you useless, lazy bum",
    "you arrogant, stupid twat", "you're one dumb, ignorant dude", "shut it you ugly, stupid troll",
    "you are dumb and you are lazy", "you stupid and ignorant moron",
    "you're the most stupid, lazy player here", "get lost you dumb, whiny brat",
    "he's lazy, dumb and worthless", "she is a dumb, arrogant witch", "he's a clueless, lazy fool",
    "that ignorant and racist clown", "she is pathetic, sad and boring", "what a useless, lazy bum",
    "that arrogant, stupid twat", "this dumb, ignorant dude", "the stupid and lazy coach",
    "our dumb, useless captain", "his ugly, stupid brother", "the lazy, dumb teacher again",
    "they're lazy, dumb and worthless", "these dumb, arrogant fans", "those clueless, lazy fools",
    "the ignorant and racist voters", "all the pathetic, whiny kids here",
    "useless, lazy teammates again",
    "the stupid, arrogant players on this team", "these dumb and ignorant trolls",
    "what a bunch of lazy, useless clowns", "the racist, ignorant posters in this thread",
    "your dumb, lazy comments show what an idiot you are", "you write stupid, ignorant posts",
    "you and your dumb, racist opinions", "what a sad, pathetic excuse for a man",
    "he is a lazy, useless excuse for a player",
)

HELD_CLEAN: tuple[str, ...] = (
    "his lazy, dumb and worthless excuses", "another dumb, arrogant tweet from the mayor",
    "her clueless, lazy answer to the question", "his ignorant and racist comments",
    "their pathetic, sad little plan", "she stands by her hateful, idiotic remarks",
    "a stupid, arrogant statement from him", "his dumb, ignorant take on the budget",
    "they gave a stupid and lazy response", "he posted more moronic, hateful posts",
    "the same old dumb, tired arguments from them", "she wrote a lazy, idiotic article",
    "another stupid and ridiculous policy", "his ignorant, hateful opinions on it",
    "their dumb, useless rules", "more lazy, idiotic reasoning from the council",
    "his racist and stupid remarks last week", "another ridiculous, stupid bill",
    "he keeps making the same dumb, lazy comparisons", "her stupid, ignorant claims",
    "more dumb, idiotic headlines today", "his pathetic, ridiculous excuses",
    "their moronic and racist propaganda", "he has stupid, ignorant ideas",
    "they shared another dumb, racist video", "the dumb, lazy thinking behind it",
    "a stupid, pointless decision they made", "his idiotic, racist statement",
    "their ignorant and stupid narrative", "what dumb, lazy logic from them",
    "another ridiculous, idiotic theory of his", "her dumb, racist tweets again",
    "those stupid, pointless laws", "his lazy and useless plan",
    "the stupid, ignorant comments under his post", "their hateful, idiotic policies",
    "a dumb and lazy answer from him", "his stupid, tired old story",
    "her idiotic and pointless replies", "their racist, moronic claims",
)

HELD_SWEARING: tuple[str, ...] = (
    "shit that was a stupid, lucky goal haha", "fucking love this dumb, silly game",
    "damn that was close", "oh shit I'm late again", "hell yeah, fucking awesome",
    "what the fuck, that was amazing",
)
