"""Word lists of the olid8 round (issue 8, eleventh session): the words
targeting_olid8.py reads, by the shape it reads them in."""

from __future__ import annotations

from typing import Final

# fmt: off

# --- Harm wished on a person or a group ("i hope he dies", "may she rot in hell") ---
# The round's harm tails (threat.txt, "olid8" header): counted only after a wish.
# "die", "choke" and "rot" stand alone too often in game chat ("die liar" is a kill, "Rot"
# is a Dota 2 skill, "we choke every game") to be anchors: they come as phrases with
# their person ("they die", "may he rot"), read from the verb back (WISH_JOINED).
WISH_JOINED: Final[frozenset[str]] = frozenset({
    "they die", "they all die", "them die", "he die", "she die", "would die",
    "he rot", "she rot", "they rot", "they all rot", "them rot", "rot in hell",
    "rot in jail", "rot in prison", "they choke", "they all choke", "them choke",
    "you choke", "u choke",
})
WISH_TAILS_NEW: Final[frozenset[str]] = WISH_JOINED | frozenset({
    "dies", "rots", "chokes", "suffers", "drowns",
    "gets cancer", "get cancer", "gets hit by a bus", "get hit by a bus",
    "gets hit by a truck", "get hit by a truck", "has a heart attack", "have a heart attack",
    "has a stroke", "have a stroke", "drops dead", "keels over", "keel over",
    "burns in hell", "burn in hell",
})
# Harm words the lexicon holds already ("suffer", "drown"): read again after a wish, and
# left as the older rules read them everywhere else.
WISH_TAILS_OLD: Final[frozenset[str]] = frozenset({"suffer", "drown"})
WISH_TAILS: Final[frozenset[str]] = WISH_TAILS_NEW | WISH_TAILS_OLD
# The wish before the person: "i hope", "hopefully", "i pray"; "may" only opening it.
WISHES: Final[frozenset[str]] = frozenset({
    "hope", "hoping", "hopin", "hopefully", "wish", "pray", "praying", "prayin",
})
WISH_MAY: Final[frozenset[str]] = frozenset({"may"})
# Between the wish and the tail, around the person: "i hope that he finally dies", "i
# wish he would just die", "pray for him to keel over", "hope they all rot".
WISH_FILLERS: Final[frozenset[str]] = frozenset({
    "would", "will", "just", "all", "finally", "actually", "soon", "to", "for",
    "slowly", "eventually", "both", "really", "someday", "gonna", "d", "ll", "s",
})
WISH_REACH: Final = 7  # the wish at most this many tokens before the tail
# A denial or a plea between the wish and the tail: "i hope he doesn't die", "never".
WISH_DENIED: Final[frozenset[str]] = frozenset({
    "not", "dont", "doesnt", "don", "doesn", "t", "never", "no", "wont", "won", "didnt",
    "cant", "nobody", "noone", "nothing",
})
# Persons a wish may name: one person, the reader, a plural.
WISH_ONE: Final[frozenset[str]] = frozenset({"he", "she", "him", "her"})
# The reader as an object ("hope you ...", "better than you", "nobody likes you").
WISH_READER: Final[frozenset[str]] = frozenset({"you", "u", "ya", "yall"})
WISH_PLURAL: Final[frozenset[str]] = frozenset({"they", "them", "those", "these"})
# A pointed person named by a word that judges ("that bastard", "this clown").
WISH_PEOPLE_EXTRA: Final[frozenset[str]] = frozenset({
    "bastard", "idiot", "moron", "clown", "asshole", "prick", "creep", "loser", "fool",
    "scumbag", "traitor", "bitch", "jerk", "punk", "thug", "pos", "fucker", "freak",
})
# After the tail: a peaceful, happy or figurative end ("dies laughing", "chokes up",
# "has a stroke of luck", "dies of old age", "rots in peace" never is one).
WISH_AFTER_NOT: Final[frozenset[str]] = frozenset({
    "up", "back", "laughing", "happy", "peacefully", "rich", "trying", "doing", "for",
    "down",
})
WISH_AFTER_NOT_TWO: Final[frozenset[tuple[str, str]]] = frozenset({
    ("of", "old"), ("of", "laughter"), ("of", "boredom"), ("of", "embarrassment"),
    ("of", "luck"), ("of", "genius"), ("in", "peace"), ("a", "hero"), ("a", "legend"),
    ("in", "his"), ("in", "her"), ("of", "natural"),
})

# --- Dismissals of the reader ("have a seat", "take your nonsense somewhere else") ---
SEAT: Final = "have a seat"
# Before "have a seat" in its sentence: only these ("go have a seat", "sit down and have
# a seat", "you can have a seat now"); anything else is an offer ("have a seat at the
# bar", "please have a seat, the doctor ...").
SEAT_LEAD: Final[frozenset[str]] = frozenset({
    "go", "just", "now", "so", "ok", "okay", "sit", "down", "and", "you", "can", "maybe",
    "should", "u", "yall", "kindly", "lol", "lmao", "then", "better", "pls",
})
SEAT_AFTER: Final[frozenset[str]] = frozenset({"now", "lol", "lmao", "son", "sweetie", "pal"})
ELSEWHERE: Final[frozenset[str]] = frozenset({"somewhere else", "elsewhere"})
# "take your nonsense somewhere else", "go cry somewhere else": what is sent away.
TAKE: Final[frozenset[str]] = frozenset({"take", "keep", "spew", "spread", "peddle"})
YOUR: Final[frozenset[str]] = frozenset({"your", "ur", "yo"})
JUNK: Final[frozenset[str]] = frozenset({
    "nonsense", "garbage", "crap", "bs", "bullshit", "shit", "hate", "trash", "drama",
    "stupidity", "ignorance", "propaganda", "lies", "agenda", "bigotry", "whining",
    "racism", "negativity", "toxicity", "opinion", "opinions", "politics", "rhetoric",
    "idiocy", "bile", "hatred", "rubbish", "fake", "lying", "hypocrisy", "act", "circus",
    "attitude", "ass", "butt", "sorry", "tired", "stupid", "dumb", "ignorant", "racist",
    "anti",
})
JUNK_REACH: Final = 4  # "take your anti american crap somewhere else"
GO_VERBS: Final[frozenset[str]] = frozenset({
    "cry", "whine", "complain", "troll", "bitch", "preach", "spew", "moan", "rant",
    "sulk", "pout", "grift",
})
ASKED: Final[frozenset[str]] = frozenset({"who asked you", "who asked u"})
# After "who asked you": a real question ("who asked you to bring cake?").
ASKED_AFTER_NOT: Final[frozenset[str]] = frozenset({
    "to", "for", "about", "if", "whether", "what", "that", "this", "out", "in", "on", "at",
})

