"""The italian29 probe (issue 8): Italian chat, Telegram and Twitter lines in the
round's shapes (people called fit for the gallows or the firing squad with "da":
"tutti da impiccare"; a curse word in the singular between a pointing word and a person
noun: "quel maledetto ministro") and clean lines that look alike: the same frames at
things, bosses and time, self-talk, denials and counter-speech, pity for people in
need, friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # people called fit for the gallows, the firing squad, extermination
    "tutti da impiccare", "sono tutti da impiccare", "sono tutti da fucilare",
    "sono da fucilare", "i politici sono da fucilare", "questi politici sono tutti da impiccare",
    "politici tutti da fucilare", "gente da sterminare", "tutti da sterminare",
    "sono tutti da ammazzare", "siete tutti da impiccare", "sei da fucilare",
    "l'arbitro è da fucilare", "quel ministro è da impiccare", "per me sono da fucilare",
    "sono tutti da mettere al muro", "tutti da fucilare sul posto",
    "i corrotti sono da impiccare in piazza", "gente così è da fucilare",
    "sti giornalisti venduti sono tutti da fucilare", "i traditori sono da giustiziare",
    "questa gente è da sterminare", "sono tutti da bruciare vivi",
    "altro che galera, sono da fucilare", "da impiccare tutti quanti",
    # a curse word in the singular before a person noun
    "quel maledetto ministro", "quella maledetta ministra", "quel maledetto politico",
    "sto maledetto arbitro", "quel maledetto sindaco", "quel dannato giornalista",
    "quel fottuto arbitro", "quella fottuta giornalista", "questo maledetto deputato",
    "quel maledetto giudice", "sto dannato politico", "quel maledetto ministro deve dimettersi",
    "quei dannati politici", "quel fottuto politico ci ha rovinati",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same frames at things, bosses, time
    "un boss da abbattere", "tempo da ammazzare", "file da eliminare",
    "questo film è da fucilare", "quella legge è da buttare", "le zanzare sono da sterminare",
    "roba da impiccarsi", "un caldo da morire", "ho due ore da ammazzare",
    "quel maledetto lunedì", "quel maledetto lag", "sto maledetto telefono",
    "quel dannato esame", "quel fottuto server", "questo maledetto traffico",
    "quella maledetta partita", "maledetto caldo", "che dannato caldo",
    # self-talk
    "maledetto me che non ho studiato", "sono da fucilare per quanto sono lento oggi",
    "sono da ricoverare", "sono un disastro",
    # denials, reports, counter-speech
    "non sono da fucilare, sono da votare meglio", "nessuno è da impiccare",
    "chi dice che sono tutti da impiccare esagera",
    "dire che i gay sono da sterminare è criminale",
    "non chiamare nessuno maledetto politico",
    # ordinary talk of people
    "quel ministro ha detto una cosa giusta", "il sindaco è da votare",
    "quel politico è da ammirare", "l'arbitro è da rivedere",
    # pity for people in need
    "i profughi fanno pena", "i profughi mi fanno pena", "i rifugiati fanno pena",
    "mi fanno pena i profughi in mare", "i senzatetto fanno pena d'inverno",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che gol", "porca puttana che partita", "minchia che bello",
    "madonna che figata", "maledizione, ho perso", "che cazzo di giocata ahah",
)
