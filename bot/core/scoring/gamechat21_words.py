"""Words of the gamechat21 round (issue 8): game chat shapes read by
targeting_gamechat21.py."""

from __future__ import annotations

from typing import Final

# fmt: off
# A skill likened down to someone's: "my dog has better aim", "a bot would do better".
LIKENED: Final[frozenset[str]] = frozenset({
    "do better", "better aim", "better reflexes", "better gamesense", "better game sense",
    "better crosshair placement",
})
# The ones a player is likened down to (gamechat9's MOCKERS and these); a bot or a
# monkey only with its article ("a bot would do better", but "the bot does better").
LIKENED_TO: Final[frozenset[str]] = frozenset({
    "grandma", "granny", "grandmother", "nan", "nana", "grandpa", "grandad", "dog", "cat",
    "hamster", "goldfish", "toddler", "baby", "mom", "mum", "mommy", "mother", "dad",
    "monkey", "chimp",
})
ARTICLED: Final[frozenset[str]] = frozenset({"bot", "monkey", "chimp", "toddler", "baby"})
ARTICLES: Final[frozenset[str]] = frozenset({"a", "an"})
SIBLINGS: Final[frozenset[str]] = frozenset({"brother", "sister", "bro", "sis", "cousin"})
SMALL: Final[frozenset[str]] = frozenset({"little", "lil", "baby", "younger", "small", "old"})
LIKENED_REACH: Final = 6
# "... than me", "... better aim than i do": the writer's own play.
WRITER: Final[frozenset[str]] = frozenset({"me", "myself", "i", "im"})
# "a bot would do better than you think": the reader's expectation, no likeness.
THAN_EXPECTED: Final[frozenset[str]] = frozenset({
    "think", "thought", "expect", "expected", "imagine", "believe",
})

# "sage is useless", "this reyna is so bad omg": a hero or a role opening its sentence,
# judged closing it. Heroes whose names are plain words, read only here.
PLAIN_HEROES: Final[frozenset[str]] = frozenset({
    "sage", "phoenix", "mercy", "reaper", "viper", "brimstone", "deadlock", "soldier",
    "doom", "storm", "io", "lion", "tiny", "slark", "axe", "tusk", "techies", "void",
    "ember", "jug", "juggernaut",
    # Dota's short names ("our pa is useless", "trash am"), read only here
    "am", "pa", "sb", "sk", "cm", "wr", "ta", "ld", "od", "ck", "ds", "ww", "wd", "np",
    "ss", "kotl", "nyx", "qop", "wk", "ogre",
})
# A verdict with its copula dropped, as chat writes it: "our jugg so bad", "sage so
# useless"; only after these.
DROPPED_IS: Final[frozenset[str]] = frozenset({"so", "soo", "sooo", "too", "such"})
JOINED: Final = "and"  # "our jugg and sb so bad"
# "trash am", "useless ss": a two-word line, a verdict word then the hero ("cry viper",
# "kill doom" are calls in the fight).
TWO_WORD_LINE: Final = 2
TWO_WORD_VERDICTS: Final[frozenset[str]] = frozenset({
    "trash", "useless", "garbage", "noob", "stupid", "retarded", "dumb", "idiot", "worst",
    "shit", "shitty", "braindead", "clueless", "pathetic", "terrible", "awful",
})
# The writer's own side's player only: "this yasuo is trash" may judge the champion's kit
# (gamechat8), "the storm is so annoying" the weather; the older rules read them.
SUBJECT_DETERMINERS: Final[frozenset[str]] = frozenset({"our", "ur", "your", "my"})
VERDICT_IS: Final[frozenset[str]] = frozenset({"is", "s"})
VERDICT_FILLERS: Final[frozenset[str]] = frozenset({
    "so", "literally", "actually", "completely", "totally", "fucking", "fkin", "fking",
    "honestly", "just", "such", "a", "an", "straight", "absolutely", "genuinely", "lowkey",
    "deadass", "really", "too", "soo", "sooo", "pretty", "very", "super", "rly", "kinda",
    "extremely", "damn",
})
VERDICT_TAILS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "omg", "wtf", "ffs", "bro", "smh", "af", "asf", "fr", "ngl", "tbh",
    "xd", "man", "dude", "bruh", "wow", "ugh", "jesus", "holy", "god", "rn", "pls", "plz",
})
VERDICT_REACH: Final = 4
VERDICT_LEADS: Final[frozenset[str]] = frozenset({
    "omg", "bro", "lol", "wtf", "ffs", "ugh", "gg", "bruh", "man", "dude", "honest", "tbh",
    "honestly", "ngl", "and", "so", "yo", "god", "jesus", "lmao", "wow", "ok", "well",
})

# gamechat9's loss blame in chat's spellings (gamechat9_words.BLAME_READER): a loss of
# something owned is no game lost ("thanks to you i lost my phone"), nor is a loss in a
# paragraph ("thanks to you posting that i lost a big reply ...").
READER_BLAME: Final[frozenset[str]] = frozenset({
    "because of u", "cause of u", "cuz of you", "cuz of u", "coz of you", "coz of u",
    "cus of you", "cus of u", "bc of you", "bc of u", "becuz of u", "thanks to you",
    "thanks to u", "thx to you", "thx to u", "ty to you", "ty to u",
})
LOSS: Final[frozenset[str]] = frozenset({"lost", "lose", "losing"})
OWNED_AFTER: Final[frozenset[str]] = frozenset({
    "a", "an", "my", "his", "her", "your", "ur", "some", "all", "everything",
    "interest", "track", "faith", "hope", "respect",
})
BLAME_LINE: Final = 16  # a chat line, not a paragraph

# "so noob lol", "such a noob xd": a lone name-call line with chat's tails (as "so noob"
# alone is read), said to the reader.
NOOBS: Final[frozenset[str]] = frozenset({"noob", "nub", "newb", "noobs", "nubs", "newbie"})
NOOB_LEADS: Final[frozenset[str]] = frozenset({"so", "soo", "sooo", "such", "a", "too", "very"})
NOOB_LINE: Final = 5

# "u cant even aim": only closing its line, with no condition before it.
CANT_AIM: Final[frozenset[str]] = frozenset({
    "u cant aim", "you cant aim", "u cant even aim", "you cant even aim", "u can t aim",
    "you can t aim", "you can t even aim",
})
CONDITIONS: Final[frozenset[str]] = frozenset({"if", "when", "unless", "whenever", "cuz"})

# "stupid cuz tall girls always wear ...": a name-call opening its line, a reason right
# after it: the group the reason names is not the one called names.
REASONS: Final[frozenset[str]] = frozenset({
    "because", "cuz", "cause", "coz", "cus", "bc", "becuz", "since",
})
# "idiots because they are muslims": the ones called names carried into the reason.
CARRIED: Final[frozenset[str]] = frozenset({
    "they", "them", "theyre", "those", "these", "you", "u", "ur", "youre", "he", "she",
})

CLAUSE_REACH: Final = 3  # "u cant even aim lol": the words and chat's tails

# "cry about it later, we got a match": a taunt's words put off to a time, a plan.
PUT_OFF: Final[frozenset[str]] = frozenset({"cry about it", "go cry", "stay mad"})
LATER: Final[frozenset[str]] = frozenset({
    "later", "after", "afterwards", "tomorrow", "tonight", "tmrw", "tmr", "next",
})
# "stay mad, sea of thieves fans": a taunt said to a game's fans, rivalry banter.
FANS: Final[frozenset[str]] = frozenset({"fans", "fanbase"})
FANS_REACH: Final = 5
# fmt: on
