"""The italian53 probe lines (issue 8): a named group's humanity denied, or its worth put
below an animal or nothing, in words the older phrase lines miss: an intensifier or an
article inside the denial ("le donne non sono nemmeno persone", "gli ebrei non sono veri
esseri umani", "un nero non è nemmeno una persona"), nothing human left ("gli immigrati
non hanno niente di umano"), "non sono altro che animali", "non li considero persone",
and an animal worth more than the group ("un cane vale più di un ebreo", "meglio un cane
che un musulmano"); clean lines in the same words (counter-speech, reported speech,
bots and robots, pets, counts, "non sono nemmeno arrivati"). Written before any rule."""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    "le donne non sono nemmeno persone", "i neri non sono neanche esseri umani",
    "gli ebrei non sono veri esseri umani", "i rom non sono delle persone",
    "i musulmani non sono mica persone", "gli immigrati non hanno niente di umano",
    "i gay non hanno nulla di umano", "di umano gli zingari non hanno niente",
    "i disabili sono meno di niente", "un cane vale più di un ebreo",
    "meglio un cane che un musulmano", "un topo vale più di tutti gli immigrati",
    "non considero i neri persone", "i gay? non li considero nemmeno esseri umani",
    "le trans non le considero persone", "un nero non è nemmeno una persona",
    "un disabile non è neanche un essere umano", "gli zingari non sono uomini, sono animali",
    "i neri non sono altro che animali", "le donne non sono altro che bestie",
    "i musulmani sono meno di un animale", "gli ebrei valgono meno delle bestie",
    "i rom non sono nemmeno umani", "i gay non sono neanche uomini",
    "un immigrato non ha niente di umano", "questi zingari non hanno un'anima",
    "le donne non hanno un'anima", "gli ebrei non sono nemmeno persone, sono parassiti",
    "secondo me i neri non sono veri esseri umani", "i trans? non sono nemmeno persone",
    "un cane merita più rispetto di un rom", "i disabili valgono meno di un cane",
    "gli immigrati sono sotto gli animali", "i musulmani non sono delle persone ma bestie",
    "i negri non sono nemmeno umani",
)

TUNE_CLEAN: tuple[str, ...] = (
    "le donne sono persone, non oggetti", "chi dice che i neri non sono esseri umani è un razzista",
    "gli ebrei sono esseri umani come tutti", "i rom non sono nemmeno tanti in città",
    "i musulmani non sono mica tutti uguali", "gli npc non sono nemmeno persone, sono script",
    "gli immigrati hanno qualcosa di profondamente umano nelle loro storie",
    "i bot non hanno nulla di umano", "questo robot non ha niente di umano",
    "un cane vale più di un gatto in casa", "meglio un cane che un gatto, per me",
    "il mio cane vale più di tutto l'oro del mondo", "non considero i neri diversi da me",
    "i gay li considero persone come tutte le altre", "un nero non è meno persona di un bianco",
    "dire che un disabile non è una persona è disumano",
    "i neri non sono altro che persone come noi", "le donne non sono altro che il futuro del paese",
    "i musulmani sono più di un numero", "gli ebrei valgono quanto chiunque altro",
    "i rom non sono nemmeno stati invitati alla riunione", "un immigrato non ha niente da perdere",
    "questi artisti rom hanno un'anima bellissima", "le donne hanno un'anima forte",
    "i trans sono persone, punto", "un cane merita più rispetto di come lo tratti",
    "i disabili valgono tanto quanto gli altri", "non è vero che gli immigrati non sono persone",
    "i gay non sono nemmeno la metà degli iscritti",
    "il razzista diceva che i neri non erano persone, che schifo",
    "i musulmani non sono delle macchine, hanno bisogno di riposo",
    "gli ebrei non sono nemmeno citati nel libro",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che partita stasera", "porca miseria, non sono nemmeno le otto e sono già stanco",
    "che cazzo di giornata, mi serve un caffè", "minchia che gol, incredibile",
    "vaffanculo al traffico di oggi", "merda, ho dimenticato le chiavi di nuovo",
)
