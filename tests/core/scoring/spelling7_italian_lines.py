"""The spelling7 probe's studied hostile lines in Italian: at the reader, someone, the room,
a group, threats (see spelling7_probe_lines.py).
"""

from __future__ import annotations

# (base sentence, its spelled variants), as in spelling7_probe_lines.py
Case = tuple[str, tuple[str, ...]]

ITALIAN: tuple[Case, ...] = (
    (
        "sei un coglione",
        (
            "sei un \u0441oglione",
            "sei un cöglione",
            "sei un c*glione",
            "sei un cogl\u200bione",
            "sei un COGLIONEE",
            "sei un cogilone",
        ),
    ),
    (
        "stai zitto stronzo",
        (
            "stai zitto str\u200bonzo",
            "stai zitto STRONZOO",
            "stai zitto stornzo",
            "stai zitto strnzo",
            "stai zittostronzo",
            "stai zitto s t r o n z o",
        ),
    ),
    (
        "ma vaffanculo",
        (
            "ma vaffanclo",
            "mavaffanculo",
            "ma v a f f a n c u l o",
            "ma v4ff4ncul0",
            "ma vaffanculoooo",
            "ma v\u0430ffanculo",
        ),
    ),
    (
        "sei una merda",
        (
            "sei una m3rd4",
            "sei una merdaaaa",
            "sei una m\u0435rda",
            "sei una mérda",
            "sei una m.e.r.d.a",
            "sei una me\u200brda",
        ),
    ),
    (
        "quel tizio è un idiota",
        (
            "quel tizio è un idíota",
            "quel tizio è un i.d.i.o.t.a",
            "quel tizio è un idi\u200bota",
            "quel tizio è un IDIOTAA",
            "quel tizio è un idoita",
            "quel tizio è un idita",
        ),
    ),
    (
        "froci di merda",
        (
            "FROCII di merda",
            "forci di merda",
            "frci di merda",
            "frocidi merda",
            "f r o c i di merda",
            "fr0c! di merda",
        ),
    ),
    (
        "lui è proprio uno stronzo",
        (
            "lui è proprio unostronzo",
            "lui è proprio uno s t r o n z o",
            "lui è proprio uno 5tr0nz0",
            "lui è proprio uno stronzoooo",
            "lui è proprio uno str\u043enzo",
            "lui è proprio uno strönzo",
        ),
    ),
    (
        "siete tutti imbecilli",
        (
            "siete tutti imbecilliiii",
            "siete tutti \u0456mbecilli",
            "siete tutti imbécilli",
            "siete tutti imb*cilli",
            "siete tutti imbe\u200bcilli",
            "siete tutti IMBECILLII",
        ),
    ),
    (
        "gli zingari sono tutti ladri",
        (
            "gli zingari sono tutti l*dri",
            "gli zingari sono tutti la\u200bdri",
            "gli zingari sono tutti LADRII",
            "gli zingari sono tutti ldari",
            "gli zingari sono tutti ldri",
            "gli zingari sono tuttiladri",
        ),
    ),
    (
        "gli immigrati sono bestie",
        (
            "gli immigrati sono betsie",
            "gli immigrati sono beste",
            "gli immigrati sonobestie",
            "gli immigrati sono b e s t i e",
            "gli immigrati sono b3$713",
            "gli immigrati sono bestieeee",
        ),
    ),
    (
        "ti ammazzo",
        (
            "ti a m m a z z o",
            "ti 4mm4zz0",
            "ti ammazzoooo",
            "ti \u0430mmazzo",
            "ti ammàzzo",
            "ti a.m.m.a.z.z.o",
        ),
    ),
    (
        "ucciditi",
        ("u\u0441ciditi", "uccíditi", "u.c.c.i.d.i.t.i", "ucci\u200bditi", "UCCIDITII", "uccdiiti"),
    ),
    (
        "spero che tu muoia",
        (
            "spero che tu mu\u200boia",
            "spero che tu MUOIAA",
            "spero che tu mouia",
            "spero che tu muoa",
            "spero che tumuoia",
            "spero che tu m u o i a",
        ),
    ),
    (
        "sei un frocio",
        (
            "sei un froco",
            "sei unfrocio",
            "sei un f r o c i o",
            "sei un fr0c!0",
            "sei un frocioooo",
            "sei un fr\u043ecio",
        ),
    ),
    (
        "cretino che non sei altro",
        (
            "cr3t!n0 che non sei altro",
            "cretinoooo che non sei altro",
            "\u0441retino che non sei altro",
            "crétino che non sei altro",
            "cr*tino che non sei altro",
            "cre\u200btino che non sei altro",
        ),
    ),
    (
        "testa di cazzo",
        (
            "testa di càzzo",
            "testa di c*zzo",
            "testa di ca\u200bzzo",
            "testa di CAZZOO",
            "testa di czazo",
            "testa di czzo",
        ),
    ),
    (
        "tua madre è una puttana",
        (
            "tua madre è una PUTTANAA",
            "tua madre è una ptutana",
            "tua madre è una puttna",
            "tua madre è unaputtana",
            "tua madre è una p u t t a n a",
            "tua madre è una pu774n4",
        ),
    ),
    (
        "sei proprio un deficiente",
        (
            "sei proprio undeficiente",
            "sei proprio un d e f i c i e n t e",
            "sei proprio un d3f1c13n73",
            "sei proprio un deficienteeee",
            "sei proprio un d\u0435ficiente",
            "sei proprio un déficiente",
        ),
    ),
)
