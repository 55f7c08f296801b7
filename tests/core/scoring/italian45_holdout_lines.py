"""The italian45 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "gli ebrei? dritti nelle camere a gas", "i disabili? da rottamare",
    "gli zingari? tutti in prigione", "i rom? dentro e buttare la chiave",
    "i negri? di nuovo in catene", "le donne? zitte e in cucina", "i froci? a farsi curare",
    "gli immigrati? a nuoto fino in africa", "i musulmani? via dall'italia",
    "i trans? in clinica psichiatrica", "i gay? in galera come una volta",
    "le lesbiche? in convento", "i marocchini? fuori dalle scatole",
    "gli africani? tutti sul barcone di ritorno", "i cinesi? a casa loro",
    "gli ebrei: al forno crematorio", "i rom, tutti sui vagoni", "e gli zingari? fuori dai piedi",
    "le femministe? al guinzaglio", "i negri? nello zoo",
    "le donne andrebbero tenute in casa", "i gay andrebbero curati da piccoli",
    "gli immigrati andrebbero rimpatriati tutti", "i rom andrebbero sterilizzati",
    "i disabili andrebbero isolati dal resto della società",
    "gli ebrei andrebbero cacciati dalle banche", "i musulmani andrebbero sorvegliati tutti",
    "ai musulmani bisognerebbe vietare di votare", "alle donne andrebbe tolta la patente",
    "ai neri andrebbe negata la cittadinanza", "le trans dovrebbero vergognarsi di esistere",
    "i froci dovrebbero nascondersi", "i rom dovrebbero sparire",
    "gli immigrati dovrebbero tornarsene da dove sono venuti",
    "i disabili non dovrebbero nemmeno uscire di casa", "le donne non dovrebbero parlare",
    "gli zingari bisognerebbe rinchiuderli", "i negri andrebbero rimandati nella giungla",
    "gli ebrei andrebbero marchiati", "le lesbiche andrebbero corrette",
)

HELD_CLEAN: tuple[str, ...] = (
    "la pizza? nel forno a legna", "i mobili vecchi? da rottamare",
    "i rapinatori? tutti in prigione", "le chiavi? dentro il cassetto",
    "i bambini? zitti e a letto", "gli ospiti? a casa loro dopo la festa",
    "i gatti? via dal divano", "i pazienti? in clinica per i controlli",
    "i turisti? tutti sul traghetto", "gli scatoloni? fuori dai piedi",
    "le donne? sempre in prima linea nelle proteste",
    "i musulmani? tutti in moschea per il ramadan", "i rom? tutti alla festa del paese",
    "le lesbiche? in piazza per il pride",
    "le leggi andrebbero cambiate", "i cani andrebbero vaccinati",
    "gli immigrati andrebbero tutelati", "le donne andrebbero pagate come gli uomini",
    "i gay andrebbero rispettati", "i rom andrebbero ascoltati",
    "i disabili andrebbero inclusi nello sport", "i musulmani andrebbero conosciuti meglio",
    "ai musulmani bisognerebbe garantire luoghi di culto", "alle donne andrebbe dato più spazio",
    "ai neri andrebbe riconosciuto il loro contributo", "i trans dovrebbero essere rispettati",
    "gli immigrati dovrebbero avere il permesso di lavorare", "le piante andrebbero innaffiate",
    "i file temporanei andrebbero cancellati", "i politici andrebbero mandati a casa",
    "chi pensa che le donne andrebbero tenute in casa vive nel medioevo",
    "è vergognoso dire che i rom andrebbero sterilizzati",
    "ma davvero credi che gli immigrati andrebbero rimpatriati tutti?",
    "nessuno sano di mente direbbe 'gli ebrei? al forno'",
    "mio nonno diceva 'i terroni? fuori', ma era un ignorante",
    "non penso che i gay andrebbero curati, non sono malati",
    "i disabili? persone come noi", "gli africani? gente splendida",
    "i neri? i migliori vicini che ho avuto", "le femministe? hanno ragione su tanto",
)

HELD_SWEARING: tuple[str, ...] = (
    "porca vacca che partita", "cazzo, ho dimenticato le chiavi", "che palle sto lunedì",
    "minchia che figata", "merda che sonno", "ma vaffanculo, ho di nuovo perso",
)
