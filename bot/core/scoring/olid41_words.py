"""Words of the olid41 round (issue 8, targeting_olid41.py): a pointed person ("this",
"that", "the", "a") called by a name-call, with judging words between, as the subject of
what only a person does ("that dumb bitch blocked me", "the moron lied again", "a bitch
is complaining to my manager about me")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The pointer that opens the subject: one person, pointed at.
POINTERS: Final[frozenset[str]] = frozenset({"this", "that", "the", "a", "an"})
# Judging words between the pointer and the name-call ("that [dumb] bitch", "this [sad
# old] creep", "that [two faced] bitch"); no other word, so "the [rat] in my kitchen"
# or "a [friend's] dog" never reach the name-call.
MODIFIERS: Final[frozenset[str]] = frozenset({
    "dumb", "stupid", "old", "little", "fat", "ugly", "crazy", "lying", "two", "faced",
    "lazy", "sneaky", "filthy", "entitled", "crooked", "spineless", "arrogant",
    "pathetic", "sad", "nasty", "greedy", "whiny", "miserable", "shady", "evil", "vile",
    "dirty", "fake", "smug", "bitter", "psycho", "creepy", "useless", "worthless",
    "disgusting", "selfish", "rude", "lousy", "sorry", "ignorant", "racist", "corrupt",
    "fucking", "damn", "dumbass", "stupidass",
})
MODIFIER_REACH: Final[int] = 3
# Words of a curse or an order, never of a name-call's noun: "the fuck you talking
# about" is emphasis, not "the <name-call> talking".
CURSE_WORDS: Final[frozenset[str]] = frozenset({
    "you", "u", "ya", "yall", "your", "ur", "off", "up", "out", "yourself",
})
# Before the pointer, the line's own opening: "[ugh] that dumb bitch ...", "[wow] the
# moron really said that".
LEADS: Final[frozenset[str]] = frozenset({
    "ugh", "wow", "lol", "lmao", "lmfao", "omg", "honestly", "and", "but", "so", "yeah",
    "now", "smh", "bruh", "man", "god", "ok", "okay", "welp", "great", "cool",
})
LEAD_REACH: Final[int] = 2
# Between the name-call and what it does: "is [still] lying", "[just] tweeted", "[keeps]
# texting me", "[really] said".
VERB_GAP: Final[frozenset[str]] = frozenset({
    "is", "was", "s", "just", "still", "really", "keeps", "kept", "has", "had", "already",
    "literally", "actually", "again", "always", "even", "also",
})
VERB_GAP_REACH: Final[int] = 3
# What only a person does: lying, saying, posting, complaining, voting, snitching; no
# animal nor thing lies, tweets or votes.
ACTS: Final[frozenset[str]] = frozenset({
    "lied", "lies", "lying", "lie", "tweeted", "tweets", "tweeting", "posted", "posting",
    "deleted", "thinks", "thought", "claims", "claimed", "claiming", "complained",
    "complains", "complaining", "texted", "texting",
    "messaging", "messaged", "commented", "voted", "snitched", "pretends", "pretending",
})
# Lying that is also lying down ("the old cow is lying in the straw"): of an animal's
# word, only with its deceit after it ("lying to", "lies about") or closing the clause.
LIES: Final[frozenset[str]] = frozenset({"lies", "lying", "lie"})
LIE_TAILS: Final[frozenset[str]] = frozenset({"to", "about", "again", "through"})
# Whining, which dogs do too: of a name-call that is no animal's only.
WHINES: Final[frozenset[str]] = frozenset({"whining", "whined", "whines"})
# Saying and telling: said of a name-call that is also a trade or a part ("the clown said
# hello to every kid"), only with a judging word before it.
SPEECH: Final[frozenset[str]] = frozenset({
    "said", "says", "saying", "told", "tells", "telling", "talked", "talking", "talks",
})
LITERAL: Final[frozenset[str]] = frozenset({"clown", "clowns", "fool", "bum"})
# Acts aimed at the writer, read with the word after them: "blocked [me]", "reported [my]
# account"; never "the rat blocked the drain".
AIMED_ACTS: Final[frozenset[str]] = frozenset({"blocked", "reported", "called", "unfollowed"})
AIMED_AT: Final[frozenset[str]] = frozenset({"me", "my", "us", "our"})
# "is at it again": said of a name-call that is no animal's nor thing's word ("the idiot
# is at it again"), never "the dog is at it again", "that piece of junk is at it again".
AT_IT: Final[tuple[str, str]] = ("at", "it")
BEASTS: Final[frozenset[str]] = frozenset({
    "dog", "dogs", "pig", "pigs", "rat", "rats", "cow", "cows", "snake", "snakes", "bitch",
    "weasel", "bat", "worm", "sheep", "mutt", "beast", "animal", "trash", "garbage",
    "junk", "piece",
})
# Beasts that really lie down: their "is lying" closing the clause is rest, not deceit
# ("the old cow is lying"); the deceit after it ("lying to me") or a habit before it
# ("this dumb cow keeps lying") makes it a lie.
RESTING: Final[frozenset[str]] = frozenset({
    "dog", "dogs", "pig", "pigs", "cow", "cows", "sheep", "mutt", "beast", "animal", "bat",
    "worm",
})
HABITS: Final[frozenset[str]] = frozenset({"keeps", "kept", "always"})
# Machines a server talks about, not people: "the dumb bot posted again" is a real bot.
MACHINES: Final[frozenset[str]] = frozenset({"bot", "bots", "npc", "npcs"})
# fmt: on
