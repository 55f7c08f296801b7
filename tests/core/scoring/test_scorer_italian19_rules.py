"""Shapes of the italian19 round (targeting_italian19, italian19_words, its lexicon lines
and its fix at depth in hateprobe4_words), at default settings: a group said to come here
and do harm ("vengono qui e rubano"), "le rom" as the Romani women, a sentence that only
names a group and a verdict opening the next ("Gli arabi? Sporchi e violenti."), "non
capisci niente" and "non servi a niente" said to the reader; with the look-alikes that
stay clean (no group, no deed, denials, game ROMs, praise after a rhetorical jab, a group
named as a topic, a case supposed). Each rule's lines were written after it and checked
once against it."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a group said to come here and do harm
    "i marocchini arrivano qui e rubano sempre",
    "gli zingari tornano nei quartieri e scippano",
    "i clandestini sbarcano in sicilia e spacciano",
    "gli immigrati entrano in casa e ci rubano tutto",
    "i migranti vengono in italia e delinquono",
    "i rumeni arrivano a milano e rubano",
    "gli albanesi arrivano nei paesi e scippano",
    "gli stranieri vengono qui e ci rubano il lavoro",
    # "le rom" as the Romani women
    "le rom sono sporche",
    "delle rom di merda",
    "tutte le rom rubano",
    "quelle rom puzzano",
    "le rom? sono tutte ladre",
    # "le nere sono ..." as black women
    "le nere sono scimmie",
    "tutte le nere sono stupide",
    "le nere sono meno intelligenti",
    "le nere sono delle ladre",
    # a group named, a verdict opening the next sentence
    "Gli albanesi? Gente inutile.",
    "Le femministe? Odiose.",
    "Le donne? Stanno bene solo in cucina.",
    "Gli ebrei? Avidi come sempre.",
    "I rom. Ladri tutti quanti.",
    "Gli arabi? Sporchi e violenti.",
    "I neri? Meglio se spariscono.",
    "I musulmani? Fanatici.",
    "Gli zingari. Parassiti, nient'altro.",
    "I cinesi? Sporchi.",
    "Gli ebrei? Bugiardi nati.",
    "i rom? da cacciare tutti",
    # one member pointed at and judged by the group's word
    "quel rom è un ladro",
    "quella marocchina è una ladra",
    "quell'ebreo è avido",
    "quella musulmana è pericolosa",
    # said to the reader
    "non capisci niente",
    "non capisci nulla di calcio, idiota",
    "non servi a niente",
    "tu non servi a nulla, lasciatelo dire",
    "non servi a un cazzo in squadra",
    # the jab not answered with praise
    "ti credi tanto intelligente? sei solo un cretino",
    "ti credi tanto furbo? non lo sei",
    "ti credi tanto forte eh",
)

CLEAN = (
    # coming here: no deed, no group, denied
    "i rom vengono qui e lavorano",
    "i ladri vengono qui e rubano",
    "gli immigrati vengono qui e lavorano duro",
    "nessuno dice che gli immigrati vengono qui e rubano",
    "gli immigrati non vengono qui e rubano, lavorano",
    "gli studenti vengono qui e rubano le idee",
    "gli immigrati vengono a roma e lavorano",
    "non è vero che gli albanesi vengono qui e rubano",
    "i bambini vengono qui e ci rubano tutto",
    # "le rom" as people, or game ROMs, with nothing hostile
    "le rom ballano benissimo",
    "ho caricato le rom sulla scheda",
    "le rom hanno diritto alla casa",
    "le rom del gioco sono rotte",
    # "nere" as pieces or shoes
    "le nere sono partite male in questa partita a scacchi",
    "queste nere sono sporche",
    "le nere sono bellissime",
    # the jab answered with praise
    "ti credi tanto bella? lo sei proprio",
    "ti credi tanto furbo? lo sei davvero, complimenti",
    "ti credi tanto intelligente? lo sei eccome",
    "ti credi tanto intelligente? e lo sei davvero",
    "ti credi tanto forte? hai ragione",
    # a group named as a topic
    "gli zingari? ne ho conosciuti tanti",
    "gli zingari? sono simpatici",
    "gli zingari? ne conosco tanti",
    # a case supposed; a thing
    "se non capisci niente chiedi pure",
    "quando non capisci nulla fai una domanda",
    "questo cavo non serve a niente",
    # a group named, then no verdict on it
    "Gli arabi? Non sono sporchi.",
    "Gli arabi? Dire che sono sporchi è razzismo.",
    "Gli arabi? Mio cugino è un idiota.",
    "I gay? Bellissimi.",
    "Le donne? Cucinano in cucina.",
    "Gli ebrei? Non avidi, anzi.",
    "I marocchini? Gente onesta.",
    "Gli immigrati? Gente che lavora.",
    "La mia squadra? Inutile.",
    "I musulmani? Gente pacifica.",
    "I cinesi? Lavoratori instancabili.",
    "Le lesbiche? Nessun problema.",
    "Il meteo? Orribile.",
    "Gli zombie? Da ammazzare tutti.",
    "I rom? Non da cacciare, da integrare.",
    "Il boss? Da uccidere subito.",
    # one member pointed at, no judging word; a ROM, a restaurant
    "quella zingara è simpatica",
    "quella rom è buggata",
    "quella cinese è bravissima",
    "quel cinese fa schifo",
    "quella nigeriana è stata derubata",
    "quel rom ha suonato benissimo",
    "quell'immigrato è malato da una settimana",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian19_shapes_are_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_italian19_lookalikes_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
