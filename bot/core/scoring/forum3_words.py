"""Shape words of the third forum probe's rules (issue 8, targeting_forum3.py).

They are kept here, not in cues.txt, because every cue word also becomes a known word,
and the older rules read a word no list knows as a name ("Mike is trash"): listing
"comment" or "guy" there would change what those rules decide.
"""

from __future__ import annotations

from typing import Final

# fmt: off
# People a comment describes before calling them a name ("the landlord is a greedy
# scumbag", "this journalist is a hack"), past the person and role cues.
PEOPLE: Final = frozenset({
    "landlord", "landlady", "manager", "journalist", "reporter", "professor", "teacher",
    "ceo", "roommate", "neighbor", "neighbour", "coworker", "ex", "dev", "developer",
    "goalkeeper", "striker", "husband", "wife", "boyfriend", "girlfriend",
    "bf", "gf", "fiance", "fiancee", "mayor", "senator", "governor", "president",
    "politician", "minister", "author", "writer", "guy", "dude", "lady", "woman", "man",
    "girl", "boy", "kid", "poster", "commenter", "cop", "officer", "judge", "lawyer",
    "doctor", "nurse", "dad",
    "mom", "mother", "father", "uncle", "aunt", "cousin", "mil", "fil", "sil", "bil",
    "stepmom", "stepdad", "capo", "collega", "coinquilino", "coinquilina", "arbitro",
    "allenatore", "sindaco", "giornalista", "tizio", "tipo"
})
# The writer's close family and partner: "my husband is an idiot" stays banter.
KIN: Final = frozenset({
    "husband", "wife", "boyfriend", "girlfriend", "bf", "gf", "fiance", "fiancee",
    "dad", "mom", "mother", "father", "brother", "sister", "son", "daughter", "marito",
    "moglie", "fratello", "sorella"
})
# Singular group words a forum sums a person up by ("typical republican"); the
# identity cues hold most plurals and adjectives.
TYPICAL_GROUPS: Final = frozenset({
    "american", "liberal", "lib", "conservative", "con", "republican", "democrat",
    "dem", "leftist", "lefty", "righty", "rightist", "libertarian", "communist",
    "commie", "socialist", "feminist", "redditor", "boomer", "millennial", "zoomer",
    "incel", "vegan", "atheist", "christian", "catholic", "nigerian", "mexican",
    "chinese", "arab", "woman", "man", "female", "male", "immigrant", "migrant",
    "foreigner", "tourist", "yank", "brit", "aussie", "canadian", "french", "russian",
    "gypsy"
})
# After "typical <group>", words that make the verdict about the group's people, not
# a thing of theirs ("typical liberal response", not "typical Italian food").
BEHAVIOUR: Final[frozenset[str]] = frozenset({
    "behavior", "behaviour", "behaviors", "behaviours", "response", "responses",
    "reaction", "move", "moves", "logic", "mentality", "attitude", "nonsense", "bs",
    "take", "thinking", "hypocrisy", "garbage", "trash", "crap", "stupidity",
    "entitlement", "arrogance", "comment", "comments", "post", "answer", "excuse",
    "lie", "lies", "propaganda", "whining", "crying", "mindset", "pos"
})
# After a described person's noun, words that go on describing them ("the guy in the
# video", "the mod who deleted it", "the ref tonight"); any other word makes the noun
# part of a thing's name ("the dev build", "the lawyer fees").
POSTMODIFIERS: Final = frozenset({
    "who", "in", "on", "at", "from", "tonight", "today", "yesterday", "here", "there",
    "filming", "that", "with", "of", "behind", "next", "che", "di", "del", "della", "nel",
    "nella", "stasera", "oggi", "ieri",
})
# Harm verbs after "someone should" / "hope someone" ("someone should punch him").
HARM_VERBS: Final = frozenset({
    "shoot", "kill", "stab", "punch", "beat", "hang", "run", "slap", "strangle", "choke",
    "murder", "lynch", "shank", "smack", "deck", "hit", "drown", "burn", "torch", "bomb",
    "castrate", "behead", "shoots", "kills", "stabs", "punches", "beats", "hangs", "runs",
    "slaps", "strangles", "chokes", "murders", "shanks", "smacks", "decks", "hits",
    "drowns", "burns", "beheads",
})
# Harm after "deserves to get" ("he deserves to get punched").
HARMED: Final = frozenset({
    "shot", "killed", "stabbed", "punched", "beaten", "beat", "hanged", "hung", "slapped",
    "run", "murdered", "lynched", "decked", "smacked", "strangled", "choked", "shanked",
    "castrated", "beheaded", "raped", "burned", "burnt", "hit", "knocked",
})
# Who the harm falls on: a pronoun, or a determiner before a person word.
HARMED_PEOPLE: Final = frozenset({"him", "her", "them", "you", "u", "he", "she", "they"})
# Words that open the clause before its subject: "since Coates is", "I agree, Sylvia is".
OPENERS: Final = frozenset({
    "since", "because", "cause", "and", "but", "so", "agree", "think", "guess", "bet",
    "honestly", "clearly", "obviously", "also", "yes", "yeah", "well", "believe", "know",
    "say", "said", "lol", "lmao", "edit", "ok", "okay", "why", "how", "when", "whenever",
    "cuz", "perche", "che", "ma", "e",
})
# Name-calls as often said of a thing as of a person: after a bare name ("Windows is a
# joke", "the plan is trash") they need a subject that is surely a person.
THING_CALLS: Final = frozenset({
    "joke", "jokes", "disgrace", "trash", "garbage", "mess", "disaster", "scam", "fraud",
    "failure", "shit", "crap", "embarrassment", "circus", "waste", "pathetic", "dumpster",
    "cancer", "poison", "virus", "plague", "rubbish", "abomination", "schifo", "vergogna",
    "pagliacciata",
})
# Before a person noun: "the landlord", "her sister", "those people", "quel giornalista".
DETERMINERS: Final = frozenset({
    "the", "this", "that", "these", "those", "her", "his", "their", "your", "ur", "my",
    "our", "op", "ops", "questo", "quel", "quello", "il", "lo", "la", "sto", "sta", "tuo",
    "tua", "suo", "sua",
})
# An illness named is a fact told, not a name-call: "Syd Barrett was mentally ill".
CONDITIONS: Final = frozenset({
    "ill", "sick", "disabled", "bipolar", "autistic", "malato", "malata",
})
# Vulgar name-calls: said of a public figure ("Bill Maher is a dick") annotators call
# them vulgarity, the profanity-only class; the said-of rule leaves them to the others.
VULGAR: Final = frozenset({
    "twat", "twats", "cunt", "cunts", "dick", "dicks", "dickhead", "asshole", "assholes",
    "arsehole", "bitch", "bitches", "prick", "pricks", "douche", "douchebag", "wanker",
    "tosser", "pussy", "bastard", "motherfucker", "fucker", "shithead", "jackass",
    "stronzo", "stronza", "coglione", "cazzone", "troia", "puttana",
})
# Between the copula and the name-call, a preposition makes the name-call another
# noun's ("is a pioneer amongst criminals", "is perfect for assholes").
NOT_BETWEEN: Final = frozenset({
    "for", "of", "to", "with", "like", "than", "about", "among", "amongst", "at", "by",
    "from", "in", "on", "per", "di", "da", "con", "tra", "fra",
})
# The forum3 idioms of insult.txt (and an older "stay mad"): said to the commenter, or
# named as a phrase.
IDIOMS: Final = frozenset({
    "cope and seethe", "seethe harder", "keep seething", "keep crying", "cry harder",
    "stay mad", "ok boomer", "okay boomer", "go touch grass", "touch grass",
    "touch some grass",
})
# After an idiom, words that make it the subject: "touch grass is", "ok boomer jokes".
NAMING_NEXT: Final = frozenset({
    "is", "was", "are", "were", "has", "jokes", "joke", "meme", "memes", "comments",
    "comment", "crowd", "people", "energy", "thing", "says", "means",
})
# The forum3 lines of threat.txt: harm called down on someone ("someone should ...").
HARM_CALLS: Final = frozenset({
    "someone should", "somebody should", "someone needs to", "somebody needs to",
    "hope someone", "hope somebody", "deserves to get", "deserve to get",
})
# fmt: on
