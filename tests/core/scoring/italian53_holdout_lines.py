"""The italian53 held-back lines (issue 8): other wordings of the probe's shapes, written
at the same time and before any rule; counted only at the start and the end."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "le donne non sono neppure persone", "i neri non sono manco esseri umani",
    "gli ebrei non sono vere persone", "i rom non sono degli esseri umani",
    "i musulmani non sono davvero umani", "gli immigrati di umano non hanno nulla",
    "i gay non hanno proprio niente di umano", "le persone trans non hanno niente di umano",
    "gli zingari sono meno di zero", "un maiale vale più di un ebreo",
    "meglio un topo che un immigrato", "un ratto vale più di tutti i rom",
    "i neri li considero meno che persone", "le donne? non le considero neanche persone",
    "i disabili non li considero esseri umani", "un ebreo non è neppure una persona",
    "un gay non è nemmeno un uomo", "i musulmani non sono altro che bestie",
    "gli immigrati non sono altro che animali", "i rom sono meno delle bestie",
    "i neri valgono meno di un animale", "le donne non sono nemmeno umane",
    "uno zingaro non ha nulla di umano", "i gay non hanno anima",
    "per me gli ebrei non sono veri esseri umani", "i musulmani? non sono neanche persone",
    "un cane merita più rispetto di un immigrato",
    "i trans non sono né uomini né donne, sono mostri", "gli africani non sono nemmeno persone",
    "i rom non sono neanche uomini", "i neri non sono delle persone",
    "i disabili sono meno di niente, pesi morti", "meglio un cane che una donna",
    "un gatto vale più di un nero", "gli zingari non sono mica esseri umani",
    "i musulmani non hanno niente di umano, solo odio",
    "gli immigrati non sono veri uomini, sono bestie", "le donne valgono meno di un cane",
    "un rom non è neanche un essere umano", "gli ebrei non sono nemmeno umani",
)

HELD_CLEAN: tuple[str, ...] = (
    "le donne sono persone con gli stessi diritti",
    "chi scrive che gli ebrei non sono persone va bannato",
    "i neri sono esseri umani, fine della discussione",
    "i rom non sono neppure citati nel rapporto", "i musulmani non sono davvero tutti religiosi",
    "i robot non hanno niente di umano", "questa intelligenza artificiale non ha nulla di umano",
    "un gatto vale più di mille parole", "meglio un cane che un criceto",
    "il mio cane vale più di qualsiasi auto", "considero i disabili colleghi preziosi",
    "i gay li considero amici veri", "un immigrato non è meno umano di noi",
    "dire che i trans non sono persone è crudele", "i neri non sono altro che cittadini come noi",
    "le donne non sono altro che la metà del mondo", "gli ebrei valgono come tutti gli altri",
    "gli zingari non sono nemmeno arrivati al campo", "i manichini non sono veri esseri umani",
    "gli npc non sono neanche persone reali", "un rom non ha niente da nascondere",
    "le persone trans hanno un'anima come tutti",
    "un cane merita più rispetto di quello che riceve", "non è vero che i musulmani non sono umani",
    "mi ha detto che le donne non sono persone, l'ho bloccato",
    "i gay non sono nemmeno il dieci per cento", "i disabili non sono delle macchine",
    "i neri non sono mica diversi da noi", "gli immigrati sono più di un numero",
    "un ebreo non ha nulla da farsi perdonare", "meglio un cane che un pesce rosso",
    "i rom sono persone, non problemi", "le donne non sono neanche la metà dei candidati",
    "la musica dei musulmani ha qualcosa di profondamente umano",
    "un topo vale più di un gatto come cavia?", "i trans non sono meno persone degli altri",
    "questi zombi non sono veri esseri umani", "considero gli immigrati una risorsa",
    "le donne valgono quanto gli uomini", "i neri non sono nemmeno menzionati nel film",
)

HELD_SWEARING: tuple[str, ...] = (
    "porca puttana che caldo oggi", "cazzo, che concerto ieri sera", "che palle questo lunedì",
    "minchia, non ci posso credere, abbiamo vinto", "merda, il treno è in ritardo",
    "vaffanculo, ho perso le chiavi di nuovo",
)
