"""The italian57 probe lines (issue 8): a named group as the doer of a misdeed, two
shapes the older Italian lines missed: the group followed by "che" and a misdeed verb
("gli zingari che rubano nelle case", "i marocchini che spacciano davanti alle scuole"),
and the group as the subject of "hanno" and a harmful participle with a harm in the
sentence ("i gay hanno diffuso l'aids", "i cinesi hanno portato il virus"); clean lines
in the same words (one event told as news, other doers, denials, questions,
counter-speech, the group as victim, neutral deeds). Written before any rule."""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    "gli zingari che rubano nelle case", "basta con i rom che rubano il rame",
    "sempre i soliti rom che rubano", "i marocchini che spacciano davanti alle scuole",
    "ne ho abbastanza degli albanesi che rubano", "gli immigrati che ci rubano il lavoro",
    "guarda questi zingari che rubano ovunque", "i nigeriani che spacciano nei parchi",
    "i rom che rubano sempre e nessuno fa niente", "gli stranieri che violentano le nostre donne",
    "questi negri che spacciano sotto casa", "i musulmani che ammazzano i cristiani",
    "gli africani che spacciano droga in stazione", "le zingare che rubano i portafogli",
    "i clandestini che delinquono e restano impuniti", "un paese pieno di rom che rubano",
    "gli zingari che scippano le vecchiette", "tutti questi immigrati che spacciano",
    "ecco i soliti marocchini che rubano", "i romeni che rubano nelle case",
    "i gay hanno diffuso l'aids", "i cinesi hanno portato il virus",
    "gli immigrati hanno portato la criminalità", "gli ebrei hanno causato la crisi",
    "i musulmani hanno portato il terrorismo in europa",
    "i rom hanno portato il degrado nel quartiere",
    "gli stranieri hanno diffuso le malattie", "le femministe hanno creato il caos",
    "gli albanesi hanno portato la droga", "gli ebrei hanno provocato la guerra",
    "i negri hanno portato solo violenza", "i clandestini hanno portato le malattie",
    "gli immigrati hanno causato la disoccupazione", "i cinesi hanno diffuso il covid apposta",
    "gli zingari hanno portato i furti in paese",
)
TUNE_CLEAN: tuple[str, ...] = (
    "arrestato un uomo che rubava nelle case", "i ladri che rubano il rame sono stati presi",
    "i ragazzi che rubano le bici vanno fermati", "i politici che rubano vanno in galera",
    "non è vero che gli zingari rubano", "chi dice che i rom rubano è razzista",
    "è razzista dire che gli immigrati rubano", "i rom che ho conosciuto sono gentilissimi",
    "gli immigrati che lavorano pagano le tasse", "i marocchini che abitano qui sono simpatici",
    "gli zingari che suonano in piazza sono bravissimi", "i musulmani che pregano in moschea",
    "i nigeriani che giocano a calcio con mio figlio", "gli albanesi che hanno aperto il bar",
    "un ladro che ruba in metro è stato fermato", "il gatto che ruba il cibo dal tavolo",
    "i gay hanno diffuso la notizia", "i cinesi hanno portato i ravioli in italia",
    "gli immigrati hanno portato nuove idee", "gli ebrei hanno subito la shoah",
    "i medici hanno diffuso il virus nei laboratori per studiarlo",
    "i turisti hanno portato il caos in centro", "le femministe hanno creato un gruppo di lettura",
    "gli albanesi hanno portato la pizza al pranzo", "i musulmani hanno portato dolci alla festa",
    "non è vero che i gay hanno diffuso l'aids",
    "dire che i cinesi hanno portato il virus è razzismo",
    "i rom hanno portato i fiori alla nonna", "i ricercatori hanno diffuso i dati sulla crisi",
    "i ragazzi hanno portato la torta",
    "le donne hanno portato la pace",
    "i cinesi hanno vinto la partita",
)
TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che partita ragazzi", "porca miseria che caldo oggi",
    "madonna che fame, andiamo a mangiare", "che culo ho avuto a quel tiro",
    "minchia che bella giornata", "cavolo ho perso di nuovo le chiavi",
)
# fmt: on
