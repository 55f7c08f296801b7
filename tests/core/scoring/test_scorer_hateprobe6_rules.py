"""The hateprobe6 rules (issue 8), as table tests: their specification, English and Italian.

A named group wished dead ("the only good X is a dead X"), shut out ("no X allowed",
"niente X qui") or denied a vote or rights is an identity attack (a wish of death a
threat); hatred said of "them" and then of a group in a short afterthought is aimed at
that group; "cazzo di <group>" is a curse at the group; "good" is denied to a group only
with "never" / "ever"; a snake emoji names a group as snakes. The same words about a
thing, reported, quoted, as a duty or a fact told of, stay clean.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer, ScorerConfig
from bot.core.scoring.verdict import Category, Severity, TargetKind

WISHED_DEAD = [
    "The only good immigrant is a dead immigrant.",
    "only good muslims are dead muslims tbh",
    "the only good trans person is one that's dead",
    "A good jew is a dead jew.",
    "L'unico immigrato buono è un immigrato morto.",
    "l'unico rifugiato buono è un rifugiato morto",
    "Uno zingaro buono è uno zingaro morto.",
]
DEAD_CLEAN = [
    "my phone is dead",
    "the only good thing about muslims moving in is the food",
    "the only good news: no refugees dead at sea this week",
    "the only good zombie is a dead zombie",
    "my grandmother was Jewish and she is dead now",
    "Saying 'the only good Jew is a dead Jew' is antisemitism.",
    "il mio telefono è morto",
    "l'unica cosa buona degli immigrati è la cucina, e nessuno è morto",
]
SHUT_OUT = [
    "No Muslims allowed.",
    "no gay people allowed in this guild",
    "no trans women allowed!!",
    "Black people not allowed here.",
    "Niente ebrei qui.",
    "Niente immigrati",
    "Zingari non ammessi.",
    "gay non ammessi qui",
]
SHUT_OUT_CLEAN = [
    "No pets allowed",
    "no outside food allowed",
    "women were not allowed to vote before 1920",
    "women are not allowed to drive there, which is awful",
    "Niente di nuovo qui",
    "niente paura, arrivo",
    "bambini non ammessi al bar",
]
RIGHTS_DENIED = [
    "Muslims should not have any rights.",
    "women shouldn't vote",
    "immigrants should never be allowed to vote",
    "Gay people must not have equal rights.",
    "I meridionali non dovrebbero votare.",
    "Gli ebrei non devono avere alcun diritto.",
    "le donne non dovrebbero avere il diritto di voto",
]
RIGHTS_CLEAN = [
    "everyone should vote",
    "immigrants can't vote until they are citizens",
    "women should not have to fight for rights",
    "disabled people shouldn't have to vote in person",
    "Muslims should not be denied rights",
    "immigrants should not lose their rights",
    "i disabili non dovrebbero dover votare di persona",
]
NAMED_AFTER = [
    "I hate them. Refugees, I mean.",
    "I despise them. Trans people.",
    "Li odio. Gli stranieri, intendo.",
    "Le detesto. Le femministe.",
]
NAMED_AFTER_CLEAN = [
    "I hate them. Spiders, I mean.",
    "I love them. Muslims, I mean.",
    "I hate them. Muslims are my neighbours and they agree with me about the noise.",
    "Li odio. I compiti di matematica, intendo.",
]
CURSED_DI = [
    "Cazzo di zingari.",
    "cazzo di immigrati, sempre qui",
    "cazzo di froci",
]
CURSED_DI_CLEAN = [
    "che cazzo di partita",
    "cazzo di pioggia, di nuovo",
    "cazzo, di nuovo in ritardo",
]
GOOD_DENIED = [
    "Women will never be good at anything.",
    "Muslims are never good neighbours.",
    "No jew is ever good enough.",
    "Immigrants will never be any good.",
]
GOOD_CLEAN = [
    "Women are not good or bad, they are people.",
    "Immigrants aren't good at English yet, they just arrived.",
    "gay people are good",
    "this team is no good",
    "good game everyone",
]
SNAKES = [
    "Immigrants are such 🐍🐍",
    "refugees are 🐍",
    "gli immigrati sono dei 🐍",
]
SNAKES_CLEAN = [
    "learning 🐍 today",
    "look, a 🐍 in my garden",
    "i'm such a 🐍 lol",
]


@pytest.mark.parametrize(
    "text", WISHED_DEAD + SHUT_OUT + RIGHTS_DENIED + NAMED_AFTER + CURSED_DI + GOOD_DENIED + SNAKES
)
def test_attack_on_a_group_is_flagged(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is TargetKind.GROUP


@pytest.mark.parametrize(
    "text",
    DEAD_CLEAN
    + SHUT_OUT_CLEAN
    + RIGHTS_CLEAN
    + NAMED_AFTER_CLEAN
    + CURSED_DI_CLEAN
    + GOOD_CLEAN
    + SNAKES_CLEAN,
)
def test_near_miss_stays_clean(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


@pytest.mark.parametrize("text", WISHED_DEAD)
def test_a_group_wished_dead_is_a_high_severity_threat(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert Category.THREAT in verdict.categories or Category.IDENTITY_ATTACK in verdict.categories
    assert verdict.severity is Severity.HIGH


@pytest.mark.parametrize("text", ["No Muslims allowed.", "Niente ebrei qui."])
def test_an_allowed_term_switches_the_shape_off(text: str) -> None:
    word = "allowed" if "allowed" in text else "niente"
    assert Scorer().score(text).hostile
    assert not Scorer(ScorerConfig(allowed_terms=frozenset({word}))).score(text).hostile
