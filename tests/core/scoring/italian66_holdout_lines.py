"""Held-back lines for the italian66 probe (issue 8): other wordings of the same shapes,
written at the same time as italian66_probe_lines.py and before any rule; counted only
at the start and the end of the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "spero che gli zingari vengano deportati", "spero che i musulmani vengano cacciati tutti",
    "speriamo che i clandestini vengano espulsi", "mi auguro che i rom vengano rimpatriati",
    "spero che i negri vengano rispediti al loro paese",
    "speriamo che tutti i migranti vengano rimandati in africa",
    "spero che i romeni vengano espulsi tutti", "vorrei che gli ebrei fossero cacciati dall italia",
    "magari i clandestini venissero rimpatriati tutti",
    "spero proprio che gli immigrati vengano deportati",
    "spero che i cinesi vengano rispediti in cina",
    "mi auguro che tutti gli stranieri vengano espulsi",
    "speriamo che i profughi siano rimpatriati presto",
    "spero che i pakistani vengano cacciati via",
    "spero che i tunisini vengano rimpatriati tutti quanti",
    "speriamo che rimpatrino tutti i migranti", "spero che caccino tutti i rom",
    "magari deportassero tutti gli zingari", "spero che espellano tutti gli imam",
    "speriamo che vengano deportati tutti gli ebrei",
    "spero che vengano cacciati tutti i clandestini",
    "mi auguro che rispediscano a casa tutti gli africani",
    "magari rimpatriassero tutti i marocchini",
    "spero che vengano espulsi tutti gli stranieri",
    "spero che li rimpatrino tutti a casa loro", "magari li cacciassero tutti al loro paese",
    "speriamo che li rispediscano tutti nei loro paesi",
    "spero che vengano tutti rimandati a casa loro",
    "che li deportino tutti in africa", "mi auguro che li rimandino al paese loro",
    "spero che vengano espulsi tutti e rimandati a casa loro",
    "speriamo che li caccino tutti a casa loro",
    "gli immigrati? spero che li rimpatrino tutti", "i musulmani spero che vengano espulsi tutti",
    "gli zingari speriamo che li deportino", "i clandestini? magari li rimandassero a casa loro",
    "sinceramente spero che i rom vengano cacciati tutti",
    "io spero che i neri vengano rimpatriati",
    "ma speriamo che gli arabi vengano espulsi", "spero che i senegalesi vengano rispediti a casa",
)

HELD_CLEAN: tuple[str, ...] = (
    "la polizia ha rimpatriato 15 tunisini", "oggi sono stati espulsi due imam",
    "il sindaco spera che i rom vengano ricollocati",
    "ha scritto che spera che i migranti vengano cacciati",
    "nel 1944 gli ebrei di roma furono deportati",
    "secondo i dati 300 stranieri sono stati rimpatriati",
    "spero che vengano espulsi tutti e due gli attaccanti",
    "speriamo che l allenatore venga cacciato",
    "spero che i politici corrotti vengano cacciati",
    "spero che i teppisti vengano espulsi dallo stadio",
    "speriamo che li rimandino a casa agli ottavi",
    "spero che vengano rispediti a casa al primo turno",
    "spero che gli spacciatori vengano cacciati dal parco",
    "magari cacciassero tutti gli assessori",
    "spero che rimandino l esame", "speriamo che rimandino il concerto",
    "spero che gli alunni espulsi tornino a scuola", "magari mi rimandassero a settembre",
    "spero che i profughi vengano aiutati", "spero che i migranti non vengano rimpatriati",
    "spero che nessun rifugiato venga cacciato",
    "speriamo che gli ebrei non vengano mai piu deportati",
    "ma davvero speri che i rom vengano cacciati?",
    "chi spera che i migranti vengano espulsi non ha cuore",
    "non spero che nessuno venga cacciato", "scrivere spero che gli arabi vengano espulsi e odio",
    "spero che i negozi cinesi vengano riaperti", "spero che i voli africani vengano ripristinati",
    "i migranti sono stati accolti a lampedusa", "la musica araba mi rilassa",
    "speriamo che i rom vengano integrati", "spero che gli immigrati trovino lavoro",
    "spero che i miei vicini vengano a cena", "speriamo che vengano tutti alla festa",
    "spero che li rimandino tutti a casa sani e salvi",
    "spero che i bambini vengano rimandati a casa presto",
    "spero che i turisti tornino a casa loro contenti",
    "speriamo che rimpatrino i nostri connazionali",
    "magari li rimandassero in onda", "spero che i soldati vengano rimpatriati sani",
)

HELD_SWEARING: tuple[str, ...] = (
    "cazzo che gol", "porca miseria che sfiga",
    "minchia oggi fa freddo", "madonna santa che fame",
    "porca troia ho perso il treno", "che cazzo di giornata raga",
)
