"""Words of the discord15 round (issue 8): Discord chat shapes read by
targeting_discord15.py."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid8_words

# fmt: off
# "don't be such a loser", "quit being such a baby": the order's opening words, the last
# one right before the gap to the name-call ("don t" is folded to two tokens).
SCOLD_BE: Final[frozenset[str]] = frozenset({"be", "being"})
# ("stop being a ..." is the older rules' reading, left to them.)
SCOLD_OPENERS: Final[frozenset[str]] = frozenset({"dont", "t", "not", "quit", "never"})
# After the name-call: its clause ends, or only these follow ("don't be such a loser about
# it"); "don't be a noob jungler, buy items" names a role.
SCOLD_AFTER: Final[frozenset[str]] = frozenset({
    "about", "lol", "lmao", "bro", "dude", "man", "pls", "please", "rn", "fr", "smh", "omg",
    "bruh", "ffs", "jeez", "ok", "okay", "like", "all", "every", "ur", "you", "u",
})
# Between "be" and the name-call: an article must be among them ("don't be so dumb" and
# "don't be silly" are said to a friend as often).
SCOLD_GAP: Final[frozenset[str]] = frozenset({
    "a", "an", "such", "so", "total", "complete", "absolute", "big", "huge", "massive",
    "little", "whole",
})
SCOLD_ARTICLES: Final[frozenset[str]] = frozenset({"a", "an"})
# Before the order: what chat puts ahead of it ("bro dont be such a loser").
SCOLD_LEADS: Final[frozenset[str]] = frozenset({
    "bro", "dude", "man", "pls", "please", "just", "lol", "lmao", "omg", "bruh", "ugh",
    "and", "so", "ok", "okay", "yo", "sis", "fr", "like",
})
# Game advice on dying: "u shud die less", "you need to die less to carry".
DIE_ADVICE: Final[frozenset[str]] = frozenset({"less", "fewer", "later", "slower"})
# A game's death named in the words after it: "just die and respawn", "you should die on
# purpose to reset", "if you die you lose your loot".
GAME_DEATH: Final[frozenset[str]] = frozenset({
    "respawn", "respawns", "respawning", "respawned", "reset", "resets", "checkpoint",
    "spawn", "spawnpoint", "revive", "rez", "loot", "quest", "unlock", "cooldown",
    "hardcore", "xp",
})
DEATH_REACH: Final = 8
# "you smell like vanilla": a pleasant smell (an article or a fresh/sweet before it).
SMELL_LIKE: Final = "you smell like"
SMELL_GAP: Final[frozenset[str]] = frozenset({
    "a", "an", "the", "some", "fresh", "freshly", "sweet", "warm", "baked", "new", "nice",
    "cotton", "clean", "summer", "spring", "my", "your", "ur", "favorite", "favourite", "fav",
    "cut", "fancy", "expensive", "million",
})
NICE_SMELLS: Final[frozenset[str]] = frozenset({
    "vanilla", "cookies", "cookie", "lavender", "roses", "rose", "flowers", "flower",
    "cinnamon", "coconut", "candy", "perfume", "cologne", "heaven", "sunshine", "rain",
    "strawberries", "strawberry", "peaches", "peach", "honey", "chocolate", "coffee",
    "mint", "beach", "ocean", "sea", "bakery", "bread", "laundry", "pine", "forest",
    "spring", "summer", "cupcakes", "cake", "caramel", "citrus", "lemon", "lemons",
    "oranges", "apples", "jasmine", "sandalwood", "musk", "pastries", "waffles",
    "pancakes", "cherry", "cherries", "berries", "mango", "christmas", "home", "soap",
    "linen", "lilies", "daisies", "pie", "cocoa", "marshmallows", "popcorn", "lilac",
    "candle", "candles", "grass", "shampoo", "lotion", "peppermint", "tulips",
    "snack", "money", "victory", "success", "bucks", "dollars", "cash", "winning", "champion",
})
# "i'll find u irl at the meetup": a place friends meet at, right after the finding.
FIND_ENDS: Final[tuple[str, ...]] = ("find you", "find u", "find you irl", "find u irl")
# A threat line that ends on its preposition: "i'll be waiting for you at the meetup".
WAITING_AT: Final = "waiting for you at"
MEET_PREPS: Final[frozenset[str]] = frozenset({"at", "in"})
MEET_OWNERS: Final[frozenset[str]] = frozenset({"the", "our", "this", "that", "ur", "your"})
# Who is found, after the hit: "i'll find you guys at the food court".
MEET_WHO: Final[frozenset[str]] = frozenset({"guys", "all", "both", "two", "lot"})
MEET_PLACES: Final[frozenset[str]] = frozenset({
    "meetup", "meet", "con", "convention", "venue", "event", "lan", "tournament", "party",
    "arena", "concert", "airport", "station", "expo", "festival", "booth", "afterparty",
    "stadium", "mall", "cafe", "hotel", "entrance", "gate", "show", "panel", "signing",
    "hackathon", "tourney", "finals", "qualifier", "bootcamp", "lobby", "terminal",
    "lunch", "dinner", "breakfast", "brunch", "food", "bar", "pub", "restaurant", "diner",
    "cinema", "theater", "theatre", "museum",
})
# "ratio + fell off + cope", "L + ratio": the dunk chain around "ratio" ("+" is dropped);
# "ratio" alone or laughed ("ratio lol") is banter, as the discord round pinned it.
RATIO: Final[frozenset[str]] = frozenset({"ratio", "ratioed"})
DUNKS: Final[frozenset[str]] = frozenset({
    "l", "cope", "seethe", "mald", "malding", "cry", "fell", "off", "didnt", "ask", "asked",
    "who", "ur", "you", "youre", "u", "mid", "bad", "trash", "washed", "bozo", "clown",
    "cringe", "ratio", "ratioed", "stay", "mad", "touch", "grass", "skill", "issue", "dont",
    "care", "harder", "bitches", "maidens",
})
# "nobody wants to play with you", "no one wants to duo with u": the reader shunned (the
# older reading takes "to" for a thing wanted). The verb, then at most two words to the
# one shunned.
NOBODY_WANTS: Final[frozenset[str]] = frozenset({"nobody wants", "no one wants"})
SHUN_VERBS: Final[frozenset[str]] = frozenset({
    "play", "duo", "trio", "queue", "team", "talk", "hang", "be", "game", "party", "squad",
    "sit", "stream", "chat", "vc", "work", "deal", "date", "match",
})
SHUN_GAP: Final[frozenset[str]] = frozenset({"with", "to", "around", "near", "friends", "up"})
SHUNNED_READERS: Final[frozenset[str]] = olid8_words.WISH_READER
SHUNNED_OTHERS: Final[frozenset[str]] = frozenset({"him", "her", "them"})
# Banter said with love: "ur such a dork ❤️", "ur a goof ily".
FOND_MARKS: Final[tuple[str, ...]] = ("❤", "♥", "🥰", "😘", "💕", "💖", "💗", "🫶")
FOND_WORDS: Final[frozenset[str]] = frozenset({"ily", "ilysm", "ilu", "luv"})
BANTER_CEILING: Final = 0.55  # a mild name-call ("dork" 0.5), never "loser" or worse
# fmt: on

# After the shunned pronoun and a "?", the writer offering company: the shunning is asked
# back and answered ("nobody wants to play with you? I will!"). review18.
SHUN_ANSWERS: Final[frozenset[str]] = frozenset({"i", "me", "we", "ill", "id", "im", "us"})
# In the answer's first three words, agreement with the shunning, not an offer ("... with
# you? i dont blame them", "me neither"). review18.
SHUN_AGREED: Final[frozenset[str]] = frozenset(
    {
        "not",
        "dont",
        "don",
        "nt",
        "t",
        "cant",
        "wont",
        "never",
        "neither",
        "either",
        "blame",
        "surprised",
        "wonder",
        "see",
    }
)
