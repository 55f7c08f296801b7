"""Italian shapes of the italian11 round (targeting_italian11, italian11_words, the
spelling readings in hate_spelling/matching and their lexicon lines), at default settings:
a clitic on the infinitive, orders to distrust or harm a group, clitic hatred, claims past
Italian modals, praise denied, a group not wanted in a place, third-person name-calls in
chat, run-together and spaced spellings; and their look-alikes that stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.italian11_spelling import (
    article_run_together,
    group_copula_run_together,
    short_group_doublings,
)
from bot.core.scoring.scorer import Scorer

# The round's first examples (each missed on main) and the lines written after each rule,
# never seen by it while it was built.
HOSTILE = (
    "i gay? vorrei vederli soffrire",
    "non fidatevi mai degli zingari",
    "i musulmanisono feccia",
    "odioi gay",
    "i n e r i sono scimmie",
    "i gaay sono malati",
    "le donne? non le sopporto",
    "gli immigrati? vorrei vederli affogare",
    "farò fuori ogni gay che incontro",
    "le donne non sono altro che oggetti",
    "i gay dovrebbero stare lontani dai bambini",
    "non ho mai conosciuto un musulmano onesto",
    "ma i gay non si vergognano di esistere?",
    "non affittate casa agli stranieri",
    "state lontani dai musulmani",
    "che idiota il nostro mid",
    "uccidete tutti gli ebrei",
    "non voglio i gay nel mio paese",
    "sarebbe giusto uccidere i gay",
    "i gay dovrebbero essere tutti fucilati",
    "non sai giocare",
    "sei il peggior giocatore che abbia mai visto",
    "sei un poveraccio",
    "uccidi te stesso",
    "sei negato",
    "fai ridere i polli",
    "gli zingari? mi piacerebbe vederli crepare",
    "le femministe... no, le donne? vorrei vederle soffrire tutte",
    "i rom? spero di vederli bruciare",
    "gli ebrei? godrei a vederli morire",
    "i trans? vorrei vederli tutti morti",
    "non fidatevi degli ebrei",
    "state alla larga dagli zingari",
    "non affittate mai ai neri",
    "diffidate sempre dei musulmani",
    "non assumete donne, sono inaffidabili",
    "i musulmani? non li sopporto più",
    "gli ebrei? li detesto",
    "le lesbiche? le disprezzo",
    "i neri? non li reggo",
    "le persone trans? non le tollero",
    "farò fuori tutti gli zingari",
    "faremo fuori ogni musulmano",
    "farei fuori tutti i froci",
    "farò fuori i neri del quartiere",
    "faremo fuori gli immigrati uno a uno",
    "gli immigrati non sono altro che parassiti",
    "i musulmani non sono altro che terroristi",
    "le persone trans devono stare lontane dai bambini",
    "gli ebrei non si vergognano di esistere?",
    "le donne non sono che oggetti",
    "non ho mai visto una donna intelligente",
    "mai conosciuto un immigrato che fosse educato",
    "non ho mai incontrato un ebreo simpatico",
    "mai visto un rom pulito",
    "che coglione quel tizio",
    "che idiota il mio compagno",
    "quel deficiente di luca ha tirato fuori",
    "quella stronza della mia vicina",
    "che incapace il nostro portiere",
    "sei un maiale",
    "i musulmani sono maiali",
    "sterminate tutti i rom",
    "impiccate gli immigrati",
    "gasate gli ebrei",
    "linciate i neri",
    "massacrate i musulmani",
    "non vogliamo i musulmani nelle nostre scuole",
    "non voglio più zingari nel mio quartiere",
    "non vogliamo gli immigrati in europa",
    "non voglio le persone trans in casa mia",
    "non voglio i neri vicino a me",
    "sarebbe giusto sterminare i rom",
    "è ora di cacciare gli immigrati",
    "sarebbe ora di eliminare i musulmani",
    "i rom dovrebbero essere tutti deportati",
    "odiogli zingari",
    "iebrei sono avidi",
    "lemusulmane sono sottomesse e inferiori",
    "detestole donne",
    "idisabili sono un peso",
    "non sai neanche giocare",
    "sei il peggiore del team",
    "sei negato per questo gioco",
    "fate ridere i polli, siete scarsi",
    "ammazza te stesso coglione",
    "sei un idiota ti odio",
    "ti adoro? sei un coglione",
)  # fmt: skip
CLEAN = (
    "perché i musulmani non mangiano maiale?",
    "ahah sei un idiota ti adoro",
    "non voglio i compiti nel weekend",
    "sarebbe giusto uccidere il boss",
    "i bambini? vorrei vederli felici",
    "non fidatevi mai del meteo",
    "quel pazzo del nostro support ha fatto un triplo",
    "i miei cugini? vorrei vederli più spesso",
    "i gay? non vorrei mai vederli soffrire",
    "i pesci? vorrei vederli nuotare",
    "gli immigrati in mare? è orribile vederli affogare",
    "i bambini? vorrei vederli ridere",
    "non fidatevi mai dei link nei messaggi privati",
    "state lontani dai bordi della piscina",
    "non affittate casa senza contratto",
    "diffidate delle imitazioni",
    "non fidatevi di chi odia i gay",
    "i ritardi? non li sopporto",
    "gli insulti contro i gay? non li sopporto",
    "le zanzare? le detesto",
    "i gay? non li detesto affatto",
    "i compiti? li disprezzo",
    "farò fuori il boss finale",
    "faremo fuori tutti i nemici",
    "farei fuori una pizza intera",
    "farò fuori la torta",
    "faremo fuori la squadra avversaria",
    "gli immigrati non sono altro che persone",
    "i cani devono stare lontani dai bambini",
    "le donne non sono altro che esseri umani come noi",
    "dire che i gay non sono altro che malati è ignobile",
    "i musulmani non sono altro che fedeli di una religione",
    "non ho mai conosciuto un musulmano prima di oggi",
    "non ho mai visto un gay pride",
    "non ho mai incontrato una persona più gentile di lei",
    "mai visto un tramonto così bello",
    "non ho mai conosciuto un uomo onesto come mio padre",
    "che idiota che sono stato",
    "quel pazzo di mio fratello ha vinto",
    "che fenomeno il nostro portiere",
    "che cazzo il lag",
    "che schifo il tempo oggi",
    "mangio sempre carne di maiale",
    "gli ebrei non mangiano maiale",
    "il maiale arrosto è buonissimo",
    "sterminate gli zombie",
    "impiccate il bucato al sole",
    "massacrate la squadra avversaria",
    "bruciate i rifiuti nel camino",
    "cacciate via le mosche",
    "non voglio i piselli nel piatto",
    "non vogliamo più tasse in italia",
    "non voglio le cuffie rotte in casa",
    "non vogliamo i gay discriminati nel nostro paese",
    "non voglio i miei figli in giro di notte",
    "sarebbe giusto aiutare gli immigrati",
    "è ora di accogliere i rifugiati",
    "i bug dovrebbero essere tutti risolti",
    "è giusto eliminare gli sprechi",
    "sarebbe ora di uccidere il boss finale",
    "ciao ragazzi",
    "ilgioco è bello",
    "igloo",
    "lezioni di italiano",
    "lelo",
    "sei il migliore del team",
    "sono negato per la matematica",
    "il peggior giocatore ero io",
    "ammazza che giocata",
    "ahah sei uno scemo ti voglio bene",
    "sei proprio un idiota tvb",
    "stupido ti adoro",
)  # fmt: skip


@pytest.mark.parametrize("text", HOSTILE)
def test_italian11_shapes_are_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile


@pytest.mark.parametrize("text", CLEAN)
def test_italian11_lookalikes_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile


def test_group_shapes_are_identity_attacks(scorer: Scorer) -> None:
    """The group shapes aim at a group, not at the reader."""
    for text in ("non fidatevi mai degli zingari", "i gay? vorrei vederli soffrire"):
        assert scorer.score(text).target.value == "group"


def test_quoted_call_is_not_made(scorer: Scorer) -> None:
    """A call to harm a group, quoted in a report of it, is not made by the writer."""
    assert not scorer.score("ha scritto 'uccidete tutti gli ebrei' ed è stato bannato").hostile


def test_spelling_helpers() -> None:
    assert group_copula_run_together(["musulmani", "sono"], {"musulmani"})
    assert not group_copula_run_together(["sono", "musulmani"], {"musulmani"})
    assert article_run_together(["odio", "i"], {"odio"})
    assert not article_run_together(["fuck", "i"], {"fuck"})  # "i" only after a vowel
    doubled = short_group_doublings(["gay", "rom", "trans"], {"room"})
    assert doubled["gaay"] == "gay"
    assert "room" not in doubled  # an ordinary word stays itself
    assert "ggay" not in doubled  # never the first letter
    assert not any(name == "trans" for name in doubled.values())  # five letters: not here
