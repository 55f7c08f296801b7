"""The italian50 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "detesto i musulmani", "le donne sono esseri inferiori", "gli ebrei sono parassiti",
    "i neri sono scimmie", "gli zingari sono spazzatura", "ucciderò tutti i trans",
    "fuori i musulmani dall'europa", "i gay sono malati di mente",
    "le donne non meritano di votare", "perché i rom rubano sempre?",
    "penso che i disabili siano un peso", "sporco frocio", "bisognerebbe ucciderli",
    "bisogna sterminarli tutti", "dovremmo sterminarli", "andrebbero ammazzati tutti",
    "vanno sterminati tutti", "bisognerebbe ammazzarle tutte",
    "i marocchini? tutti a casa", "gli immigrati? tutti da rimpatriare",
    "gli zingari? tutti fuori", "i musulmani? fuori dall'italia",
    "rimandiamoli tutti a casa loro", "rispediamoli in africa",
    "cacciamoli tutti dal paese", "i rom non devono stare qui",
    "gli stranieri non dovrebbero vivere qui", "gli africani non devono restare in italia",
    "lei non capisce mai un cazzo", "quella non capisce mai niente",
    "tu non capisci mai un cazzo", "quello non vale niente", "quella tizia non vale nulla",
    "sei proprio una nullità", "lui è una nullità", "le lesbiche? le eliminerei tutte",
    "gli ebrei sono un cancro", "i trans non sono persone", "odio gli immigrati",
    "i neri? li ammazzerei tutti",
)

HELD_CLEAN: tuple[str, ...] = (
    "gli ebrei festeggiano hanukkah", "i gay meritano rispetto",
    "dire che gli immigrati sono parassiti è razzismo", "io non odio nessuno",
    "i musulmani pregano il venerdì", "le donne trans meritano rispetto",
    "i disabili meritano servizi migliori", "non è vero che i rom rubano",
    "chi dice che le donne sono inferiori sbaglia", "gli africani lavorano nei campi",
    "le cimici? bisognerebbe sterminarle", "gli errori? bisognerebbe eliminarli tutti",
    "bisognerebbe ascoltarli tutti", "dovremmo aiutarli tutti",
    "i boss vanno eliminati tutti", "dire che vanno sterminati tutti è razzismo",
    "gli amici? tutti a casa mia stasera", "i ragazzi? tutti a casa dopo la partita",
    "le lettere? rimandiamole domani", "rimandiamoli alla prossima settimana",
    "i gatti non devono stare qui", "gli immigrati devono avere diritti",
    "io non capisco mai niente", "non capisco mai un cazzo di questa mappa",
    "lei non capisce mai un cazzo?", "questo telefono non vale nulla",
    "quella scarpa non vale niente", "io sono una nullità a scacchi",
    "le lesbiche? le conosco tutte", "i rom? tutti bravi musicisti",
    "non credo che i musulmani siano un cancro", "i fascisti volevano eliminare gli ebrei",
    "gli ebrei hanno una lunga storia in italia", "le donne guidano benissimo",
    "non è vero che i neri sono scimmie", "odio il lunedì mattina",
    "i neri? li ammiro tutti", "i trans sono persone come tutti",
    "ho amici musulmani e sono fantastici", "i marocchini? tutti a casa per la festa",
)

HELD_SWEARING: tuple[str, ...] = (
    "porca miseria che partita", "cazzo che gol", "minchia che freddo",
    "porca troia ho perso il bus", "che cazzo di serata raga", "porco cane che fame",
)
