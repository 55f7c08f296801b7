"""The italian37 probe (issue 8): Italian and English calls to ban, shut or drive out a
religion or its houses of worship ("vietate l'islam", "chiudete tutte le moschee",
"fuori l'islam dall'italia", "ban islam", "close every mosque") and a group driven out
("via i rom dai nostri quartieri", "kick every jew out"), and clean lines that look
alike (things and ideas banned or shut, crimes driven out, denials, counter-speech,
questions, reported speech, news). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a religion banned, shut or driven out (Italian)
    "vietate l'islam", "vietiamo l'islam subito", "l'islam va vietato", "bandite l'islam",
    "l'islam deve essere vietato in italia", "fuori l'islam dall'italia",
    "via l'islam dall'europa", "basta islam", "l'islam andrebbe bandito",
    # its houses of worship shut or burned (Italian)
    "chiudete tutte le moschee", "chiudiamo le moschee", "bisogna chiudere tutte le moschee",
    "le moschee vanno chiuse", "bruciate le moschee", "niente più moschee in italia",
    "basta moschee", "chiudete le sinagoghe",
    # the same in English
    "ban islam", "islam must be banned", "we should ban islam", "outlaw islam now",
    "close every mosque", "shut down all the mosques", "burn down the mosques",
    "mosques should be shut down", "no more mosques in europe", "get islam out of europe",
    # a group driven out
    "via i rom dai nostri quartieri", "rimpatriateli tutti, questi africani",
    "fuori gli zingari dalle nostre città", "kick every jew out",
    "get the gypsies out of our neighborhoods", "deport them all, every last muslim",
    "send them all back, every last one of these mexicans", "cacciate via i musulmani",
)

TUNE_CLEAN: tuple[str, ...] = (
    # things and ideas banned or shut
    "vietate la plastica", "chiudete tutte le finestre", "ban plastic straws",
    "via i compiti!", "bisogna chiudere tutti i rubinetti", "close every tab before you leave",
    "shut down all the servers tonight", "basta compiti per oggi", "niente più zucchero",
    # crimes and behaviour
    "fuori la mafia dallo stato", "via la corruzione dalla politica", "ban hate speech",
    # denials and counter-speech
    "nessuno vuole chiudere le moschee", "chi dice 'fuori i rom' sbaglia",
    "non bisogna vietare l'islam", "nobody wants to ban islam",
    "saying 'close every mosque' is pure bigotry", "i would never ban a religion",
    # questions
    "davvero vogliono vietare l'islam?", "should we ban islam? no way",
    "chi vuole chiudere le moschee?",
    # reported speech and news
    "il comune ha chiuso la moschea per lavori", "il partito vuole chiudere le moschee",
    "they closed the mosque for renovations", "he said they should ban islam, what a clown",
    "la moschea chiude alle otto", "the mosque was shut during covid",
    # kind and neutral religion talk
    "la moschea del quartiere organizza una cena aperta", "l'islam è una religione di pace",
    "i love visiting old mosques", "proteggete le moschee e le sinagoghe",
    "welcome to our mosque, everyone",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che caldo oggi", "porca miseria ho perso il treno", "holy shit this is great",
    "fuck yeah we won", "che figata pazzesca cazzo", "damn this lag",
)
