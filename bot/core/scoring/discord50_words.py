"""Words of the discord50 round (issue 8, targeting_discord50.py): a member humiliated by
exposure on a Discord server, their private messages shared with the whole room ("i
screenshotted ur messages and sent them to everyone", "im posting her dms in general")
or a picture of them mocked ("look at this fat pic of him", "post her ugly selfie in
general")."""

from __future__ import annotations

from typing import Final

# fmt: off
# --- This round's own lines (en/exclusion.txt): a member's private messages or secrets,
# the owner a pronoun right before them ("her dms", "ur texts", "his voice notes"); read
# only in the leak below, cancelled elsewhere ("thanks for your messages").
OWNERS: Final[frozenset[str]] = frozenset({"his", "her", "their", "ur", "your"})
PRIVATE: Final[frozenset[str]] = frozenset({
    "dms", "messages", "msgs", "texts", "chats", "convo", "convos", "secret", "secrets",
    "diary", "voice notes", "voice messages",
})
OWN_TERMS: Final[frozenset[str]] = frozenset(
    f"{owner} {private}" for owner in OWNERS for private in PRIVATE
)
# The reader's own ("ur dms"); any other owner is a third person ("her dms").
READER_OWNERS: Final[frozenset[str]] = frozenset({"ur", "your"})
# --- The leak: the writer shares them, a verb at most VERB_REACH tokens before the owner
# in its clause ("posting her dms", "i showed everyone her messages", "i told the whole
# server her secrets"), the room named in the sentence ("in general", "to the gc", "to
# everyone", "the whole server").
SHARES: Final[frozenset[str]] = frozenset({
    "post", "posting", "posted", "send", "sending", "sent", "leak", "leaking", "leaked",
    "dump", "dumping", "dumped", "drop", "dropping", "dropped", "share", "sharing",
    "shared", "forward", "forwarding", "forwarded", "show", "showing", "showed", "shown",
    "screenshot", "screenshotted", "screenshotting", "ss", "ssd", "ssed", "tell", "telling",
    "told", "spread", "spreading", "expose", "exposing", "exposed", "screenshoting",
    "screenshoted",
})
VERB_REACH: Final[int] = 4
# The reader asked to share their own is no leak: "send your messages in general", "tell
# everyone your secrets", "show everyone your messages about the raid". The verb in its
# base form with no writer before it in the sentence is such a request; "posting ur dms",
# "sent ur texts to everyone" and "i'll post ur dms" are the writer's doing.
BASE_SHARES: Final[frozenset[str]] = frozenset({
    "post", "send", "leak", "dump", "drop", "share", "forward", "show", "screenshot", "ss",
    "tell", "spread", "expose",
})
WRITERS: Final[frozenset[str]] = frozenset({
    "i", "im", "ill", "ima", "imma", "we", "gonna", "finna", "bout", "about", "lets", "let",
    "someone", "somebody", "yall", "everyone",
})
ROOM: Final[frozenset[str]] = frozenset({
    "everyone", "everybody", "every1", "evry1", "general", "gc", "server", "groupchat",
    "group", "everywhere", "whole", "entire", "chat", "channel", "class", "school",
})
# --- In the sentence, what makes it no humiliation by the writer: the material goes to
# moderators or serves as proof ("sent his messages to the mods", "if anyone wants
# proof"), someone else does it ("he leaked my dms", "she posted her own selfie"), it is
# denied, forbidden or supposed ("never send his dms to anyone", "dont share her dms",
# "should i post his messages"), or kindly meant.
REPORTING: Final[frozenset[str]] = frozenset({
    "mods", "mod", "moderator", "moderators", "admin", "admins", "staff", "owner", "owners",
    "proof", "evidence", "police", "cops", "report", "reported", "reporting", "support",
    "help", "warning", "warn", "scam", "scammer", "scammed", "scamming", "bug", "error",
})
# Anywhere in the sentence, what clears the leak too: counter-speech ("sharing her
# secrets with the whole school would be cruel"), an apology or a request ("i sent your
# dms to everyone by accident, sorry", "posting his messages in general as he asked"), or
# plans passed on ("i sent your texts to everyone so they know where to meet", "i posted
# their messages in general so everyone knows the event moved").
CLEARS: Final[frozenset[str]] = frozenset({
    "cruel", "wrong", "mean", "messed", "harassment", "bullying", "cyberbullying", "rude",
    "illegal", "sorry", "accident", "accidentally", "mistake", "oops", "asked", "permission",
    "consent", "meet", "meetup", "meeting", "event", "moved", "schedule", "rescheduled",
    "cancelled", "canceled", "postponed", "rsvp",
})
# Praise soon after the messages or the picture: "i shared her voice notes with everyone,
# she sings so well", "that ugly pic of him is my favourite", "his cringe tiktoks are gold".
PRAISE: Final[frozenset[str]] = frozenset({
    "sweet", "cute", "talented", "amazing", "beautiful", "proud", "well", "good", "great",
    "love", "ily", "wholesome", "pretty", "gorgeous", "congrats", "happy", "birthday",
    "bday", "favourite", "favorite", "fav", "gold", "iconic", "legendary", "best", "fire",
    "jk", "kidding", "joking",
})
PRAISE_REACH: Final[int] = 8
OTHERS: Final[frozenset[str]] = frozenset({
    "he", "she", "they", "someone", "somebody", "who", "people", "ppl", "hes", "shes",
    "theyre", "own",
})
# Asked to do it, no report: "someone post her dms in general" (the verb's base form).
REQUESTED: Final[frozenset[str]] = frozenset({"someone", "somebody"})
DENIALS: Final[frozenset[str]] = frozenset({
    "dont", "don", "never", "not", "wont", "didnt", "cant", "shouldnt", "stop", "pls",
    "please", "if", "should", "would", "wouldnt", "whether", "nobody", "no",
})
CLAUSE_REACH: Final[int] = 12
# --- The mocked picture: an older mocking word right before a picture or the member's
# messages ("her ugly selfie", "ur cringe dms", "his simp messages"), the owner a pronoun
# before it, or "of him"/"of her" after it ("this fat pic of him", "a disgusting pic of
# her"). Never the writer's own ("my ugly selfie", "this fat pic of me") nor a thing's
# ("this ugly pic of my dog").
# Only a mock of the member's own messages ("his simp messages", "ur cringe dms"): "his
# creepy dms", "her gross texts" complain of harassment, no mockery.
MESSAGE_MOCKS: Final[frozenset[str]] = frozenset({
    "cringe", "cringy", "cringey", "simp", "simpy", "embarrassing", "pathetic",
})
MOCKS: Final[frozenset[str]] = MESSAGE_MOCKS | frozenset({
    "ugly", "fat", "gross", "disgusting", "hideous",
})
MESSAGES: Final[frozenset[str]] = frozenset({
    "dms", "messages", "msgs", "texts", "chats", "posts", "tweets",
})
PICTURES: Final[frozenset[str]] = frozenset({
    "pic", "pics", "picture", "pictures", "photo", "photos", "selfie", "selfies", "vid",
    "vids", "video", "videos", "pfp", "tiktoks", "tiktok",
})
SHOWN: Final[frozenset[str]] = MESSAGES | PICTURES
# Between the mocking word and the picture: "her ugly old selfies", "his cringe baby pics".
PICTURE_MODIFIERS: Final[frozenset[str]] = frozenset({
    "old", "new", "baby", "school", "gym", "mirror", "beach", "prom", "little", "ass",
})
PICTURE_REACH: Final[int] = 1
# After the picture: "of him", "of her", "of them", the member.
OF: Final[str] = "of"
PERSONS: Final[frozenset[str]] = frozenset({"him", "her", "them"})
# "of her" is the member only when the clause ends or one of these follows it: "this fat
# pic of her dog" is the dog's.
HER_TAILS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "lmfao", "lmaoo", "lmaooo", "haha", "is", "was", "in", "from", "on",
    "at", "when", "going", "goes", "getting", "to", "and", "ngl", "xd", "rn", "omg", "bruh",
    "looking", "with", "everyone", "guys", "yall",
})
# Right before the owner or the mocking word: "not ugly pics of her", "never his cringe".
NEGATORS: Final[frozenset[str]] = frozenset({
    "not", "never", "isnt", "arent", "wasnt", "no", "dont", "didnt", "wouldnt", "nor",
})
NEGATION_REACH: Final[int] = 3
# fmt: on
