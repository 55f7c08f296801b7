"""The gamechat46 held-back part (issue 8): other wordings of the same shapes as
gamechat46_probe_lines.py, written at the same time, before any rule. Counted only at
the start and at the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "says the noob sven", "lol says the idiot drow", "says the trash who died 10 times",
    "oh says the retard jugg", "said the clown pa", "says the moron with no boots",
    "says the loser lol", "says the idiot xd", "ok says the noob who cant last hit",
    "says the braindead slark", "hahaha says the dumbass", "said the stupid tinker",
    "says the scrub", "says the garbage void",
    "not today idiot", "not this time noob", "not today retard", "not again noob",
    "not now idiot", "not happening loser", "nope not today noob", "not so fast noob",
    "not tonight loser", "not today moron xd", "not again clown", "not on my watch idiot",
    "those cunts in bot", "these fucktards", "those two cunts keep diving", "these wankers",
    "look at those assholes", "these cunts cant push", "those dickheads on radiant",
    "these 4 cunts", "those little twats", "gg these assholes fed",
    "these stupid cunts again", "those fucktards wont end", "why are these cunts so bad",
    "those 2 assholes muted me",
)

HELD_CLEAN: tuple[str, ...] = (
    "he says the noob is their mid", "my brother said the idiot pudge quit",
    "who said the noob was me?",
    "says the scoreboard lol", "says the guy with rapier", "says the sven who saved us, respect",
    "the wiki says the noob build works", "she said the loser pays", "says the support main, fair",
    "he said the idiot thing again", "says the tooltip, check it",
    "not today, i feel like an idiot", "im not a noob today", "not this time mate",
    "not again, lag spike", "not now, farming jungle", "she is not a noob",
    "not me, i was the noob there", "not happening, we hold high ground", "not tonight, sleeping",
    "not so fast, wait for aegis", "not today satan lol", "not again, i am such a noob",
    "i miss these cunts", "love those cunts from school", "are those assholes serious?",
    "she called them those cunts", "dont call them these assholes",
    "these fuckers are heavy as hell",
    "those stairs are a pain in the ass", "these neutrals are so fucking annoying",
    "my mates these cunts are the best", "those shoes were a bitch to find",
    "these towers are shit", "those wards were shit", "not today, my mouse is trash",
    "says the weather app lol", "not this time, my bad", "those cunts? no, my friends are chill",
    "these ticket prices are a joke",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck that hook", "shit my internet died", "fuck yeah rampage",
    "what the hell was that", "fucking finally we won", "damn this is some good shit",
)
