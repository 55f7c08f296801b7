"""The italian27 held-back batch (issue 8): written with the probe, in its shapes but
other words, and not read while the rules were built. Counted at the start and at the
end only.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "i senatori fanno schifo", "sti politicanti fanno pena", "le persone così fanno schifo",
    "i parlamentari fanno cagare", "gli arbitri italiani fanno schifo",
    "i professori di quella scuola fanno pena", "i vicini fanno schifo",
    "questi ragazzini fanno schifo", "le ragazze di oggi fanno pena",
    "i giocatori della roma fanno pena", "i fascisti fanno schifo", "le femministe fanno pena",
    "i renziani fanno vomitare", "i giornalai fanno schifo", "i preti fanno schifo",
    "i poliziotti di qui fanno schifo", "gli uomini fanno schifo", "i maschi fanno pena",
    "i medici fanno schifo", "sti giornalisti mi fanno ribrezzo", "i politici fanno tutti schifo",
    "tutti i giornalisti fanno pena", "i nostri politici fanno vomitare",
    "la gente di questo paese fa schifo", "i tifosi dell'inter fanno pena",
    "questa gente fa pena", "la gente qui fa cagare", "certi utenti fanno schifo",
    "i tuoi amici fanno schifo", "i complottisti fanno pena",
    "mi fanno schifo i giornalisti", "fanno schifo i politici", "mi fanno pena i grillini",
    "fanno pena sti influencer", "mi fanno vomitare i leghisti", "mi fa schifo questa gente",
    "fanno cagare i deputati", "fanno schifo questi tifosi", "ormai fanno pena i politici",
    "la gente mi fa pena davvero",
    "quel cesso di tua sorella", "quel cesso del prof", "quella balena della prof",
    "quella cozza di Sara", "quel cesso del sindaco", "quella balena di sua moglie",
    "quel cesso di Luca", "sto cesso del vicino", "quei cessi dei suoi amici",
    "quella balena del capo",
)

HELD_CLEAN: tuple[str, ...] = (
    "queste scarpe fanno schifo", "i treni fanno schifo", "le strade di roma fanno schifo",
    "i prezzi fanno paura", "le partite di ieri fanno pena", "i voti fanno schifo",
    "il parlamento fa schifo", "le regole del gioco fanno pena", "gli hamburger fanno schifo",
    "le foto fanno cagare", "i sottotitoli fanno pena", "questi video fanno schifo",
    "ho fatto schifo oggi", "facciamo pena come squadra", "non tutti i tifosi fanno schifo",
    "i medici non fanno schifo", "non è vero che la gente fa schifo",
    "chi dice che i preti fanno schifo sbaglia", "è ingiusto dire che gli uomini fanno schifo",
    "mia nonna dice che i politici fanno schifo", "ha scritto che i medici fanno schifo",
    "i gattini fanno tenerezza", "i bambini malati fanno pena", "i profughi mi fanno pena",
    "i poveri cani fanno pena", "mi fanno schifo gli scarafaggi", "mi fa schifo il pesce",
    "i politici fanno discorsi", "la gente fa shopping", "i medici fanno turni lunghi",
    "i tifosi fanno il tifo", "i ragazzi fanno sport", "fanno schifo i broccoli",
    "fanno pena le previsioni del tempo", "i vicini fanno rumore",
    "le ragazze fanno danza", "i preti fanno messa", "il sindaco fa il suo lavoro",
    "i giornalisti fanno il loro mestiere", "gli arbitri fanno errori come tutti",
    "quel cesso di scuola", "quel cesso del treno", "quella balena del documentario",
    "sto cesso di computer", "il cesso di casa mia", "quel cesso dell'autogrill",
    "quella balena di plastica", "ho riparato il cesso di mio zio",
)

HELD_SWEARING: tuple[str, ...] = (
    "cazzo che bello", "porca vacca che caldo", "minchia ragazzi che serata",
    "che cazzo di gol", "mannaggia la miseria ho perso", "porco cane che pioggia",
)
