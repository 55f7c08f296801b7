"""The italian26 held-back lines (issue 8): written with the probe, in the same shapes
and other words, and not read while the rules were built. Counted only at the start and
at the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "comunisti di merda", "sei proprio un leghista di merda", "fascista di merda",
    "fasci di merda tornate nelle fogne", "piddina di merda", "grillina del cazzo",
    "i comunisti di merda non cambiano mai", "zecche di merda", "leghisti demmerda",
    "quel piddino di merda del sindaco", "buonista di merda", "renziana di merda",
    "politicanti di merda", "politica di merda vattene", "giornalista di merda",
    "pennivendoli del cazzo", "nazisti di merda", "sovranista del cazzo",
    "femministe di merda", "no vax di merda", "taci fascista di merda",
    "populisti di merda", "sinistroide di merda", "quella comunista di merda della vicina",
    "leghisti de merda", "grillini demmerda", "radical chic di merda",
    "antifascisti di merda", "ministro di merda", "deputati di merda",
    "si scemo", "ma si stupido?", "si proprio cretino", "tu si n'imbecille",
    "ma tu si scemo o ci fai?", "si idiota", "ma si coglione?", "si tanto scemo",
    "e tu si proprio deficiente", "si ritardato?",
)
HELD_CLEAN: tuple[str, ...] = (
    "che serata di merda", "settimana del cazzo", "che film di merda",
    "una legge elettorale di merda", "servizio di merda", "che traffico di merda",
    "che governo di merda", "un telefono del cazzo", "sono leghista da sempre",
    "i comunisti hanno perso le elezioni", "il ministro ha parlato", "il sindaco fascista ha perso",
    "mia zia è grillina", "il movimento femminista", "la lega ha vinto",
    "mi sento un giornalista di merda oggi", "sono una femminista di merda lo so",
    "mi ha chiamato comunista di merda", "gli hanno urlato fascista di merda",
    "ha detto leghista di merda in tv", "che ministero di merda",
    "si è fatto scemo", "si crede intelligente", "si, stupendo", "si fortissimo",
    "non si diventa stupidi", "si sente scemo quando sbaglia", "si gioca alle nove",
    "si si va bene", "si dai ci vediamo", "si, stupido io che non ho letto",
    "se si è stupidi si paga", "si sta da dio", "ma si bella idea",
    "oggi sono proprio scemo", "mi sento un cretino", "si mangia bene qui",
    "si, idiota il tempo oggi", "la sinistra ha perso", "i fascisti del ventennio",
)
HELD_SWEARING: tuple[str, ...] = (
    "porca vacca che gol", "cazzo che bravi", "minchia ragazzi grandi",
    "madonna che partita", "porco cane che tiro", "cazzo si siamo primi",
)
