"""Words of the discord12 round (issue 8, thirteenth session): Discord server slang
aimed at a member. Read by targeting_discord12.py; the terms are lexicon lines
(exclusion.txt and insult.txt, under their discord12 headers)."""

from __future__ import annotations

from typing import Final

# fmt: off
# Words that may open a line of slang before its name-call ("L bozo", "L + ratio +
# clown"): the "+" signs are no tokens, so the line reads "l ratio clown".
SLANG_LEAD: Final[frozenset[str]] = frozenset({"l", "ratio", "plus"})
# The dismissals that may lead it too ("nobody cares bozo", "who asked clown").
LEAD_WORDS: Final[frozenset[str]] = SLANG_LEAD | frozenset({
    "nobody", "cares", "asked", "who", "cope", "seethe", "mald",
})
LEAD_REACH: Final = 4  # "L + ratio + nobody cares + clown"
APOSTROPHES: Final[frozenset[str]] = frozenset({"'", "\u2019"})  # Italian "l'asino"
# "stay mad at <someone else>": the taunt is the reader's anger at the writer; sent at
# another (the devs, the game) it is advice. "at me/us" stays the taunt.
STAY_MAD: Final = "stay mad"
TAUNTED: Final[frozenset[str]] = frozenset({"me", "us", "him", "her", "them"})
# The group laughing at the reader or tired of them: a pile-on, unless denied ("no one is
# laughing at you", "nobody is sick of you").
LAUGHING: Final[frozenset[str]] = frozenset({
    "is laughing at you", "is laughing at u", "are laughing at you", "are laughing at u",
    "all laughing at you", "all laughing at u", "is sick of you", "is sick of u",
    "are sick of you", "are sick of u", "all sick of you", "all sick of u",
})
DENIERS: Final[frozenset[str]] = frozenset({
    "no", "nobody", "noone", "not", "isnt", "arent", "never", "nothing",
})
DENIER_REACH: Final = 4  # "no one in the server is laughing at you"
# "why are you even here": a dismissal when it closes its clause (laughter after it
# allowed); "why are you even here at 3am, go sleep" is care.
WHY_HERE: Final[frozenset[str]] = frozenset({
    "why are you even here", "why r u even here", "why are u even here",
})
WHY_IN: Final[frozenset[str]] = frozenset({
    "why are you even in", "why r u even in", "why are u even in",
})
CLOSERS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "lmfao", "bro", "tho", "though", "fr", "rn", "anymore", "bozo", "loser",
    "clown", "man", "dude", "bruh",
})
# "why are you even in <a server place>": the server's own places, a few words on.
PLACES: Final[frozenset[str]] = frozenset({
    "server", "vc", "gc", "group", "call", "chat", "team", "squad", "guild", "clan",
    "discord", "lobby", "channel", "smp", "party", "voice",
})
PLACE_REACH: Final = 4  # "why r u even in this discord server"
# "who asked" (and its intensified forms) as the whole clause, with only slang, a
# mention or a laugh beside it ("who asked lmao", "L + who asked"); a question that goes
# on ("who asked for pizza?") or a person before it ("the guy who asked") is no dismissal.
WHO_ASKED: Final[frozenset[str]] = frozenset({"who asked", "who even asked", "who tf asked"})
BESIDE_ASKED: Final[frozenset[str]] = SLANG_LEAD | CLOSERS | frozenset({
    "even", "tf", "genuinely", "literally", "ok", "okay", "but", "and", "nobody", "bozo",
})
# review15: an answer opening the next sentence after the question: "who asked? me",
# "why are you even here? because we missed you".
ANSWERS: Final[frozenset[str]] = frozenset({"me", "i", "because", "cause", "cuz", "bc"})
# review15: "not invited to be <a mood>" bids the reader cheer up: "you're not invited to
# be sad today"; "ur not invited to game night" still shuts them out.
NOT_INVITED: Final[frozenset[str]] = frozenset({
    "you re not invited", "you are not invited", "ur not invited", "u r not invited",
})
MOODS: Final[frozenset[str]] = frozenset({
    "sad", "grumpy", "mad", "upset", "down", "negative", "stressed", "shy", "sorry", "humble",
    "modest", "boring", "salty", "angry", "tired", "lonely", "quiet", "nervous", "scared",
})
