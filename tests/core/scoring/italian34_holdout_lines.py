"""The italian34 held-back batch (issue 8): written with the probe, before any rule, in
the same shapes with different wording; counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "gli zingari non lavorano proprio", "i rom non lavorano, campano di furti",
    "i senegalesi non lavorano", "gli extracomunitari non lavorano", "i rumeni non lavorano",
    "i profughi non fanno niente", "gli immigrati non fanno niente se non chiedere soldi",
    "gli zingari non fanno nulla", "i migranti non fanno niente tutto il giorno",
    "i musulmani non fanno niente", "i rom non fanno un cazzo", "i negri non lavorano",
    "gli arabi non lavorano", "le donne non lavorano, stanno a casa", "i pakistani non lavorano",
    "i clandestini non fanno niente", "gli immigrati non lavorano mica",
    "i rom non vogliono fare nulla", "tutti gli zingari non lavorano", "i cinesi non fanno niente",
    "sarebbe meglio se i rom se ne andassero", "sarebbe meglio se gli arabi se ne andassero",
    "magari i musulmani se ne andassero", "che gli zingari se ne tornino in romania",
    "vorrei che gli immigrati se ne andassero tutti", "spero che i neri se ne vadano",
    "sarebbe giusto se gli stranieri se ne andassero", "che se ne vadano tutti questi rom",
    "gli immigrati se ne devono tornare a casa", "che i musulmani tornino al loro paese",
    "sarebbe ora che i rom se ne andassero", "magari se ne tornassero tutti in africa",
    "i clandestini se ne tornino da dove sono venuti", "vorrei che i gay se ne andassero",
    "spero che gli zingari se ne vadano presto", "sarebbe meglio senza stranieri",
    "l'Italia starebbe meglio senza rom", "vorrei che i rom sparissero",
    "gli zingari non pagano le tasse", "gli ebrei controllano i media",
)

HELD_CLEAN: tuple[str, ...] = (
    "i senatori non lavorano", "i sindacalisti non lavorano mai", "i miei fratelli non lavorano",
    "domani non lavoro", "gli uffici non lavorano ad agosto",
    "non è vero che gli zingari non lavorano",
    "dire che i rom non fanno niente è falso", "tanti immigrati lavorano nei campi",
    "gli immigrati lavorano più di noi", "chi dice che i rom non lavorano è razzista",
    "i rom non lavorano? falso", "\"gli immigrati non fanno niente\" è una bugia",
    "il mio vicino dice che i rom non lavorano, ma non è così",
    "Zingaretti non fa niente", "Zingaretti se ne andasse pure",
    "i bambini non fanno niente di male",
    "gli immigrati non fanno nulla di illegale", "i miei genitori se ne sono andati",
    "sarebbe meglio se i clienti se ne andassero prima", "vorrei che gli invitati se ne andassero",
    "che se ne tornino a casa, è tardi", "gli zingari se ne sono andati ieri",
    "gli stranieri non se ne devono andare", "nessuno vuole che i rom se ne vadano",
    "sarebbe meglio se i migranti fossero accolti", "perché gli immigrati dovrebbero andarsene?",
    "un leghista ha detto 'che gli immigrati se ne vadano'", "non lavoro il sabato",
    "i difensori non fanno niente", "gli assessori non fanno niente",
    "spero che la pioggia se ne vada", "i turisti se ne vanno a settembre",
    "molti rom lavorano nei mercati", "i miei colleghi musulmani lavorano tanto",
    "sarebbe bello se i politici se ne andassero", "i deputati se ne devono andare",
    "gli ebrei hanno aperto una banca nel 1800", "le donne sanno guidare benissimo",
    "gli immigrati pagano le tasse", "i neri non sono spacciatori",
)

HELD_SWEARING: tuple[str, ...] = (
    "cazzo che freddo stamattina", "porca puttana si è rotto il telefono", "che palle la pioggia",
    "minchia che gol ragazzi", "merda, ho perso l'autobus", "vaffanculo, ho bruciato la pasta",
)
