"""Word lists of the discord10 round (issue 8): its own lexicon terms, by the shape
targeting_discord10.py reads them in."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid8_words

# "watch your back" is a warning only when nothing follows it: a callout goes on with
# the place or the enemy ("watch your back b site", "watch your back, sniper on roof").
WARNING_TERMS: Final = frozenset({"watch your back", "sleep with one eye open"})
# What the writer will do, told after the warning, keeps it one ("watch your back, i'm
# coming for you", "watch your back ill find you"): a callout tells the place instead.
PROMISES: Final = frozenset({("i", "m"), ("i", "ll"), ("i", "will"), ("we", "re"), ("we", "ll")})
PROMISE_WORDS: Final = frozenset({"im", "ill", "imma", "ima"})


def promised_after(rest: list[str]) -> bool:
    """Does the writer promise something after the warning?"""
    if not PROMISE_WORDS.isdisjoint(rest):
        return True
    return any((word, rest[i + 1]) in PROMISES for i, word in enumerate(rest[:-1]))


# A day or a place of the reader's life after it keeps the warning ("watch your back at
# school tomorrow"): no game callout names those.
REAL_LIFE: Final = frozenset(
    {"school", "class", "tomorrow", "tonight", "irl", "home", "outside", "monday", "work"}
)

# What the writer says they know of the reader's life; "is", "too", "same" after it
# tell a friend's fact ("i know your real name is sam", "..., same as my cousin").
KNOWING_TERMS: Final = frozenset(
    {
        "i know what school you go to", "i know which school you go to",
        "i know which school u go to", "i know what school u go to",
        "i know where you go to school", "i know where u go to school",
        "i know your real name", "i know ur real name", "i know your full name",
        "i know your last name", "so dove vai a scuola",
    }
)  # fmt: skip
FRIENDLY_AFTER: Final = frozenset({"is", "too", "same", "lol", "haha", "ahah", "ahahah"})
# review10: the writer goes there too, told in the words after ("i know what school you go
# to, i go there too", "so dove vai a scuola, ci vado anche io"); a promise keeps the threat.
SHARED: Final = frozenset({"too", "same", "also", "anche", "pure", "stessa", "stesso"})
SHARERS: Final = frozenset({"i", "we", "io", "noi"})
SHARED_REACH: Final = 7

# A player's sight run down: hostile when the line ends there ("our keeper is blind"),
# not when it goes on with a cause ("our keeper is blind on the left side cause of...").
BLIND_TERMS: Final = frozenset({"keeper is blind", "goalie is blind", "goalkeeper is blind"})

# An old relative who plays better: said to the reader when the line ends there or goes
# on "than you" and stops; "than me", "than you think" or a game named is no jab.
BETTER_TERMS: Final = frozenset(
    {"grandma plays better", "grandpa plays better", "grandma could play better"}
)
THAN_READER: Final[frozenset[str]] = olid8_words.WISH_READER
# A comparison that already holds the reader is a jab only when the line ends with it:
# "my dog could aim better than you" but "... than you imagine".
COMPARED_TERMS: Final = frozenset({"could aim better than you", "aims better than you"})

# "lets all report" needs a person after it: "lets all report the bug" names a thing.
REPORT_ALL: Final = "lets all report"
REPORTED_PEOPLE: Final = frozenset({"him", "her", "them", "his", "their", "this", "that"})

# review10: "not welcome" with a condition after it in its clause is a rule reminder ("you're
# not welcome in this server if you post nsfw", "non sei benvenuto se bari"); the older
# "not welcome ..." terms read the same.
WELCOME_TERMS: Final = frozenset(
    {
        "you arent welcome", "you aren t welcome", "ur not welcome", "u r not welcome",
        "you re not welcome in", "you are not welcome in", "you re not welcome anymore",
        "non sei benvenuto", "not welcome in this", "not welcome in our", "not welcome here",
    }
)  # fmt: skip
CONDITIONS: Final = frozenset({"if", "unless", "se", "finche", "when", "until"})
# review10: "happier if you left" followed by a thing left ("if you left a review", "...
# some feedback"): no departure wished.
LEFT_TERMS: Final = frozenset({"happier if you left"})
THINGS_LEFT: Final = frozenset(
    {
        "a", "an", "some", "any", "more", "feedback", "review", "reviews", "comment",
        "comments", "note", "notes", "message", "messages", "tip", "tips", "like", "likes",
    }
)  # fmt: skip
# review10: a crowd sent to a person's dms with kindness ("lets all dm him happy birthday",
# "lets all dm her congrats") is no pile-on; leftovers8's KINDNESS words name it.
DM_TERMS: Final = frozenset({"lets all dm him", "lets all dm her"})

OWN_TERMS: Final = (
    WARNING_TERMS | KNOWING_TERMS | BLIND_TERMS | BETTER_TERMS | COMPARED_TERMS | {REPORT_ALL}
)
REVIEW10_TERMS: Final = WELCOME_TERMS | LEFT_TERMS | DM_TERMS
