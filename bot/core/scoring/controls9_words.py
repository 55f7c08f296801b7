"""Shape words of the controls9 rules (issue 8, targeting_controls9.py): untargeted
swearing and insult adjectives said of things and situations.

Kept here, not in cues.txt: every cue word also becomes a known word, and the older
rules read a word no list knows as a name ("Mike is trash").
"""

from __future__ import annotations

from typing import Final

# fmt: off
# Insult adjectives that judge a thing as readily as a person ("this stupid game",
# "what a dumb rule"); the nouns after them say which.
JUDGING: Final = frozenset({
    "stupid", "dumb", "ridiculous", "idiotic", "moronic", "pathetic", "shitty", "crappy",
    "lame", "silly", "asinine", "absurd", "ludicrous", "insane", "crazy", "dumbest",
    "stupidest", "dumber", "stupider", "braindead", "brainless", "pointless", "useless",
    "worthless", "garbage", "trash", "trashy", "disgusting", "awful", "terrible",
    "horrible", "ugly", "annoying", "laughable", "cringe", "cringy", "cringey", "dumbass",
})
# Adjectives said of a situation on their own ("Ridiculous.", "absolutely absurd"): no
# one is called them in a sentence that holds nothing else.
SITUATION: Final = frozenset({
    "ridiculous", "absurd", "ludicrous", "idiotic", "insane", "crazy", "unbelievable",
    "laughable",
})
# Words that may stand with a situation adjective in its sentence: intensifiers and a
# thing's subject ("that's ridiculous", "this is just absurd").
SITUATION_FILLERS: Final = frozenset({
    "absolutely", "so", "just", "totally", "utterly", "completely", "simply", "truly",
    "really", "pretty", "fucking", "fuckin", "fking", "effing", "freaking", "frigging",
    "bloody", "damn", "quite", "too", "very", "how", "wow", "omg", "lol", "lmao", "man",
    "that", "this", "it", "thats", "its", "is", "was", "s", "that's", "it's", "beyond",
    "downright", "plain", "insanely", "honestly", "literally", "seriously",
    "all", "what", "a", "an", "oh", "ugh", "god", "jesus", "christ",
})
# Swearing nouns that name stuff, not someone, after a judging adjective ("dumb shit",
# "ridiculous bullshit"); with "a" before ("a dumb shit") they call a person.
STUFF: Final = frozenset({"shit", "bullshit", "crap", "horseshit", "nonsense", "garbage", "trash"})
# Inanimate nouns a judging adjective is said of (past the lexicon's thing cues):
# products, media, rules and ideas, games, everyday things and events.
THINGS: Final = frozenset({
    "game", "games", "keys", "key", "statement", "statements", "society", "dance", "idea",
    "ideas", "law", "laws", "rule", "rules", "phone", "phones", "bus", "train", "car",
    "movie", "movies", "film", "films", "show", "song", "songs", "book", "books", "app",
    "apps", "website", "site", "post", "posts", "tweet", "tweets", "article", "headline",
    "question", "questions", "answer", "stuff", "shit", "bullshit",
    "crap", "policy", "policies", "bill", "tax", "taxes", "plan", "plans", "system",
    "excuse", "sequel", "plot", "ending", "ad", "ads", "commercial", "menu", "form",
    "forms", "email", "emails", "meeting", "meetings", "weather", "traffic", "rain",
    "snow", "printer", "computer", "laptop", "keyboard", "mouse", "controller", "tv",
    "remote", "door", "window", "alarm", "machine", "camera", "update", "updates",
    "patch", "patches", "mode", "map", "maps", "level", "levels", "quest",
    "skin", "skins", "server", "servers", "lag", "queue", "queues", "match", "matches",
    "round", "rounds", "season", "episode", "episodes", "trailer", "video", "videos",
    "meme", "memes", "joke", "jokes", "name", "names", "title", "logo", "design",
    "hat", "shirt", "shoes", "cars", "job", "homework", "exam", "exams", "test",
    "tests", "class", "school", "work", "day", "weekend", "morning", "night",
    "week", "year", "argument", "arguments", "comment", "comments", "reply",
    "theory", "theories", "notion", "concept", "rumor", "rumour", "story", "stories",
    "decision", "decisions", "move", "mistake", "mistakes", "trend", "trends", "hashtag",
    "carabiner", "wifi", "internet", "connection", "glitch", "bug", "bugs", "feature",
    "features", "cutscene", "cutscenes", "tutorial", "puzzle", "mechanic", "mechanics",
    "algorithm", "pricing", "price", "prices", "fee", "fees", "ticket", "tickets",
    "survey", "poll", "election", "debate", "war", "virus", "pandemic",
    "item", "items", "build", "builds", "weapon", "weapons", "gun", "guns", "ult", "ults",
    "ability", "abilities", "spell", "spells", "talent", "talents", "perk", "perks",
    "loadout", "meta", "nerf", "buff", "spawn", "spawns", "hitbox", "hitboxes", "rng",
    "matchmaking", "ranked", "ladder", "loot", "drop", "drops", "grind", "event",
    "events", "achievement", "trophy", "dlc", "console", "graphics", "fps", "ping",
    "tower", "towers", "turret", "turrets", "creep", "creeps", "minion", "minions",
    "headset", "mic", "monitor", "pc", "router", "cable", "chair", "desk", "charger",
})
# Name-call phrases that judge a thing when a thing's noun follows ("piece of shit mouse",
# "piece of crap laptop").
PIECES: Final = frozenset({
    "piece of shit", "piece of crap", "piece of garbage", "piece of trash", "pile of shit",
    "pile of crap", "pos",
})
# What a person said or wrote: judging it ("what a stupid comment", "idiotic posts like
# yours") reads as judging its writer, so the earlier reading stays.
SAID: Final = frozenset({
    "comment", "comments", "post", "posts", "tweet", "tweets", "statement", "statements",
    "reply", "replies", "argument", "arguments", "take", "takes", "opinion", "opinions",
    "remark", "remarks", "response", "responses", "claim", "claims", "words", "logic",
    "point", "points", "answer", "answers", "question", "questions", "excuse", "excuses",
})
# Nouns a judging adjective before them still says of a person: their body, mind and
# voice ("shut your stupid mouth", "his stupid face").
PERSON_PARTS: Final = frozenset({
    "face", "faces", "mouth", "head", "ass", "brain", "brains", "mind", "voice",
    "opinion", "opinions", "attitude", "personality", "self", "life", "body", "butt",
    "teeth", "hair", "nose", "eyes", "fat", "arse",
})
# A reader word right before the adjective makes it a name-call ("you stupid idiot",
# "ur dumb shit"), or the reader's own thing ("your stupid opinion").
READER: Final = frozenset({"you", "u", "ya", "yo", "your", "ur", "youre", "ure", "yall", "ye"})
ARTICLES: Final = frozenset({"a", "an"})
THEIR: Final = frozenset({"their", "thier", "they're"})
# A person named as the subject before the adjective, with a copula: "you are a useless
# computer program", "he is a stupid joke" call someone a thing.
SUBJECTS: Final = frozenset({
    "you", "u", "ya", "ur", "youre", "ure", "yall", "ye", "he", "she", "hes", "shes",
    "they", "theyre", "him", "her",
})
COPULAS: Final = frozenset(
    {"is", "are", "r", "was", "were", "be", "being", "been", "am", "s", "re"}
)
# Saying verbs: what they bring out is what someone said ("tweeting stupid shit",
# "spewing dumb crap"), and judging it judges the speaker.
SAYING: Final = frozenset({
    "say", "says", "saying", "said", "tweet", "tweets", "tweeting", "tweeted", "post",
    "posts", "posting", "posted", "talk", "talks", "talking", "spew", "spews", "spewing",
    "spout", "spouts", "spouting", "write", "writes", "writing", "wrote", "type", "typing",
    "typed", "believe", "believes", "believing", "think", "thinks",
})
# Words between a judging adjective and its noun: intensifiers and plain describing
# words ("this stupid fucking game", "that dumb little app").
BETWEEN: Final = frozenset({
    "fucking", "fuckin", "fking", "effing", "freaking", "frigging", "bloody", "damn",
    "damned", "little", "old", "new", "whole", "ass", "goddamn", "stinking", "big",
})
# "fuck you" after "as" is "as fuck" and then "you": "badass as fuck you get to...".
# Not "the fuck you": "why the fuck u lyin" is said to the reader.
FUCK_YOU_LEADS: Final = frozenset({"as"})
FUCK_YOU: Final[frozenset[str]] = frozenset({"fuck you", "fuck u", "fuck ya"})
# Verdicts a relative "which" says of its thing ("a league which is an absolute joke",
# "the new rule, which is pure garbage"): "which" stands for a thing, "who" for a person.
WHICH_VERDICTS: Final = JUDGING | STUFF | frozenset({
    "joke", "disgrace", "embarrassment", "mess", "disaster", "travesty", "shitshow",
    "clownshow", "circus",
})
WHICH_SKIP: Final = frozenset({
    "a", "an", "the", "absolute", "absolutely", "complete", "completely", "total",
    "totally", "utter", "utterly", "such", "so", "just", "really", "pure", "fucking",
    "frankly", "honestly", "quite", "pretty", "very", "also", "still", "now", "kind",
    "of", "bloody", "damn",
})
WHICH_COPULAS: Final = frozenset({"is", "was", "s", "are", "were", "remains", "seems", "looks"})
# review9a: people named by their role or trade, past the lexicon's person cues. After a
# thing's noun they make it a compound for a person ("the stupid bus driver", "the
# stupidest game dev"); before a copula they name who is called the stuff ("the
# streamer is dumb shit").
ROLES: Final = frozenset({
    "driver", "drivers", "dev", "devs", "developer", "developers", "teacher", "teachers",
    "salesman", "salesmen", "host", "hosts", "streamer", "streamers", "ref", "refs",
    "referee", "mod", "mods", "moderator", "moderators", "admin", "admins", "coach",
    "boss", "manager", "owner", "designer", "designers", "director", "clerk", "guard",
    "cop", "cops", "nurse", "doctor", "lawyer", "worker", "workers", "staff",
})
# fmt: on
