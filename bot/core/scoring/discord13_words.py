"""Words of the discord13 round (issue 8): Discord chat shapes read by
targeting_discord13.py."""

from __future__ import annotations

from typing import Final

# "bro thinks he's funny 💀": the channel mocking a member (lexicon lines, insult.txt).
BRO_THINKS: Final[frozenset[str]] = frozenset(
    {
        "bro thinks he s", "bro thinks hes", "bro thinks she s", "bro thinks shes",
        "bro really thinks he s", "bro really thinks hes", "blud thinks he s",
        "blud thinks hes", "bro thinks he is", "bro thinks he can",
    }
)  # fmt: skip
# At most LEAD_REACH laughs and emoji words may stand before the mock and leave it the
# line's own.
LEAD_REACH: Final = 2
LEAD_LAUGHS: Final[frozenset[str]] = frozenset(
    {"lol", "lmao", "lmfao", "bruh", "nah", "ok", "okay", "so", "yo", "ngl", "fr", "skull"}
)
# "bro thinks he's sick", "bro thinks he's gonna be late": what he thinks is a plain state
# or plan, reported, unless a laugh or a skull in the clause makes it the mock ("bro
# thinks he's gonna win 💀") (review17).
PLAIN_STATES: Final[frozenset[str]] = frozenset(
    {
        "getting", "coming", "staying", "sleeping", "working", "leaving", "moving", "sick",
        "ill", "late", "allergic", "stuck", "home", "bed", "work", "school", "pregnant",
        "lost", "tired", "hungry", "busy", "away",
    }
)  # fmt: skip
# "gonna"/"going" are a plan only before a plain state ("gonna be late", "going home");
# "bro thinks he's gonna carry" stays the mock.
PLANS: Final[frozenset[str]] = frozenset({"gonna", "going"})
PLAN_LINKS: Final[frozenset[str]] = frozenset({"be", "to"})
MOCK_MARKS: Final[frozenset[str]] = frozenset(
    {"lol", "lmao", "lmfao", "lmaoo", "lmaooo", "skull", "bruh", "xd", "haha", "clown", "kek"}
)
# "nobody asked me to stream": the speaker was not asked, nobody dismissed.
ASKED: Final[frozenset[str]] = frozenset({"nobody asked", "no one asked"})
ASKED_OF_SELF: Final[frozenset[str]] = frozenset({"me", "us", "myself"})
# "leave the server settings alone": a thing of the server, not the member sent away.
LEAVE_SERVER: Final[frozenset[str]] = frozenset({"leave the server", "leave this server"})
SERVER_THINGS: Final[frozenset[str]] = frozenset(
    {
        "settings", "setting", "icon", "name", "banner", "rules", "roles", "emojis", "emotes",
        "channels", "channel", "alone", "as", "open", "running", "up", "on", "muted",
        "boost", "boosted", "description", "layout", "bot", "bots", "list",
    }
)  # fmt: skip
# "kys is banned in this server": the word talked about as a rule of the server, or
# judged as a word ("kys is such an awful thing to say").
TALKED_VERBS: Final[frozenset[str]] = frozenset({"is", "isnt", "gets"})
# What may stand before the word so named, from the line's head ("saying kys is banned").
NAMING: Final[frozenset[str]] = frozenset(
    {"saying", "say", "typing", "writing", "the", "word", "words", "calling", "telling",
     "people", "ppl", "someone", "to", "u", "you", "just", "btw", "fyi", "pls", "also"}
)  # fmt: skip
NAMING_REACH: Final = 3
RULED: Final[frozenset[str]] = frozenset(
    {
        "banned", "bannable", "allowed", "against", "warned", "muted", "awful", "terrible",
        "horrible", "toxic", "rude", "harsh",
    }
)  # fmt: skip
RULED_REACH: Final = 3  # "kys is banned", "kys is such an awful thing to say"
# "ur actually so cringe": chat adverbs between the reader and the put-down, which the
# person rules do not bind (kept out of the shared bridge cues, which read long comments).
CHAT_ADVERBS: Final[frozenset[str]] = frozenset(
    {"actually", "literally", "lowkey", "genuinely", "legit", "honestly", "deadass", "fr"}
)
GAP: Final[frozenset[str]] = CHAT_ADVERBS | {"so", "such", "a", "an", "the", "really", "just"}
GAP_REACH: Final = 3
READER_WORDS: Final[frozenset[str]] = frozenset({"ur", "youre", "ure"})
READER_VERBS: Final[frozenset[str]] = frozenset({"re", "r", "are"})
READER_SUBJECTS: Final[frozenset[str]] = frozenset({"you", "u"})
# "ur so washed", "stay pressed", "ur not one of us", "nobody likes ur opinion": taunts
# only when they close their clause, with at most a laugh, slang or another name after
# ("ur washed clothes are on the bed", "stay pressed to the wall", "ur not one of us yet,
# join the guild" are no taunts).
CLOSING_TERMS: Final[frozenset[str]] = frozenset(
    {
        "ur washed", "ur so washed", "u r washed", "you re washed", "you re so washed",
        "you are washed", "ur washed up", "you re washed up", "ur so pressed", "u r so pressed",
        "you re so pressed", "stay pressed", "ur not one of us", "u r not one of us",
        "you are not one of us", "nobody likes ur opinion", "nobody likes your opinion",
        "no one likes ur opinion", "no one likes your opinion",
    }
)  # fmt: skip
AFTER_TAUNT: Final[frozenset[str]] = LEAD_LAUGHS | {
    "lmfao", "fr", "bro", "kid", "af", "rn", "tho", "ngl", "ong", "xd", "haha", "lmaooo",
    "lmaoo", "now", "leave", "go", "away", "get", "out", "ratio", "l", "plus", "and", "cry",
    "about", "it", "here", "u", "you", "ur", "bc", "cuz", "honestly", "tbh", "dude", "man",
}  # fmt: skip
