"""The italian51 held-back lines (issue 8): other wordings of the probe's shapes, written
at the same time and before any rule; counted only at the start and the end."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "fr0ci del cazzo", "n3gri di merda", "i zingh rubano sempre", "mussulmani schifosi",
    "i muzzulmani sono terroristi", "terroni del cazzo", "negriii di merda",
    "n e g r i schifosi", "gli immigrat del cazzo", "ebrei schifosi",
    "giudei di merda", "sei un c0glione", "fai schifo al kazzo coglione",
    "stai zitto ritard4to", "vai a cagareee", "sei un cogli0ne del cazzo",
    "sei un idi0ta", "sei uno str0nzo", "sei una merdaa", "sei un kretino",
    "ke skifo che sei", "fai proprio skifo", "sei un kojone", "stronxo di merda",
    "brutto stronxo", "testa di caxxo", "zitto deficient", "sei un deficient",
    "sei un rikkione di merda", "i negri sono skifosi", "ebreacci del cazzo",
    "immigratacci di merda", "zingaraccia schifosa", "i terun puzzano",
    "terun di merda", "sei un cretin", "froci skifosi", "rikkioni del kazzo",
    "gli islamici sono skifosi", "sei un koglione ritardato",
)

HELD_CLEAN: tuple[str, ...] = (
    "voglio cogliere i fiori", "il ritardo è di un'ora", "la merenda delle quattro",
    "i negozi chiudono alle otto", "il cavallo dilata le froge",
    "i musulmani festeggiano l'eid", "gli ebrei vanno in sinagoga",
    "gli zingari di Bizet nella Carmen", "i terroni e i polentoni tifano insieme",
    "dire terroni di merda è razzismo", "non si dice negri, si dice neri",
    "chi chiama gli altri ritardati sbaglia", "ho comprato un kebab", "kasa mia è qui",
    "ok va bene", "l'extra costa cinque euro", "il fax non funziona", "skippa la pubblicità",
    "sto sul divano in relax", "ho giocato all'xbox tutta la sera",
    "che skifo di partita", "il kiwi è buono", "il koala dorme tutto il giorno",
    "il mio telefono è una merda", "sono proprio un coglione, ho dimenticato il pane",
    "questo film fa skifo", "il negroni è il mio cocktail preferito",
    "il treno ritarda", "il terreno è fertile", "mi piace la zuppa di zucca",
    "ho letto un libro sui musulmani", "la comunità ebraica di roma",
    "gli immigrati meritano rispetto", "gli omosessuali hanno diritti",
    "i frocioni? no, si dice gay", "ho un cugino che fa lo skater",
    "lo skilift è chiuso", "il mio cane è un cretinetto adorabile", "domani mi metto in marcia",
    "il deficit dello stato cresce",
)

HELD_SWEARING: tuple[str, ...] = (
    "cazzo che bello", "porca puttana che freddo", "che figata pazzesca cazzo",
    "porco cane che traffico", "madonna che caldo", "minchia che gol ragazzi",
)
