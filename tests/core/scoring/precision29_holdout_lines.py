"""The precision29 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "fuck u", "fuck you, loser", "suck my dick you clown", "kiss my ass, moron",
    "fuck me? nah, fuck you", "fuck me? fuck you idiot", "kiss my ass you idiot",
    "fuck me harder you whore", "fuck me you stupid slut", "fuck me, you're a moron",
    "fuck me what a loser you are", "fuck me, you are pathetic", "fuck me hard bitch",
    "you can all kiss my ass", "kiss my ass, bye", "kiss my fat ass you loser",
    "just kiss my ass and leave, noob", "kiss my ass tom, you liar",
    "suck my dick tom", "suck my balls noob", "suck my dick you moron",
    "suck my cock, idiot", "suck my balls bro you suck", "suck my dick ref you blind idiot",
    "suck my dick @sam", "go suck my dick", "go suck a dick you loser",
    "suck it up you whiny baby", "suck it, noob", "go fuck yourself loser",
    "go fuck yourself, you idiot", "screw you, idiot", "fuck you and your team",
    "eat shit loser", "eat a dick, moron", "kiss my ass and die",
    "fuck me? go fuck yourself", "suck my balls, you coward",
    "bite me, loser", "fuck you sideways, idiot",
)

HELD_CLEAN: tuple[str, ...] = (
    "fuck me what a horrible round", "fuck me sideways that was disgusting",
    "fuck me this server is garbage", "fuck me what an ugly map",
    "fuck me that jump was stupid", "oh fuck me this boss is brutal and evil",
    "fuck me how terrible is this matchmaking", "fuck me gently what a trash patch",
    "well fuck me this fps is pathetic", "fuck me running that was nasty",
    "fuck me this heat is disgusting", "fuck me dead this queue is awful",
    "holy fuck me that update is shit", "fuck me this loading screen is trash",
    "fuck me what a dumb bug", "fuck me that cutscene was insane",
    "ugh fuck me this weather is horrible", "fuck me that lag spike was nasty",
    "fuck me that was a pathetic throw", "fuck me this code is garbage",
    "kiss my ass goodbye, server's down", "kiss my ass goodbye guys, no mana",
    "ok kiss my ass goodbye, he has ult", "kiss my ass goodbye haha",
    "well kiss my ass goodbye, wifi's out", "kiss my ass goodbye, the boss is enraged",
    "kiss my ass goodbye, i'm out of ammo", "oh well, kiss my ass goodbye",
    "suck my balls, wifi", "suck my dick traffic", "suck my balls autocorrect",
    "suck my dick, lag", "suck my balls mondays", "suck my dick printer",
    "suck my balls, windows", "suck my dick lag",
    "suck it up, we go again", "fuck me sideways, what a game",
    "fuck you traffic", "go fuck yourself, autocorrect",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck what a save", "shit, lag again", "damn that was a fucking close one",
    "fuck this lag", "well shit, wrong button", "god damn this boss is hard",
)
