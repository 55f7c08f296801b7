"""Shape words of the fourth forum probe's rules (issue 8, targeting_forum4.py).

Kept here, not in cues.txt: every cue word also becomes a known word, and the older
rules read a word no list knows as a name ("Mike is trash").
"""

from __future__ import annotations

from typing import Final

# fmt: off
# Plural people a forum sums up ("landlords are leeches", "tourists are vermin"), past
# the identity, group and people cues. No trades or professions: the functional suites
# keep "Lawyers are vultures" and "Bankers are greedy pigs" as attacks on no protected
# group (test_scorer_hate_probe3_en.py), and the older rules read them so.
GROUPS: Final[frozenset[str]] = frozenset({
    "landlords", "tourists", "cyclists", "bikers", "politicians", "redditors", "boomers",
    "millennials", "zoomers", "vegans", "incels", "mods", "moderators", "admins",
    "influencers", "hipsters", "gamers", "commenters", "users",
    "drivers", "bros", "karens",
    "trolls", "fanboys",
    "weebs", "normies", "libertarians", "communists", "commies", "socialists",
    "capitalists", "tories", "centrists", "tankies", "nazis", "fascists", "truckers",
    "teenagers", "teens", "parents",
    "neighbors", "neighbours", "americans", "europeans", "brits", "yanks", "voters",
    "supporters", "fans", "owners", "streamers", "youtubers", "tiktokers", "posters",
    "kids", "rich", "landladies", "cops", "police",
    "players",
    "customers", "shoppers", "renters", "homeowners",
    "atheists", "christians", "liberals", "conservatives", "republicans", "democrats",
    "leftists", "feminists", "lefties", "libs", "dems", "progressives", "wokies",
    "anarchists", "activists", "protesters", "protestors", "hippies", "nerds", "geeks",
    "jocks", "men", "women", "guys", "girls", "boys", "people", "folks", "ppl", "humans",
})
# Singular people a said-of idiom may name ("the average gamer has the hygiene of a
# raccoon", "this redditor is compensating").
ONE: Final = frozenset({
    "gamer", "redditor", "user", "commenter", "poster", "voter", "fan", "driver", "mod",
    "landlord", "tourist", "cyclist", "politician", "boomer", "millennial", "zoomer",
    "incel", "vegan", "karen", "influencer", "streamer", "troll", "teenager", "student",
    "customer", "boss", "neighbor", "neighbour", "coworker", "roommate", "ex", "husband",
    "wife", "boyfriend", "girlfriend", "bf", "gf", "friend", "sister", "brother", "mom",
    "dad", "teacher", "manager", "ceo", "owner", "uncle", "aunt", "cousin",
})
# A group's head noun after a describing word: "crypto bros", "truck owners".
HEADS: Final = frozenset({
    "people", "folks", "ppl", "bros", "fans", "owners", "drivers", "users", "voters",
    "supporters", "guys", "girls", "boys", "men", "women", "types", "kids", "dudes",
    "lovers", "fanboys", "stans", "addicts", "boomers", "parents",
})
# A place of people in a thread: "this sub is full of degenerates".
PLACES: Final = frozenset({
    "sub", "subreddit", "forum", "thread", "community", "server", "site", "fandom",
    "comments", "section", "board", "chat", "group", "website", "app", "platform",
    "country", "town", "city", "school", "office", "company", "team",
})
# After the place's copula, words that fill it with people: "full of", "a cesspool of".
FILLED: Final = frozenset({
    "full", "of", "a", "an", "cesspool", "nothing", "but", "overrun", "infested", "with",
    "bunch", "just", "filled", "crawling", "packed", "literally", "basically", "only",
    "all", "such", "absolutely", "completely", "so", "mostly", "pure", "breeding",
    "ground", "for", "den",
    "circlejerk", "echo", "chamber",  # forum20: "this sub is a circlejerk of morons"
})
# One of them must say the place is filled: "is full of", "is a cesspool of", "is nothing
# but"; "this country is racist" judges the place, not its people.
FILLING: Final = frozenset({
    "full", "cesspool", "nothing", "overrun", "infested", "bunch", "filled", "crawling",
    "packed", "breeding", "den",
    "circlejerk", "chamber",  # forum20
})
# Between the group's copula and the name-call: "are all", "are a bunch of", "are the
# most", "are nothing but", "are basically human".
BETWEEN: Final[frozenset[str]] = frozenset({
    "all", "just", "literally", "basically", "such", "a", "an", "the", "bunch", "of",
    "nothing", "but", "total", "complete", "absolute", "utter", "human", "most", "like",
    "so", "fucking", "bloody", "actual", "really", "truly", "some", "generation", "pack",
    "herd", "lot", "load", "band", "bloodsucking", "mindless", "entitled", "brainless",
    "useless", "soulless", "disgusting", "filthy", "whiny", "lazy", "greedy", "pathetic",
    "dumb", "stupid", "always", "only", "mostly", "honestly", "clearly", "simply", "too",
})
# Before the group: words that make the claim no claim ("not all landlords are ...",
# "stop saying tourists are vermin", "if cyclists are a plague").
UNSAID: Final[frozenset[str]] = frozenset({
    "not", "no", "never", "nobody", "saying", "say", "said", "says", "calling", "call",
    "called", "claim", "claims", "claiming", "if", "whether", "stop", "dont", "don",
    "pretend", "pretending", "assume", "assuming", "myth", "wrong", "unfair",
})
# The group copulas.
ARE: Final = frozenset({"are", "r", "were", "re"})
IS: Final = frozenset({"is", "s", "was"})
# A subject the said-of idioms may have: a pronoun, OP, a person word.
THIRD: Final = frozenset({
    "he", "she", "they", "him", "her", "them", "op", "ops", "guy", "dude", "person",
    "man", "woman", "girl", "boy", "kid", "this", "that", "these", "those", "everyone",
    "people", "bro", "lady",
})
SECOND: Final = frozenset({"you", "u", "ya", "ur", "youre", "yall", "your"})
# A possessive before a person word names that person: "my landlord", "your boss".
OWNERS: Final = frozenset({"my", "our", "your", "ur", "his", "her", "their"})
FIRST: Final = frozenset({"i", "im", "me", "my", "we", "us", "our", "myself", "ive", "id"})
# After "imagine being this": what no one sneers at ("imagine being this lucky").
PRAISED: Final = frozenset({
    "lucky", "rich", "happy", "good", "talented", "cute", "beautiful", "strong",
    "smart", "blessed", "pretty", "handsome", "fit", "young", "tall", "kind", "brave",
    "successful", "famous", "chill", "calm", "patient", "based", "cool", "funny",
})
# After "the absolute state of": a person, so the sneer is aimed.
STATE_OF: Final = frozenset({
    "you", "u", "op", "this", "these", "that", "those", "him", "her", "them",
})
# The dehumanising [said_of_group] words (hateprobe3 reads them only of identity
# groups) that say as much of any group of people: "landlords are leeches".
DEHUMAN: Final = frozenset({
    "leeches", "rodents", "roaches", "worms", "snakes", "vultures", "infection",
    "freeloaders", "scroungers", "spongers", "moochers", "lowlifes", "soulless",
    "barbarians", "brutes", "abominations", "mongrels", "deviants", "monsters",
})
# People at large: summed up only with a word that says which ("homeless people",
# "those people"), never alone or after "the", "these", "wtf" ("the people are racist" complains
# of racism).
GENERIC: Final[frozenset[str]] = frozenset({
    "people", "folks", "ppl", "humans", "guys", "men", "women", "girls", "boys", "kids",
})
# "npc people are so dumb": "npc" is a lexicon word since discord14 (said of a player),
# still saying which people here.
WHICH: Final = frozenset({"those", "such", "you", "npc"})
# fmt: on

