"""The italian22 probe (issue 8): an Italian functional hate suite at default settings
(every shipped language on) in shapes the earlier rounds left out (verbless exclusion
slogans with a bare plural or "basta", a group unwanted with the place said first, a
group "capable only of" a vice, a group's places of worship to be burnt) and Italian chat
abuse still missed; clean contrasts: counter-speech, neutral mentions, a plight, the same
words said of a thing, a person or a game, friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # verbless exclusion slogans
    "fuori immigrati dall'italia", "fuori zingari dal nostro paese", "fuori musulmani dall'europa",
    "basta immigrati", "basta zingari in italia", "basta con gli immigrati",
    "basta con questi musulmani", "basta rifugiati, l'italia è piena",
    "fuori le donne dal governo", "fuori le persone trans dalle scuole",
    "via le persone trans dal nostro paese", "prima gli italiani, fuori i rifugiati",
    # a group unwanted, the place said first or the clause closing
    "qui non vogliamo zingari", "in italia non vogliamo musulmani",
    "nel nostro quartiere non vogliamo immigrati", "non vogliamo gli zingari",
    "non vogliamo rifugiati, punto", "qui non vogliamo i gay",
    # capable only of a vice
    "i rom sono capaci solo di rubare", "gli immigrati sono capaci solo di delinquere",
    "le donne sono capaci solo di lamentarsi", "i musulmani sono solo capaci di odiare",
    "i rifugiati sono capaci soltanto di chiedere soldi", "gli zingari sanno solo rubare e mentire",
    "i neri non servono a un cazzo", "le persone trans non servono a un cazzo",
    "i disabili sono buoni soltanto a pesare sulla società",
    # their places burnt
    "bisognerebbe bruciare le loro moschee", "andrebbero bruciate tutte le moschee",
    "bruciamo le sinagoghe", "darei fuoco a tutte le loro moschee",
    # chat abuse still missed
    "torna a zappare", "tornatene a zappare la terra", "sei un cagasotto", "cagasotto",
    "sei una cessa", "sei un aborto", "aborto mancato", "sei uno scarto",
    "sei uno scarto umano",
)

TUNE_CLEAN: tuple[str, ...] = (
    # neutral mentions and counter-speech
    "dire 'fuori gli immigrati' è razzista", "chi grida basta immigrati è un razzista",
    "fuori dal comune c'erano immigrati in fila per i documenti",
    "fuori immigrati e italiani aspettavano insieme", "via roma è chiusa",
    "basta con gli insulti agli immigrati", "basta razzismo contro i rom",
    "basta odio verso i gay", "basta morti in mare, aiutiamo i rifugiati",
    "basta pizza stasera", "basta con i compiti", "basta con le polemiche",
    "fuori le mani dalla mia pizza", "fuori le prove", "via le scarpe prima di entrare",
    "prima gli italiani è uno slogan razzista",
    # unwanted: not a group
    "qui non vogliamo razzisti", "qui non vogliamo spoiler", "in chat non vogliamo insulti",
    "non vogliamo gli immigrati sfruttati nei campi", "qui non vogliamo insulti contro i gay",
    "non vogliamo più guerre",
    # capable: praise, a person, a thing
    "i rom sono capaci di tutto", "le donne sono capaci di tutto",
    "mio fratello è capace solo di dormire", "il mio cane è capace solo di mangiare",
    "i disabili sono capaci di fare qualsiasi lavoro",
    "le donne non sono capaci solo di cucinare, sono capaci di tutto",
    "questi power up non servono a un cazzo", "le tasse non servono a niente",
    # places: a report, a repair, a thing
    "bisognerebbe restaurare le loro moschee", "hanno bruciato la moschea, che vergogna",
    "le loro moschee sono bellissime", "bruciamo le tappe", "bruciare i biscotti succede a tutti",
    # chat: said of oneself, a game, a job
    "zappare l'orto mi rilassa", "mio nonno andava a zappare", "questa mappa è uno scarto",
    "l'aborto è un diritto", "sono un cagasotto con i film horror", "odio il lunedì",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che partita", "porca miseria che gol", "che cesso di partita",
    "minchia che colpo", "madonna che giocata", "cazzo fuori di testa questa giocata",
)
# fmt: on
