"""Shapes of the italian14 round (targeting_italian14, italian14_words and its lexicon
lines), at default settings: the Italian singular generic subject ("l'ebreo è avido"),
virtues denied to a group with "nessun" or "non esiste", phrases only a named group
makes hostile ("gli ebrei controllano tutto"), ills wished in the subjunctive ("spero
che soffrano"); with the look-alikes that stay clean (one person, praise said plainly,
counter-speech, things and staff that "controllano tutto"); "meglio morto che gay",
"le persone nere", "un rom", modal harm ("andrebbero stuprate"). Past the round's own probe
lines, each rule's lines were written after it and checked once against it."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # the singular generic subject
    "l'ebreo è avido",
    "lo zingaro è un ladro",
    "un immigrato è sempre un criminale",
    "lo straniero è un delinquente",
    "la musulmana è fanatica",
    "un ebreo è sempre avido",
    "ogni zingaro è un ladro",
    "l'omosessuale è un pervertito",
    # virtues denied with "nessun", "non", "non esiste"
    "nessun musulmano è una brava persona",
    "nessuna donna merita rispetto",
    "nessun ebreo è degno di fiducia",
    "nessun nero è una persona perbene",
    "nessuna donna è una brava persona",
    "nessun immigrato merita fiducia",
    "nessun trans è una persona normale",
    "i gay non sono brave persone",
    "non esiste una donna intelligente",
    "un immigrato onesto non esiste",
    "non esiste una donna capace",
    "non esistono ebrei onesti",
    "non esiste un gay intelligente",
    # phrases a named group makes hostile
    "gli ebrei controllano tutto",
    "gli ebrei governano il mondo",
    "i musulmani vogliono conquistare l'europa",
    "le donne servono solo per fare figli",
    "le donne non sono in grado di ragionare",
    "gli ebrei dominano il mondo",
    "i musulmani vogliono dominare l'europa",
    "le donne sono buone solo a lamentarsi",
    "gli immigrati non sono in grado di integrarsi",
    "i gay manipolano tutto",
    # ills wished in the subjunctive, sent back
    "spero che le donne soffrano",
    "che tornino in africa",
    # modal and subjunctive harm the older lists lacked
    "le donne andrebbero stuprate",
    "che brucino tutti i gay",
    "bisognerebbe rinchiudere tutti i gay",
    "deportiamo gli ebrei",
    "i musulmani vanno sterilizzati",
    "dovremmo deportare tutti i rom",
    "che affoghino tutti, questi immigrati",
    "voglio rinchiudere i trans",
    "le lesbiche vanno stuprate",
    # better dead than one of the group
    "meglio morto che gay",
    "preferirei un figlio morto che gay",
    "meglio morta che lesbica",
    # "le persone nere", "un rom", the writer's refusal, "potenziali terroristi"
    "le persone nere sono inferiori",
    "le persone nere puzzano",
    "le persone nere sono criminali",
    "non esiste un rom onesto",
    "nessun rom è una brava persona",
    "non affitterei mai a un immigrato",
    "non lavorerei mai con una donna",
    "non voterei mai una donna",
    "ogni musulmano è un potenziale terrorista",
    "tutti i musulmani sono potenziali terroristi",
    "sarebbe meglio se i disabili non nascessero",
    "le donne non dovrebbero guidare",
    # invasion said of a group, inability to a skill, "tt" for "tutti"
    "gli immigrati ci invadono",
    "ci stanno invadendo, questi immigrati",
    "i rom ci stanno invadendo",
    "gli africani ci invadono",
    "le donne non sono in grado di decidere da sole",
    "i musulmani sono tt terroristi",
    "gli ebrei sono tt avidi",
    # fire and bombs for a group or its places of worship, extermination approved
    "darei fuoco a tutti i campi rom",
    "darei fuoco a una moschea",
    "farei saltare in aria tutte le sinagoghe",
    "diamo fuoco alle moschee",
    "darei fuoco a tutti gli immigrati",
    "farei saltare in aria la sinagoga",
    "hitler aveva ragione sugli ebrei",
    "hitler aveva ragione su tutto",
    "ci vorrebbe un altro olocausto",
    "servirebbe un altro olocausto",
    "serve un nuovo olocausto per gli zingari",
    "gli africani vivono ancora sugli alberi",
    "i neri vivono sugli alberi",
    # animals and coarseness said to the reader; the noun "cesso" beside "cessò"
    "sei una gallina",
    "sei un'oca",
    "sei grezza",
    "sei un cessò",
    "che cesso sei",
)

CLEAN = (
    # one person, not the group
    "l'immigrato è malato da una settimana",
    "l'immigrato è malato da giorni",
    "lo zingaro del film è un ladro gentile",
    "il ladro è pigro",
    "la vicina è pigra",
    "mio fratello è violento quando beve",
    # virtues said plainly, denied of no group, or the denial countered
    "i musulmani sono brave persone",
    "le donne meritano rispetto",
    "ogni immigrato merita fiducia",
    "il mio vicino è una brava persona",
    "marco è una brava persona",
    "non è vero che nessun musulmano è una brava persona",
    "chi dice che nessun musulmano è una brava persona mente",
    "nessun ragazzo è una cattiva persona",
    "non esiste un problema",
    "non esiste una soluzione facile",
    "non esiste un modo intelligente di farlo",
    "esistono musulmani onesti e disonesti come ovunque",
    # no named group says it
    "loro controllano tutto, tranquillo",
    "gli arbitri controllano tutto col var",
    "gli admin controllano tutto",
    "loro comandano il mondo nel gioco",
    "questi cavi servono solo per caricare",
    "i bambini piccoli non sono in grado di leggere",
    "le api dominano il mondo degli insetti",
    "spero che non soffrano troppo",
    "non voglio che i miei gatti soffrano",
    "i bambini non dovrebbero guidare",
    # harm to animals and things, a saying reported or denied
    "i gatti vanno sterilizzati",
    "bisogna rinchiudere il cane in casa",
    "che brucino pure le lettere",
    "dobbiamo rinchiudere il criminale",
    "meglio morto che in prigione",
    "mia madre diceva meglio morto che gay, che orrore",
    "non è vero che è meglio morto che gay",
    "il terrorista è stato arrestato",
    "i potenziali terroristi vanno monitorati",
    # colours of things, the writer's refusal of no group
    "le scarpe nere sono sporche",
    "le persone nere subiscono razzismo",
    "le persone nere meritano rispetto",
    "non lavorerei mai con lui",
    "non affitterei mai a uno sconosciuto",
    "non voterei mai la lega",
    "non sposerei mai un calciatore",
    # invaded by no group, unable to do what the law forbids, "tt" as "all"
    "ci invadono le formiche",
    "le formiche ci invadono la cucina",
    "i turisti ci invadono ogni estate",
    "gli alieni ci invadono",
    "gli immigrati non sono in grado di votare senza cittadinanza",
    "gli immigrati non sono in grado di votare alle politiche",
    "i minorenni non sono in grado di votare",
    "tt a posto?",
    "ci vediamo tt domani",
    # fire for things, the extermination named or refused
    "darei fuoco a questa verifica",
    "farei saltare in aria il mio pc",
    "diamo fuoco al barbecue",
    "diamo fuoco alla griglia",
    "darei fuoco ai miei appunti",
    "bisogna far saltare in aria il ponte nel gioco",
    "non è vero che hitler aveva ragione",
    "chi dice che hitler aveva ragione è un idiota",
    "non vogliamo un altro olocausto",
    "il libro parla di un altro olocausto dimenticato",
    "non serve un altro olocausto per capirlo",
    "le scimmie vivono sugli alberi",
    # "cessò" (it stopped) is no "cesso"
    "la pioggia cessò all'improvviso",
    "il rumore cessò",
    "lui cessò di parlare",
    "cessò di esistere quella squadra",
    "la gallina fa le uova",
    "non sei una pecora, sei un leone",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian14_shapes_are_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_italian14_lookalikes_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
