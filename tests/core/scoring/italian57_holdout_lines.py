"""The italian57 held-back lines (issue 8): other wordings of the probe's shapes, a named
group as the doer of a misdeed (the group, "che" and the misdeed; the group, "hanno" and a
harmful participle with a harm in the sentence), and clean lines in the same words,
written at the same time as italian57_probe_lines.py and before any rule. Counted only at
the start and at the end."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "gli zingari che rubano dappertutto", "i rom che rubano nei supermercati",
    "odio i marocchini che spacciano", "pieno di albanesi che rubano in giro",
    "i soliti negri che spacciano al parco", "gli immigrati che stuprano le ragazze",
    "quei rom che scippano sull'autobus", "i tunisini che spacciano sotto i portici",
    "i clandestini che rubano e poi scappano", "gli zingari che borseggiano in metro",
    "basta immigrati che delinquono", "le rom che rubano i bambini",
    "i romeni che rubano sempre le auto", "gli islamici che ammazzano la gente",
    "guarda i neri che spacciano alla stazione", "stufo degli stranieri che rubano",
    "i senegalesi che spacciano in piazza", "tutti quegli zingari che rubano",
    "gli albanesi che violentano le nostre figlie", "questi africani che spacciano ovunque",
    "gli ebrei hanno diffuso il comunismo", "i gay hanno portato le malattie",
    "gli immigrati hanno portato la delinquenza", "i musulmani hanno causato gli attentati",
    "i rom hanno portato lo sporco e il degrado",
    "gli africani hanno diffuso l'ebola e le malattie",
    "i cinesi hanno creato il virus", "gli stranieri hanno portato la violenza in città",
    "i marocchini hanno portato lo spaccio",
    "gli ebrei hanno creato il femminismo per distruggerci",
    "le femministe hanno provocato la crisi delle famiglie", "gli zingari hanno portato i furti",
    "i neri hanno portato la criminalità in italia", "i clandestini hanno diffuso la droga",
    "gli islamici hanno portato il terrorismo", "i romeni hanno causato le rapine",
    "gli immigrati hanno provocato il degrado", "i gay hanno diffuso la pedofilia",
    "gli albanesi hanno portato la mafia", "gli ebrei hanno causato tutti i problemi",
)
HELD_CLEAN: tuple[str, ...] = (
    "fermato un ragazzo che rubava al supermercato", "i ladri che rubano le auto",
    "i bambini che rubano le caramelle", "gli impiegati che rubano le penne",
    "non credo che gli zingari rubano", "dire che i rom rubano è un pregiudizio",
    "è falso che gli immigrati rubano", "i rom che abitano vicino a me sono brave persone",
    "gli immigrati che studiano all'università", "i marocchini che lavorano nei campi",
    "gli zingari che vendono fiori al mercato", "i musulmani che fanno il ramadan",
    "i nigeriani che cantano nel coro", "gli albanesi che gestiscono la pizzeria",
    "una ladra che ruba i portafogli è stata arrestata", "il cane che ruba le scarpe",
    "i gay hanno diffuso un comunicato", "i cinesi hanno portato le lanterne alla festa",
    "gli immigrati hanno portato la loro cucina", "gli ebrei hanno subito le persecuzioni",
    "gli scienziati hanno diffuso i dati sul virus", "i tifosi hanno portato il caos allo stadio",
    "le femministe hanno creato un blog", "gli albanesi hanno portato il vino",
    "i musulmani hanno portato il pane", "non è vero che gli ebrei hanno causato la crisi",
    "è razzismo dire che i rom hanno portato il degrado",
    "i rom hanno portato la musica al matrimonio",
    "gli economisti hanno spiegato la crisi", "i bambini hanno portato i disegni",
    "le donne hanno portato il cambiamento", "i cinesi hanno aperto un negozio",
    "i neri hanno vinto la gara", "i ragazzi che spacciano sono stati arrestati",
    "gli studenti hanno diffuso il volantino", "i volontari hanno portato cibo ai poveri",
    "i vicini che rubano il wifi", "gli zingari che ho incontrato erano gentili",
    "i gay hanno portato colore alla città", "gli stranieri che vivono qui pagano le tasse",
)
HELD_SWEARING: tuple[str, ...] = (
    "porco cane che gol", "cazzo che freddo stamattina", "mannaggia che traffico oggi",
    "che palle questo lunedì", "oddio che risate ieri sera", "porca puttana che sorpresa",
)
# fmt: on
