"""The italian64 probe (issue 8): violence called for against a group in Italian with a
clitic infinitive or imperative, the group named in the message or said as "quella
gente": letting them drown ("bisognerebbe lasciarli affogare", "i migranti vanno lasciati
annegare") and shooting them ("gli zingari? sparargli a vista", "spariamogli addosso a
questi clandestini"), and the older clitic verbs said of "quella gente" ("quella gente
bisogna ammazzarli tutti"); and the clean lines in the same words that must stay clean
(things, games, food and hunting, rescue, negations, questions, counter-speech, news and
reports). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # letting them drown or die
    "bisognerebbe lasciarli affogare", "bisogna lasciarli annegare tutti",
    "i migranti bisognerebbe lasciarli affogare",
    "questi clandestini dovremmo lasciarli annegare in mare",
    "dovremmo lasciarli morire in mare tutti quanti", "i profughi? bisogna lasciarli affogare",
    "gli africani andrebbero lasciati affogare", "i migranti vanno lasciati annegare",
    "bisognerebbe lasciarli crepare tutti, i clandestini",
    "quella gente bisognerebbe lasciarla affogare",
    "basta accoglienza, bisogna lasciarli affogare", "dobbiamo lasciarli annegare e basta",
    "bisognerebbe lasciar affogare tutti i migranti",
    "lasciarli affogare tutti, altro che salvarli",
    "i migranti bisognerebbe lasciarli affogare come topi",
    # shooting them
    "gli zingari? sparargli a vista", "i rom bisognerebbe sparargli a vista",
    "agli immigrati bisognerebbe sparargli", "spariamogli addosso a questi clandestini",
    "i musulmani? spariamogli in testa", "quella gente bisogna sparargli a vista",
    "sparargli a vista a tutti i migranti", "ai negri sparargli e basta",
    "i gay? sparargli in testa", "bisognerebbe sparargli addosso, a quei profughi",
    # the older clitic verbs said of "quella gente"
    "quella gente bisogna ammazzarli tutti", "questa gente bisognerebbe bruciarli vivi",
    "quella gente dovremmo impiccarli tutti in piazza", "questa gente bruciamoli tutti",
    "quella gente ammazziamoli tutti", "gente del genere affondiamoli",
    "ammazziamoli tutti, quella gente non merita di vivere",
    # named groups with the older lines
    "gli zingari? ammazziamoli tutti", "i migranti affondiamoli tutti",
    "i rom bisogna bruciarli tutti",
)

TUNE_CLEAN: tuple[str, ...] = (
    # things, games, food and hunting
    "bruciamoli tutti, queste carte non servono", "affondiamoli tutti, ho trovato le loro navi",
    "ammazziamoli tutti, sono solo zombie", "buttiamoli tutti, sono vestiti vecchi",
    "cuociamoli al dente", "le uova bisogna lasciarle affogare nel sugo",
    "i cinghiali bisogna sparargli, distruggono i campi", "gli zombie? sparargli in testa",
    "i carri nemici spariamogli addosso", "le vecchie foto bruciamole tutte",
    "le piantine malate bisogna lasciarle morire", "ammazziamoli tutti al prossimo round",
    # rescue and help
    "bisogna salvarli tutti", "gli immigrati? bisogna aiutarli tutti",
    "quella gente bisogna aiutarla", "i migranti vanno salvati, non lasciati affogare",
    "non lasciamoli affogare, mandiamo le navi",
    # negations, questions, counter-speech, news and reports
    "non bisogna lasciarli affogare", "non possiamo lasciarli affogare in mare",
    "bisognerebbe lasciarli affogare? ma sei pazzo",
    "chi dice 'bruciamoli tutti' è un criminale",
    "chi dice di lasciarli affogare è un criminale",
    "ha detto di lasciarli affogare, vergogna",
    "il ministro ha detto che bisogna lasciarli annegare",
    "lasciarli affogare è un crimine", "dire 'sparargli a vista' ai migranti è disumano",
    "nessuno dovrebbe sparargli, sono persone",
    "hanno provato a sparargli, ma è scappato",
    "il cacciatore voleva sparargli ma il cervo è scappato",
    "quella gente merita rispetto", "i rom vanno rispettati come tutti",
    "scrivere 'lasciamoli affogare' sui migranti è vergognoso",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che freddo oggi", "porca miseria, ho perso il treno", "che palle sto lunedì",
    "madonna che caldo, si muore", "vaffanculo alla sveglia delle sei",
    "minchia che partita ragazzi",
)
