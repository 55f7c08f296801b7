"""The italian23 held-back batch (issue 8): the probe's shapes in other words, written at
the same time and before any rule, never studied while building; counted at the start
and the end only.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "sei soltanto un rifiuto", "siete degli scarti della società", "sei solo feccia umana",
    "voi siete dei parassiti schifosi", "siete solo spazzatura umana",
    "sei solo un verme", "siete degli avanzi di galera", "sei solo una nullità",
    "tu non sei altro che uno scarto", "siete tutti degli scarti",
    "gli zingari sanno solo rubare", "le donne sanno solo lamentarsi e spendere",
    "i musulmani sanno solo ammazzare", "gli immigrati sanno solo stuprare",
    "i neri sanno solo delinquere", "le lesbiche sanno solo odiare gli uomini",
    "gli africani sanno solo chiedere l'elemosina", "i rifugiati sanno solo pretendere",
    "gli ebrei sanno solo complottare", "i gay sanno solo fare casino",
    "fuori i rom e gli zingari dal paese", "fuori gli islamici e i loro imam dall'europa",
    "basta immigrati e rifugiati", "fuori le trans e i gay dalle scuole",
    "via i musulmani e i neri dall'italia",
    "nel nostro paese non vogliamo rom", "niente rom in questa città",
    "qua non vogliamo rom", "niente immigrati nel mio condominio",
    "niente zingari in italia", "in italia non vogliamo rom",
    "bisognerebbe radere al suolo i loro campi", "radiamo al suolo le moschee",
    "andrebbero date alle fiamme le loro sinagoghe", "dovremmo radere al suolo i campi rom",
    "sei solo un cesso", "siete solo dei falliti", "sei solo un pezzo di merda",
    "i musulmani sanno solo odiare", "le femministe sanno solo urlare",
)

HELD_CLEAN: tuple[str, ...] = (
    "sei solo un principiante", "siete degli insegnanti fantastici", "sei solo arrabbiato",
    "lo scarto tra le squadre è minimo", "gli scarti della produzione vengono riciclati",
    "siete dei fenomeni", "sei solo al primo anno", "siete solo voi due stasera?",
    "i rifiuti vanno portati in discarica", "nessuno è uno scarto, ricordatelo",
    "mia sorella sa solo cucinare la pasta", "i cuccioli sanno solo dormire",
    "gli immigrati sanno solo lo spagnolo? no, anche l'inglese",
    "chi pensa che gli zingari sanno solo rubare è ignorante",
    "non è vero che i musulmani sanno solo odiare",
    "le donne sanno solo quello che hanno studiato, come tutti",
    "dire fuori i rom è razzismo puro", "fuori i ragazzi stanno fumando",
    "fuori le persone aspettavano in fila", "fuori gli immigrati lavoravano nei campi",
    "fuori gli ebrei! urlavano i fascisti, e oggi ce ne vergogniamo",
    "niente rom stasera al telegiornale?", "non vogliamo rom? ma che dici",
    "niente ebrei al convegno? strano", "nella nostra città non vogliamo la mafia",
    "la guerra ha raso al suolo interi quartieri", "l'alluvione ha raso al suolo il villaggio",
    "la sinagoga è stata rasa al suolo nel 1943", "hanno dato fuoco alle foglie secche",
    "i vigili del fuoco sono arrivati subito", "basta pizza e birra stasera",
    "fuori i documenti, disse il poliziotto", "niente rom? parlavamo di gelato",
    "il mio gatto sa solo mangiare", "siete degli attori bravissimi",
    "sei solo un amico per me", "questa scheda è solo un rifiuto del sistema",
    "i musulmani stanno pregando fuori dalla moschea",
    "le donne sanno solo parlare tre lingue, e tu?", "la moschea nuova è bellissima",
)

HELD_SWEARING: tuple[str, ...] = (
    "cazzo che bomba", "porca puttana che rimonta", "minchia ragazzi gg",
    "che cazzo di giocata, bravo", "vaffanculo che fortuna ho avuto", "merda ho perso di nuovo",
)
