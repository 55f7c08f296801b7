"""Words of the italian24 round (issue 8): a whole clause run together after its article
("ledonnesonoinferiori", "gliebreidevonomorire"), a group named as a topic and judged
by a bare verdict after it ("I disabili? Un peso.")."""

from __future__ import annotations

from typing import Final

# fmt: off
# Italian articles that open a clause run together: "le" + "donnesonoinferiori", "i" +
# "nerisonoscimmie" (the split, long words first, reads "in" + "eri"), "gli" + ...
# Longest first, so "gli" is never read as "g" + "li".
CLAUSE_ARTICLES: Final = ("gli", "le", "i")
# A group named bare in a run-together clause though no group cue: "iromsonoladri".
RUN_GROUPS: Final[frozenset[str]] = frozenset({"rom", "zingari", "sinti"})
# fmt: on


def article_then_group(token: str, ends: frozenset[str]) -> bool:
    """`token` opens with an article and then a group's first three letters (`ends`):
    "ledon...", "imus...", "gliebr..."; three slices, asked only of long tokens."""
    if token[:1] == "i":
        return token[1:4] in ends
    if token[:2] == "le":
        return token[2:5] in ends
    return token[:3] == "gli" and token[3:6] in ends


# fmt: off
# A bare verdict opening the sentence after one that only names a group ("I musulmani?
# Bestie.", "I disabili? Un peso.", "I gay? Da curare."),
# read there through italian19's topic shape. The lexicon's lines for these (insult.txt,
# new lines) count only there; elsewhere they count for nothing
# ("my bestie", "togliersi un peso", "una ferita da curare").
TOPIC_VERDICTS: Final[frozenset[str]] = frozenset({
    "bestie", "malati", "malate", "un peso", "da curare",
})
# hatecheck9 reads these with their group after them ("mai fidarsi dei rom"); the topic
# shape names it before: "Gli ebrei? Mai fidarsi."
TOPIC_FIRST: Final[frozenset[str]] = frozenset({"mai fidarsi", "non fidarti mai"})
TOPIC_ONLY: Final[frozenset[str]] = frozenset({
    "bestie", "malati", "malate", "un peso", "da curare",
})
# fmt: on


# fmt: off
# An exclamation closing a line after a hateful remark reported ("ho sentito qualcuno
# dire che i neri sono animali, che schifo"): it judges the remark, not the reader.
JUDGING: Final[frozenset[str]] = frozenset({"che schifo", "che vergogna"})
# A verb of saying with "che" after it, earlier in the line: "dire che", "ha scritto che".
SAYING: Final[frozenset[str]] = frozenset({
    "dire", "dice", "dicono", "diceva", "dicevano", "detto", "scritto", "scrive",
    "scrivono", "sostiene", "sostengono", "pensa", "pensano", "crede", "credono",
})
THAT: Final = "che"
REPORT_REACH: Final = 12  # tokens back from the exclamation to the verb of saying
# fmt: on


# fmt: off
# Nobody wanting a group named before, through a clitic: "i disabili non li vuole
# nessuno", "i rom? non li sopporta nessuno"; "questo gioco non lo vuole nessuno" names
# no group (hatecheck9's pronoun reading).
NOBODY_WANTS: Final[frozenset[str]] = frozenset({"vuole nessuno", "sopporta nessuno"})
# Nobody wanting a group named right after, the clause closing there or saying where:
# "nessuno vuole i rifugiati qui", "nessuno vuole gli zingari in italia"; never "nessuno
# vuole la guerra" or "nessuno vuole i rifugiati morti in mare".
WANTS_NOBODY: Final = "nessuno vuole"
# fmt: on


# fmt: off
# A group's life that does not count, said whole: "le vite dei neri non contano", "la
# vita di un rom non conta niente", "i neri non contano."; the subject opens the
# sentence and the claim closes it.
NOT_COUNT: Final[frozenset[str]] = frozenset({
    "non contano", "non conta", "non contano niente", "non conta niente",
    "non contano nulla", "non conta nulla",
})
SUBJECT_ARTICLES: Final[frozenset[str]] = frozenset({"le", "la", "i", "gli", "l"})
LIVES: Final[frozenset[str]] = frozenset({"vite", "vita"})
OF: Final[frozenset[str]] = frozenset({"dei", "delle", "degli", "di"})
ONE: Final[frozenset[str]] = frozenset({"un", "una", "uno"})
# fmt: on


# fmt: off
# Players called monsters in praise: "porca miseria siete dei mostri, gg", "siete dei
# mostri, bravissimi"; a game's praise in the line and no other hostile word.
MONSTERS: Final[frozenset[str]] = frozenset({"sono dei mostri", "sono mostri"})
GAME_PRAISE: Final[frozenset[str]] = frozenset({
    "gg", "wp", "ggwp", "bravi", "bravissimi", "brave", "bravissime", "grandi",
    "grandissimi", "fenomeni", "complimenti", "fortissimi", "fortissime", "gj",
})
PRAISE_REACH: Final = 6  # tokens either side of the name-call
# fmt: on


# fmt: off
# A skill counted after italian23's "sanno solo <infinitive>": "le donne sanno solo
# parlare tre lingue, e tu?" is praise; "sanno solo rubare" keeps its reading.
COUNTS: Final[frozenset[str]] = frozenset({
    "due", "tre", "quattro", "cinque", "sette", "otto", "nove", "dieci", "mille",
    "cento", "venti", "trenta",
})
# fmt: on
