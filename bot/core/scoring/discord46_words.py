"""Words of the discord46 round (issue 8, targeting_discord46.py): a member's own work or
self-expression trashed to their face in a Discord server ("ur art is trash", "your posts
are so cringe", "your singing is awful", "your pfp is ugly af", "your art sucks")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat38_words as g38

# fmt: off
# The reader's own: "your art", "ur pfp" ("youre art" and "yer" as typed).
OWNERS: Final[frozenset[str]] = frozenset({"your", "ur", "youre", "yer"})
# What a member makes or shows of themselves in a server: art, posts, memes, edits, voice,
# singing, pictures, jokes. Never gear, connection or play ("your mic", "your ping", "your
# aim": gamechat38's and older readings).
WORKS: Final[frozenset[str]] = frozenset({
    "art", "arts", "artwork", "artworks", "drawing", "drawings", "sketch", "sketches",
    "painting", "paintings", "doodle", "doodles", "fanart", "fanarts", "oc", "ocs",
    "animation", "animations", "comic", "comics", "cosplay", "cosplays",
    "post", "posts", "meme", "memes", "edit", "edits", "video", "videos", "vid", "vids",
    "content", "stream", "streams", "tiktok", "tiktoks", "reel", "reels",
    "music", "song", "songs", "beat", "beats", "cover", "covers", "rap", "raps", "lyrics",
    "singing", "voice", "laugh", "dancing", "dance",
    "pfp", "pfps", "avatar", "banner", "bio", "selfie", "selfies", "pic", "pics", "picture",
    "pictures", "photo", "photos",
    "writing", "poem", "poems", "poetry", "story", "stories", "fic", "fics", "fanfic",
    "fanfics", "joke", "jokes", "humor", "humour", "username", "nickname", "handwriting",
})
# Before the work in its phrase: "your new pfp", "ur fan art", "your profile pic", "your
# art style" (style is no work alone).
WORK_MODIFIERS: Final[frozenset[str]] = frozenset({
    "new", "latest", "last", "recent", "newest", "old", "fan", "profile", "art", "digital",
    "whole", "entire", "little", "meme", "singing", "youtube", "tiktok", "twitch", "discord",
})
STYLE: Final[str] = "style"
PHRASE_REACH: Final[int] = 2
# The being verb between the work and its verdict: "is trash", "were cringe", "looks
# awful", "ur art's trash".
COPULAS: Final[frozenset[str]] = frozenset({
    "is", "are", "was", "were", "r", "s", "looks", "look", "looked", "sounds", "sound",
    "sounded",
})
# A verdict that is its own verb: "your art sucks", "ur singing stinks".
VERB_VERDICTS: Final[frozenset[str]] = frozenset({"sucks", "suck", "sucked", "stinks", "stink"})
# Between the being verb and the verdict: gamechat38's ("so", "absolute", "hot") and chat's.
INTENSIFIERS: Final[frozenset[str]] = g38.INTENSIFIERS | frozenset({
    "lowkey", "highkey", "deadass", "rlly", "rly", "sooo", "soo", "mad", "lowk",
})
INTENSIFIER_REACH: Final[int] = 2
# After the verdict, what may close the clause and keep it said whole: "your art is trash
# ngl", "ur pfp is ugly af lmao". Anything else ends the shape ("... but now its amazing").
TAILS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "lmfao", "xd", "tbh", "ngl", "af", "asf", "honestly", "fr", "frfr",
    "bro", "bruh", "dude", "man", "sis", "girl", "haha", "ong", "istg", "smh", "btw",
    "tho", "though", "too", "rn", "now", "lately", "always", "ever", "imo", "omg", "wtf",
    "ew", "eww", "ewww", "srsly", "seriously", "bestie", "kid",
})
TAIL_REACH: Final[int] = 3
# Before the owner in its sentence: a negator (gamechat38's: "not saying your art is
# trash", "nobody thinks ..."), or a word that reports, supposes or advises ("he said
# your art was bad", "imagine thinking your art is trash", "if your art is bad", "ignore
# anyone saying your art is trash").
NEGATORS: Final[frozenset[str]] = g38.NEGATORS
LEADS: Final[frozenset[str]] = frozenset({
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "think", "thinks",
    "thinking", "thought", "claim", "claims", "claimed", "dm", "dms", "dmed", "dmd",
    "wrote", "commented", "if", "when", "whether", "unless", "ignore", "listen", "cuz",
    "because", "bc", "worried", "scared", "afraid",
})
LEAD_REACH: Final[int] = 6
# Slang praise in insult's words, never this round's verdict: "your music is so savage",
# "your edit is nasty", "your song is insane", "your laugh is evil lol".
PRAISE: Final[frozenset[str]] = frozenset({
    "savage", "nasty", "evil", "insane", "crazy", "wild", "sick", "filthy", "dirty",
    "illegal", "criminal", "dangerous", "unreal", "ridiculous", "absurd", "psycho",
    "psychotic", "mad", "deadly", "lethal", "wicked", "demonic", "cursed", "unhinged",
})
# A kind mark soon after, across a pause: "your art is trash. jk ily".
KIND_MARKS: Final[frozenset[str]] = frozenset({
    "jk", "jkjk", "kidding", "joking", "ily", "ilysm", "luv", "love", "fire", "amazing",
})
KIND_REACH: Final[int] = 6
# fmt: on
