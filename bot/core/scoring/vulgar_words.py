"""The word lists of the vulgar targeting rules (issue 8): the words that talk about words,
and the curses shouted at a situation, kept apart from the rules that read them
(targeting_vulgar.py)."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import controls3_words

# fmt: off
# Nouns that name a word as a word: "the term feminazi", "slurs like tranny", "retard is
# a slur", "la parola frocio". "word", "words" and "phrase" are [reported] cues already;
# they are listed again here for the shapes after the word ("X is just a word"). Not
# "termine": "a lungo termine", "al termine" are times, not words.
WORD_NOUNS: Final = frozenset({
    "word", "words", "term", "terms", "slur", "slurs", "insult", "insults", "label",
    "labels", "expression", "phrase", "swear", "swearword", "swearwords", "curse",
    "parola", "parole", "insulto", "insulti", "epiteto", "epiteti",
    "parolaccia", "parolacce",
})
# Before "term" it is a time or a relation: "long term", "in terms of", "a second term".
NOT_WORD_TERMS: Final = frozenset({
    "long", "short", "mid", "near", "in", "first", "second", "third", "last", "next", "full",
    "fixed", "half", "school", "prison",
})
# Before a word noun that names the word right after it: "the term X", "this slur X",
# "the racial slur X", "la parola X"; "in other words X", "no words X" name nothing.
WORD_DETERMINERS: Final = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "racial", "racist", "ethnic",
    "ableist", "homophobic", "derogatory", "offensive", "ugly", "la", "le", "il", "una",
    "un", "questa", "quella", "sta",
})
# What may stand between a word noun and the word it names: "the term X", "slurs like X",
# "slurs such as X and Y", "these slurs include X", "parole come X".
WORD_LINKS: Final = frozenset({
    "like", "such", "as", "include", "includes", "included", "including", "eg", "e", "g",
    "called", "and", "or", "come", "tipo", "o",
})
# Before a word noun after the word ("X is a racist slur", "X are just words").
WORD_DESCRIBED: Final = frozenset({
    "a", "an", "the", "just", "only", "not", "still", "really", "very", "considered",
    "bad", "offensive", "racial", "racist", "derogatory", "ableist", "homophobic",
    "hateful", "ugly", "nasty", "dirty", "swear", "curse", "real", "common", "old",
    "horrible", "awful", "vile", "hurtful", "actual", "never", "always", "british",
    "un", "una", "uno", "solo", "soltanto", "brutta", "brutto",
    "non",  # italian24: "frocio non è una parola da usare"
})
# Verbs after the word that speak of it as a word: "X means", "what does X mean",
# "'X' gets thrown around", "'X' should never be used".
WORD_VERBS: Final = frozenset({
    "mean", "means", "meant", "meaning", "used", "said", "thrown", "spelled", "spelt",
    "bleeped", "censored", "banned", "considered", "significa", "vuol", "usata", "usato",
    "detta", "detto",
})
# Verbs of using a word, right before it with no article: "he used dyke", "stop using
# retard as an insult", "i tweeted faggot uncensored", "ha usato frocio".
USE_VERBS: Final = frozenset({
    "use", "uses", "used", "using", "type", "typed", "typing", "tweet", "tweeted",
    "tweeting", "spell", "spelled", "spelling", "usare", "usato", "usando", "usano",
    "scrive", "scritto", "scrivere",
})
# An order to learn the verb of use ("learn to spell idiot", "learn how to type loser"):
# the word after it calls the reader (insults13).
LEARN: Final = frozenset({"learn"})
# Before the word in its sentence: a "you" or a copula makes it said of someone.
CALLING: Final = frozenset({
    "a", "an", "the", "you", "u", "ur", "your", "youre", "is", "are", "was", "were",
    "be", "being", "s", "re", "this", "that", "these", "those", "such", "fucking", "sei",
    "siete", "un", "una", "uno", "quel", "quella", "quei", "quelle", "sto", "sta", "questi",
    "queste", "questo", "questa", "sti", "ste",
})
# The copulas a word may follow when a question opens with it: "is X a slur?".
OPENING_COPULAS: Final = frozenset({"is", "are", "was", "isn"})
QUESTION_WORDS: Final = frozenset({"why", "how", "when", "since", "so", "e", "perche"})
QUOTES: Final = "'\"`\u2018\u2019\u201c\u201d"  # around a word mentioned: 'bitch', "retard"
# Curse phrases a person shouts at a situation (controls2 reads "son of a bitch" and
# "fanculo" before the speaker's own news; these also before a thing's).
SHOUTED: Final = frozenset({
    ("son", "of", "a", "bitch"), ("sonofabitch",), ("piece", "of", "shit"),
    ("piece", "of", "crap"), ("motherfucker",), ("fanculo",), ("vaffanculo",),
    ("figlio", "di", "puttana"), ("pezzo", "di", "merda"),
})
# A word that may open such a line before the curse: "oh son of a bitch".
SHOUT_OPENERS: Final = frozenset({
    "oh", "aw", "aww", "ah", "ugh", "argh", "uff", "uffa", "eh", "ma", "and",
})
# What opens the clause beside a shouted curse: a thing's determiner or the speaker
# ("the power went out", "my phone died", "i missed the bus", "la macchina non parte").
SHOUT_SUBJECTS: Final = frozenset({
    "the", "this", "that", "these", "those", "my", "our", "it", "its", "there", "i", "im",
    "we", "il", "lo", "la", "l", "gli", "le", "sto", "sta", "questo", "questa", "quel",
    "quella", "mio", "mia", "ho", "si", "ci",
})
# A claim of ownership beside the curse blames whoever took it ("the last hit was mine,
# motherfucker", "this is my lane, son of a bitch"): "mine", or a copula then "my" and
# a thing players claim (or any, in game talk).
OWNED: Final = frozenset({"mine", "ours", "mio", "mia", "nostro", "nostra"})
CLAIM_COPULAS: Final = frozenset({"is", "was", "s", "e", "era"})
CLAIM_OWNERS: Final = frozenset({"my", "our", "mio", "mia"})
# fmt: off
CLAIMED: Final = frozenset({
    "kill", "kills", "lane", "jungle", "farm", "buff", "loot", "drop", "camp", "spot",
    "seat", "turn", "pick", "role", "parking", "place", "cs", "creeps", "minions",
})
# fmt: on
# After a word used: its clause goes on about the using, not a noun it names ("used
# dyke twice", "using retard as an insult"); "use animal products" names products.
USE_TAIL: Final = frozenset(
    {
        "as",
        "on",
        "in",
        "to",
        "for",
        "about",
        "at",
        "with",
        "uncensored",
        "twice",
        "again",
        "when",
        "because",
        "and",
        "or",
        "so",
        "all",
        "every",
        "multiple",
        "anymore",
        "like",
        "come",
        "per",
        "su",
        "quando",
        "perche",
        "ancora",
    }
)
# Orders that, met at once by disbelief, greet news: "fuck off, no way!", "get the fuck
# out, are you serious?" (controls3 reads "shut up, no way" so).
DISBELIEVING_ORDERS: Final = frozenset(
    {
        ("fuck", "off"),
        ("piss", "off"),
        ("shut", "up"),
        ("stfu",),
        ("shut", "the", "fuck", "up"),
        ("get", "out"),
        ("get", "the", "fuck", "out"),
        ("gtfo",),
        ("fuck", "outta", "here"),
    }
)
# Disbelief right after the order: whole phrases, or a word asked ("really?").
DISBELIEF: Final = frozenset(
    {
        ("no", "way"),
        ("no", "wayy"),
        ("for", "real"),
        ("no", "shit"),
        ("no", "fucking"),
        ("are", "you", "serious"),
        ("you", "re", "joking"),
        ("you", "re", "kidding"),
        ("youre", "joking"),
        ("youre", "kidding"),
        ("ur", "joking"),
        ("ur", "kidding"),
        ("you", "did", "not"),
        ("you", "didnt"),
        ("no", "fuckin"),
    }
)
# Disbelief only when asked ("for real?"): at the line's end it is an order made earnest.
EARNEST: Final = frozenset({("for", "real"), ("you", "didnt"), ("you", "did", "not")})
ASKED_DISBELIEF: Final = frozenset({"really", "seriously", "srsly", "fr", "deadass", "what", "wtf"})
# Before such an order: "omg", "wait", "oh my god".
AMAZED: Final[frozenset[str]] = controls3_words.AMAZED | {"lol"}
# "X is an insult to ...": the people named are called a disgrace, no word is discussed.
INSULT_NOUNS: Final = frozenset({"insult", "insults", "insulto", "insulti"})
INSULTED: Final = frozenset(
    {
        "to",
        "for",
        "against",
        "of",
        "a",
        "al",
        "alla",
        "all",
        "allo",
        "ai",
        "agli",
        "alle",
        "per",
        "contro",
        "di",
        "verso",
    }
)
# fmt: on
WORD_REACH: Final = 5  # tokens between a word noun and the word it names: "slurs like X, Y and Z"
AFTER_REACH: Final = 5  # tokens from the word to its word noun: "X is a really ugly slur"
SHOUT_REACH: Final = 12  # the rest of a shouted line, in tokens
