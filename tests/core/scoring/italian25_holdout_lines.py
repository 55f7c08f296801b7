"""The italian25 held-back batch (issue 8): the probe's shapes in other wording, written
with the probe and before any rule, and counted only at the start and at the end (see
italian25_probe_lines.py for the shapes and their clean contrasts).
"""

from __future__ import annotations

# fmt: off

# The second batch's held-back lines, written with it (see italian25_probe_lines.py).
# The third batch's held-back lines, written with it.
HELD3_HOSTILE: tuple[str, ...] = (
    "l'imbecille ha scritto di nuovo", "la stronza non si vergogna",
    "il solito deficiente ci riprova",
    "ma il cretino non capisce", "la scema è tornata a commentare", "lo stupido si è offeso",
    "il buffone di turno", "e la cretina ci crede pure",
)
HELD3_CLEAN: tuple[str, ...] = (
    "lo stupido è che nessuno lo sa", "la stupida abitudine di fumare",
    "il cretino ero io, lo ammetto", "il bello è che ha vinto",
    "lo stupido è credere a tutto", "la scema di turno ero io",
)

HELD2_HOSTILE: tuple[str, ...] = (
    "i deficienti votano sempre così", "gli imbecilli non capiscono", "e i cretini esultano",
    "ma gli stupidi ci cascano sempre", "i soliti cretini", "le idiote ridono",
    "siete delle arpie", "sembrate delle galline", "quelle sono delle oche",
    "questa è una serpe", "sei un'oca", "quella strega senza vergogna",
)
HELD2_CLEAN: tuple[str, ...] = (
    "noi eravamo i cretini della classe", "ha scritto che i cretini vincono",
    "i buffoni di corte facevano ridere il re", "ho visto delle oche al lago",
    "allevo delle galline in campagna", "questa è una gallina ruspante",
    "mia nonna aveva una mucca", "i geni della matematica",
    "i fenomeni del calcio", "sei una forza",
)

HELD_HOSTILE: tuple[str, ...] = (
    # a demonstrative pronoun, a copula, an insult
    "questa è una scema", "questi sono dei deficienti", "quella è una cretina patentata",
    "queste sono delle galline", "questo è proprio un cretino", "quella lì è una vipera",
    "questi qui sono degli ignoranti", "quelli sono dei buffoni", "questa è proprio una stupida",
    "queste qui sono delle idiote", "questo è un pagliaccio", "quella è una strega",
    "questi sono degli imbecilli", "questa qui è un'oca",
    # a demonstrative with an animal or a witch put on a person
    "sta gallina", "ma quando sta zitta sta oca", "quella vipera di Marta",
    "sta megera non la sopporto", "ma cosa dice sta capra", "quell'asina di Federica",
    "quella strega di sua suocera", "sta vacca ride sempre", "questa serpe parla alle spalle",
    "quella balena di Paola", "ma perché piange sta mucca", "sta iena urla come una pazza",
    "quella gallina di Laura non capisce niente", "ma sta arpia chi si crede di essere",
    # a jailbird
    "sono tutti avanzi di galera", "sei solo un avanzo di galera",
    "questi sono avanzi di galera", "quel politico è un avanzo di galera",
    "branco di avanzi di galera", "voi siete avanzi di galera",
    # a lesson ordered, a bare vocative after it
    "impara a scrivere asino", "impara l'italiano capra", "studia la storia ignorante",
    "impara a leggere somaro", "ripassa l'ortografia, capra",
    "torna a studiare somaro",
)

HELD_CLEAN: tuple[str, ...] = (
    # the demonstrative of a thing or a friend
    "questa è una stronzata", "questa è una bomba", "questo è un disastro di gioco",
    "questi sono dei grandi", "quella è una mia collega", "queste sono delle ottime notizie",
    "quello è un bel posto", "questa qui è mia sorella", "questi sono dei campioni",
    "quella è una bella squadra",
    # the animals themselves, a kitchen, a fairy tale, a costume
    "ho visto una vipera sul sentiero", "quella gallina ha fatto due uova",
    "sta mucca dà tanto latte", "la strega cattiva della fiaba", "stasera mi vesto da strega",
    "quell'oca nel laghetto è bellissima", "sta capra salta sulle rocce",
    "la balena è un mammifero", "ho comprato una gallina ruspante",
    "la iena ride nel documentario", "questa vacca pesa seicento chili",
    "il cucciolo di balena segue la madre",
    # self-talk, reported speech, a thing judged
    "sono una scema, ho dimenticato le chiavi", "che idiota sono stato ieri",
    "mi ha chiamato somaro davanti a tutti, che faccio?", "questo gioco fa schifo",
    "mi hanno detto capra, ci sono rimasta male",
    # leftovers and prison, a lesson without an insult
    "è finito in galera per truffa", "gli avanzi della cena li mangiamo domani",
    "con gli avanzi faccio una frittata", "impara a scrivere bene, ti servirà",
    "impara a leggere lo spartito", "studia la storia, è bellissima",
    "torna a studiare, che domani hai l'esame", "il film parla di un avanzo di galera redento",
    "impara l'italiano, è una bella lingua",
    "quello è un bravo ragazzo", "questi sono i nostri ragazzi",
    "questa è una partita difficile", "quella è una storia vera",
)

HELD_SWEARING: tuple[str, ...] = (
    "porca puttana che parata", "cazzo che bel gol", "minchia ragazzi siete forti",
    "porco cane che vittoria", "madonna che giocata pazzesca", "cavolo che partita",
)
