"""The italian22 held-back batch (issue 8): written with the probe, before any rule,
counted only at the start and the end of the round. New wording in the same shapes.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # verbless exclusion slogans
    "fuori rom dall'italia", "fuori stranieri dal paese", "fuori ebrei dall'europa",
    "basta musulmani", "basta negri", "basta con i rom", "basta con questi immigrati",
    "basta ebrei in televisione", "fuori le femministe e le donne dal parlamento",
    "fuori le persone disabili dalle nostre scuole", "via le donne dal calcio",
    "prima gli italiani, fuori gli zingari", "italia agli italiani, fuori i neri",
    # a group unwanted, the place said first or the clause closing
    "qui da noi non vogliamo immigrati", "in questo paese non vogliamo ebrei",
    "nella nostra città non vogliamo rom", "non vogliamo i musulmani",
    "non vogliamo gay, chiaro?", "a scuola non vogliamo persone trans",
    # capable only of a vice
    "gli zingari sono capaci solo di rubare", "i neri sono capaci solo di spacciare",
    "le donne sono capaci solo di piangere", "gli ebrei sono solo capaci di contare soldi",
    "i gay sono capaci soltanto di ostentare", "i musulmani sanno solo farsi esplodere",
    "gli immigrati non servono a un cazzo", "i rifugiati non servono a un cazzo di niente",
    "le donne sono buone soltanto a fare figli",
    # their places burnt
    "bisognerebbe bruciare tutte le sinagoghe", "andrebbero bruciate le loro moschee",
    "bruciamo le loro moschee", "darei fuoco alle loro sinagoghe",
    "bisognerebbe radere al suolo le loro moschee",
    # chat abuse still missed
    "ma torna a zappare", "vai a zappare i campi coglione", "che cagasotto che sei",
    "siete dei cagasotto", "brutta cessa", "sei un aborto di giocatore",
    "sei un aborto mancato", "sei solo uno scarto", "siete degli scarti umani",
)

HELD_CLEAN: tuple[str, ...] = (
    # neutral mentions and counter-speech
    "scrivere 'fuori i rom' è razzismo", "chi dice basta musulmani dovrebbe vergognarsi",
    "fuori dalla stazione c'erano rifugiati che aspettavano il treno",
    "fuori stranieri e residenti facevano la fila", "via garibaldi è bloccata",
    "basta con le offese ai musulmani", "basta discriminazioni contro le donne",
    "basta violenza sulle donne", "basta morti sul lavoro",
    "basta patatine per oggi", "basta con la pioggia", "basta con questi lag",
    "fuori le idee ragazzi", "fuori le carte", "via le mani dal mouse",
    "fuori gli stranieri è una frase che mi fa schifo",
    # unwanted: not a group
    "qui non vogliamo bulli", "in questo server non vogliamo cheater",
    "a scuola non vogliamo telefoni", "non vogliamo i rifugiati abbandonati in mare",
    "qui non vogliamo battute sui neri", "non vogliamo più tasse",
    # capable: praise, a person, a thing
    "gli immigrati sono capaci di grandi cose", "i neri sono capaci di tutto come chiunque",
    "mia sorella è capace solo di guardare serie tv", "il gatto è capace solo di dormire",
    "le persone trans sono capaci di lavorare come tutti",
    "i rifugiati non sono capaci solo di soffrire, hanno talento",
    "questo telefono non serve a un cazzo", "i compiti non servono a niente",
    # places: a report, a repair, a thing
    "bisognerebbe ristrutturare le loro chiese", "hanno bruciato una sinagoga, è orribile",
    "le sinagoghe di roma sono antiche", "bruciamo i grassi in palestra",
    "ho bruciato la pizza di nuovo",
    # chat: said of oneself, a game, a job
    "mi piace zappare in giardino", "torno a zappare domani", "questo skin è uno scarto",
    "il referendum sull'aborto", "sono proprio un cagasotto", "odio la pioggia",
    "ho avuto un aborto spontaneo",
)

HELD_SWEARING: tuple[str, ...] = (
    "cazzo che gol", "porca miseria che vittoria", "che cesso di mappa",
    "minchia che tiro", "madonna che rimonta", "porca troia che partita",
    "cazzo ragazzi siamo fuori di testa",
)
# fmt: on
