"""Words for the hatecheck14 rules (issue 8): swearing said as an exclamation, what
denies a harm ("no one should ..."), and the frames that report a hateful claim."""

from __future__ import annotations

from typing import Final

# fmt: off
# Swear words that open a message as an exclamation: "shit, the muslim bakery is closed".
EXCLAIMED: Final[frozenset[str]] = frozenset({
    "shit", "damn", "fuck", "fucking", "fuckin", "hell", "bloody", "crap", "dammit",
    "holy", "ah", "oh", "ahh", "aw", "man", "yeah", "me", "it", "finally", "yes",
    "cazzo", "merda", "minchia", "porca", "porco", "miseria", "troia", "puttana", "cane",
    "cavolo", "accidenti", "mannaggia", "cazzarola", "diamine",
})
# Swears told to something: "vaffanculo la sfortuna" curses luck, "vaffanculo, froci" people.
CURSERS: Final[frozenset[str]] = frozenset({"vaffanculo", "fanculo", "affanculo"})
# What a swear may be told to when it curses luck, not people: "vaffanculo la sfortuna".
CURSED_LUCK: Final[frozenset[str]] = frozenset({
    "sfortuna", "traffico", "pioggia", "sveglia", "lunedi", "caldo", "freddo", "sonno",
    "destino", "sorte", "ritardo", "treno", "autobus", "coda", "fila", "tempo", "neve",
    "lag", "wifi", "connessione", "malattia", "febbre", "influenza",
})
CURSED_LUCK_ARTICLES: Final[frozenset[str]] = frozenset({
    "la", "il", "lo", "al", "alla", "allo", "a", "pure", "anche", "questa", "questo",
    "sta", "sto", "sti", "ste", "l", "le", "i", "gli", "ai", "alle", "agli",
})
# A harm denied by its subject: "no one should kill muslims", "nessuno dovrebbe ...".
DENIERS: Final[frozenset[str]] = frozenset({"nobody", "noone", "nessuno"})
DENIED_GAP: Final[frozenset[str]] = frozenset({
    "should", "would", "could", "must", "shall", "will", "ever", "can", "gets", "has",
    "to", "dovrebbe", "deve", "potrebbe", "puo", "merita", "mai", "vuole",
})
# The weary report of a claim: "i'm sick of hearing that women are stupid", "sono stufo
# di sentire che ...": the claim after it is held up, not made.
HEARING: Final[frozenset[str]] = frozenset({
    "hearing", "hear", "reading", "read", "sentire", "sentir", "leggere",
})
WEARY: Final[frozenset[str]] = frozenset({
    "sick", "tired", "fed", "stufo", "stufa", "stufi", "stanco", "stanca", "stanchi",
})
# "if you call immigrants rats, you are a bigot": a name-call reported after "call".
CALLING: Final[frozenset[str]] = frozenset({"call", "calls", "calling", "chiami", "chiamare",
                                            "chiamando", "chiama"})
IF_WORDS: Final[frozenset[str]] = frozenset({"if", "se"})
ARTICLES: Final[frozenset[str]] = frozenset({"i", "gli", "le", "the", "all", "tutti", "tutte"})
BIGOT_NAMES: Final[frozenset[str]] = frozenset({
    "bigot", "racist", "homophobe", "sexist", "transphobe", "misogynist", "xenophobe",
    "razzista", "omofobo", "sessista", "bigotto", "xenofobo", "transfobico", "misogino",
})
# "le donne come te andrebbero prese a botte", "gays like you should be beaten": the reader.
LIKE: Final[frozenset[str]] = frozenset({"come", "like"})
LIKE_HEADS: Final[frozenset[str]] = frozenset({
    "people", "persone", "gente", "those", "quelli", "quelle", "guys", "tipi", "tipe",
})
LIKE_YOU_PRONOUNS: Final[frozenset[str]] = frozenset({"te", "voi", "you"})
# Swear nouns said of a group after "sono" ("i gay sono una merda"); never an adverb
# ("le donne sono fottutamente forti").
SONO_SWEARS: Final[frozenset[str]] = frozenset({"merda", "merde"})
# Between "sono" and a swear word said of a group: "sono tutte delle merde".
SONO_FILLERS: Final[frozenset[str]] = frozenset({
    "una", "un", "delle", "dei", "degli", "solo", "soltanto", "tutti", "tutte", "proprio",
    "davvero", "veramente", "sempre",
})
# fmt: on
FRAME_REACH: Final = 12  # tokens back from the hit to a frame, inside its sentence
