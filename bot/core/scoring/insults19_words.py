"""Words of the insults19 round (issue 8): comment-section and tweet shapes read by
targeting_insults19.py."""

from __future__ import annotations

from typing import Final

# fmt: off
# An order about "it" closed by a bare name-call, a vocative at the reader: "look it up
# moron", "then dont watch it loser", "get over it crybaby", "deal with it, snowflake".
# The older rules read the name-call as said of "it", a thing. Only these nouns: "get it
# girl", "nail it genius" and "beat it nerd" are cheers as often.
IT_VOCATIVES: Final[frozenset[str]] = frozenset({
    "moron", "idiot", "loser", "fool", "coward", "clown", "dummy", "dumbass", "crybaby",
    "snowflake", "liar", "troll", "imbecile", "buffoon", "halfwit", "dimwit", "nitwit",
    "cretin", "jackass", "dipshit", "dumbo", "turd", "hypocrite", "bigot", "scumbag",
    "numpty", "muppet", "pillock", "twit", "doofus", "simpleton",
})
# The word right before the name-call, after "it": "look it up moron", "read it again
# idiot", "drop it already moron", "let it go loser".
IT_TAILS: Final[frozenset[str]] = frozenset({
    "it", "up", "again", "already", "then", "right", "out", "off", "now", "down", "go",
    "slowly", "alone", "yourself", "properly", "over",
})
IT_REACH: Final = 3  # tokens back from the name-call to "it"
# The order opening the sentence, at most ORDER_GAP tokens before "it" ("get over it").
IT_ORDERS: Final[frozenset[str]] = frozenset({
    "look", "google", "read", "get", "deal", "watch", "try", "shut", "spell", "drop",
    "check", "search", "leave", "face", "accept", "admit", "fix", "prove", "let", "say",
    "buy", "do", "learn", "take", "give", "stop", "quit", "lick", "keep", "move", "eat",
    "bring", "write", "post", "own", "hold", "zip", "put", "use", "wipe", "research",
    "figure", "sort", "suck", "stick", "shove", "spin", "skip", "swallow", "mute",
})
ORDER_GAP: Final = 2
# Words that may open the sentence before the order: "then dont watch it loser", "so just
# drop it moron", "pls look it up idiot".
ORDER_OPENERS: Final[frozenset[str]] = frozenset({
    "then", "so", "just", "dont", "don", "t", "do", "pls", "please", "plz", "now", "and",
    "ok", "okay", "well", "bro", "dude", "go", "maybe", "next", "time", "lol", "oh",
})
OPENER_REACH: Final = 3
# Chat tags that may follow the name-call before its clause ends: "look it up moron lol".
TAGS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "lmfao", "smh", "ffs", "bro", "dude", "lmaoo", "haha", "jeez", "sheesh",
})

# A sneering question about the reader's reading or thinking, its lexicon phrases: said
# whole ("do you even read?") or going on with what was not read or thought of ("do you
# even read the article", "do you even think before you post"). "do you even read manga"
# and "do you even think pineapple belongs on pizza" go on with anything else: asked.
SNEERS: Final[frozenset[str]] = frozenset({
    "do you even read", "do u even read", "did you even read", "did u even read",
    "do you even think", "do u even think", "do you even understand", "do u even understand",
    "did you even understand", "how do you even function", "how do u even function",
})
SNEER_TAILS: Final[frozenset[str]] = frozenset({
    "before", "what", "the", "your", "ur", "anything", "english", "my", "his", "her", "it",
    "this", "that", "articles", "at", "for", "yourself", "first", "past", "beyond", "lol",
    "bro", "dude", "smh", "lmao", "mate", "pal", "buddy", "sir", "bud",
})
# "do you even know what": only with a meaning or what the reader says after it, within a
# few words ("do you even know what that word means", "... what you're talking about").
# "do you even know what time it is lol" asks.
KNOW_WHAT: Final[frozenset[str]] = frozenset({"do you even know what", "do u even know what"})
KNOW_TAILS: Final[frozenset[str]] = frozenset({
    "mean", "means", "meant", "you", "u", "youre", "ur", "your", "talking", "saying",
    "said", "wrote", "written", "typed", "word", "words",
})
KNOW_REACH: Final = 6

TAIL_REACH: Final = 3  # tags read after a vocative or a sneer

