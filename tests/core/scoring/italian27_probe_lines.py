"""The italian27 probe (issue 8): Italian chat and social posts that judge people named
by a people noun, a party label or a role with a verdict of disgust or pity ("fanno
schifo", "fanno pena", "fanno cagare", "fanno vomitare", "fanno ribrezzo"), the people
before the verdict or right after it, and clean lines that look alike: the same verdicts
of things, institutions and food, the writer, denials and counter-speech, reports, pity
that is sympathy, friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a people noun before the verdict
    "i politici fanno schifo", "questi politici fanno schifo", "la gente fa schifo",
    "certe persone fanno schifo", "gli italiani fanno pena", "i giornalisti fanno schifo",
    "sti giornalisti fanno cagare", "i tifosi della juve fanno schifo",
    "i politici di oggi fanno veramente schifo", "i politici mi fanno schifo",
    "questa gente mi fa schifo", "tutti i politici fanno schifo",
    "i vostri politici fanno pena", "quei ragazzi fanno schifo",
    "ma i giornalisti italiani fanno proprio schifo", "i moderatori di questo gruppo fanno pena",
    "gli influencer fanno vomitare", "sti boomer fanno pena",
    # a party label or a role
    "i grillini fanno schifo", "sti piddini fanno schifo", "i leghisti fanno pena",
    "i comunisti fanno schifo", "questi sovranisti fanno ribrezzo",
    "il ministro fa pena", "i ministri fanno schifo", "i deputati fanno pena",
    "il sindaco fa cagare", "ormai i sindacalisti fanno schifo",
    # the people right after the verdict
    "mi fanno schifo i politici", "fanno schifo sti giornalisti",
    "mi fanno pena i leghisti", "fanno pena questi politici",
    "mi fa schifo la gente così", "fanno cagare i tifosi del napoli",
    "che schifo, fanno pena i politici",
    # shape 2: "quel <word of scorn> di/del <person>", the body-shaming words too
    "quel cesso di tuo fratello", "quel cesso del vicino", "quella balena della vicina",
    "quel cesso del ministro", "quella cozza di sua cugina", "quei cessi dei vicini",
    "quel cesso di Marco", "quella balena di Giulia", "sto cesso del capo non risponde",
    "quel cesso del tuo ex",
)

TUNE_CLEAN: tuple[str, ...] = (
    # things, institutions, food
    "questi film fanno schifo", "le pizze qui fanno schifo", "i server fanno pena",
    "il governo fa schifo", "le leggi fanno schifo", "le elezioni fanno pena",
    "i panini della mensa fanno cagare", "gli aggiornamenti fanno schifo",
    "le canzoni di oggi fanno schifo", "questi compiti fanno pena",
    # the writer, denials, counter-speech
    "faccio schifo a giocare", "i politici non fanno tutti schifo",
    "non tutti i politici fanno schifo", "dire che gli italiani fanno schifo è razzismo",
    "non è vero che i giornalisti fanno schifo", "noi tifosi facciamo pena oggi",
    # reports
    "mi ha detto che i politici fanno schifo", "lui pensa che i grillini fanno schifo",
    "scrivono che i comunisti fanno schifo",
    # pity that is sympathy, other senses
    "i bambini in guerra mi fanno pena", "quei cani abbandonati fanno pena",
    "gli anziani soli fanno pena", "i ragazzi hanno fatto pena in campo ma ci riproveranno",
    "mi fanno schifo i ragni", "mi fanno schifo le lumache",
    "i politici fanno promesse", "la gente fa la fila", "i giornalisti fanno domande",
    "fanno schifo i compiti di matematica", "i tifosi fanno festa",
    # shape 2 look-alikes: a thing after "di"/"del", the toilet itself
    "quel cesso di casa tua", "quel cesso del bagno è intasato", "quel cesso di telefono",
    "quella balena del museo è enorme", "il cesso del bar è sporco", "sto cesso di macchina",
    "quel cesso della stazione", "ho pulito il cesso di mia nonna",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che partita", "porca miseria ho perso il treno", "che cazzo di freddo oggi",
    "madonna che fame", "minchia che gol", "porca puttana il wifi",
)
