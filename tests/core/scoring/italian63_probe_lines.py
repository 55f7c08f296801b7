"""The italian63 probe (issue 8): death or harm wished on a named group in Italian, with
"auguro" ("auguro la morte a tutti i musulmani", "auguro ai migranti di affogare", "ai
rom auguro una morte lenta") or with a wish and "che" on the group or on "them" ("spero
che gli ebrei si estinguano", "speriamo che li ammazzino tutti"); and the clean lines in
the same words that must stay clean (good wishes, harm wished on things, teams and
games, news and reports, negations, questions and counter-speech). Written before any
rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # "auguro" with death or harm and the group as its recipient
    "auguro la morte a tutti i musulmani", "auguro la morte a tutti gli immigrati",
    "auguro una morte lenta a tutti gli zingari", "auguro una morte atroce ai rom",
    "auguro ai migranti di affogare", "auguro a tutti gli ebrei di morire",
    "auguro ai gay di morire male", "auguro alle femministe di crepare",
    "ai musulmani auguro una morte lenta", "agli immigrati auguro solo di affogare",
    "ai rom auguro di bruciare vivi", "io auguro la morte a tutti i froci",
    "auguro ogni male ai migranti", "auguro il peggio a tutti gli zingari",
    "sinceramente auguro la morte a tutti gli africani",
    "auguro a tutte le persone trans di morire", "auguriamo ai profughi di annegare",
    "agli ebrei auguro la morte", "auguro di cuore la morte ai clandestini",
    "auguro ai neri di morire tutti",
    # a wish with "che" on the named group, or on "them"
    "spero che gli ebrei si estinguano", "speriamo che i musulmani si estinguano tutti",
    "spero che i rom vengano sterminati", "spero che i gay vengano ammazzati tutti",
    "mi auguro che gli immigrati vengano uccisi", "speriamo che ammazzino tutti i rom",
    "spero che uccidano tutti i migranti", "vorrei che sterminassero tutti gli zingari",
    "speriamo che li ammazzino tutti", "spero che li uccidano tutti",
    "speriamo che li sterminino tutti", "spero che si estinguano tutti",
    "che si estinguano tutti i negri", "spero che i neri siano sterminati",
    "speriamo che gli islamici vengano bruciati vivi",
)

TUNE_CLEAN: tuple[str, ...] = (
    # good wishes in the same words
    "auguro a tutti buone feste", "ti auguro il meglio", "auguro ai migranti di trovare lavoro",
    "auguro a tutti i musulmani un buon ramadan", "auguro agli immigrati una vita serena",
    "ai rom auguro di trovare una casa", "auguro ai gay di essere felici",
    "auguro a tutte le donne una buona festa", "spero che i migranti trovino casa",
    "speriamo che i rom vengano aiutati",
    # harm wished on things, teams, games and the wicked
    "auguro la morte al virus", "auguro la morte a questa legge",
    "speriamo che li battano tutti", "spero che li asfaltino tutti stasera",
    "speriamo che si estingua questa moda", "spero che le zanzare si estinguano",
    "spero che uccidano tutti gli zombie", "speriamo che ammazzino il boss finale",
    "auguro la morte a tutti i mafiosi", "spero che i dinosauri tornino",
    # news, reports, negations, questions, counter-speech
    "ha augurato la morte ai migranti, vergogna", "non auguro la morte a nessuno",
    "non auguro a nessuno di morire", "chi augura la morte ai musulmani è un criminale",
    "ha scritto che spera che gli ebrei si estinguano, denunciato",
    "augurare la morte ai rom è razzismo", "non spero che i migranti muoiano, anzi",
    "davvero auguri la morte agli immigrati?", "nessuno augura ai migranti di affogare",
    "il consigliere augura ai gay di morire: scoppia la polemica",
    "dire che speri che li ammazzino tutti è disumano",
    "auguro lunga vita a tutti gli immigrati",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che partita ragazzi", "porca miseria ho perso il treno",
    "minchia che caldo oggi", "che culo, ho vinto la lotteria",
    "merda, si è rotto il telefono", "cazzo sì, abbiamo vinto",
)
