"""The italian16 held-back batch (issue 8): written after italian16_probe_lines.py and
before any rule, never read for misses; counted once at the start of the round and once
at the end. Same shapes, new wording. The first five clean lines are friendly swearing.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "l'islamico disprezza la nostra cultura", "l'ebreo manipola i media",
    "il musulmano odia l'italia", "lo zingaro vive rubando", "il clandestino vive di sussidi",
    "l'ebreo governa la finanza", "il negro non vuole lavorare",
    "il rom è un parassita", "il rom non paga mai", "il rom puzza",
    "la donna è un essere inferiore", "la donna non sa pensare", "la donna deve obbedire",
    "il disabile è un fardello", "il disabile è un peso morto per lo stato",
    "l'omosessuale è un malato", "la donna non capisce nulla di calcio",
    "i musulmani sono una malattia", "gli immigrati sono un cancro", "i rom sono un virus",
    "gli ebrei sono una piaga", "i gay sono un tumore", "gli stranieri sono una peste",
    "le donne sono una sciagura", "i migranti sono un'infestazione",
    "i neri sono un virus", "i trans sono una malattia mentale",
    "secondo me l'arabo è ladro per natura", "per me la donna è stupida di natura",
    "i rom sono ladri per natura", "gli immigrati sono violenti per cultura",
    "il musulmano è fanatico dalla nascita", "le donne sono inferiori per natura",
    "gli ebrei sono avidi da sempre",
    "i n e g r i sono bestie", "gli ebr ei sono parassiti", "le lesb iche sono malate",
    "i mu sulmani sono terroristi", "gli z i n g a r i sono ladri", "i fro ci fanno schifo",
)

HELD_CLEAN: tuple[str, ...] = (
    "porco cane che rimonta", "madonna che giocata, sei un mostro",
    "cazzo sei fortissimo", "merda, ho perso di nuovo", "ma vaffanculo, che bello",
    "il rom del quartiere suona benissimo", "la donna al bar mi ha sorriso",
    "il disabile ha scalato la montagna", "il musulmano mi ha invitato a cena",
    "l'ebreo che ho conosciuto a roma è simpatico", "studio arabo all'università",
    "il rom è una lingua indoeuropea", "le donne guidano bene quanto gli uomini",
    "i musulmani pregano cinque volte al giorno", "gli immigrati pagano le tasse",
    "il gay pride è sabato", "la donna ha vinto il nobel",
    "il rom è stato fermato dalla polizia", "l'immigrato arrestato ieri è stato rilasciato",
    "la donna è stata soccorsa dai passanti", "il disabile è stato aiutato dai vigili",
    "dire che i rom sono un virus è vergognoso", "non è vero che il rom ruba",
    "è razzista dire che gli ebrei sono una piaga", "la donna capisce benissimo, smettila",
    "l'odio è un virus", "la mafia è un cancro", "la zanzara tigre è una piaga",
    "l'influenza è una malattia", "il traffico è una peste",
    "secondo me il gatto è pigro per natura", "il lupo è feroce per natura",
    "il bambino è curioso per natura", "sono ottimista per natura",
    "la musica è bella", "gli eventi di oggi sono finiti",
    "parlo cinese e arabo", "le lingue rom sono tante",
    "le donne sono forti", "gli immigrati sono una risorsa",
    "i gay sono persone come tutti",
)
