"""Words of the formspring4 round (issue 8, targeting_formspring4.py): a boast put in the
reader's mouth and then denied ("you think you're so pretty but ur not")."""

from __future__ import annotations

from typing import Final

# The denials (insult.txt's formspring4 lines): they count only after a boast verb whose
# subject is the reader; "i wanted to go but ur not coming" stays clean.
BOAST_DENIED: Final[frozenset[str]] = frozenset(
    f"but {reader} not" for reader in ("ur", "your", "you re", "youre", "u r", "you are")
) | {"ma non lo sei"}  # "ti credi tanto bella ma non lo sei"
# Verbs that put a boast in the reader's mouth: "you think", "u act like", "you wish".
BOAST_VERBS: Final[frozenset[str]] = frozenset(
    {"think", "thinks", "thought", "thinkin", "thinking", "wish", "act", "acting", "pretend",
     "pretending", "believe", "credi", "senti", "pensi"}
)  # fmt: skip
# The reader as that verb's subject, a word or two before it: "u really think".
READER: Final[frozenset[str]] = frozenset({"you", "u", "ya", "yu", "yhu", "yall", "ti", "tu"})
READER_REACH: Final = 3  # "you actually really think"
BOAST_REACH: Final = 10  # "you think you're so pretty and popular and cool but ur not"
# The writer's own view: "i think ur all that" is praise, not a boast put on the reader.
WRITER: Final[frozenset[str]] = frozenset({"i", "we", "ii", "everyone", "everybody"})
# Italian boasts ("ti credi tanto bella"): read as the English ones, by the writer's view.
IT_BOASTS: Final[frozenset[str]] = frozenset(
    {"ti credi tanto", "ti credi cosi", "ti credi chissa chi", "ti credi superiore",
     "ti credi migliore", "ti senti superiore", "ti credi figo", "ti credi figa",
     "ti credi fico", "ti credi bella", "ti credi bello"}
)  # fmt: skip
NOT_BOAST_NOTE: Final = "no boast of the reader denied"
PRAISE_NOTE: Final = "the writer's own praise"
# "fatty" is a name-call only when no word follows it in its clause: "stop eating fatty",
# "hey fatty lol"; "fatty foods", "fatty acids" describe food. Laughter may follow.
FATTY: Final[frozenset[str]] = frozenset({"fatty", "fatties"})
FOOD_NOTE: Final = "a word of food, not a name-call"
# Orders to shrink (body_shaming.txt's formspring4 lines), and the words that make them a
# question about the reader's own doing when one opens the sentence: "did you go on a
# diet", "have you ever tried to lose some weight".
SHRINK_ORDERS: Final[frozenset[str]] = frozenset(
    {"lose some weight", "go on a diet", "vai a dieta", "mettiti a dieta", "dimagrisci"}
)
ASKING: Final[frozenset[str]] = frozenset(
    {"how", "did", "do", "does", "can", "could", "when", "where", "why", "should", "shall",
     "will", "would", "are", "were", "r", "have", "has", "come", "quando", "perche"}
)  # fmt: skip
HOW: Final = "how"  # asks anywhere before the order: "so like how did u lose some weight"
# A question that suggests the order is still the order: "why don't you go on a diet",
# "how about you lose some weight", "perché non vai a dieta".
SUGGESTING: Final[frozenset[str]] = frozenset({"dont", "don", "not", "non", "about", "t"})
# The writer joins in, so the order is an invitation: "go on a diet with me", "vai a
# dieta con me" (coordinator's review of the fourteenth session).
INVITING: Final[frozenset[tuple[str, ...]]] = frozenset(
    {("with", "me"), ("with", "us"), ("con", "me"), ("con", "noi"), ("insieme", "a")}
)
INVITED_NOTE: Final = "an invitation, the writer joins in"
# Orders the lexicon files as said to the reader rather than as imperatives, which the
# writer may join just the same ("go touch grass with us later").
GO_ORDERS: Final[frozenset[str]] = frozenset({"go touch grass"})
WHY_NOT: Final = ("perche", "non")  # "perché non vai a dieta": negated by older rules
ASKED_NOTE: Final = "asked, not said"
ASKED_REACH: Final = 6  # "have you ever tried to lose some weight"
# "sleeps around" is a rumour only as a whole verb; a time, a number or a place after it
# makes "around" a preposition: "he slept around 8 hours", "sleeps around the house".
SLEEP_AROUND: Final[frozenset[str]] = frozenset(
    {"sleeps around", "sleep around", "sleeping around", "slept around"}
)
AROUND_WHAT: Final[frozenset[str]] = frozenset(
    {"the", "a", "an", "my", "his", "her", "their", "our", "your", "ur", "this", "that",
     "midnight", "noon", "lunch", "dinner", "one", "two", "three", "four", "five", "six",
     "seven", "eight", "nine", "ten", "eleven", "twelve", "half"}
)  # fmt: skip
AROUND_NOTE: Final = "around a time or a place, no rumour"
# Nobody could want the reader, asked (exclusion.txt's formspring4 lines): "who would ever
# date you". Counted only when the question opens its sentence, after at most a few words
# of tone; "i wonder who would even like you more than me" muses.
REJECTIONS: Final[frozenset[str]] = frozenset(
    f"{head} {verb} {reader}"
    for head in (
        "who would ever", "who would even", "who could ever", "who would wanna",
        "who would want to", "why would anyone", "why would anybody", "why would anyone ever",
        "why would anyone even",
    )
    for verb in ("like", "date", "love", "kiss", "be friends with")
    for reader in ("you", "u")
) | {
    "chi ti vorrebbe mai", "chi mai ti vorrebbe", "chi ti amerebbe mai", "chi mai ti amerebbe",
    "chi uscirebbe mai con te",
}  # fmt: skip
TONE: Final[frozenset[str]] = frozenset(
    {"lol", "lmao", "lmfao", "haha", "seriously", "honestly", "like", "and", "but", "so", "omg",
     "bruh", "srsly", "ok", "okay", "um", "umm", "i", "mean", "just", "ew", "eww", "literally",
     "ma", "e", "cioe", "dai", "seriamente", "ahah", "ahahah"}
)  # fmt: skip
MUSED_NOTE: Final = "mused, not asked of the reader"
# Every term this round's rule reads: one frozenset test per hit gates the rest.
OWN: Final[frozenset[str]] = (
    BOAST_DENIED
    | FATTY
    | SLEEP_AROUND
    | SHRINK_ORDERS
    | REJECTIONS
    | IT_BOASTS
    | frozenset(
        f"think {reader} {boast}"
        for reader in ("you re", "youre", "your", "ur", "you are", "u r")
        for boast in (
            "all that", "better than everyone", "better than everybody", "so special",
            "so perfect", "hot shit",
        )
    )
)  # fmt: skip