# Words that name a group of people no identity list holds: the scorer's "judging
# words with no group named" shortcut (scorer.py) leaves a line with one to the rules.
FORUM4_GATE: Final = GROUPS | HEADS

# fixes8b: states no one sneers at after "imagine being this" / "how does it feel to be
# so" ("imagine being this early", "how does it feel to be this close to graduating").
PLAIN_STATES: Final = frozenset({
    "early", "excited", "hyped", "tired", "sleepy", "hungry", "close", "proud", "loved",
    "productive", "grateful", "thankful", "relaxed", "organized", "organised",
})  # fmt: skip
# fixes8b: a praising noun after a said-of comparison: "she has the brain of a
# scientist", "the manners of a gentleman", "the personality of a golden retriever".
PRAISED_AS: Final = frozenset({
    "genius", "scientist", "gentleman", "lady", "saint", "angel", "lion", "champion",
    "hero", "queen", "king", "prince", "princess", "pro", "professor", "poet", "golden",
    "puppy", "diplomat", "surgeon", "legend", "rockstar", "philosopher", "mathematician",
})  # fmt: skip
# fixes8b: after "<group> like you are the reason/why", the kind reasons: "fans like you
# are the reason we keep streaming", "people like you are the reason i have hope".
KIND_REASONS: Final = frozenset({
    "keep", "kept", "love", "loved", "fun", "great", "hope", "smile", "smiling", "happy",
    "best", "proud", "thank", "thanks", "grateful", "enjoy", "awesome", "amazing",
    "wonderful", "wholesome",
})  # fmt: skip
# fixes8b: sneering questions a sincere asker says too, more words before the question
# closes ("have you ever been outside the US?", "did you finish high school in canada?");
# alone, or with only these after, they sneer ("have you ever been outside lol").
ASKED_TOO: Final = frozenset({
    "have you ever been outside", "have you ever left the house", "do you have any friends",
    "did you finish high school", "have you ever talked to a woman",
    "have you ever talked to a girl", "have you ever spoken to a woman",
})  # fmt: skip
SNEER_TAIL: Final = frozenset({
    "lol", "lmao", "lmfao", "bro", "dude", "irl", "before", "ever", "even", "mate", "man",
    "buddy", "pal", "kid", "seriously", "honestly", "tho", "though", "in", "your", "ur",
    "life", "real", "at", "all", "or", "nah", "not", "what",
})  # fmt: skip
# "how does it feel to be so ...": read by the word after, like "imagine being this".
FEEL_SO: Final = frozenset({
    "how does it feel to be so", "how does it feel to be this", "does it hurt to be this",
    "does it hurt to be so",
})  # fmt: skip
# Good news in the message makes the schooling questions sincere ("do you even have a job
# yet? congrats on graduating").
SCHOOLING: Final = frozenset({
    "do you even have a job", "did you even graduate", "did you finish high school",
    "did you even finish high school",
})  # fmt: skip
GOOD_NEWS: Final = frozenset({"congrats", "congratulations", "grats", "proud", "congratz"})
# A demonstrative names a person only before a person word ("this guy"), not before a
# thing ("this font is so tiny you can't even read it").
POINTERS: Final[frozenset[str]] = frozenset({"this", "that", "these", "those"})
# fixes8b: a pet after a possessive is teased, not its owner ("your dog has the brain of a
# goldfish lol so cute").
PETS: Final = frozenset({
    "dog", "cat", "puppy", "kitten", "pup", "hamster", "bird", "parrot", "fish", "rabbit",
    "bunny", "horse", "pet", "doggo", "kitty",
})  # fmt: skip
# "so tiny you can't even read it": the "you" of a result clause is anyone.
RESULT: Final = frozenset({"so", "too"})
CANT_EVEN: Final = frozenset({
    "can t even read", "cant even read", "can t even spell", "cant even spell",
    "can t even count", "cant even count", "can t even think", "cant even think",
})  # fmt: skip
