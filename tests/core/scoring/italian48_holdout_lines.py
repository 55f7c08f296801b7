"""Held-back lines of the italian48 probe (issue 8), written at the same time as
italian48_probe_lines.py and before any rule: other wordings of the same shapes. Counted
only at the start and at the end of the round, never studied line by line.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "i cinesi mangiano i cani", "i coreani, mangiano cani e gatti",
    "gli zingari vivono nella sporcizia", "i rom, vivono tra i rifiuti",
    "gli islamici ammazzano in nome di allah", "i musulmani, uccidono in nome di dio",
    "i marocchini picchiano le donne", "gli africani vivono come animali",
    "i nigeriani accoltellano la gente", "i pakistani sgozzano le capre in casa",
    "gli indiani vivono nella merda", "i rumeni, ammazzano la gente",
    "le donne meglio zitte", "le ragazze? zitte e in cucina",
    "le donne, meglio se tacciono", "le femmine, meglio se stanno zitte",
    "i froci? meglio zitti",
    "gli stranieri, non li voglio vedere qui", "i negri, non li voglio nel mio paese",
    "gli zingari, non li voglio nella mia città", "i gay, non li voglio vedere in giro",
    "i meridionali non capiscono un cazzo", "le donne non sanno fare un cazzo",
    "gli immigrati, non capiscono un cazzo", "i rom non fanno un cazzo tutto il giorno",
    "le donne non sanno fare la spesa", "i neri non sanno vivere in un paese civile",
    "gli arabi non sanno stare in società", "le donne non sanno nuotare",
    "quel tipo non capisce un cazzo", "quello lì non sa fare niente",
    "quella tizia non sa fare un cazzo", "sto qua non capisce niente",
    "quel tizio non sa fare un cazzo di niente", "quell'altro non capisce un cazzo",
    "guarda sto scarso lol", "guarda questo inutile", "guardate sto scarso",
    "guarda sta inutile", "guarda quello scarso",
)

HELD_CLEAN: tuple[str, ...] = (
    "i cinesi mangiano tanto riso", "i coreani mangiano il kimchi",
    "gli zingari vivono in campi senza acqua per colpa del comune",
    "i rom vivono a roma da generazioni", "gli islamici pregano in nome di allah",
    "i musulmani, digiunano nel ramadan", "i marocchini vivono a torino",
    "gli africani vivono più a lungo di quanto si pensa", "i pakistani cucinano benissimo",
    "le donne, meglio se parlano loro", "le ragazze? fortissime",
    "le donne meglio pagate del settore", "i gay? meglio se si sposano, dico io",
    "gli stranieri, li voglio conoscere", "i miei cugini, non li voglio vedere qui",
    "i bambini, non li voglio nel mio ufficio, troppo rumore",
    "non li voglio vedere qui i ragni",
    "non capisco un cazzo di matematica", "non ci ho capito un cazzo di sto film",
    "non so fare un cazzo con questa build", "ieri non ho fatto un cazzo tutto il giorno",
    "non ho capito un cazzo lol", "io non so cucinare niente",
    "le donne non sanno ancora chi ha vinto", "gli immigrati non sanno a chi chiedere",
    "i miei fratelli non sanno nuotare", "quel tipo non sa dove abita",
    "quello lì non sa niente di questa storia",
    "chi dice che gli zingari vivono nella sporcizia è un razzista",
    "i cinesi mangiano cani? non è vero", "dicono che le donne non sanno guidare, che idiozia",
    "non è vero che i musulmani uccidono in nome di dio",
    "\"le donne? zitte\" è sessismo puro", "i neri non capiscono un cazzo? ma che dici",
    "guarda sto gatto", "guarda sta maglia", "guarda quello spettacolo",
    "quella non sa fare niente?", "mio nonno non capisce niente di computer, è tenero",
    "guarda sto tramonto",
)

HELD_SWEARING: tuple[str, ...] = (
    "cazzo che freddo stamattina", "porca puttana ho perso il treno",
    "non ci capisco un cazzo di ste regole", "che cazzo di giornata",
    "merda, ho finito le munizioni", "minchia raga che partita",
)

# fmt: on
