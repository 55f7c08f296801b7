"""Words of the discord51 round (issue 8, targeting_discord51.py): a member of a Discord
server shut out of the room by a question about their place in it ("why is he even in
this server", "why is <@1> still in the gc") or by a call to split off a new room without
them ("lets make a new gc without her", "new server without <@1>")."""

from __future__ import annotations

from typing import Final

# fmt: off
# --- The rooms of a Discord server a member is in or shut out of (discord20's
# ROOM_NOUNS and the spelled-out group chat). Not "channel": a new index word, it changed
# older readings ("anyone who still watches that channel is a gullible idiot", a forum5
# table line, stays aimed at the group).
ROOMS: Final[tuple[str, ...]] = (
    "server", "gc", "vc", "chat", "groupchat", "group chat", "discord", "group",
    "call", "lobby", "squad", "clan", "guild",
)
# --- The place: this round's own lines, "even"/"still" and the room ("even in this
# server", "still in the gc", "even in here"); the member, the copula and "why" before it.
PLACE_ADVERBS: Final[tuple[str, ...]] = ("even", "still")
ROOM_DETERMINERS: Final[tuple[str, ...]] = ("this ", "the ", "our ", "")
PLACE_TERMS: Final[frozenset[str]] = frozenset(
    {f"{adverb} in {det}{room}" for adverb in PLACE_ADVERBS for det in ROOM_DETERMINERS
     for room in ROOMS} | {"even in here"}
)
# The member right before "even"/"still", right after the copula: a pronoun, a user
# mention, a nick ("why is kyle even in this gc"), or "that/this" and a person ("that
# kid"); never a thing or the room at large ("why is it even in this server", "why is
# everyone still in vc"), a family's own ("why is mom still in the group": a family gc),
# nor a word after an article ("why is the bot even ...").
POINTERS: Final[frozenset[str]] = frozenset({"that", "this", "dat"})
PEOPLE: Final[frozenset[str]] = frozenset({
    "kid", "guy", "girl", "dude", "person", "boy", "man", "woman", "clown", "weirdo",
    "loser", "creep", "idiot",
})
NOT_NICKS: Final[frozenset[str]] = frozenset({
    "it", "this", "that", "there", "everyone", "everybody", "anyone", "anybody", "nobody",
    "everything", "anything", "something", "someone", "somebody", "spam", "nsfw", "gore",
    "porn", "politics", "music", "drama", "they", "we", "you", "u", "i", "me",
    "bot", "bots", "mee6", "dyno", "carl", "pin", "link", "role", "emoji", "channel",
    "mom", "mum", "mommy", "mummy", "mama", "dad", "daddy", "papa", "mother", "father",
    "grandma", "grandpa", "granny", "nana", "aunt", "auntie", "uncle",
})
COPULAS: Final[frozenset[str]] = frozenset({"is", "s", "iz"})
WHY: Final[frozenset[str]] = frozenset({"why", "y", "whys"})
# Between "why" and the copula: "why tf is he", "why the hell is she", "why on earth is".
WHY_GAP: Final[frozenset[str]] = frozenset({
    "tf", "the", "hell", "fuck", "heck", "on", "earth", "tho", "exactly",
})
WHY_GAP_REACH: Final = 3
# Before "why", the sentence opening: chat's openers only ("bro why is he even in this
# discord", "seriously why is she still in the server"); a report or a lead before it
# ("she asked me why is he ...") leaves it the speaker's.
OPENERS: Final[frozenset[str]] = frozenset({
    "bro", "bruh", "dude", "seriously", "srsly", "honestly", "fr", "like", "ok", "okay",
    "so", "lol", "lmao", "ngl", "also", "and", "but", "um", "uh", "yo", "guys", "man",
    "istg", "tbh", "wait", "actually", "genuinely",
})
OPENER_REACH: Final = 3
# After the room, in its sentence and the next few words: a reason that makes it a real
# question or a kind word ("... i thought he left", "... didnt he say he was leaving",
# "... so early, the event starts at 8", "... hes afk", "... hes so fun we love him").
PLACE_EXCUSES: Final[frozenset[str]] = frozenset({
    "thought", "thot", "say", "said", "left", "leave", "leaving", "quit", "quitting",
    "sleep", "sleeping", "asleep", "afk", "early", "late", "tonight", "4am",
    "3am", "2am", "banned", "kicked", "bot", "fun", "funny", "love", "best", "nice",
    "sweet", "cool", "goat", "legend", "glad", "welcome", "happy", "miss", "missed",
    "back", "returned", "rejoined", "starts", "start", "event", "mic", "muted", "lagging",
    "stuck", "bugged", "glitched", "confused", "curious", "wondering",
})
AFTER_REACH: Final = 8
# --- The new room: this round's own lines, the room and "without" ("gc without",
# "new server without"); the member a pronoun or a user mention right after it.
NEW_ROOM_TERMS: Final[frozenset[str]] = frozenset(f"{room} without" for room in ROOMS)
MEMBERS: Final[frozenset[str]] = frozenset({"him", "her", "them", "em", "dat"})
# Right before the room (over "a"), "new" or "another"; or a verb of making a room at
# most VERB_REACH tokens before it ("make a gc without him", "start our own server").
NEW: Final[frozenset[str]] = frozenset({"new", "another", "nother", "second", "separate"})
MAKES: Final[frozenset[str]] = frozenset({
    "make", "start", "create", "open", "set", "build", "makin", "making", "starting",
})
VERB_REACH: Final = 4
# Before the verb (or "new"), in its sentence: a negation, a report or an event told,
# a supposition or a question word ("dont make a new gc without her", "they made a new gc
# without her", "why did you make ...", "if we make ...", "i would never ...").
NEGATORS: Final[frozenset[str]] = frozenset({
    "dont", "don", "not", "never", "no", "cant", "shouldnt", "wont", "t",
    "nobody", "stop",
})
LEADS: Final[frozenset[str]] = frozenset({
    "why", "how", "if", "when", "whether", "unless", "did", "does", "would", "wouldnt",
    "said", "says", "say", "told", "tells", "asked", "asks", "thought", "think", "made",
    "started", "created", "opened", "because", "cuz", "bc", "they", "he", "she", "what",
    "who", "whoever",
})
LEAD_REACH: Final = 7
# A request asked stays a call ("can we make a new gc without <@1>?"); other questions
# stay asked ("should i feel bad for making a gc without her?").
ASKS: Final[frozenset[str]] = frozenset({"can", "could", "pls", "please", "plz"})
# After the member: a reason that makes it logistics or regret, a bot, or a joke's mark
# ("... she asked to be left out", "... hes the owner", "... would be boring", "jk").
NEW_ROOM_EXCUSES: Final[frozenset[str]] = frozenset({
    "asked", "wants", "wanted", "busy", "away", "leaving", "left", "quit", "quitting",
    "sad", "hurt", "boring", "dead", "mean", "cried", "crying", "owner", "owns", "admin",
    "bot", "bots", "jk", "joking", "kidding", "surprise", "birthday", "party", "gift",
    "present", "vacation", "trip", "traveling", "exams", "sleep", "sleeping", "consent",
    "permission", "knowing", "until",
})
# fmt: on
OWN_TERMS: Final[frozenset[str]] = PLACE_TERMS | NEW_ROOM_TERMS
