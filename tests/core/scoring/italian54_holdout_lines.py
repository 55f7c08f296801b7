"""The italian54 held-back lines (issue 8): other wordings of the probe's shapes, written
at the same time and before any rule; counted only at the start and the end."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "dove ci sono gli zingari ci sono guai", "dove ci sono neri ci sono sempre guai",
    "dove ci sono i gay ci sono solo casini", "dove c'è un immigrato ci sono guai",
    "gli immigrati portano solo guai", "i musulmani portano sempre problemi",
    "le persone trans creano solo casini", "gli ebrei causano solo problemi",
    "i rom portano solo malattie", "i neri sono come la lebbra",
    "le donne sono peggio del colera", "i disabili sono come la peste",
    "evitate gli zingari come la peste", "i gay? peggio della peste",
    "gli ebrei sono come un cancro", "ecco perché non si assumono musulmani",
    "ecco perché non si assumono persone trans", "non assumete mai donne",
    "non bisogna mai assumere i rom", "mai assumere un nero",
    "io non assumerei mai una donna", "non assumete disabili, fidatevi",
    "tenete i musulmani lontani dai vostri figli", "tenete gli ebrei lontani dalle vostre case",
    "teniamo i neri lontani dal nostro quartiere", "tenete le donne lontane dalla politica",
    "tenete i trans lontani dalle scuole", "non fate avvicinare i gay ai bambini",
    "non fate avvicinare gli zingari alle vostre case", "non affidate i bambini ai gay",
    "tipico di un ebreo: avaro", "tipico delle donne, piangere sempre",
    "da un rom non mi aspetto niente di buono", "da un musulmano non ci si aspetta nulla di buono",
    "i gay non meritano nessun diritto", "i rom non meritano nessun diritto",
    "dove arrivano i rom arrivano i furti", "gli zingari sono una piaga sociale",
    "gli immigrati portano solo delinquenza", "dove vivono i neri c'è solo degrado",
)

HELD_CLEAN: tuple[str, ...] = (
    "dove ci sono le vespe ci sono guai", "dove ci sono debiti ci sono guai",
    "dove c'è fumo c'è fuoco", "tenete le forbici lontane dai bambini",
    "tenete gli animali lontani dalla strada", "teniamo il cibo lontano dal caldo",
    "ecco perché non si assumono responsabilità",
    "ecco perché non si assumono camerieri in inverno",
    "è una vergogna che non si assumono donne incinte",
    "chi pensa che i rom portano solo guai è ignorante",
    "evito i social come la peste", "evitava le riunioni come la peste",
    "la peste del trecento fu terribile", "i piccioni portano solo malattie",
    "la pioggia porta solo guai al raccolto", "gli immigrati portano cultura e lavoro",
    "non è vero che i neri portano solo guai", "tenete i bambini lontani dalla piscina",
    "assumete più disabili, sono bravissimi", "si assumono anche persone trans qui, per fortuna",
    "non fate avvicinare il gatto alla torta", "tipico di un bambino: non stare mai fermo",
    "da questo film non mi aspetto niente di buono", "i musulmani meritano gli stessi diritti",
    "dove ci sono i neri c'è anche tanta musica", "le donne non portano guai, li risolvono",
    "dicono che i gay sono come la peste, ma sono solo bigotti",
    "non bisogna assumere persone senza documenti in regola",
    "non assumete mai alcol prima di guidare",
    "mai assumere integratori senza consiglio medico", "io non assumo caffeina dopo le cinque",
    "questa influenza è come la peste", "gli ebrei hanno festeggiato la pasqua",
    "i rom hanno una lunga storia in europa",
    "il razzista diceva che gli immigrati portano solo guai",
    "non date lavoro a chi non ha esperienza", "dove arrivano i turisti arrivano i soldi",
    "tipico delle giornate di pioggia", "i disabili hanno diritto a un lavoro",
    "tenete i trans lontani dalle discriminazioni, proteggeteli",
)

HELD_SWEARING: tuple[str, ...] = (
    "porco cane che freddo", "cazzo, ho bucato la gomma",
    "che palle questo lunedì", "minchia ragazzi che serata",
    "merda, ho perso il treno", "vaffanculo, sto ritardo del bus",
)
