"""The italian41 probe (issue 8): Italian counterfactual or conditional wishes of harm or
removal against an identity group ("il mondo sarebbe migliore senza le donne", "senza gli
immigrati staremmo tutti meglio", "i trans meriterebbero una pallottola", "sarebbe meglio
se i rom sparissero", "ai froci servirebbe una bella lezione", "bisognerebbe cacciarli
tutti, questi negri"), the near-miss lines in the same words that must stay clean (a
thing done without, a group's good wished, counter-speech, asked, reported) and friendly
swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # better off without a group
    "il mondo sarebbe migliore senza le donne", "senza gli immigrati staremmo tutti meglio",
    "l'italia starebbe meglio senza i musulmani",
    "senza i rom le nostre città sarebbero più pulite",
    "il paese sarebbe più sicuro senza gli stranieri", "si vivrebbe meglio senza i gay",
    "un mondo senza ebrei sarebbe un mondo migliore", "senza i negri l'italia sarebbe un paradiso",
    "la scuola sarebbe migliore senza i disabili",
    "staremmo molto meglio senza tutti questi africani",
    "l'europa sarebbe migliore senza gli arabi",
    # harm a group would deserve
    "i trans meriterebbero una pallottola", "gli zingari meriterebbero di essere bruciati vivi",
    "i froci meriterebbero la forca", "le donne meriterebbero di essere picchiate",
    "i musulmani meriterebbero di essere cacciati tutti",
    "gli ebrei meriterebbero un'altra deportazione",
    # better if a group vanished or died
    "sarebbe meglio se i rom sparissero", "sarebbe bello se gli ebrei non esistessero",
    "magari sparissero tutti gli immigrati", "sarebbe meglio se i gay morissero tutti",
    "se i negri non esistessero il mondo sarebbe migliore",
    "sarebbe ora che i musulmani sparissero dall'europa",
    "i disabili starebbero meglio morti",
    # a lesson or a beating a group would need
    "ai froci servirebbe una bella lezione", "agli immigrati ci vorrebbe una bella lezione",
    "ai rom servirebbero due schiaffi", "alle donne servirebbe una bella sberla ogni tanto",
    "ai gay servirebbe un bel pestaggio",
    # driving a group out or killing it, said as what should be done
    "bisognerebbe cacciarli tutti, questi negri", "bisognerebbe eliminarli tutti, gli zingari",
    "andrebbero cacciati tutti gli immigrati", "bisognerebbe sterminare i gay",
    "dovremmo cacciare tutti i musulmani", "bisognerebbe rinchiuderli tutti, questi rom",
)

TUNE_CLEAN: tuple[str, ...] = (
    # better off without a thing, or a group needed
    "il mondo sarebbe migliore senza le guerre", "senza gli immigrati l'economia crollerebbe",
    "senza le donne nessuno di noi sarebbe qui", "l'italia starebbe meglio senza la mafia",
    "staremmo tutti meglio senza le tasse", "il paese sarebbe più sicuro senza le armi",
    "senza gli immigrati i campi resterebbero vuoti",
    "la scuola sarebbe migliore senza i compiti",
    "senza i musulmani non ci sarebbe il kebab sotto casa",
    "la festa sarebbe stata migliore senza la pioggia",
    # a group's good wished
    "le donne meriterebbero più rispetto", "i trans meriterebbero una legge che li protegga",
    "gli immigrati meriterebbero una vita migliore", "i gay meriterebbero di potersi sposare",
    "sarebbe meglio se i rom avessero più case", "sarebbe meglio se i gay potessero adottare",
    "sarebbe bello se gli immigrati potessero votare",
    "sarebbe meglio se i musulmani avessero una moschea vera",
    "agli immigrati servirebbe più aiuto",
    "ai ragazzi servirebbe una bella lezione di educazione civica",
    "alle donne servirebbero stipendi più alti", "bisognerebbe aiutarli tutti, questi immigrati",
    "bisognerebbe accoglierli tutti, i rifugiati", "i disabili andrebbero aiutati di più",
    # counter-speech, asked, reported, denied
    "dire che il mondo sarebbe migliore senza le donne è schifoso",
    "davvero pensi che l'italia starebbe meglio senza i musulmani?",
    "mio zio dice che senza gli immigrati staremmo meglio, che tristezza",
    "non è vero che senza gli stranieri staremmo meglio",
    "il mondo non sarebbe migliore senza le donne, anzi",
    "chi dice che i trans meriterebbero una pallottola dovrebbe vergognarsi",
    "pensi davvero che ai gay servirebbe una lezione?",
    "sarebbe meglio se i rom sparissero: è questo che dicono i razzisti",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che partita", "porca miseria che freddo", "minchia che gol ragazzi",
    "porca puttana ho perso il bus", "cazzo, sarebbe stato meglio senza quel rigore",
    "madonna che traffico stamattina",
)
