"""Words of the italian14 rules (issue 8): the Italian singular generic subject ("l'ebreo
è avido"), a virtue denied to a group with "nessun" or "non esiste", and the lexicon
phrases that count only when a named group says or suffers them."""

from __future__ import annotations

from typing import Final

# fmt: off
# Before a singular group noun that stands for the whole group: "l'immigrato", "un
# ebreo", "ogni musulmano". The clause must open with it.
GENERIC_ARTICLES: Final[frozenset[str]] = frozenset({
    "il", "lo", "la", "l", "un", "una", "uno", "ogni", "qualsiasi", "qualunque",
    # italian19: one member pointed at and judged by the group's word, "quella zingara è
    # una ladra", "quel rom è un ladro" (the same whole clause, opening its sentence)
    "quel", "quella", "quell", "quello",
})
SINGULAR_COPULAS: Final[frozenset[str]] = frozenset({"e", "sia", "resta", "rimane"})
# Between the copula and the judging word: "è sempre un criminale", "è per natura avido".
GENERIC_FILL: Final[frozenset[str]] = frozenset({
    "sempre", "solo", "soltanto", "proprio", "davvero", "per", "natura", "di", "un", "una",
    "uno", "tutto", "quanto", "comunque", "fondamentalmente", "potenziale",
})
# italian16: what may follow the judging word and still close a claim of nature ("l'ebreo
# è avido per natura"), and the opinion openers before the article ("secondo me l'...").
GENERIC_TAILS: Final[frozenset[tuple[str, str]]] = frozenset({
    ("per", "natura"), ("di", "natura"), ("dalla", "nascita"), ("da", "sempre"),
    ("per", "cultura"), ("per", "definizione"), ("per", "nascita"), ("per", "religione"),
})
OPINION_OPENERS: Final[frozenset[str]] = frozenset({
    "secondo", "me", "per", "io", "penso", "credo", "che", "sinceramente", "onestamente",
    "personalmente", "diciamolo", "ormai", "tanto",
})
# Virtues said of people in more than one word: each counts only denied of a named
# group ("nessun musulmano è una brava persona", "non esiste un ebreo degno di fiducia");
# said plainly ("i musulmani sono brave persone") it weighs nothing.
VIRTUES: Final[frozenset[str]] = frozenset({
    "brava persona", "brave persone", "bravo ragazzo", "brava ragazza", "bravi ragazzi",
    "buona persona", "buone persone", "persona normale", "persone normali",
    "persona per bene", "persone per bene", "persona perbene", "persone perbene",
    "degno di fiducia", "degna di fiducia", "degni di fiducia", "degne di fiducia",
    "merita rispetto", "meritano rispetto",
    "merita fiducia", "meritano fiducia", "vero uomo", "vera donna",
})
NO_ONE: Final[frozenset[str]] = frozenset({"nessun", "nessuna", "nessuno"})
# "non esiste un musulmano onesto", "un ebreo onesto non esiste", "non c'è un rom che".
EXISTS: Final[frozenset[str]] = frozenset({"esiste", "esistono", "esistera", "c", "ce"})
NOT: Final[frozenset[str]] = frozenset({"non", "mai"})
# Between the group and the denied virtue: copulas, modals, articles, adverbs.
VIRTUE_FILL: Final[frozenset[str]] = frozenset({
    "e", "sono", "sia", "siano", "sara", "saranno", "sarebbe", "fosse", "stato", "stata",
    "un", "una", "uno", "mai", "davvero", "veramente", "affatto", "che", "non", "puo",
    "possono", "essere", "proprio", "realmente", "persona", "persone", "tipo",
})
VIRTUE_REACH: Final = 6  # tokens back from the virtue to its group
# Phrases a named group must say or suffer: "gli ebrei controllano tutto"; "loro
# controllano tutto" (the staff) and "gli arbitri controllano tutto" stay clean.
GROUP_ONLY: Final[frozenset[str]] = frozenset({
    "controllano tutto", "governano il mondo", "dominano il mondo", "comandano il mondo",
    "manipolano il mondo", "manipolano tutto", "vogliono conquistare", "vogliono dominare",
    "corrompono i bambini", "servono solo per", "buone solo a", "buoni solo a",
    "non sono in grado di", "potenziali terroristi", "non dovrebbero guidare",
    "non dovrebbero comandare", "non dovrebbero studiare", "ci invadono",
    "ci stanno invadendo", "darei fuoco", "diamo fuoco", "farei saltare in aria",
    "far saltare in aria", "vivono sugli alberi", "ancora sugli alberi",
    "dominano le banche", "controllano la finanza",
    "controllano l economia", "controllano i giornali", "non hanno voglia di lavorare",
    "non hanno voglia di fare niente", "non si vergognano", "qi piu basso",
    "quoziente intellettivo piu basso", "sono degli scarti", "sono rifiuti",
    "sono dei rifiuti", "vedere morti", "vedere morte",
    # italian16: the singular verbs ("l'ebreo controlla le banche"), hate of the west,
    # living off others, and sickness nouns ("sono una peste": a child is "una peste")
    "controlla tutto", "governa il mondo", "domina il mondo", "comanda il mondo",
    "manipola il mondo", "manipola tutto", "controlla le banche", "controlla la finanza",
    "controlla l economia", "controlla i giornali", "controlla i media", "manipola i media",
    "manipolano i media", "odia l occidente", "odiano l occidente", "odia i cristiani",
    "odiano i cristiani", "vive alle nostre spalle", "vivono alle nostre spalle",
    "vive di furti", "vivono di furti", "non ha voglia di lavorare", "non lavora mai",
    "non ragionano", "deve stare zitta", "devono stare zitte", "sono una peste",
    "e una peste", "sono un tumore", "e un tumore", "odia le donne", "odiano le donne",
    "possiede le banche", "possiedono le banche", "possiede i giornali",
    "possiedono i giornali", "sono un virus", "e un virus", "vuole conquistare",
    "vuole dominare",
})
# "chi dice che i gay non sono brave persone ...": whoever says it, not the writer.
WHOEVER: Final[frozenset[str]] = frozenset({"chi", "quelli", "quelle", "coloro"})
SAYING: Final[frozenset[str]] = frozenset({
    "dice", "dicono", "pensa", "pensano", "crede", "credono", "sostiene", "sostengono",
    "scrive", "scrivono", "afferma", "affermano", "ripete", "ripetono",
})
# Said with the group right after it: "via i rom dalle nostre città".
GROUP_NEXT: Final[frozenset[str]] = frozenset({"via i", "via gli", "via le"})
# Before an identity adjective that stands alone for a person: "un gay", "i trans".
DETERMINERS: Final[frozenset[str]] = frozenset({
    "un", "una", "uno", "i", "le", "gli", "il", "lo", "la", "l", "nessun", "nessuna", "ogni",
    "tutti", "tutte", "quei", "quelle", "questi", "queste",
})
# What "non sono in grado di" must deny to be a claim about the group (with hateprobe5's
# `group_skill` words): "... di ragionare", never "... di votare senza cittadinanza".
UNABLE: Final = "non sono in grado di"
SKILLS: Final[frozenset[str]] = frozenset({
    "ragionare", "pensare", "amare", "decidere", "crescere", "badare", "vivere", "stare",
    "integrarsi", "comportarsi", "lavorare", "guidare", "comandare", "gestire", "capire",
    "imparare", "fare", "essere", "controllarsi", "mantenersi",
})
GROUP_REACH: Final = 8  # tokens either side of a group-only phrase to its group
# A child better dead than one of the group: the group is in the phrase itself.
BETTER_DEAD: Final[frozenset[str]] = frozenset({
    "morto che gay", "morta che lesbica", "morto che frocio", "morto che trans",
    "morta che trans", "morto che omosessuale",
    # italian15: the other groups
    "morto che islamico", "morto che musulmano", "morta che musulmana", "morto che ebreo",
    "morto che negro", "morto che zingaro", "morto che disabile", "morta che disabile",
    "morto che handicappato", "morto che clandestino",
})
# fmt: on

# italian19: "le nere sono ...": the feminine plural noun as the subject of "sono".
_BLACK_WOMEN_BEFORE: Final[frozenset[str]] = frozenset({"le", "tutte"})


def colour_as_people(tokens: list[str]) -> list[str]:
    """`tokens` with "nere" right after "persone" read as "neri", the group: "le persone
    nere sono inferiori" names black people as "i neri" does; "le scarpe nere" stays.
    italian19: "le nere sono meno umane", the noun before its copula, reads so too."""
    read = list(tokens)
    for i, word in enumerate(tokens):
        if (
            word == "nere"
            and i > 0
            and (
                tokens[i - 1] == "persone"
                or (tokens[i - 1] in _BLACK_WOMEN_BEFORE and tokens[i + 1 : i + 2] == ["sono"])
            )
        ):
            read[i] = "neri"
    return read


def cessation_only(text: str) -> bool:
    """ "cessò" (it stopped) folds to "cesso" (toilet, a name-call): true when the message
    writes only the accented past tense, never the bare noun ("la pioggia cessò")."""
    lower = text.lower()
    return ("cess\u00f2" in lower or "cess\u00f3" in lower) and "cesso" not in lower
