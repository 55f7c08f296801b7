"""The italian34 probe (issue 8): Italian claims that an identity group does not work
("i rom non lavorano", "gli immigrati non fanno niente tutto il giorno") and wishes that
a group went away ("sarebbe meglio se gli zingari se ne andassero", "che se ne tornino
tutti al loro paese"), and clean lines that look alike (the same words said of
politicians, colleagues or oneself, denied, countered, asked, quoted, reported, the
surname Zingaretti). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a group said not to work
    "i rom non lavorano", "gli zingari non lavorano", "i marocchini non lavorano",
    "gli immigrati non lavorano, vivono di sussidi", "i rom non lavorano e rubano",
    "gli stranieri non fanno niente tutto il giorno", "gli immigrati non fanno nulla",
    "i nigeriani non fanno niente", "i rom non vogliono fare niente",
    "gli zingari non fanno un cazzo", "i musulmani non lavorano", "i neri non lavorano",
    "questi zingari non lavorano", "gli africani non fanno niente dalla mattina alla sera",
    "tanto i rom non lavorano", "gli albanesi non lavorano", "i clandestini non lavorano",
    # a wish that a group went away
    "sarebbe meglio se gli zingari se ne andassero", "sarebbe bello se i musulmani se ne andassero",
    "magari gli immigrati se ne andassero tutti", "che se ne tornino tutti in africa",
    "vorrei che i rom se ne andassero", "speriamo che gli stranieri se ne vadano",
    "sarebbe meglio se i neri tornassero al loro paese", "gli zingari se ne devono andare",
    "che i rom se ne vadano", "sarebbe ora che gli immigrati se ne andassero",
    "che se ne tornassero a casa loro questi africani", "i musulmani se ne tornino a casa",
    # the focus lines
    "vorrei che gli zingari sparissero", "l'Italia starebbe meglio senza immigrati",
    "gli immigrati non pagano le tasse", "i musulmani non si integrano mai",
    "gli ebrei controllano le banche", "i neri sono tutti spacciatori",
)

TUNE_CLEAN: tuple[str, ...] = (
    "i politici non lavorano", "i parlamentari non pagano", "i miei colleghi non lavorano oggi",
    "oggi non lavoro", "i negozi non lavorano la domenica", "non è vero che i rom non lavorano",
    "dire che gli immigrati non pagano le tasse è falso", "molti immigrati pagano le tasse",
    "i rom lavorano come tutti", "chi dice che gli immigrati non lavorano mente",
    "gli immigrati non lavorano?", "\"i rom non lavorano\" è un pregiudizio",
    "mio zio dice che gli stranieri non fanno niente, ma sbaglia",
    "Zingaretti non lavora", "Zingaretti se ne deve andare", "i ragazzi non fanno niente oggi",
    "gli immigrati non fanno niente di male", "i miei amici se ne sono andati",
    "sarebbe meglio se i turisti se ne andassero prima di sera",
    "gli ospiti se ne andassero pure, era tardi",
    "vorrei che i miei vicini se ne andassero in vacanza",
    "che se ne tornino pure a casa, la festa è finita", "i rom se ne sono andati dal campo ieri",
    "gli immigrati non se ne devono andare", "nessuno vuole che i musulmani se ne vadano",
    "sarebbe meglio se gli immigrati restassero", "perché dovrebbero andarsene gli stranieri?",
    "il razzista ha scritto 'che i rom se ne vadano'", "io non lavoro mai il lunedì",
    "i giocatori non fanno niente in campo", "i ministri non fanno niente",
    "speriamo che le nuvole se ne vadano",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che caldo oggi", "porca miseria ho perso il treno", "che palle questo lunedì",
    "minchia che partita ragazzi", "vaffanculo al traffico, sono in ritardo",
    "merda, ho dimenticato le chiavi",
)
