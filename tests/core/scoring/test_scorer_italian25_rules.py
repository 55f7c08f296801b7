"""Shapes of the italian25 round (targeting_italian25, italian25_words, its fix at depth
in targeting_person, and lexicon lines), at default settings: a pointing subject with an
insult ("questa è una cretina"), a beast said of a person ("sta vipera", "quell'oca di
Giulia"), one beast or a flock after "sei" / "siete" or a pointing subject ("siete delle
oche"), a plural insult with its article opening the clause ("i beoti ridono pure"), a
lesson's vocative ("impara a scrivere somaro"), a jailbird ("siete degli avanzi di
galera"); with the look-alikes that stay clean (a thing, a farm, a kitchen, a fairy tale,
self-talk, reported speech, praise). Each rule's lines were written after it.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a pointing subject, a copula, an article, an insult said whole
    "questa è una deficiente",
    "questo qui è proprio un idiota",
    "quelli sono degli imbecilli",
    "ma questa è una scema",
    "quella è una cretina patentata",
    # a beast said of a person
    "sta megera",
    "quella vipera di Marta",
    "quella strega di sua suocera",
    "ma cosa dice sta capra",
    "sta gallina non sta mai zitta",
    "quell'asina della Rossi",
    "sta oca giuliva ha stufato",
    "sta vipera #tvshow #reality",
    "quella mucca senza vergogna",
    # one beast or a flock
    "siete delle galline",
    "sembrate delle oche",
    "quelle sono delle arpie",
    "questa è una civetta",
    "sei una serpe",
    # a plural insult with its article opening the clause
    "i deficienti ci cascano sempre",
    "gli imbecilli applaudono",
    "e i soliti idioti commentano",
    "ma i coglioni ci credono",
    # a lesson's vocative, a jailbird
    "impara a leggere somaro",
    "ripassa la storia, capra",
    "siete degli avanzi di galera",
    "quello è un avanzo di galera",
    # a singular insult with its article opening the clause
    "il cretino ha parlato ancora",
    "ma la deficiente ci crede",
    "l'imbecille di turno",
    # chat spellings (lexicon lines)
    "ma statte zitta",
    "va a fa' in culo",
    "sei proprio un cazzaro",
)

CLEAN = (
    # a pointing subject with a thing, praise, a word that goes on
    "questa è una cazzata",
    "questa è una vergogna",
    "questo qui è un genio",
    "questa è una stupida domanda",
    "lui dice che questa è una cretina",
    # the beasts themselves
    "quella gallina ha fatto due uova",
    "ho cucinato sta gallina con le patate",
    "guarda quella mucca",
    "sta vipera nel giardino mi ha spaventato",
    "quell'oca di gomma è di mio figlio",
    "questa capra di montagna salta benissimo",
    "ha detto che sta vipera",
    # a flock or a beast on a farm, in a kitchen
    "ho comprato delle galline",
    "queste sono delle galline ovaiole",
    "ho fatto una gallina al forno",
    "le mie vicine allevano delle oche",
    # the writer among them, reported, jesters, praise, English "I"
    "siamo i soliti idioti",
    "mi ha detto che i cretini ridono",
    "i pagliacci del circo sono bravissimi",
    "i geni della fisica",
    "i am an idiot",
    # a lesson without an insult, a word named, prison in the news
    "impara a scrivere la parola somaro",
    "impara a leggere lo spartito",
    "è uscito di galera dopo dieci anni",
    "gli avanzi di ieri sono in frigo",
    "sono un avanzo di galera",
    # an abstract, an adjective, the writer
    "lo stupido è che nessuno ci ha pensato",
    "la stupida idea di ieri",
    "la cretina sono io",
    "mi ha detto statte zitto",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian25_shapes_are_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_italian25_lookalikes_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
