"""The precision14 probe's held-back batch (issue 8): written after
precision14_probe_lines.py and before any rule, never read for misses; counted once
at the start of the round and once at the end. Same shapes, new wording: mostly clean
lines in the shapes the round targets, and hostile lines of nearby shapes that must
stay flagged (so a rule that clears too much shows).
"""

from __future__ import annotations

# fmt: off

HELD_CLEAN: tuple[str, ...] = (
    # "the fuck you" in a question
    "why the fuck you up so early", "how the fuck you get that many kills",
    "where the fuck you been all week", "the fuck you mean we lost",
    "when the fuck you learn to play jungle", "why the fuck you never answer your phone lol",
    "how the fuck you do that combo", "the fuck you mean the server is down",
    "why the fuck you bring an umbrella its sunny", "where the fuck you get those shoes",
    "how the fuck you already level 50", "why the fuck you awake at 4am",
    "the fuck you mean no pizza tonight", "how the fuck you finish that so fast",
    # "X is a bitch" of a thing
    "karma is such a bitch", "the flu is a bitch", "life is a bitch sometimes",
    "parallel parking is a bitch", "this hill is a bitch on a bike", "taxes are a bitch",
    "the final level is a bitch", "gravity is a bitch", "moving house is a bitch",
    "jet lag is a real bitch", "hangovers are a bitch", "the last exam was a bitch",
    "this weather is a bitch", "insomnia is a bitch",
    # an apology for a past name-call
    "sorry i called you a noob, you played well", "i'm sorry for calling you an idiot",
    "i feel awful for calling you a loser", "i apologise for calling you dumb earlier",
    "sorry i called u trash, my bad", "i'm really sorry i called you a moron",
    "i feel terrible that i called you stupid", "i regret calling you a clown, sorry",
    "sorry for calling you a troll yesterday", "im sorry i called you a bitch, i was angry",
    "i'm sorry i called you ugly, i didn't mean it", "sorry i called you a liar bro",
)

HELD_HOSTILE: tuple[str, ...] = (
    "why the fuck you so dumb", "fuck you and your team", "the fuck you want, idiot",
    "how the fuck are you this stupid", "fuck you, you useless noob",
    "why the fuck you acting like a clown, loser", "fuck you all",
    "where the fuck you going, moron",
    "his girlfriend is a bitch", "that teacher is a bitch", "my ex is such a bitch",
    "the new guy is a bitch", "your sister is a bitch", "she is a bitch",
    "that streamer is a real bitch", "you are such a bitch",
    "i called you a loser because you are one", "i called you stupid and i meant every word",
    "not sorry for calling you trash, you are trash", "sorry but you really are a moron",
    "sorry not sorry, you're an idiot", "i'm sorry you are such a loser",
    "i'll call you an idiot again because you are one", "sorry, you're just dumb",
    "you're a noob and i'm not sorry", "i called you a clown and you still act like one",
    "sorry to say it but you're trash", "no apology, you are a liar",
    "karma is coming for you, you bitch", "you are a bitch, just like your mom",
    "why the fuck you such a loser", "fuck you, stupid",
    "my coworker is a bitch", "that referee is a bitch", "her mom is a bitch",
    "you're a stupid bitch", "i'm sorry but you're an idiot", "sorry, you are a moron",
    "i called him a loser cause he is one", "i'm not sorry, you're ugly",
)

HELD_SWEARING: tuple[str, ...] = (
    "what the fuck did i just watch lol", "holy shit that clutch", "fucking love this map",
    "shit, forgot my charger", "damn this song slaps", "this update is a bitch to download",
)

# The fourth shape's held-back batch, written before its rule (transcript lines).
HELD_TRANSCRIPT_CLEAN: tuple[str, ...] = (
    "my brother: you're so dumb. me: you're dumber", "her: you're a freak. me: thanks",
    "what my coach says after every loss: you guys are pathetic",
    "things my grandma says: you're too skinny", "my boss: you're useless. me: ok boomer",
    "him: ur ugly. me: blocked", "my roommate at 3am: you're a loser for sleeping",
    "every angry gamer ever: you're garbage, report", "my cousin: you're an idiot lol",
    "the teacher when i was late: you are hopeless",
    "things toxic fans say: you're a bandwagon loser", "my dad: you're stupid if you buy that",
    "my friend: you're such a nerd. me: proud of it", "he: you are a liar. she: no you are",
    "my gf: you're an idiot. me: i know", "random guy on the bus: you're ugly",
    "what my ex used to say: you're worthless", "my little brother: you're a loser",
    "the comments: you're a clown", "my coworker: you're so annoying lol",
)
HELD_TRANSCRIPT_HOSTILE: tuple[str, ...] = (
    "@anna: you're a loser", "Kevin: you're an idiot", "to whoever keyed my car: you're scum",
    "dear ref: you're blind and stupid", "note to the haters: you're all losers",
    "me to you: you're an idiot", "yo: you're trash", "newsflash: you're a moron",
    "truth: you're pathetic", "@dan: you are useless", "Sarah: you're a clown",
    "to my ex: you're worthless", "pro tip: you're an idiot", "hey everyone: you're all morons",
    "message to the mods: you are idiots", "fyi: you're a loser", "PSA: you're stupid",
    "Tom: shut up, you idiot", "real talk: you're garbage", "breaking news: you're a clown",
)
