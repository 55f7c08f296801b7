"""The italian66 probe (issue 8): a named group wished out of the country in Italian, with
a wish and "che" (or "magari") and an expulsion in the subjunctive ("spero che i rom
vengano deportati", "speriamo che caccino tutti gli zingari", "magari li rimandassero
tutti a casa loro"); and the clean lines in the same words that must stay clean (news,
sport, schools and work, people who are no group, good wishes, negations, reports,
questions and counter-speech). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the group before a passive expulsion
    "spero che i rom vengano deportati", "spero che i rom vengano deportati tutti",
    "speriamo che gli zingari vengano cacciati", "spero che i clandestini vengano rimpatriati",
    "mi auguro che i musulmani vengano espulsi tutti",
    "spero che gli africani vengano rispediti in africa",
    "spero che tutti gli immigrati vengano rimpatriati",
    "speriamo che i migranti vengano rimandati a casa loro",
    "vorrei che tutti i musulmani fossero espulsi dall italia",
    "spero proprio che i profughi vengano cacciati via",
    "magari i rom venissero deportati tutti",
    "spero che i marocchini vengano espulsi al piu presto",
    "spero che gli egiziani vengano tutti rispediti a casa",
    "speriamo che sti negri vengano rimpatriati",
    "mi auguro che gli stranieri vengano cacciati tutti",
    "spero che i nigeriani siano rimpatriati subito",
    # the group after the expulsion
    "speriamo che caccino tutti gli zingari", "spero che rimpatrino tutti i clandestini",
    "magari espellessero tutti i musulmani", "spero che deportino tutti i rom",
    "speriamo che vengano espulsi tutti i musulmani",
    "spero che vengano rimpatriati tutti gli immigrati",
    "spero che rimandino a casa tutti i migranti", "magari cacciassero tutti gli albanesi",
    # "them" sent to their own country
    "spero che li rimandino tutti a casa loro", "magari li rimandassero tutti a casa loro",
    "speriamo che li rimpatrino tutti al loro paese",
    "spero che vengano tutti rispediti a casa loro",
    "spero che li caccino tutti nei loro paesi", "che li rispediscano tutti in africa",
    "speriamo che vengano deportati tutti al loro paese",
    "mi auguro che li espellano tutti e tornino a casa loro",
    # the group named in the same sentence before "them"
    "gli zingari? spero che li caccino tutti", "i clandestini spero che li rimpatrino tutti",
    "i rom speriamo che vengano deportati tutti",
)

TUNE_CLEAN: tuple[str, ...] = (
    # news and reports
    "il governo ha espulso 20 migranti", "ieri sono stati rimpatriati 40 tunisini",
    "ha detto che spera che i migranti vengano rimpatriati",
    "il ministro spera che i clandestini vengano espulsi",
    "secondo il giornale i rom sono stati cacciati dal campo",
    "molti ebrei furono deportati nel 1943",
    # sport, school, work and people who are no group
    "spero che vengano espulsi tutti e due i centrali", "speriamo che l arbitro venga cacciato",
    "spero che i corrotti vengano cacciati dal governo", "spero che i giocatori vengano espulsi",
    "speriamo che vengano rimandati a casa ai quarti", "spero che li rimandino a casa in finale",
    "spero che i ladri vengano cacciati dal quartiere", "magari cacciassero tutti i dirigenti",
    "spero che rimandino la verifica di mate", "speriamo che rimandino la partita",
    "spero che gli studenti espulsi vengano riammessi", "magari li rimandassero a settembre",
    # good wishes, negations, questions and counter-speech
    "spero che i migranti vengano accolti", "spero che i rifugiati non vengano rimpatriati",
    "spero che nessun migrante venga espulso", "speriamo che i rom non vengano cacciati dal campo",
    "davvero speri che i musulmani vengano espulsi?",
    "chi spera che i rom vengano deportati e un razzista",
    "non auguro a nessuno di essere cacciato di casa",
    "dire spero che i neri vengano rimpatriati e razzismo",
    # the group words as ordinary adjectives and mentions
    "spero che i mercati asiatici vengano riaperti",
    "spero che i ristoranti cinesi vengano riaperti",
    "gli immigrati sono stati accolti a bologna", "la cucina araba mi piace un sacco",
    "speriamo che i musulmani vengano rispettati", "spero che gli zingari trovino una casa",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che partita ragazzi", "porca miseria sono stati espulsi in due",
    "madonna che caldo oggi", "minchia spero che vinciamo",
    "porca puttana mi hanno rimandato a settembre", "vaffanculo al traffico di stamattina",
)
