"""The italian44 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "gli zingari? da eliminare", "i musulmani? da sterminare", "i froci? da bruciare",
    "le donne? da zittire a schiaffi", "gli ebrei? da deportare tutti",
    "i neri? da cacciare", "i disabili? da buttare via", "gli immigrati? da rispedire a casa",
    "i trans? da internare", "rom? da eliminare", "gli africani? tutti da affogare",
    "i gay, da sopprimere", "le lesbiche? da punire", "i musulmani: da ammazzare",
    "e gli ebrei? da impiccare", "i nomadi? da cacciare via a calci",
    "gli stranieri? tutti da rimpatriare", "i terroni? da eliminare",
    "gli zingari? la pagheranno", "gli ebrei? prima o poi la pagheranno",
    "le donne? la pagheranno cara", "i trans? avranno quello che si meritano",
    "gli islamici? pagheranno per tutto", "i neri? prima o poi la pagano cara",
    "i clandestini? ce la pagheranno", "i gay? avranno ciò che si meritano",
    "detesto i musulmani", "i neri mi fanno vomitare", "le donne sono bestie",
    "gli ebrei sono ratti", "voglio uccidere tutti i rom", "i gay dovrebbero essere bruciati vivi",
    "perché gli immigrati sono così stupidi?", "secondo me gli ebrei sono feccia",
    "i neri non meritano di vivere", "ho visto dei rom ieri, sono dei parassiti",
    "le donne? inutili", "i disabili sono un peso per la società", "i rom non dovrebbero esistere",
    "il mondo sarebbe migliore senza ebrei",
)

HELD_CLEAN: tuple[str, ...] = (
    "i virus? da eliminare", "gli spam? da cancellare", "le vecchie foto? da buttare",
    "i cecchini? da eliminare subito", "i rifiuti? tutti da bruciare",
    "i politici corrotti? la pagheranno", "i ladri? avranno quello che si meritano",
    "gli spacciatori? prima o poi la pagheranno", "i messaggi contro i musulmani? da eliminare",
    "gli insulti ai gay? da cancellare",
    "gli zingari? da conoscere meglio", "le donne? da valorizzare", "i neri? da celebrare",
    "i musulmani? da ascoltare", "i trans? da sostenere", "gli immigrati? da formare e assumere",
    "dire che i rom sono parassiti è razzismo", "chi scrive 'gli ebrei? da eliminare' va bannato",
    "\"i gay? da bruciare\" è una frase da denuncia",
    "nessuno dice che le donne siano da picchiare",
    "i neri? da cacciare? sei fuori di testa", "chi pensa che i disabili siano inutili si vergogni",
    "ho conosciuto degli zingari. sono tutti gentili.", "rispetto tutti i miei colleghi ebrei",
    "le persone trans meritano rispetto", "i musulmani sono cittadini come gli altri",
    "i disabili sono esseri umani con gli stessi diritti", "gli immigrati? gente che lavora sodo",
    "i rom? vittime di pregiudizi", "le donne? le migliori colleghe che abbia avuto",
    "perché gli immigrati rischiano la vita in mare?", "penso che le donne siano bravissime",
    "il mio amico gay è fantastico", "i neri hanno subito secoli di schiavitù",
    "gli ebrei? una comunità antica", "ho visto dei rom ieri, suonavano benissimo",
    "la pagheranno cara gli evasori", "i razzisti? la pagheranno",
    "gli errori? da correggere", "i nemici del boss? da eliminare",
)

HELD_SWEARING: tuple[str, ...] = (
    "cazzo che bello", "porca puttana che freddo", "minchia che sorpresa",
    "merda, ho dimenticato le chiavi", "che culo ho avuto oggi", "porco cane che traffico",
)