# --- A person or a political group called an animal ("he is a snake", "liberal sheep") ---
# The round's animal words (insult.txt, "olid8" header), counted only in its shapes; no
# game's hero names ("viper" is one in Dota 2: "shit viper" swears at a player);
# "rat" and "sheep" are in the lexicon already, too faint to flag said of a person.
ANIMALS_NEW: Final[frozenset[str]] = frozenset({
    "snake", "cow", "worm", "sloth", "slug",
    "hyena", "hyenas", "jackal", "jackals", "toad",
})
# "sheep" weighs too little alone to flag said of a person; these phrases carry it in the
# shapes ("liberals are sheep", "maga sheep"). "a rat" would hide "rat infestation", and
# "vultures", "snakes" and "worms" are forum4's, of a group ("landlords are vultures",
# "refugees are 🐍", never "lawyers are vultures").
ANIMAL_PHRASES: Final[frozenset[str]] = frozenset({
    "are sheep", "all sheep", "just sheep", "such sheep", "of sheep",
    "liberal sheep", "maga sheep", "democrat sheep", "republican sheep", "leftist sheep",
    "conservative sheep", "gop sheep", "dem sheep", "lib sheep", "libtard sheep",
})
ANIMAL_TERMS_NEW: Final[frozenset[str]] = ANIMALS_NEW | ANIMAL_PHRASES
ANIMAL_TERMS: Final[frozenset[str]] = ANIMAL_TERMS_NEW
# Between a copula and the animal: "is a (lying|slimy) snake", "is such a cow".
ANIMAL_BRIDGE: Final[frozenset[str]] = frozenset({
    "a", "an", "such", "so", "just", "really", "total", "complete", "absolute", "real",
    "lying", "slimy", "spineless", "dirty", "sneaky", "filthy", "stupid", "dumb", "fat",
    "old", "little", "lazy", "miserable", "disgusting", "vile", "nasty", "evil", "two",
    "faced", "gutless", "brainless", "brain", "dead", "mindless", "like", "ugly", "greedy",
    "blind", "treacherous", "pathetic", "clueless", "obedient", "good", "bunch", "of",
    "pack", "herd", "nothing", "but", "literally", "utter", "typical", "all",
})
ANIMAL_BRIDGE_REACH: Final = 4
# After the animal: it names a thing or a trade ("a snake charmer", "a rat terrier",
# "a cow farmer") unless its clause ends or one of these follows.
ANIMAL_AFTER: Final[frozenset[str]] = frozenset({
    "and", "lol", "lmao", "smh", "too", "period", "af", "who", "that", "like", "if",
    "but", "as", "of", "in", "everywhere", "again", "always", "honestly", "tbh",
})
# Before the animal: it is no person ("a gym rat", "a pet snake", "holy cow", "cash cow").
ANIMAL_NOT_BEFORE: Final[frozenset[str]] = frozenset({
    "gym", "lab", "pack", "mall", "rug", "desert", "river", "pet", "holy", "cash", "sacred",
    "black", "book", "garden", "sea", "glow", "wood", "silk", "corn", "grass", "garter",
    "water", "rattle", "sand", "milk", "dairy", "mad", "earth", "meal", "guinea",
    "tree", "sloth", "baby", "lost", "your", "my", "our", "his", "her", "their", "the",
    "this", "that", "rubber", "toy", "stuffed", "plastic",
})
# Words that point at the reader in a bare vocative: "you snake".
ANIMAL_VOCATIVE: Final[frozenset[str]] = frozenset({"you", "u", "ya"})

# --- A political group called a bad kind ("godless liberals", "democrats are devils") ---
# The round's words (insult.txt, "olid8" header), counted only beside a political group.
POL_NEW: Final[frozenset[str]] = frozenset({
    "godless", "demonic", "soulless", "rabid",
    "cry baby", "bad people", "bad humans", "a cult",
})
# Old words the olid5 round reads only of "they" and "these people": also of a group.
POL_OLD: Final[frozenset[str]] = frozenset({"devils", "treasonous", "shameful"})
POL_TERMS: Final[frozenset[str]] = POL_NEW | POL_OLD
# Between a group's copula and its judging word: "are all devils", "are just a cult".
POL_BRIDGE: Final[frozenset[str]] = frozenset({
    "all", "just", "such", "so", "nothing", "but", "really", "truly", "literally",
    "basically", "mostly", "complete", "total", "a", "bunch", "of", "now", "officially",
    "clearly", "obviously", "simply", "very", "absolutely", "totally",
})
POL_BRIDGE_REACH: Final = 4
# Before a plural group, besides the word: "poor sad godless liberals".
POL_LEAD_EXTRA: Final[frozenset[str]] = frozenset({"poor", "sad", "these", "those", "the", "all"})
