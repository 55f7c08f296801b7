"""The italian64 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "bisognerebbe lasciarli annegare", "bisogna lasciarli affogare tutti quanti",
    "gli immigrati bisognerebbe lasciarli annegare",
    "questi profughi dovremmo lasciarli affogare in mare",
    "dovremmo lasciarli morire tutti in mare", "i clandestini? bisogna lasciarli annegare",
    "i nordafricani andrebbero lasciati annegare", "i profughi vanno lasciati affogare",
    "bisognerebbe lasciarli affogare tutti, questi migranti",
    "questa gente bisognerebbe lasciarla annegare",
    "basta salvataggi, bisogna lasciarli annegare",
    "dobbiamo lasciarli affogare, sono troppi",
    "bisognerebbe lasciar annegare tutti i clandestini",
    "lasciarli annegare tutti, altro che accoglierli",
    "i migranti dovremmo lasciarli crepare in mare",
    "i rom? sparargli a vista", "gli zingari bisognerebbe sparargli a vista",
    "ai migranti bisognerebbe sparargli", "spariamogli addosso a questi zingari",
    "gli islamici? spariamogli in testa", "questa gente bisogna sparargli a vista",
    "sparargli a vista a tutti i clandestini", "agli ebrei sparargli e basta",
    "i trans? sparargli in testa", "bisognerebbe sparargli addosso, a quei clandestini",
    "i negri spariamogli tutti", "ai profughi bisogna sparargli addosso",
    "questa gente bisogna ammazzarli tutti", "quella gente bisognerebbe bruciarli vivi",
    "questa gente dovremmo impiccarli tutti", "quella gente bruciamoli tutti",
    "questa gente ammazziamoli tutti", "gente come quella affondiamoli",
    "sterminiamoli tutti, quella gente non merita niente",
    "gli ebrei? bruciamoli tutti", "i clandestini affondiamoli tutti",
    "gli zingari bisogna ammazzarli tutti", "i musulmani andrebbero lasciati affogare",
    "gli immigrati? lasciarli affogare e basta", "quella gente va lasciata affogare",
)

HELD_CLEAN: tuple[str, ...] = (
    "bruciamoli tutti, sono solo scontrini vecchi",
    "affondiamoli tutti, la flotta nemica è lì", "ammazziamoli tutti, sono solo orchi",
    "buttiamoli tutti, sono giornali vecchi", "cuociamoli per dieci minuti",
    "i pomodori bisogna lasciarli affogare nell'olio",
    "i lupi bisognerebbe sparargli, dicono i pastori", "gli alieni? sparargli in testa",
    "i mostri spariamogli addosso", "le lettere vecchie bruciamole tutte",
    "i fiori secchi bisogna lasciarli morire", "ammazziamoli tutti alla prossima partita",
    "bisogna soccorrerli tutti", "i profughi? bisogna accoglierli tutti",
    "questa gente bisogna ascoltarla", "i profughi vanno soccorsi, non lasciati annegare",
    "non lasciamoli annegare, apriamo i porti", "non bisogna lasciarli annegare",
    "non possiamo lasciarli morire in mare", "bisognerebbe lasciarli annegare? ma scherzi",
    "chi scrive 'ammazziamoli tutti' è un delinquente",
    "chi dice di lasciarli annegare dovrebbe vergognarsi",
    "ha scritto di lasciarli annegare, che schifo",
    "il deputato ha detto che bisogna lasciarli affogare",
    "lasciarli annegare è disumano", "dire 'sparargli a vista' agli zingari è razzismo",
    "nessuno dovrebbe sparargli, sono esseri umani",
    "hanno cercato di sparargli ma l'hanno mancato",
    "il bracconiere voleva sparargli ma la volpe è fuggita",
    "questa gente merita aiuto", "i migranti vanno accolti come tutti",
    "urlare 'lasciamoli affogare' ai migranti è vergognoso",
    "le vespe? bruciamole tutte col fumo", "i bug del codice ammazziamoli tutti",
    "i cinghiali? sparargli a vista", "le alghe bisogna lasciarle morire",
    "bisogna salvarli tutti quanti, sono bambini",
    "quella gente ha bisogno di aiuto", "non sparargli, è un amico",
    "il film dove li lasciano affogare è bellissimo",
)

HELD_SWEARING: tuple[str, ...] = (
    "cazzo che pioggia stamattina", "porca puttana, ho dimenticato le chiavi",
    "che palle sto traffico", "madonna che fame", "vaffanculo al wifi di casa",
    "minchia che gol ragazzi",
)
