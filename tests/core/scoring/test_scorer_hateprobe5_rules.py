"""The hateprobe5 rules (issue 8), as table tests: their specification, English and Italian.

Harm a named group is said to do, a skill denied to a group, and a place a group is told
to keep to are identity attacks; violence the writer promises a group or its place of
worship is a threat. The same words about a thing, a person, the writer, or denied,
reported, given as advice or as praise stay clean.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.lexicon import load_cues, profanity_words
from bot.core.scoring.scorer import Scorer, ScorerConfig
from bot.core.scoring.verdict import Category, Severity, TargetKind

HARM_SAID = [
    "feminists and women are ruining gaming",
    "gay people are wrecking every sport they join",
    "Muslims keep destroying everything they touch",
    "immigrants have ruined my hometown",
    "jews are poisoning the media",
    "refugees are literally infesting our streets",
    "women ruin every raid they join",
    "Immigrants moved in next door. They are ruining the street.",
    "refugees moved in by the thousands. they are ruining everything",  # a count, no doer
    "i profughi stanno rovinando il nostro quartiere",
    "gli ebrei rovinano tutto quello che toccano",
    "i musulmani hanno distrutto la nostra cultura",
    "i rom stanno infestando le nostre città",
]
HARM_CLEAN = [
    "this patch ruined the game",
    "the rain is ruining our picnic",
    "women are destroying the competition this season",
    "black players are destroying it in the league right now",
    "refugees are being destroyed by this system",
    "refugees are being robbed by gangs. they are ruining everything",  # "they": the gangs
    "immigrants aren't ruining anything",
    "he said immigrants are ruining the country, which is nonsense",
    "that thing is a wreck",
    "il meteo ha rovinato la gita",
    "la grandine sta distruggendo i raccolti",
]
SKILL_DENIED = [
    "women can't lead a guild",
    "girls cant play this game, facts",
    "black people cannot think for themselves",
    "gay men can't be trusted with kids",
    "muslims are incapable of integrating",
    "trans people are unable to think straight",
    "Women? They can't do math.",
    "le donne non sanno guidare",
    "gli stranieri non sanno nemmeno parlare italiano",
    "why can't women just learn to code?",
    "how come muslims can't integrate?",
    "i neri non sanno ragionare",
]
SKILL_CLEAN = [
    "I can't think straight today",
    "immigrants can't vote until they are citizens",
    "disabled people can't get in, there's no ramp",
    "women can't find sizes that fit in this shop",
    "i just can't drive at night",
    "Immigrants arrived yesterday. They can't find housing.",
    "non so guidare, ho appena preso il foglio rosa",
    "gli immigrati non sanno dove andare a dormire",
    "he says women can't think, which is nonsense",
    "why can't I think straight today?",
    "why can't immigrants vote in local elections?",
]
TOLD_TO_STAY = [
    "women need to stay in the kitchen",
    "gay people need to stay in the shadows",
    "trans people should stay in the closet where they belong",
    "black people should know their place",
    "gli stranieri devono tornare al loro paese",
    "muslims must be sent home",
    "le donne devono stare in cucina",
    "i disabili devono restare chiusi in casa",
    "i trans dovrebbero stare nascosti",
    "asylum seekers and refugees should be sent home",
    "gli immigrati vanno rimandati a casa loro",
]
STAY_CLEAN = [
    "I should stay home tonight",
    "women should stay home if they feel sick",
    "women shouldn't have to stay in the kitchen",
    "gli immigrati devono restare nel paese fino al permesso",
    "my cat should stay inside",
    "the kids need to know their place in the queue",
    "Agreed. Place is disgusting.",
    "stasera devo stare a casa",
    "i negozi sono chiusi la domenica",
    "kids should be sent home if they have a fever",
    "i bambini devono tornare a casa presto",
]
VIOLENCE_PROMISED = [
    "I'm going to punch the next immigrant I see",
    "i will slap every muslim in this server",
    "we're gonna hunt down the jews in this town",
    "im gonna beat the shit out of some trans people",
    "I'll torch the mosque tonight",
    "I want to shoot every black person here",
    "domani picchio il primo gay che incontro",
    "sparerò a tutti gli immigrati",
    "vado a bruciare la moschea",
    "darò fuoco alla moschea",
]
VIOLENCE_CLEAN = [
    "I'm going to shoot the ball first",
    "I will punch the next person who insults women",
    "I would never hurt a muslim",
    "he said he will beat immigrants, report him",
    "we will smash the boss with the new build",
    "ho sentito uno sparo in strada",
    "il massacro degli ebrei fu una tragedia",
    "faccio il pesto al basilico",
    "Immigrants arrived. They can kick a ball like nobody else.",
]


@pytest.mark.parametrize("text", HARM_SAID + SKILL_DENIED + TOLD_TO_STAY + VIOLENCE_PROMISED)
def test_claims_about_a_group_are_identity_attacks(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is TargetKind.GROUP


@pytest.mark.parametrize("text", HARM_CLEAN + SKILL_CLEAN + STAY_CLEAN + VIOLENCE_CLEAN)
def test_the_same_words_elsewhere_stay_clean(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


@pytest.mark.parametrize("text", VIOLENCE_PROMISED)
def test_violence_promised_to_a_group_is_a_high_severity_threat(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert Category.THREAT in verdict.categories, verdict.explanation
    assert verdict.severity is Severity.HIGH


def test_the_explanation_names_the_claim(scorer: Scorer) -> None:
    verdict = scorer.score("muslims cannot think for themselves")
    assert verdict.hostile
    assert "'cannot'" in verdict.explanation


def test_a_server_can_allow_the_words(scorer: Scorer) -> None:
    allowed = Scorer(ScorerConfig(allowed_terms=frozenset({"ruining"})))
    assert scorer.score("immigrants are ruining this town").hostile
    assert not allowed.score("immigrants are ruining this town").hostile


def test_no_word_of_the_round_is_a_swear_word() -> None:
    """A word of better-profanity's list would lose its swearing reading to these rules
    ("i love to r*pe girls" is abuse with no group in it)."""
    swearing = profanity_words()
    for lang in ("en", "it"):
        cues = load_cues(lang)
        for section in ("group_ruin", "group_unable", "group_place", "group_harm"):
            assert not {(word,) for word in cues.get(section, ())} & swearing, section


@pytest.mark.parametrize("text", ["i rom sono subdoli", "i rom non sanno lavorare"])
def test_the_romani_named_as_i_rom_are_read_on(scorer: Scorer, text: str) -> None:
    """ "rom" is a group word only after an article (rom_as_people); the shortcut for
    messages that name no group must not skip it."""
    assert scorer.score(text).hostile


@pytest.mark.parametrize("text", ["I should stay home", "we can't find the place"])
def test_the_rounds_words_alone_are_clean_without_reading(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).matches == ()
