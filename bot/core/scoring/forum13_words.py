"""Words of the thirteenth forum round (issue 8, targeting_forum13.py)."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum4_words

# Name-calls that name only a person (never a thing, an animal or a role in a game):
# "the idiot", "these clowns", "only a fool would", "another hypocrite". Animals ("pig",
# "sheep", "rat") and words that are also things are left to the older rules.
NOUNS: Final[frozenset[str]] = frozenset({
    "idiot", "idiots", "moron", "morons", "fool", "fools", "clown", "clowns",
    "hypocrite", "hypocrites", "loser", "losers", "jerk", "jerks", "coward", "cowards",
    "imbecile", "imbeciles", "buffoon", "buffoons", "liar", "liars", "scumbag", "scumbags",
    "crook", "crooks", "troll", "trolls", "dumbass", "dumbasses", "nutjob", "nutjobs",
    "halfwit", "halfwits", "dimwit", "dimwits", "nitwit", "nitwits", "cretin", "cretins",
    "lunatic", "lunatics", "crybaby", "crybabies", "dolt", "dolts", "numpty", "twit",
    "twits", "snowflake", "snowflakes",
})  # fmt: skip
# Words whose literal sense is common enough that game talk keeps it ("kill the troll").
GAME_SENSES: Final[frozenset[str]] = frozenset({"troll", "trolls", "clown", "clowns"})
# Vulgar name-calls ("these assholes", "the dumbass") are left to the older rules: the
# forum sets count them as vulgarity, not as an attack (see VULGAR below).

# A person pointed at: "these clowns in congress", "that fool" ("the" is left out: see
# targeting_forum13.py).
POINTERS: Final[frozenset[str]] = forum4_words.POINTERS
# Words between the pointer and the name-call that make it a fixed phrase or a part
# ("the village idiot", "the useful idiots", "the class clown", "the april fools").
FIXED_BEFORE: Final[frozenset[str]] = frozenset({
    "village", "useful", "class", "april", "court", "holy", "wise", "circle", "knee",
    "internet", "rodeo", "birthday", "party", "circus", "sad", "first", "biggest",
})  # fmt: skip
# Words before the pointer that make it a role or a likeness, not a person named:
# "play the fool", "act the clown", "like the idiot", "of the fools' errand".
ROLE_BEFORE: Final[frozenset[str]] = frozenset({
    "play", "plays", "played", "playing", "act", "acts", "acted", "acting", "like",
    "as", "not", "no", "never", "me", "i", "im", "myself", "we", "us", "love", "loved",
    "adore", "miss", "missed",
})  # fmt: skip
# The speaker as the subject of a copula before the pointer (review16): "I was that
# crybaby in class", "i'm that idiot", "we were those idiots", "i used to be that fool".
SELF_COPULAS: Final[frozenset[str]] = frozenset({"m", "am", "was", "were", "re", "be", "been"})
SELF_FILLERS: Final[frozenset[str]] = frozenset({
    "used", "to", "really", "just", "always", "totally", "once", "also", "still", "have",
    "ve", "literally", "basically", "definitely", "probably",
})  # fmt: skip
SPEAKERS: Final[frozenset[str]] = frozenset({"i", "im", "we", "ive"})
# Clowns where clowns work (review16): "these clowns in the circus", "those clowns at the
# fair". Right after the noun only; "these clowns turned congress into a circus" is read.
CLOWNS: Final[frozenset[str]] = frozenset({"clown", "clowns"})
CLOWN_AT: Final[frozenset[str]] = frozenset({"in", "at", "from"})
CLOWN_DETS: Final[frozenset[str]] = frozenset({"a", "an", "the", "this", "that", "my", "our"})
CLOWN_VENUES: Final[frozenset[str]] = frozenset({
    "circus", "circuses", "fair", "funfair", "carnival", "carnivals", "rodeo", "parade",
    "festival", "birthday",
})  # fmt: skip
# A name-call that heads a compound is a modifier of a thing: "clown car", "troll bait",
# "idiot box", "jerk reaction", "fool's gold" (the "s" of the possessive is a token).
COMPOUND_AFTER: Final[frozenset[str]] = frozenset({
    "car", "cars", "bait", "box", "proof", "show", "shows", "nose", "costume", "costumes",
    "makeup", "fish", "farm", "farms", "army", "account", "accounts", "reaction",
    "gold", "errand", "errands", "face", "faces", "shoes", "school", "college",
    "posse", "world", "emoji", "mask", "masks", "music", "movie", "movies", "card",
    "guide", "guides", "talk", "research", "match", "off",
    # review16: toys and beasts ("that troll doll", "the coward lion from the wizard of oz")
    "doll", "dolls", "toy", "toys", "figure", "figures", "lion", "lions",
})  # fmt: skip
# At most this many words between the pointer (or "only") and the name-call.
BETWEEN: Final = 3

# A label said as a sentence of its own: "Another ignorant troll.", "Typical leftist
# hypocrite.", "Bunch of hypocrites.", "Total clown." Only these may open it.
FRAGMENT_OPENERS: Final[frozenset[str]] = frozenset({
    "another", "typical", "classic", "bunch", "such", "total", "complete", "absolute",
    "utter", "just", "yet", "what", "some", "real", "pathetic", "lying", "spineless",
    "clueless", "ignorant", "stupid", "dumb", "useless", "smug", "arrogant", "gutless",
    "corrupt", "incompetent",
})  # fmt: skip
# Words that may stand between the opener and the name-call: articles, "of", and any
# word but these (a verb of the speaker, a pronoun, a negation, a likeness).
FRAGMENT_BLOCKERS: Final[frozenset[str]] = frozenset({
    "i", "im", "me", "my", "we", "us", "our", "you", "your", "he", "she", "it", "they",
    "is", "are", "was", "were", "be", "been", "am", "not", "no", "never", "like", "as",
    "love", "loves", "need", "needs", "want", "wants", "feel", "felt", "call", "called",
    "day", "time", "move", "game", "round", "mistake", "thing", "week",
})  # fmt: skip
# What may follow the label in its sentence: a place or a source ("Typical incompetent
# fool from Hawaii", "Another clown in favour of more tax") or an alarm ("troll alert").
FRAGMENT_TAILS: Final[frozenset[str]] = frozenset({
    "from", "in", "on", "at", "of", "with", "for", "alert", "detected", "spotted",
    "again", "here", "there", "lol", "smh", "all",
})  # fmt: skip
FRAGMENT_REACH: Final = 5  # words before the name-call in its sentence, at most

# "only a fool would believe ...", "only idiots vote for him": a generic name-call of
# whoever holds the view, the commenter's opponents. Only with a verb of opinion, speech,
# or support after it: "only a fool would buy that stock now" or "only a fool would drive
# in this snow" is advice about a deed (insprec's clean lines), not a name-call.
ONLY: Final = "only"
ARTICLES: Final[frozenset[str]] = frozenset({"a", "an"})
# "troll" as a verb: "the ladies that troll prisons", "those who troll the forums".
VERB_SENSE: Final[frozenset[str]] = frozenset({"troll", "trolls"})
OBJECT_OPENERS: Final[frozenset[str]] = frozenset({
    "the", "a", "an", "these", "those", "this", "my", "your", "his", "her", "their", "our",
    "people", "prisons", "forums", "comments", "everyone", "anyone", "for", "around",
})  # fmt: skip
# Between the pointer and the name-call: "that there are idiots" says some exist.
POINTED_BLOCKERS: Final[frozenset[str]] = frozenset({"there", "theres", "if", "when"})
# Vulgar words in the message ("fuck both of those morons", "this lunatic bitch", "these
# fucking idiots"): the forum sets count such a message as vulgarity (gab's vulgar_only,
# toxic_spans' profane_only), so the older rules keep their reading. With the expletive
# cue list ("fuck", "damn", "shit", ...).
VULGAR: Final[frozenset[str]] = frozenset({
    "bitch", "bitches", "ass", "asses", "asshole", "assholes", "bastard", "bastards",
    "cunt", "cunts", "dick", "dicks", "dickhead", "dickheads", "prick", "pricks", "twat",
    "slut", "sluts", "whore", "whores", "fucker", "fuckers", "motherfucker",
    "motherfuckers", "pussy", "pussies", "douche", "douchebag", "douchebags", "arse",
    "asswipe", "jackass", "jackasses", "dumbass", "dumbasses", "fucks", "fucked",
    "hell", "crap", "piss", "pissed", "bullshit", "bs", "cock", "sucks", "freaking",
    "frickin", "wtf", "stfu", "dammit", "damnit", "fucken", "fuk", "fck", "shite",
    "arsehole", "bollocks", "turd", "turds", "butt", "balls",
})  # fmt: skip
# A story's characters after the name-call: "these fools are the heroes of the novel".
FICTION: Final[frozenset[str]] = frozenset({
    "novel", "novels", "book", "books", "film", "films", "movie", "movies", "story",
    "stories", "play", "sitcom", "series", "episode", "character", "characters", "hero",
    "heroes", "heroine", "protagonist", "protagonists", "cast", "comedy", "cartoon",
})  # fmt: skip
OPINION_VERBS: Final[frozenset[str]] = frozenset({
    "believe", "believes", "believed", "think", "thinks", "thought", "say", "says",
    "said", "vote", "votes", "voted", "defend", "defends", "support", "supports",
    "trust", "trusts", "fall", "falls", "agree", "agrees", "argue", "argues", "claim",
    "claims", "listen", "listens", "follow", "follows", "elect", "elected", "write",
    "writes", "post", "posts", "deny", "denies", "praise", "praises", "admire",
    "admires", "worship", "worships", "take", "takes", "swallow", "swallows",
    "call", "calls", "want", "wants", "fail", "fails", "see", "sees", "doubt", "doubts",
})  # fmt: skip
# Between the name-call and its verb: a modal or an adverb ("would still believe").
MODALS: Final[frozenset[str]] = frozenset({
    "would", "could", "can", "will", "does", "do", "did", "still", "really", "actually",
    "ever", "not", "doesnt", "dont", "t", "cannot", "cant", "wouldnt", "couldnt",
})  # fmt: skip
