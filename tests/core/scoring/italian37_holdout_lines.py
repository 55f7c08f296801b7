"""The italian37 held-back batch (issue 8): written with the probe, before any rule, in
the same shapes with different wording; counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "vietare l'islam subito", "l'islam va bandito", "mettete al bando l'islam",
    "l'islam dovrebbe essere vietato", "bisogna vietare l'islam", "fuori l'islam dall'europa",
    "via l'islam dall'italia", "niente islam in italia", "l'islam va cacciato dall'europa",
    "dobbiamo vietare l'islam", "chiudete le moschee", "chiudere tutte le moschee subito",
    "le moschee vanno chiuse tutte", "bruciamo le moschee", "basta moschee in italia",
    "niente moschee nel nostro paese", "radete al suolo le moschee", "chiudiamo tutte le moschee",
    "ban judaism", "islam should be outlawed", "ban islam now", "we need to ban islam",
    "close all the mosques", "shut down every mosque", "burn every mosque",
    "all mosques must be closed", "no more mosques", "kick islam out of europe",
    "ban the quran", "islam needs to be banned",
    "via gli zingari dalle nostre strade", "fuori i rom dall'italia",
    "rimandateli tutti a casa, questi marocchini", "cacciate tutti i musulmani",
    "kick all the jews out", "get the muslims out of our country",
    "deport every last one of them, these somalis", "throw every gypsy out",
    "send every muslim back", "espelliamo tutti gli zingari",
)

HELD_CLEAN: tuple[str, ...] = (
    "vietate i monopattini in centro", "chiudete la porta per favore", "ban single use plastic",
    "via le auto dal centro storico", "bisogna chiudere le scuole per la neve",
    "close all the windows it's cold", "shut down the old server", "basta pizza per stasera",
    "niente più zuccheri per me", "burn the old papers", "fuori la mafia dalle istituzioni",
    "via la droga dalle scuole", "ban racist abuse", "deport the scammers from the server lol",
    "nessuno dice di chiudere le moschee", "chi vuole vietare l'islam non capisce niente",
    "non vogliamo chiudere le moschee", "no one should ban islam",
    "people who say 'ban islam' are bigots", "i don't think we should close mosques",
    "vogliono davvero chiudere le moschee?", "is it true they want to ban islam?",
    "perché chiudono la moschea?", "la lega vuole vietare il velo",
    "hanno chiuso la moschea per il covid", "the city shut the mosque for repairs",
    "my uncle says islam should be banned, i disagree", "la moschea apre alle sei",
    "the mosque closes at nine", "il sindaco ha vietato i botti a capodanno",
    "la moschea di roma è bellissima", "islam is a religion like any other",
    "we visited three mosques in istanbul", "difendiamo la libertà di culto",
    "proteggere le sinagoghe è un dovere", "the synagogue hosts a food drive",
    "le moschee sono luoghi di preghiera", "vietato fumare", "close the tab and relax",
    "mosques and churches should be protected",
)

HELD_SWEARING: tuple[str, ...] = (
    "cazzo che partita", "madonna che fame porca troia", "shit that was close",
    "fucking awesome game", "che culo ragazzi", "hell yeah lets go",
)
