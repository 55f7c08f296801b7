"""The precision19 held-back batch (issue 8): lines in the probe's shapes, written at the
same time with other wording, counted only at the start and the end of the round."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "idiot, give me the ball", "you absolute idiot", "moron stop talking",
    "dumbass you missed again", "get out moron", "you're such a dummy", "what a dork",
    "ur a clown", "clown get off the mic", "you are the biggest loser here",
    "don't be a pussy", "you're a little pussy", "pussy ass bitch", "she's a pussy",
    "loser", "losers like u should quit", "nobody likes a loser like you",
    "shut up loser", "stupid spic", "spics like you ruin everything",
    "go back home spic", "ching chong go home", "dirty ching chong",
    "faggot", "ur a faggot", "shut up tranny", "retard", "you retard",
    "go away loser", "please go away forever", "go away nobody likes you",
    "seriously go away", "i hate you", "i hate u",
    "i hate that you exist at all", "i hate you more than anything",
    "i hate everything about you", "i hate you and your friends",
    "i hate that you were ever born", "honestly i hate you",
)

HELD_CLEAN: tuple[str, ...] = (
    "idiot me locked myself out", "moron me forgot to save", "dumbass me burned the rice",
    "dummy me left my phone at home", "idiot me paid twice", "dork me spilled coffee",
    "loser me lost all my streaks", "ugh moron me", "classic idiot me",
    "clown me queued again",
    "she bought a pussy hat", "the pink pussy hats were everywhere",
    "i still have my pussy hat from 2017", "pussy hat season",
    "knitting a pussy hat for my sister",
    "losers bracket time", "we're going to losers bracket", "losers bracket final tonight",
    "they came back through the loser's bracket", "i hate losers bracket",
    "the losers side of the bracket is rough",
    "spic and span baby", "the car is spic and span", "got the place spic and span",
    "she keeps her desk spic and span",
    "ching chong is a racist term", "faggot is an offensive slur", "tranny is a slur",
    "retard is offensive", "dyke is a derogatory word", "spic is racist",
    "let it go away", "let that all go away", "i just let it go away",
    "let all this go away",
    "i hate that you're moving", "i hate that you got sick", "i hate that you're so far away",
    "i hate that you had to work today", "i hate that you missed the party",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck dumbass me forgot my wallet", "holy shit losers bracket was wild",
    "damn i hate that you got sick", "shit let it go away",
    "fucking spic and span in here", "damn the pussy hats are back",
)
