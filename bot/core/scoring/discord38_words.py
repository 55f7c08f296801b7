"""Words of the discord38 round (issue 8, targeting_discord38.py): a name-call or hate
aimed at a third person in the chat with the writer as the sentence's subject ("i hate
that bitch", "i'm blocking that asshole", "i'm done with that idiot", "i hate him so
much"), which older rounds read as the writer speaking of themself or of a thing; and
a name-call said of a character in a film or a book ("that idiot in the movie was
hilarious"), which is no one in the chat."""

from __future__ import annotations

from typing import Final

# fmt: off
# Nouns that call a person names, said after "that" or "this" ("that bitch", "this
# moron"); with the name_noun cues (idiot, moron, loser, dumbass, noob...). Words that
# also name things ("tool", "trash", "joke") are left out.
NAME_CALLS: Final[frozenset[str]] = frozenset({
    "bitch", "asshole", "arsehole", "ahole", "clown", "douche", "douchebag", "prick",
    "cunt", "jerk", "twat", "skank", "hoe", "ho", "slut", "whore", "thot", "bastard",
    "dipshit", "dickhead", "jackass", "fool", "scumbag", "creep", "freak", "weirdo",
    "bozo", "shithead", "fuckface", "motherfucker", "mf", "fucker", "wanker", "tosser",
    "twit", "dumbfuck", "simp", "dick", "numbnuts", "imbecile", "cretin", "retard",
    "idiot", "moron", "loser", "dumbass", "noob", "nitwit", "dimwit", "halfwit", "pos",
    "scum", "rat", "snake", "pig", "bum", "psycho", "lunatic", "idiota", "clownass",
    "bitchass", "dumbo",
})
# Words that may stand between the demonstrative and the name-call ("that [stupid]
# bitch", "this [fat ugly] hoe"): judging adjectives and swearing.
BEFORE_NAME: Final[frozenset[str]] = frozenset({
    "stupid", "dumb", "fat", "ugly", "little", "lil", "fucking", "fuckin", "fkn", "fking",
    "freaking", "frickin", "annoying", "crazy", "lying", "worthless", "useless",
    "pathetic", "damn", "dam", "goddamn", "absolute", "total", "complete", "toxic",
    "big", "old", "psycho", "bloody", "dirty", "nasty", "snotty", "smug", "arrogant",
    "bald", "braindead", "brainless", "whiny", "cringe", "sorry", "silly",
})
BEFORE_NAME_REACH: Final[int] = 3
DEMONSTRATIVES: Final[frozenset[str]] = frozenset({"that", "this", "dat", "dis", "tht", "thiss"})
# The writer's verbs whose object is the one called names ("i [hate] that bitch", "i'm
# [blocking] this moron", "i'll [slap] that hoe"): hate, shutting someone out, and harm.
# No verb of liking ("i miss that idiot" is often fond) and no copula or naming verb
# ("i'm that idiot", "call me that bitch"): those are the writer's own.
OBJECT_VERBS: Final[frozenset[str]] = frozenset({
    "hate", "hating", "despise", "despising", "loathe", "loathing", "detest", "stand",
    "block", "blocking", "blocked", "mute", "muting", "muted", "report", "reporting",
    "reported", "kick", "kicking", "kicked", "ban", "banning", "banned", "ignore",
    "ignoring", "ignored", "unfriend", "unfriended", "unfollow", "unfollowed", "remove",
    "removing", "avoid", "avoiding", "dodge", "dodging", "cancel", "tolerate", "bear",
    "handle",
})
# The writer's verbs of harm: the same reading, but a kill in a match is play ("i will
# kill that noob"), so not with a gamer's name-call (GAME_NAMES) or in game talk.
HARM_VERBS: Final[frozenset[str]] = frozenset({
    "slap", "slapping", "smack", "smacking", "punch", "punching", "beat", "beating",
    "hit", "kill", "strangle", "choke", "stab", "fight", "jump", "murder", "end",
    "destroy", "bully", "roast",
})
GAME_NAMES: Final[frozenset[str]] = frozenset({"noob", "noobs", "newb", "newbs", "nub", "nubs"})
# A preposition and the words that make it the writer's rejection ("[done with] that
# idiot", "[sick of] this clown", "[so over] that loser", "[mad at] this bitch"): the
# preposition, then the word right before it.
PREPOSITIONS: Final[dict[str, frozenset[str]]] = {
    "with": frozenset({"done", "deal", "dealing", "finished", "through", "fed", "annoyed",
                       "pissed", "mad", "angry", "sick", "over", "up"}),
    "of": frozenset({"sick", "tired", "rid"}),
    "at": frozenset({"mad", "pissed", "angry", "furious"}),
    "about": frozenset({"sick", "tired"}),
    "over": frozenset({"so", "m", "im", "just", "completely", "totally", "officially"}),
}
# Words that may follow the name-call in the same clause ("that idiot [again]", "this
# bitch [talking]", "that idiot [from] the server"); anything else, and "of" above all
# ("that bitch of a boss fight"), may make the noun part of a thing's name.
AFTER_NAME: Final[frozenset[str]] = frozenset({
    "again", "anymore", "already", "now", "rn", "from", "talking", "so", "for", "out",
    "off", "too", "lol", "lmao", "lmfao", "fr", "tbh", "honestly", "forever", "today",
    "tonight", "tomorrow", "when", "if", "because", "bc", "cuz", "cause", "who", "and",
    "but", "she", "he", "they", "i", "im", "ill", "smh", "ffs", "ngl", "istg", "bro",
    "man", "dude", "omg", "seriously", "asap", "immediately", "right", "soon", "next",
    "here", "there", "on", "in", "at", "after", "before", "until", "till", "til",
    "tho", "though", "fam", "fuck", "ugh", "like", "with",
})
# Hate said with an object pronoun: "i [hate] him so much", "i [despise] her".
HATE_TERMS: Final[frozenset[str]] = frozenset({"hate", "despise", "loathe", "detest"})
OBJECT_PRONOUNS: Final[frozenset[str]] = frozenset({"him", "her"})  # "them" is often things
GUTS_OWNERS: Final[frozenset[str]] = frozenset({"his", "her", "their"})  # "i hate her guts"
GUTS: Final[str] = "guts"
# Words that may follow the pronoun in the same clause ("i hate him [so much]", "i hate
# them [both]"); a verb's -ing ("i hate him leaving") or a clause makes it an event.
AFTER_PRONOUN: Final[frozenset[str]] = frozenset({
    "so", "soo", "sooo", "much", "sm", "both", "all", "lol", "lmao", "omg", "tbh", "fr",
    "ngl", "honestly", "already", "now", "rn", "forever", "and", "but", "too", "af",
    "with", "for", "more", "smh", "ffs", "istg", "fucking", "ugh", "bro",
    "tho", "though", "deeply", "a", "lot", "lots", "seriously",
})
# The writer as the subject of the hate, read back over a few adverbs ("i [really
# fucking] hate him", "honestly i [seriously] hate her").
SUBJECTS: Final[frozenset[str]] = frozenset({"i", "we"})
ADVERBS: Final[frozenset[str]] = frozenset({
    "really", "fucking", "fuckin", "fkn", "freaking", "so", "just", "honestly",
    "seriously", "literally", "actually", "truly", "lowkey", "highkey", "still",
    "genuinely", "absolutely", "totally", "sincerely", "do", "def", "definitely",
    "deadass", "fr", "kinda", "already", "lowk", "high", "low", "key", "also", "now",
})
ADVERB_REACH: Final[int] = 4
# Before the writer, a condition or a question ("if i hate him", "why do i hate him"):
# no verdict stated.
NOT_STATED: Final[frozenset[str]] = frozenset({
    "if", "why", "how", "do", "does", "did", "would", "could", "should", "will", "when",
    "whether", "unless", "what", "wonder", "maybe", "not", "dont", "don", "never",
})
# Love said after the hate in the same sentence ("i hate him so much and i love him so
# much", "i hate her but i miss her"): mixed feelings, no attack.
FOND: Final[frozenset[str]] = frozenset({"love", "luv", "miss", "adore", "like"})
FOND_REACH: Final[int] = 10
# A name-call said of a character in a work of fiction ("that idiot [in the movie]",
# "the clown [in that show]"): the preposition, a determiner, the work.
FICTION_PREPOSITIONS: Final[frozenset[str]] = frozenset({"in", "from"})
DETERMINERS: Final[frozenset[str]] = frozenset({"the", "that", "this", "a", "his", "her", "their"})
FICTION: Final[frozenset[str]] = frozenset({
    "movie", "movies", "film", "films", "show", "series", "book", "novel", "episode",
    "cartoon", "anime", "manga", "comic", "sitcom", "play", "story", "musical", "trailer",
    "sequel", "fanfic", "tv",
})
FICTION_REACH: Final[int] = 3  # words at the sentence's start that may hold the subject
# fmt: on
