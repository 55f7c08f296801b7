"""Word lists of the italian56 round (issue 8, targeting_italian56.py): a named group
blamed as the author of an evil: the harm its fault ("la crisi è colpa degli immigrati"),
its invention, work or plan ("l'olocausto è un'invenzione degli ebrei", "gli attentati
sono opera dei musulmani"), willed, made, caused or brought by it ("la guerra è stata
voluta dagli ebrei", "le malattie le hanno portate gli immigrati"), or the group behind
it ("dietro il caos c'è sempre un ebreo")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian53_words as i53

# fmt: off
# The blame: "colpa dei/degli/delle/di" with a named group right after (over articles and
# "tutti"), and "la colpa è (tutta/sempre) degli ...". Blame needs no harm named: the
# group is the culprit of whatever went wrong ("è tutta colpa degli ebrei").
BLAME_TERMS: Final[frozenset[str]] = frozenset({
    "colpa dei", "colpa degli", "colpa delle", "colpa di", "colpa e",
})
# Denials a few words before the term ("non è colpa dei rom", "mica è colpa dei rom").
DENIALS: Final[frozenset[str]] = frozenset({
    "non", "mica", "manco", "neanche", "nemmeno", "neppure", "mai",
})
DENIAL_REACH: Final[int] = 3
# A belief denied before the blame in its sentence: "non credo che sia colpa dei rom".
BELIEFS: Final[frozenset[str]] = frozenset({
    "credo", "penso", "direi", "vero", "detto", "sembra", "mi", "pare",
})
BELIEF_REACH: Final[int] = 10
BLAME_GAP: Final[frozenset[str]] = i53.GROUP_GAP | frozenset({
    "tutta", "sempre", "solo", "soltanto", "proprio", "dei", "degli", "delle", "di",
})
# The group's invention, work or plan ("un'invenzione degli ebrei", "opera dei
# musulmani", "un piano degli ebrei"): an accusation only with a harm in the sentence
# ("il bagel è un'invenzione degli ebrei polacchi" stays clean).
AUTHOR_HEADS: Final[tuple[str, ...]] = ("invenzione", "opera", "piano", "progetto")
OF: Final[tuple[str, ...]] = ("dei", "degli", "delle")
AUTHOR_TERMS: Final[frozenset[str]] = frozenset(
    {f"{head} {prep}" for head in AUTHOR_HEADS for prep in OF}
)
# Willed, made, caused or brought by the group: the participle, "da" and the group right
# after ("voluta dagli ebrei", "creato dai cinesi"), or the group after "hanno"/"sono" with
# the harm fronted as a clitic ("l'hanno voluta gli ebrei", "se lo sono inventato gli
# ebrei"); with a harm in the sentence ("la mostra voluta dai musulmani" stays clean).
_PARTICIPLE_STEMS: Final[tuple[str, ...]] = (
    "volut", "creat", "causat", "provocat", "portat", "organizzat", "finanziat", "gestit",
    "inventat", "orchestrat", "architettat", "pianificat", "diffus",
)
PARTICIPLES: Final[frozenset[str]] = frozenset(
    {stem + end for stem in _PARTICIPLE_STEMS for end in ("o", "a", "i", "e")}
)
BY: Final[tuple[str, ...]] = ("da", "dai", "dagli", "dalle")
MADE_TERMS: Final[frozenset[str]] = frozenset(
    {f"{word} {prep}" for word in PARTICIPLES for prep in BY}
)
# "sono" only with "inventato": "sono portate" is italian21's "non sono portate per".
DONE_TERMS: Final[frozenset[str]] = frozenset({f"hanno {word}" for word in PARTICIPLES}) | {
    "sono inventato", "sono inventata", "sono inventati", "sono inventate",
}
# The fronted harm before "hanno"/"sono": "l'hanno voluta", "le hanno portate", "se la
# sono inventata"; without one the group after is the object ("hanno portato gli
# immigrati in italia").
CLITICS: Final[frozenset[str]] = frozenset({"l", "la", "lo", "le", "li"})
# History told ("la shoah fu voluta da Hitler"): a past-historic verb before the term.
HISTORY: Final[frozenset[str]] = frozenset({"fu", "furono", "venne", "vennero"})
HISTORY_REACH: Final[int] = 3
# The group behind the harm: "dietro ... c'è / ci sono (sempre) ... gruppo", with a harm
# or "sempre"/"ogni" in the sentence ("dietro il palco ci sono i ragazzi rom" stays clean).
BEHIND_TERMS: Final[frozenset[str]] = frozenset({"dietro"})
THERE: Final[frozenset[str]] = frozenset({"c", "ci"})
THERE_IS: Final[frozenset[str]] = frozenset({"e", "sono", "stanno", "sta", "era", "erano"})
BEHIND_REACH: Final[int] = 6  # "c'è"/"ci sono" at most this many tokens after "dietro"
ALWAYS: Final[frozenset[str]] = frozenset({"sempre", "ogni", "tutto", "tutti"})
# The harms that make a group's authorship an accusation.
HARMS: Final[frozenset[str]] = frozenset({
    "crisi", "guerra", "guerre", "pandemia", "epidemia", "covid", "coronavirus", "virus",
    "olocausto", "shoah", "nazismo", "comunismo", "femminismo", "terrorismo", "attentato",
    "attentati", "strage", "stragi", "genocidio", "degrado", "criminalita", "crimini",
    "crimine", "delinquenza", "disoccupazione", "poverta", "inflazione", "invasione",
    "immigrazione", "sostituzione", "droga", "droghe", "spaccio", "furti", "furto",
    "stupri", "stupro", "violenza", "violenze", "rapine", "rapina", "racket", "aids",
    "malattie", "malattia", "disastro", "disastri", "rovina", "caos", "usura", "mafia",
    "incendi", "debito", "problemi", "guai", "declino", "decadenza", "insicurezza",
    "corruzione", "sfascio", "mali", "pestilenza", "peste", "prostituzione",
})
OWN_TERMS: Final[frozenset[str]] = (
    BLAME_TERMS | AUTHOR_TERMS | MADE_TERMS | DONE_TERMS | BEHIND_TERMS
)
# fmt: on