# A sneer opens its sentence, maybe after one of these: "lol do you even read",
# "@bob seriously, do you even read"; "he asked do you even read" reports it.
SNEER_OPENERS: Final[frozenset[str]] = frozenset({
    "lol", "bro", "dude", "like", "seriously", "honestly", "man", "so", "and", "but",
    "omg", "wow", "um", "uh", "jeez", "smh", "lmao", "just", "ok", "okay", "i", "mean",
    "wait", "hey", "yo", "sir", "mate", "buddy", "ffs", "again",
})
SNEER_OPEN_REACH: Final = 2
# "you and your kind" said whole or going on with what the kind does: "you and your kind
# should leave"; "you and your kind heart" goes on with a noun.
KIND_TERMS: Final[frozenset[str]] = frozenset({"you and your kind", "tu e quelli come te"})
KIND_TAILS: Final[frozenset[str]] = frozenset({
    "are", "should", "need", "always", "never", "dont", "don", "aren", "is", "isn", "belong",
    "have", "make", "get", "can", "will", "won", "ruin", "go", "deserve", "disgust",
    "cannot", "cant", "must", "ought", "keep", "think", "want",
    "siete", "dovreste", "non", "rovinate", "avete", "fate", "pensate", "andate",
})
# The reader taken seriously by no one, unless the "you" is anyone's: "nobody takes you
# seriously if you dont have a degree", "... when youre young".
SERIOUS: Final[frozenset[str]] = frozenset({
    "nobody takes you seriously", "no one takes you seriously", "nobody takes u seriously",
    "no one takes u seriously", "nobody will take you seriously",
    "no one will take you seriously", "nessuno ti prende sul serio",
    "nessuno ti prende più sul serio", "nessuno ti prenderà sul serio",
})
GENERIC_TAILS: Final[frozenset[str]] = frozenset({
    "if", "when", "unless", "until", "as", "without", "once", "whenever", "se", "quando",
    "finche", "senza",
})

# A name-call after "this" or "that" and a modifier or two, said of one person: "fuck
# this fat idiot", "this lying moron is at it again". The older rules read the noun after
# its modifier as a thing's. Only closing its clause or going on with the person's verb:
# "this idiot proof design", "that stupid clown show" go on. The modifiers are judging
# words ("that's my loser" and "this day my bitch" hold none); "bitch", "cunt" and
# "twat" are left out: said of someone absent they are read as vulgar as often.
DET_NOUNS: Final[frozenset[str]] = IT_VOCATIVES | frozenset({
    "prick", "douche", "douchebag", "asshole", "dickhead", "wanker", "tosser", "arsehole",
    "creep", "sicko", "scumbag",
})
MODIFIERS: Final[frozenset[str]] = frozenset({
    "fat", "stupid", "dumb", "lying", "lyin", "useless", "ugly", "little", "lil", "old",
    "pathetic", "whiny", "whining", "crazy", "lunatic", "worthless", "fucking", "fuckin",
    "effing", "damn", "dirty", "rotten", "arrogant", "ignorant", "smug", "disgusting",
    "corrupt", "senile", "idiotic", "brainless", "mindless", "clueless", "spineless",
    "gutless", "sorry", "stinking", "stinkin", "miserable", "rude", "entitled",
    "delusional", "greedy", "evil", "fake", "phony", "sleazy", "slimy", "nasty", "vile",
    "filthy", "sick", "psycho", "goofy", "fraudulent", "total", "complete", "absolute",
    "utter", "bloody", "incompetent", "insufferable", "moronic", "crooked", "deranged",
    "unhinged", "hypocritical", "lazy", "freaking", "frickin", "friggin", "giant", "big",
})
DETERMINERS: Final[frozenset[str]] = frozenset({"this", "that"})
MODIFIER_REACH: Final = 2  # modifiers between the determiner and the name-call
PERSON_VERBS: Final[frozenset[str]] = frozenset({
    "is", "was", "thinks", "thought", "needs", "keeps", "should", "has", "had", "does",
    "doesn", "didn", "can", "cant", "just", "still", "will", "wants", "says", "said", "got",
    "gets", "knows", "lies", "lied", "isn", "wasn", "never", "always", "actually", "really",
    "would", "must", "s", "won", "tried", "tries", "made", "makes",
})

# The same bare name-call closing a sentence that opens with an order, past the order's
# thing: "read a book moron", "use your brain idiot". The word before it is no determiner,
# possessive, preposition or judging word ("read the moron's post", "watch that moron",
# "go read about this idiot" name someone else).
NOT_VOCATIVE: Final[frozenset[str]] = frozenset({
    "the", "a", "an", "that", "this", "these", "those", "my", "your", "ur", "his", "her",
    "their", "our", "to", "for", "of", "with", "like", "some", "any", "such", "what", "is",
    "are", "was", "be", "about", "at", "from", "by", "on", "in", "as", "than", "no", "every",
    "being", "same", "other", "another",
})
VOCATIVE_REACH: Final = 8  # tokens from the sentence's start to the name-call
