"""The italian45 probe (issue 8): Italian identity attacks with no explicit harm word,
said as a rhetorical fragment (a named group as a topic, then a bare place, state or
riddance: "gli ebrei? tutti nel forno", "i rom? dietro le sbarre", "i musulmani? fuori
dalle palle") or as a conditional of what should be done to the group ("le donne
andrebbero messe a tacere", "ai rom bisognerebbe togliere i figli", "i trans non
dovrebbero esistere"); the clean lines in the same words that must stay clean (a thing
or a non-protected target in the fragment, kind conditionals, counter-speech, quotes,
denials, questions) and friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a group as a topic, then a bare place, state or riddance
    "gli ebrei? tutti nel forno", "i disabili? roba da buttare", "i rom? tutti dietro le sbarre",
    "gli zingari? in gabbia", "i negri? a raccogliere il cotone", "le donne? in cucina e zitte",
    "i musulmani? tutti a casa loro", "gli immigrati? sul primo barcone e via",
    "i trans? in manicomio", "i froci? dallo psichiatra", "gli africani? rispediti al mittente",
    "i terroni? fuori dalle palle", "le femministe? a lavare i piatti",
    "i rom? nei campi di lavoro", "gli ebrei, tutti sul treno per auschwitz",
    "i musulmani: fuori dall'italia", "e i gay? tutti in galera",
    # a conditional of what should be done to the group
    "le donne andrebbero messe a tacere", "i gay andrebbero rieducati",
    "gli immigrati andrebbero rispediti da dove sono venuti", "i rom andrebbero rinchiusi tutti",
    "i disabili andrebbero tenuti chiusi in casa", "i musulmani andrebbero schedati",
    "ai rom bisognerebbe togliere i figli", "alle donne bisognerebbe togliere il diritto di voto",
    "agli immigrati andrebbe tolta la cittadinanza", "i trans non dovrebbero esistere",
    "le lesbiche andrebbero raddrizzate", "gli ebrei dovrebbero sparire dall'europa",
    "i neri dovrebbero tornarsene in africa", "i disabili non dovrebbero avere figli",
    "le donne dovrebbero stare zitte e obbedire", "gli zingari bisognerebbe cacciarli tutti",
    "i musulmani andrebbero espulsi in blocco", "i froci andrebbero nascosti",
)

TUNE_CLEAN: tuple[str, ...] = (
    # a thing or a non-protected target in the fragment
    "la lasagna? tutta nel forno", "le scarpe rotte? roba da buttare",
    "i ladri? tutti dietro le sbarre", "i criceti? in gabbia", "i turisti? tutti al mare",
    "i bambini? a letto presto", "i giocattoli? nei cassetti", "i rifiuti? fuori dalla porta",
    "le femministe? in piazza sabato per il corteo",
    "i musulmani? tutti in moschea per la festa",
    # kind or neutral conditionals, and conditionals about things
    "le regole del server andrebbero riscritte", "i bambini andrebbero vaccinati",
    "gli immigrati andrebbero accolti meglio", "le donne andrebbero ascoltate di più",
    "i disabili andrebbero aiutati dallo stato", "i rom andrebbero integrati nelle scuole",
    "ai disabili bisognerebbe dare più servizi",
    "alle donne bisognerebbe pagare lo stesso stipendio",
    "i gay dovrebbero potersi sposare", "i trans dovrebbero avere gli stessi diritti",
    "i musulmani dovrebbero poter pregare in pace",
    "i neri dovrebbero essere rappresentati di più nei film",
    "le tasse andrebbero abbassate", "i vecchi server andrebbero spenti",
    # counter-speech, quotes, denials, questions
    "chi dice che i gay andrebbero curati è un ignorante",
    "davvero pensi che le donne andrebbero zittite?",
    "nessuno dice che gli immigrati andrebbero cacciati",
    "scrivere 'gli ebrei? nel forno' è da criminali",
    "i razzisti dicono 'i neri? a casa loro', che schifo",
    "non è vero che i disabili andrebbero tenuti in casa",
    "i disabili? persone come tutti", "gli immigrati? una risorsa per il paese",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che freddo stamattina", "porca puttana che tiro", "minchia, ho vinto di nuovo",
    "che culo che hai avuto cazzo", "merda, si è bloccato il gioco", "vaffanculo al traffico",
)
