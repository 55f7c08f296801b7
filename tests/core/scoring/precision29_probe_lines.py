"""The precision29 probe (issue 8): friendly profanity said at no one, which older rounds
read as an order or a come-on to the reader: "fuck me" exclaimed about the situation
when a bad word for that situation follows ("fuck me what a terrible game", "fuck me
this lag is trash"), "kiss my ass goodbye" (the writer is done for: "kiss my ass
goodbye, lag is back") and a sexual curse told to a thing named right after it ("suck
my balls, lag", "suck my dick windows"); and the hostile lines in the same words that
must stay caught ("fuck you", "suck my dick you loser", "kiss my ass, idiot", "fuck me?
no, fuck you", a curse at a person named after it). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the brief's own lines
    "fuck you", "suck my dick you loser", "kiss my ass, idiot", "fuck me? no, fuck you",
    # "fuck me" as a come-on or with the reader named
    "fuck me harder you slut", "fuck me you dumb bitch", "fuck me what an idiot you are",
    "fuck me, you are so stupid", "fuck me bitch", "fuck me that was close, you idiot",
    "fuck me? fuck you, clown", "fuck me sideways you whore",
    # "kiss my ass" said to someone
    "kiss my ass", "you can kiss my ass", "kiss my ass, goodbye",
    "kiss my ass and goodbye, loser", "kiss my ass bye loser", "go kiss my ass you clown",
    "my boss can kiss my ass, the fat idiot", "kiss my ass jake, you fraud",
    # a sexual curse at a person
    "suck my dick", "suck my balls loser", "suck my dick you idiot", "suck my dick ref",
    "suck my balls jake", "suck my dick noob", "suck my balls, kid", "suck my dick @mike",
    # other curses at the reader
    "suck it up you crybaby", "suck it, loser", "go fuck yourself",
    "go fuck yourself you troll", "fuck you and your lag excuses", "screw you, moron",
    "eat shit and die",
)

TUNE_CLEAN: tuple[str, ...] = (
    # "fuck me" exclaimed, with a bad word for the situation after it
    "fuck me what a terrible game", "fuck me sideways that was close",
    "fuck me dead that was insane", "fuck me what an awful patch",
    "fuck me this lag is terrible", "fuck me how ugly is this skin",
    "fuck me this map is shit", "fuck me that boss is nasty",
    "fuck me sideways this update is trash", "fuck me gently this queue is horrible",
    "fuck me what a stupid bug", "fuck me running this boss is evil",
    "well fuck me that patch is garbage", "oh fuck me this weather is disgusting",
    "fuck me this ping is trash", "fuck me how dumb was that bounce",
    # "kiss my ass goodbye": the writer is done for
    "kiss my ass goodbye, lag is back", "well, kiss my ass goodbye",
    "kiss my ass goodbye, the wifi died again", "kiss my ass goodbye lol",
    "welp kiss my ass goodbye, the boss enraged", "yeah kiss my ass goodbye, no heals left",
    # a sexual curse at a thing named right after it
    "suck my balls, lag", "suck my dick windows", "suck my balls traffic",
    "suck my dick mondays", "suck my balls printer", "suck my dick autocorrect",
    # already clean in the same words
    "suck it up buttercup, we go again", "fuck me that was close",
    "go fuck yourself, lag", "fuck you mondays",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that was close", "fucking hell, lag again", "damn this patch sucks",
    "shit shit shit i missed", "well that was fucking weird", "oh crap, forgot to save",
)
