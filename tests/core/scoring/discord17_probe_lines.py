"""The discord17 probe (issue 8): Discord chat lines in the round's shapes (exclusion from
the server or the voice channel, harassment rallied against someone, belittling, threats
in a teen register, identity jabs at a person) and clean chat that looks alike:
counter-speech against a hostile phrase, a threat's shape turned sweet, a jab the writer
shares ("same", "we're all trash"), game and school talk. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # exclusion
    "nobody here likes you", "why are you still in this server", "why r u still here",
    "leave the vc no one wants u", "no one wants u in the vc", "why are u even in this gc",
    "ur not welcome in this server", "just leave the server already nobody will notice",
    # harassment rallied
    "everyone laugh at her pfp", "everyone go spam his dms", "ratio + ur ugly",
    "lets all mass report his account", "everyone ignore him hes weird",
    "look at his pfp 💀 what a loser",
    # belittling
    "who even asked you", "cry about it loser", "stay mad", "stay mad kid",
    "nobody cares about ur opinion", "ur opinion doesnt matter here", "cope harder loser",
    "touch grass loser", "no one cares lol", "ur literally irrelevant",
    # threats in a teen register
    "say that again and ur done", "catch me outside", "catch me outside lil bro",
    "try me and see what happens", "keep talking and see what happens",
    "ur gonna regret that", "i'll find u after school",
    # identity jabs at a person
    "you're so gay lmao", "ur such a f*g", "go back to ur country", "ur retarded fr",
    # self-harm
    "go die", "nobody would care if u died",
)

TUNE_CLEAN: tuple[str, ...] = (
    # counter-speech against a hostile phrase
    "kys is never a joke, please don't say it", "telling people to die isn't funny",
    "don't tell people to kys that's not ok", "saying go die to someone is messed up",
    "please stop telling ppl to kill themselves", "calling people slurs is never a joke",
    "telling someone nobody likes them is just cruel", "kys isnt funny stop saying it",
    # a threat's shape turned sweet
    "i know where u live... in my heart", "i know where you live and im sending cookies",
    "watch ur back... for the confetti lol", "say that again and ill cry happy tears",
    "catch me outside the mall at 5 we'll walk together",
    # a jab the writer shares
    "ur bad at this lol same", "we're all trash at this lol", "ur so bad at this, me too tho",
    "we both suck lmao", "ur trash at this game, same tbh", "ur such a nerd lol same",
    "ur so weird lol same honestly",
    # game, school and everyday talk
    "thats so gay", "why are you still awake lol", "leave the vc if ur lagging and rejoin",
    "everyone laugh at my pfp its so dumb", "who even asked you to draw this, its so good",
    "stay hydrated guys", "nobody cares about the patch notes lol",
    "ur done with the essay? nice", "try the new map and see what happens",
    "i'll find u in the lobby", "no one wants to play ranked rn",
    "ur not late, we havent started", "she's so sweet fr",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that clip is insane", "fuck yeah we won", "this level is so damn hard",
    "bro that was fucking hilarious", "shit i forgot my homework", "damn thats crazy",
)
