"""Words of the italian13 rules (issue 8): common Italian first names, the Italian copula
and fillers of a name-call, and the hits the rules read."""

from __future__ import annotations

from typing import Final

# Common Italian first names (folded, lower case). A list, not "any word no list knows":
# "roblox fa schifo" and "il tempo fa schifo" must stay clean, "marco fa schifo" not.
FIRST_NAMES: Final[frozenset[str]] = frozenset(
    [
        "marco",
        "luca",
        "giulia",
        "sara",
        "paolo",
        "francesco",
        "andrea",
        "chiara",
        "alessandro",
        "alessandra",
        "matteo",
        "lorenzo",
        "giuseppe",
        "giovanni",
        "antonio",
        "mario",
        "luigi",
        "roberto",
        "stefano",
        "davide",
        "simone",
        "federico",
        "federica",
        "riccardo",
        "gabriele",
        "giorgio",
        "giorgia",
        "martina",
        "francesca",
        "elena",
        "valentina",
        "silvia",
        "laura",
        "anna",
        "maria",
        "giada",
        "alice",
        "sofia",
        "aurora",
        "beatrice",
        "camilla",
        "elisa",
        "ilaria",
        "irene",
        "marta",
        "michela",
        "monica",
        "paola",
        "roberta",
        "serena",
        "simona",
        "veronica",
        "claudia",
        "cristina",
        "daniela",
        "debora",
        "barbara",
        "eleonora",
        "emma",
        "greta",
        "ludovica",
        "noemi",
        "rebecca",
        "viola",
        "nicola",
        "nicolo",
        "pietro",
        "tommaso",
        "leonardo",
        "edoardo",
        "filippo",
        "emanuele",
        "daniele",
        "fabio",
        "fabrizio",
        "massimo",
        "maurizio",
        "michele",
        "vincenzo",
        "salvatore",
        "carlo",
        "alberto",
        "enrico",
        "claudio",
        "cristian",
        "christian",
        "dario",
        "diego",
        "emiliano",
        "enzo",
        "fabiano",
        "flavio",
        "franco",
        "gianluca",
        "gianni",
        "giacomo",
        "ivan",
        "jacopo",
        "manuel",
        "mattia",
        "mirko",
        "nicolas",
        "omar",
        "pasquale",
        "raffaele",
        "renato",
        "samuele",
        "sergio",
        "umberto",
        "valerio",
        "vittorio",
        "walter",
        "alessio",
        "angelo",
        "antonella",
        "arianna",
        "benedetta",
        "caterina",
        "cinzia",
        "denise",
        "erika",
        "gaia",
        "ginevra",
        "lucia",
        "manuela",
        "miriam",
        "nadia",
        "nicole",
        "patrizia",
        "rachele",
        "rita",
        "rosa",
        "sabrina",
        "samantha",
        "sonia",
        "stefania",
        "tiziana",
        "vanessa",
        "ale",
        "fede",
        "fra",
        "giuly",
        "vale",
        "ste",
        "teo",
        "gio",
    ]
)

# Hits read as a thing that a name before them makes a person's: "marco fa schifo".
THING_JUDGED: Final[frozenset[str]] = frozenset(
    {
        "fa schifo",
        "fa cagare",
        "fa proprio schifo",
        "fa davvero schifo",
        "fa veramente schifo",
        "fa proprio cagare",
    }
)

# This round's lexicon lines among them: a thing's unless a name stands before.
THING_JUDGED_NEW: Final[frozenset[str]] = frozenset(
    {"fa proprio schifo", "fa davvero schifo", "fa veramente schifo", "fa proprio cagare"}
)

# "sta zitto" is an order only when nothing stands before it: "lui sta zitto" reports.
STA_ZITTO: Final[frozenset[str]] = frozenset({"sta zitto", "sta zitta"})

# "quel/quella <name-call> di <name>": "quella troia di sara".
POINTERS: Final[frozenset[str]] = frozenset({"quel", "quella", "quello", "quei", "quelle"})
OF_WHOM: Final[frozenset[str]] = frozenset({"tua", "tuo", "sua", "suo"})

# "<name> è [un/una] [proprio/solo] <name-call>".
COPULAS: Final[frozenset[str]] = frozenset({"e", "è"})
CALL_FILL: Final[frozenset[str]] = frozenset(
    {"un", "una", "uno", "proprio", "solo", "davvero", "veramente", "solamente", "gran"}
)

# Calls that also praise ("marco è un genio", "giulia è una bestia a tennis").
PRAISE_TOO: Final[frozenset[str]] = frozenset(
    {"genio", "mostro", "bestia", "animale", "fenomeno", "pazzo", "pazza", "matto", "matta"}
)
