"""The precision14 probe (issue 8, thirteenth session): clean lines in three shapes of
false flags in the even rows of insults_train, hatexplain and gab_hate, written before
any rule, with hostile lines of nearby shapes that must stay flagged:

- "the fuck you" as the intensifier of a question ("why the fuck you always late",
  "the fuck you mean"): no "fuck you" is said to anyone;
- "X is a bitch" said of a thing or a time ("revenge is a bitch", "winter is a bitch");
- an apology for a past name-call ("sorry i called you stupid", "i feel bad for
  calling you a noob"): the words are taken back, not said.
"""

from __future__ import annotations

# fmt: off

TUNE_CLEAN: tuple[str, ...] = (
    # "the fuck you" in a question
    "why the fuck you have to bad mouth this guy", "why the fuck you always late",
    "the fuck you mean", "how the fuck you still alive after that fight",
    "why the fuck you buy that skin", "where the fuck you find these memes lol",
    "the fuck you mean its monday already", "when the fuck you start playing support",
    # "X is a bitch" of a thing
    "revenge is a bitch", "justice is a bitch if you are a criminal lol",
    "winter is such a bitch this year", "getting old is a bitch",
    "this boss fight is a real bitch", "mondays are a bitch", "physics is a bitch",
    "the commute is a bitch today",
    # an apology for a past name-call
    "sorry i called you stupid, i was tilted", "i'm sorry i called you a moron yesterday",
    "i feel really bad for calling you an idiot", "sorry i called you a noob last game",
    "i apologize for calling you trash", "my bad i called you a clown earlier",
    "i feel bad that i called you dumb", "im sorry i called u a loser man",
)

TUNE_HOSTILE: tuple[str, ...] = (
    "why the fuck you such an idiot", "fuck you", "fuck you too loser",
    "why the fuck are you so stupid", "the fuck you looking at, moron",
    "his sister is a bitch", "the ref is a bitch", "you're a bitch",
    "my boss is such a bitch", "your mom is a bitch",
    "i called you a moron because you are one", "i called you an idiot and i meant it",
    "not sorry i called you a clown, you are one", "sorry but you are an idiot",
    "sorry not sorry, you're a loser", "i'm sorry you're so stupid",
)

TUNE_SWEARING: tuple[str, ...] = (
    "what the fuck was that play lol", "holy shit that was close",
    "fucking hell this lag", "shit happens, gg", "damn that was a sick play",
    "this game is a bitch to install",
)

# The fourth shape (added mid-round, its held-back batch written before its rule): a
# transcript line, someone else's words after a speaker label and a colon ("my sister:
# you're an idiot. me: no u", "things people say to me: you're a loser").
TUNE_TRANSCRIPT_CLEAN: tuple[str, ...] = (
    "my sister: you're an idiot. me: no u", "him: you're ugly. me: ok",
    "what my dad says when i lose: you idiot", "things people say to me: you're a loser",
    "Most common things Miami Heat fans say: 1) Lebron is the GOAT 2) You are just a hater",
    "my teacher: you are so lazy. me: i was sick", "her: you're a loser lol. me: cries",
    "every ranked teammate ever: you're trash, uninstall",
    "my mom when i forget the dishes: you are useless", "the group chat: you're a clown",
)
TUNE_TRANSCRIPT_HOSTILE: tuple[str, ...] = (
    "@bob: you're an idiot", "Mike: you're a moron", "to the guy who stole my bike: you're a loser",
    "dear john: you are an idiot", "note to my ex: you're trash", "me: you're an idiot",
    "hey: you're a clown", "listen up: you are all losers", "facts: you're stupid",
    "reminder: you are a loser",
)
