"""Word lists of the italian55 round (issue 8, targeting_italian55.py): a named group
derided without a slur: a misdeed called typical of its members ("tipico di un nero:
ladro", "roba da zingari, truffatori"), nothing good expected from it ("da un ebreo non
mi aspetto niente di buono"), or work and housing refused to it ("non date lavoro agli
zingari", "mai affittare ai neri")."""

from __future__ import annotations

from typing import Final

# fmt: off
# Typical of a group: "tipico di un nero", "cosa tipica degli zingari", "classico dei
# rom", "roba da musulmani", "cose da gay"; the group right after the term.
TYPICAL_HEADS: Final[tuple[str, ...]] = (
    "tipico", "tipica", "tipici", "tipiche", "classico", "classica", "classici", "classiche",
)
TYPICAL_PREPS: Final[tuple[str, ...]] = ("di", "dei", "degli", "delle", "del", "della")
TYPICAL_TERMS: Final[frozenset[str]] = frozenset(
    {f"{head} {prep}" for head in TYPICAL_HEADS for prep in TYPICAL_PREPS}
    | {"roba da", "cose da", "cosa da"}
)
# The misdeed that makes "typical" an accusation: "tipico dei rom rubare", "tipico di
# un nero: ladro"; without one the line stays clean ("il piatto tipico dei musulmani").
MISDEEDS: Final[frozenset[str]] = frozenset({
    "rubare", "rubano", "ruba", "rubato", "rubi", "ladro", "ladri", "ladra", "ladre",
    "ladroni", "fregare", "fregano", "frega", "truffare", "truffano", "truffa",
    "truffatori", "truffatore", "truffatrici", "imbrogliare", "imbrogliano",
    "imbroglioni", "imbroglione", "ingannare", "ingannano", "spacciare", "spacciano",
    "spacciatori", "spacciatore", "mentire", "mentono", "mente", "bugiardi", "bugiarda",
    "bugiarde", "bugiardo", "falsi", "false", "falsita", "violento", "violenti", "violenta",
    "violente", "violenza", "picchiare", "picchiano", "sgozzare", "sgozzano", "stuprare",
    "stuprano", "stupratori", "stupratore", "delinquere", "delinquono", "delinquenti",
    "delinquente", "criminali", "criminale", "approfittarsene", "approfittare",
    "approfittano", "scroccare", "scroccano", "scrocconi", "parassiti", "parassita",
    "strozzini", "strozzino", "usurai", "usuraio", "pervertiti", "pervertito", "viscidi",
    "viscido", "puzzare", "puzzano", "terroristi", "terrorista", "vittime", "vittimismo",
    "lamentarsi", "lamentano", "elemosinare", "accoltellare", "accoltellano",
})
# Nothing good expected from a group: "da un ebreo non mi aspetto niente di buono", "dai
# rom niente di buono", "niente di buono dai gay"; "da" and a group in the same sentence.
NOTHING_GOOD_TERMS: Final[frozenset[str]] = frozenset({
    "niente di buono", "nulla di buono",
})
FROM: Final[frozenset[str]] = frozenset({
    "da", "dai", "dagli", "dalle", "dal", "dalla", "dallo", "dall",
})
FROM_BACK: Final[int] = 10  # "da" at most this many tokens before the term
FROM_AHEAD: Final[int] = 4  # or this many after it
# Work or housing refused: "non date lavoro agli zingari", "mai affittare ai neri", "non
# vendete casa ai gay" (italian11 reads "non affittate" and "non affittare").
REFUSE_TERMS: Final[frozenset[str]] = frozenset({
    "non date lavoro", "non date mai lavoro", "non dare lavoro", "non dare mai lavoro",
    "mai dare lavoro", "non diamo lavoro", "non darei lavoro", "non darei mai lavoro",
    "mai affittare", "non affittiamo", "non affitterei", "non vendete casa",
    "non vendere casa", "mai vendere casa", "non vendete case", "mai vendere case",
})
# Between the refusal and its group: "mai affittare casa a un musulmano".
REFUSE_GAP: Final[frozenset[str]] = frozenset({
    "a", "ai", "agli", "alle", "al", "alla", "allo", "casa", "case", "appartamenti",
    "appartamento", "mai", "piu", "nessun", "nessuna", "nessuno",
})
OWN_TERMS: Final[frozenset[str]] = TYPICAL_TERMS | NOTHING_GOOD_TERMS | REFUSE_TERMS
# italian11's refusals, read again for counter-speech in their sentence: "è una vergogna
# non affittare casa ai neri" names the refusal to condemn it.
OLDER_REFUSALS: Final[frozenset[str]] = frozenset({
    "non affittare", "non affittate", "non assumere", "non assumete",
})
# "È una vergogna" right before a refusal condemns the refusal, not the group after it
# ("è una vergogna non affittare casa ai neri"); "i rom sono una vergogna" stays.
SHAME_TERMS: Final[frozenset[str]] = frozenset({"una vergogna"})
REFUSALS: Final[frozenset[str]] = OLDER_REFUSALS | REFUSE_TERMS
# Before "una vergogna" said of a deed, not of a group: "è una vergogna non affittare".
IMPERSONAL: Final[frozenset[str]] = frozenset({"è", "e", "e'", "che"})
REFUSAL_MOST_WORDS: Final[int] = max(len(term.split()) for term in REFUSALS)
# Counter-speech words beyond italian54's COUNTER: "dire 'tipico di un ebreo' è
# antisemitismo", "ha scritto che ..., che schifo".
COUNTER: Final[frozenset[str]] = frozenset({
    "antisemitismo", "antisemita", "antisemiti", "schifo", "vergognoso", "vergognosa",
    "discriminare", "discriminatorio", "omofobia", "omofobo", "sessismo", "sessista",
    "denunciato", "denunciata", "multato", "multata", "multa",
})
SENTENCE_REACH: Final[int] = 16
# fmt: on
