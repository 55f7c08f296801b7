"""The italian41 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "il mondo starebbe meglio senza gli zingari", "senza le donne vivremmo tutti in pace",
    "l'italia sarebbe un posto migliore senza gli immigrati",
    "senza i musulmani l'europa sarebbe più sicura", "il quartiere sarebbe più bello senza i neri",
    "si starebbe meglio senza tutti questi ebrei", "la società sarebbe più sana senza i gay",
    "un'italia senza rom sarebbe un'italia migliore",
    "senza gli stranieri le strade sarebbero pulite", "staremmo tutti meglio senza le lesbiche",
    "gli immigrati meriterebbero una pallottola in testa",
    "i negri meriterebbero di essere impiccati", "le lesbiche meriterebbero di essere punite",
    "i rom meriterebbero le camere a gas", "gli ebrei meriterebbero di essere sterminati",
    "i gay meriterebbero di essere picchiati",
    "sarebbe meglio se gli immigrati morissero in mare",
    "sarebbe bello se i musulmani sparissero tutti", "sarebbe meglio se le donne non esistessero",
    "magari morissero tutti gli zingari", "se gli ebrei sparissero nessuno piangerebbe",
    "sarebbe fantastico se i froci sparissero", "ai negri servirebbe una bella lezione",
    "ai musulmani ci vorrebbero due sberle", "agli zingari servirebbe una bella bastonata",
    "alle lesbiche servirebbe un uomo vero", "ai trans servirebbero un paio di schiaffi",
    "bisognerebbe cacciarli via tutti, questi zingari", "bisognerebbe ammazzarli tutti, i froci",
    "andrebbero eliminati tutti i rom", "dovremmo rimandarli tutti a casa loro, questi negri",
    "bisognerebbe bruciarli tutti, gli ebrei", "bisognerebbe sterminare tutti gli immigrati",
    "bisognerebbe chiuderli tutti in un campo, questi musulmani",
    "i trans starebbero meglio morti", "gli africani starebbero meglio in gabbia",
    "senza i cinesi il mondo sarebbe più pulito", "il calcio sarebbe migliore senza i neri",
    "la nostra città starebbe molto meglio senza i rom",
    "l'italia senza islamici sarebbe perfetta",
)

HELD_CLEAN: tuple[str, ...] = (
    "il mondo sarebbe migliore senza la fame", "senza gli immigrati le fabbriche chiuderebbero",
    "i rom meriterebbero più aiuto dallo stato",
    "sarebbe meglio se gli immigrati avessero un lavoro",
    "dire che l'italia starebbe meglio senza i musulmani è razzismo",
    "pensi davvero che senza gli stranieri staremmo meglio?",
    "il mio vicino dice che il mondo sarebbe migliore senza i gay, e io non sono d'accordo",
    "non è vero che senza i rom staremmo meglio", "senza le donne il mondo sarebbe noioso",
    "l'italia starebbe meglio senza la corruzione", "staremmo tutti meglio senza questo caldo",
    "la città sarebbe più pulita senza le auto", "senza i musulmani non avremmo l'algebra",
    "gli immigrati meriterebbero un permesso di soggiorno",
    "le donne meriterebbero lo stesso stipendio", "i disabili meriterebbero più servizi",
    "sarebbe bello se le donne guidassero il paese",
    "sarebbe meglio se i neri avessero più rappresentanza",
    "sarebbe ora che i gay potessero sposarsi", "ai rifugiati servirebbe una casa",
    "agli studenti servirebbe una bella lezione di matematica",
    "alle persone trans servirebbe più ascolto", "bisognerebbe accoglierli tutti, questi profughi",
    "bisognerebbe ascoltarle di più, le donne", "andrebbero aiutati tutti gli immigrati",
    "chi scrive che i rom meriterebbero la forca va denunciato",
    "sarebbe meglio se i rom sparissero? no, sarebbe meglio se sparisse il razzismo",
    "la squadra giocherebbe meglio senza infortuni",
    "il film sarebbe stato migliore senza il finale",
    "senza gli ebrei non esisterebbe la psicanalisi come la conosciamo",
    "davvero credi che ai gay servirebbe una lezione?",
    "non bisognerebbe cacciarli, questi immigrati, ma aiutarli",
    "il mondo sarebbe migliore senza plastica", "staremmo meglio senza lo smog",
    "le donne trans meriterebbero più tutele",
    "sarebbe meglio se i musulmani potessero pregare in pace",
    "agli immigrati servirebbero corsi di italiano gratuiti",
    "senza i neri il jazz non esisterebbe",
    "mia nonna diceva che senza gli zingari si stava meglio, ma sbagliava",
    "il calcio sarebbe migliore senza il var",
)

HELD_SWEARING: tuple[str, ...] = (
    "porca miseria che caldo", "cazzo che figata", "minchia, ho dimenticato il portafoglio",
    "che palle sto traffico", "porco cane che sfiga", "cavolo che partita stasera",
)
