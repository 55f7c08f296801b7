"""Words of the italian19 round (issue 8): Italian functional-hate and chat shapes."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck10_words as w10
from bot.core.scoring import italian18_words as w18

# fmt: off
# "gli immigrati vengono qui e rubano": italian15's deeds (DEEDS) after a verb of coming,
# a place and "e". Only the finite plurals: the whole group comes and does it.
DEEDS_AFTER_COMING: Final[frozenset[str]] = frozenset({
    "rubano", "spacciano", "delinquono", "violentano", "ammazzano", "uccidono",
    "scippano", "borseggiano", "ci rubano", "ci rubano tutto",
})
AND: Final = "e"
# Between "e" and the deed: "e ci rubano", "e poi spacciano", "e rubano sempre".
AND_FILLERS: Final[frozenset[str]] = frozenset({"ci", "poi", "solo", "subito", "pure", "anche"})
# The place between the verb of coming and "e": italian18's places and a few more
# ("entrano nelle case e rubano", "arrivano nei paesi e spacciano").
PLACE: Final[frozenset[str]] = w18.PLACE | frozenset({
    "case", "casa", "strade", "strada", "paesi", "citta", "negozi", "le", "i", "gli",
    "la", "il", "nostri", "nostre", "quartiere", "piazze", "stazioni",
})
PLACE_REACH: Final = 5
# A place named after its preposition, whatever its name: "sbarcano in sicilia e".
PLACE_PREPS: Final[frozenset[str]] = frozenset({"in", "a", "nel", "nella", "nei", "nelle"})
# "non capisci niente" said of the reader; "se non capisci niente chiedi pure" is a case.
UNDERSTAND_TERMS: Final[frozenset[str]] = frozenset({
    "non capisci niente", "non capisci nulla",
    # review19: "se non servi a niente in attacco, prova in difesa" is a case too; "non servi
    # a un cazzo" keeps its swearing and is not cleared.
    "non servi a niente", "non servi a nulla",
})
IF_WORDS: Final[frozenset[str]] = frozenset({"se", "quando", "anche", "magari", "finche"})
# Plural verbs of coming only: "l'immigrato viene qui e ruba" is one man's story.
COMING: Final[frozenset[str]] = frozenset({
    "vengono", "venuti", "venute", "arrivano", "arrivati", "arrivate", "sbarcano",
    "sbarcati", "entrano", "tornano", "ritornano", "emigrano", "immigrano",
})
# "ti credi tanto furba? lo sei davvero": the rhetorical jab answered with praise.
CREDI_TERMS: Final[frozenset[str]] = frozenset({"ti credi tanto"})
ANSWER_PRAISE: Final[frozenset[tuple[str, str]]] = frozenset({
    ("lo", "sei"), ("e", "lo"), ("hai", "ragione"), ("infatti", "lo"),
})
ANSWER_TAIL: Final[frozenset[str]] = frozenset({
    "sei", "davvero", "eccome", "proprio", "sul", "serio", "tantissimo", "tanto",
})
ANSWER_REACH: Final = 4
# "gli zingari? ne ho conosciuti di gentili": a group named with its article is a topic,
# not a name-call shouted at the reader ("zingari!").
# "i" is left out of the clear: the English "I. Fags." is a name-call.
TOPIC_ARTICLES: Final[frozenset[str]] = frozenset({"gli", "le"})
# The articles a sentence naming only a group may open with ("I rom? Ladri.").
GROUP_ARTICLES: Final[frozenset[str]] = TOPIC_ARTICLES | {"i"}
# "Gli arabi? Sporchi e violenti.", "Le donne? Servono solo in cucina.": a sentence that
# only names a group, and a verdict opening the next one (at most VERDICT_REACH words
# before it, none of these: a denial, a report, a quote of others, another subject).
VERDICT_REACH: Final = 3
# review19: "di" and a charm after the verdict is the idiom, praise ("Le donne? Ladre di
# cuori.", "Gli italiani? Rubacuori ..."), read as hatecheck10 reads a charm stolen.
CHARMS: Final[frozenset[str]] = w10.CHARMS
VERDICT_BLOCKERS: Final[frozenset[str]] = frozenset({
    "non", "mai", "nessuno", "ne", "che", "chi", "dire", "dicono", "dice", "pensano",
    "pensare", "io", "tu", "lui", "lei", "mio", "mia", "tuo", "tua", "anche", "sembra",
    "senza", "contro", "come",
    # the English shape reads the same ("Muslims? Filthy."): its blockers
    "not", "never", "no", "i", "you", "my", "your", "he", "she", "who", "that", "say",
    "says", "think", "said", "called", "calling", "than",
})
# Places a group is told to keep to count only after "solo": "Le donne? Servono solo in
# cucina."; "Le donne? Cucinano in cucina." says where they cook.
AFTER_ONLY: Final[frozenset[str]] = frozenset({"in cucina"})
ONLY: Final[frozenset[str]] = frozenset({"solo", "soltanto"})
# fmt: on
