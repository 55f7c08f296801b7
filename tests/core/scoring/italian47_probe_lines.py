"""The italian47 probe (issue 8): Italian group claims and insults in shapes the scorer
still missed: a named group as a topic, then a comma or a dash and a negative claim with
a verb other than "essere" ("i neri, non sanno fare niente", "le donne, non sanno
guidare"), left dislocation ("i musulmani, li odio"), "X? tutti uguali", and insults at a
third person in chat ("guarda sto sfigato"); the clean lines in the same words that must
stay clean (neutral and kind mentions, counter-speech, questions, reported speech, a
thing or a group of friends as the topic) and friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a skill denied after the group's topic
    "i neri, non sanno fare niente", "le donne, non sanno guidare",
    "gli immigrati, non sanno fare niente", "i rom - non sanno fare niente",
    "le donne, non sanno neanche parlare", "i neri, non sanno nemmeno leggere",
    "gli albanesi, non sanno fare nulla", "i musulmani - non sanno guidare",
    "i gay, non sanno fare altro", "i disabili, non sanno fare niente di niente",
    # a claim with another verb after the topic
    "gli ebrei, rovinano tutto", "i rom, rubano sempre", "i marocchini, puzzano",
    "i musulmani, dovrebbero sparire", "le trans, fanno schifo",
    # left dislocation
    "i musulmani, li odio", "gli ebrei, non li sopporto", "le donne, meglio in cucina",
    # all the same
    "i rom? tutti uguali", "gli zingari? tutti uguali", "i musulmani, tutti uguali",
    "gli immigrati - tutti uguali", "i neri? sempre uguali", "le donne? tutte uguali",
    "gli ebrei? tutti uguali, tutti avidi",
    # insults at a third person in chat
    "guarda sto sfigato", "guarda questo sfigato", "guarda sto perdente",
    "guardate sto sfigato", "guarda quello sfigato", "quel tizio è proprio un fallito",
    "sto qua è proprio uno sfigato", "guarda sto coglione",
    "guarda questa sfigata", "guarda sti sfigati",
)

TUNE_CLEAN: tuple[str, ...] = (
    # neutral and kind lines in the same words
    "i neri, i bianchi e tutti gli altri sono benvenuti",
    "i musulmani, li ho conosciuti al lavoro: gentilissimi",
    "le donne, meglio se fanno quello che vogliono", "le donne, sanno fare tutto",
    "i neri, sanno fare di tutto", "gli immigrati, li voglio vedere felici",
    "i musulmani, li adoro", "i rom? tutti diversi, come tutti",
    "gli zingari? tutti uguali a noi", "i musulmani, tutti uguali davanti alla legge",
    "le donne? tutte diverse", "gli ebrei, li rispetto",
    # counter-speech, questions, reported speech
    "chi dice che i neri non sanno fare niente è razzista",
    "non è vero che le donne non sanno guidare",
    "i neri, non sanno fare niente? ma che dici",
    "i rom? tutti uguali? ma smettila",
    "mio zio dice sempre 'le donne, non sanno guidare', che vergogna",
    "dire che i musulmani sono tutti uguali è ignorante",
    # a thing or friends as the topic
    "i miei colleghi, non sanno fare niente", "i computer, non sanno fare niente",
    "i gatti, non sanno nuotare", "questi bambini, non sanno ancora leggere",
    "i pomodori? tutti uguali", "i telefoni di oggi, tutti uguali",
    # pointing at things, kind words about a person
    "guarda sto video", "guarda sto gol", "guarda questo tramonto",
    "quel tizio è proprio simpatico", "guarda sto campione", "guarda sto genio, ha vinto",
    "quello sfigato di mio fratello ha vinto la lotteria, sono felice per lui",
    "mi sento uno sfigato oggi",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che partita", "porca miseria ho perso", "minchia che caldo",
    "che palle sto traffico", "merda, ho dimenticato le chiavi", "porca troia che gol",
)
