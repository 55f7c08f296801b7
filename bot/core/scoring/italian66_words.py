"""Word lists of the italian66 round (issue 8, targeting_italian66.py): a named group
wished out of the country in Italian with a wish and "che" (or "magari") and an expulsion
in the subjunctive ("spero che i rom vengano deportati", "speriamo che caccino tutti gli
zingari", "magari li rimandassero tutti a casa loro")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The round's own lines (it/threat.txt): counted only in the shape; "il governo ha espulso
# 20 migranti", "spero che i giocatori vengano espulsi" and "speriamo che rimandino la
# partita" stay clean.
OWN_PASSIVES: Final[frozenset[str]] = frozenset({
    "rimpatriati", "espulsi", "espulse", "cacciati", "deportati", "rispediti", "rispedite",
})
# The subjunctive and chat's indicative after "spero che" ("spero che li cacciano").
ACTIVES: Final[frozenset[str]] = frozenset({
    "caccino", "cacciassero", "espellano", "espellessero", "rimpatrino", "rimpatriassero",
    "deportino", "deportassero", "rimandino", "rimandassero", "rispediscano",
    "rispedissero", "cacciano", "espellono", "rimpatriano", "deportano", "rimandano",
    "rispediscono",
})
OWN_TERMS: Final[frozenset[str]] = OWN_PASSIVES | ACTIVES
# The older participles ("rimpatriate", "deportate", "cacciate", "rimandati",
# "rimandate") are only raised to the group in the shape, never cancelled.
PASSIVES: Final[frozenset[str]] = OWN_PASSIVES | {
    "rimpatriate", "deportate", "cacciate", "rimandati", "rimandate",
}
SENDINGS: Final[frozenset[str]] = PASSIVES | ACTIVES

# Right before the verb: "vengano" or "siano" for a passive (chat's "vengono" too; never
# a bare participle: "gli studenti espulsi vengano riammessi"), "li" or "le" for "them"
# sent away, "tutti".
AUXILIARIES: Final[frozenset[str]] = frozenset({
    "vengano", "venissero", "siano", "fossero", "vengono",
})
THEM: Final[frozenset[str]] = frozenset({"li", "le"})
ALL: Final[frozenset[str]] = frozenset({"tutti", "tutte", "quanti", "quante"})
VERB_RUN: Final[frozenset[str]] = AUXILIARIES | THEM | ALL
VERB_REACH: Final[int] = 3  # "tutti vengano rimpatriati", "li rimandassero"
ALL_REACH: Final[int] = 2  # "tutti quanti" after the verb
# The group before the verb: its article and "tutti" ("tutti gli immigrati", "sti negri").
SUBJECT_LEADS: Final[frozenset[str]] = frozenset({
    "tutti", "tutte", "i", "gli", "le", "l", "sti", "questi", "quei", "quegli",
})
SUBJECT_REACH: Final[int] = 2
# The group after the verb, over the way out ("a casa", "via") and its determiners.
WAY: Final[frozenset[str]] = frozenset({"a", "casa", "via", "fuori"})
WAY_REACH: Final[int] = 2
GROUP_DETS: Final[frozenset[str]] = frozenset({
    "tutti", "tutte", "i", "gli", "le", "l", "questi", "queste", "quei", "quegli", "sti",
})
GROUP_DET_REACH: Final[int] = 2
# "Them" sent to their own country: a mark right after the verb ("a", "al", "nei", "in")
# and "loro" or a continent at most HOME_REACH tokens on ("a casa loro", "al loro paese",
# "nei loro paesi", "in africa"); never "a casa ai quarti", "a settembre".
HOME_MARKS: Final[frozenset[str]] = frozenset({"a", "al", "ai", "nel", "nei", "in"})
HOME_WORDS: Final[frozenset[str]] = frozenset({"loro", "africa", "asia"})
HOME_REACH: Final[int] = 2
# After the verb or the group, the clause closes or goes on only into these TAILS: all of
# them, haste, the way out and the place ("dall italia", "a casa loro", "al piu presto").
TAILS: Final[frozenset[str]] = frozenset({
    "tutti", "tutte", "quanti", "quante", "via", "fuori", "subito", "presto", "al", "piu",
    "finalmente", "a", "casa", "loro", "paese", "paesi", "nel", "nei", "in", "africa",
    "dall", "dalla", "italia", "europa", "da", "qui", "proprio",
})
TAIL_REACH: Final[int] = 4
# fmt: on
