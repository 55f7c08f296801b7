"""Word lists of the italian60 round (issue 8, targeting_italian60.py): a named group
reduced to a use ("le donne sono buone solo per fare figli", "gli immigrati sono bravi
solo a rubare", "le donne sono nate per servire") and a child wished dead rather than
one of the group ("meglio un figlio morto che un figlio gay")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian59_words as i59

# fmt: off
# The round's "good only for" lines (it/identity_attack.txt): counted only with a named
# group as their subject; "i miei colleghi sono buoni solo a lamentarsi" and "questi
# pomodori sono buoni solo per il sugo" stay clean. italian14's "buoni solo a" and "buone
# solo a" stay its own.
ONLY_FOR: Final[frozenset[str]] = frozenset({
    "buoni solo per", "buone solo per", "buono solo per", "buona solo per",
    "bravi solo a", "brave solo a", "bravo solo a", "brava solo a",
    "bravi solo per", "brave solo per", "utili solo a", "utili solo per",
    "utile solo a", "utile solo per",
})
# The round's "born for" lines: counted only with a named group as their subject and a
# servile use (or an italian59 vice) a few words on; "le donne sono nate per vincere" and
# "mio figlio è nato per fare il cuoco" stay clean.
BORN_FOR: Final[frozenset[str]] = frozenset({
    "nate per", "nati per", "nata per", "nato per", "nate solo per", "nati solo per",
    "nata solo per", "fatte per", "fatti per", "fatta per",
})
# The round's "a child dead rather than" lines: counted only after "meglio" or "preferisco"
# and before one of the group; "un figlio morto è il dolore più grande" stays clean.
DEAD_CHILD: Final[frozenset[str]] = frozenset({
    "figlio morto che", "figlia morta che", "figli morti che", "figlie morte che",
})
OWN_TERMS: Final[frozenset[str]] = ONLY_FOR | BORN_FOR | DEAD_CHILD

# Between the group and the line: the being verb and its adverbs ("sono tutte", "è").
BEING_RUN: Final[frozenset[str]] = frozenset({
    "sono", "e", "siano", "sarebbero", "erano", "tutte", "tutti", "davvero", "proprio",
    "sempre", "soltanto",
})
BEING: Final[frozenset[str]] = frozenset({"sono", "e", "siano", "sarebbero", "erano"})
BEING_REACH: Final[int] = 3  # tokens from the line back over BEING_RUN
# Before the group, opening its sentence: its article or "tutte", and one member read as
# the group ("una donna è nata per servire", "ogni immigrato").
GROUP_LEADS: Final[frozenset[str]] = frozenset({
    "le", "i", "gli", "la", "il", "l", "lo", "tutte", "tutti", "una", "un", "uno", "ogni",
    "qualsiasi",
})
LEAD_REACH: Final[int] = 2  # tokens back over GROUP_LEADS ("tutte le donne")
# A servile use, the "born for" line's aim: "servire", "obbedire", "fare figli", "schiavi",
# "stare zitte"; italian59's vices too ("gli zingari sono nati per rubare").
SERVILE: Final[frozenset[str]] = i59.VICES | frozenset({
    "servire", "servirci", "servirli", "servirgli", "obbedire", "ubbidire", "obbedirci",
    "obbedirgli", "figli", "partorire", "procreare", "cucinare", "pulire", "stirare",
    "lavare", "schiavi", "schiave", "schiavo", "schiava", "serve", "servi", "serva",
    "servo", "sottomesse", "sottomessi", "sottomessa", "sottomettersi", "zitte", "zitti",
    "zitta", "casa", "cucina", "sfornare",
})
SERVILE_REACH: Final[int] = 4  # tokens after the "born for" line to the servile use
# The wish before the dead child: "meglio", "preferisco", "preferirei", over "avere",
# "un", "una" ("meglio avere un figlio morto").
WISH: Final[frozenset[str]] = frozenset({
    "meglio", "preferisco", "preferirei", "preferiamo", "preferiremmo", "preferirebbe",
})
WISH_RUN: Final[frozenset[str]] = frozenset({"avere", "un", "una", "dei", "delle"})
WISH_REACH: Final[int] = 3  # tokens from the line back over WISH_RUN
# Between "che" and the group: "un figlio", "una figlia", "avere".
CHILD_RUN: Final[frozenset[str]] = frozenset({
    "un", "una", "figlio", "figlia", "figli", "figlie", "dei", "delle", "avere",
})
CHILD_REACH: Final[int] = 3  # tokens from "che" on over CHILD_RUN
# Slurs for a gay son, read as the group ("meglio un figlio morto che un figlio frocio").
SLURS: Final[frozenset[str]] = frozenset({
    "frocio", "froci", "ricchione", "recchione", "finocchio", "culattone", "checca",
})
# The older praise cues ("non sono buone") read as a denial: "le donne non sono buone
# solo per fare figli" denies the "only", not the praise.
PRAISE_CUES: Final[frozenset[str]] = frozenset({
    "buoni", "buone", "buono", "buona", "bravi", "brave", "utili",
})
ONLY_LINKS: Final[frozenset[str]] = frozenset({"a", "ad", "per"})
# fmt: on
