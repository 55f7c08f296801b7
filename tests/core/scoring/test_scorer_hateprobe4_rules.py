"""The fourth hate probe's rules, case by case (issue 8, hateprobe4): their specification.

Each table holds fresh examples, English and Italian, of one rule: the hostile shape and
the clean near-misses that must stay clean (a thing, gaming talk, a comparison, a denial,
counter-speech). The rules are in targeting_hateprobe4.py and hateprobe4_words.py, the
words under "hateprobe4" comments in the lexicon files.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

# A virtue denied to a named group (targeting_hateprobe4.py, hateprobe4_words.py).
DENIED_VIRTUE = [
    ("Immigrants are never honest.", True),
    ("Muslims can never be trusted.", True),
    ("Trans women will never be normal.", True),
    ("No gay man has ever been a decent father.", True),
    ("I think that women are never competent.", True),
    ("Lesbians? They are never loyal.", True),
    ("Gli ebrei non sono mai onesti.", True),
    ("Le donne non saranno mai capaci di guidare.", True),
    ("Nessun musulmano è onesto.", True),
    ("Immigrants are honest people.", False),
    ("Women are not less intelligent than men.", False),
    ("It's not true that women are never smart.", False),
    ("I don't think muslims are never peaceful.", False),
    ("This build is not good.", False),
    ("The jungler is never useful.", False),
    ("They are not good at this map.", False),
    ("The men didn't welcome him.", False),
    ("Hating gay people is not normal.", False),
    ("Le donne non sono meno intelligenti degli uomini.", False),
    ("Questa build non è buona.", False),
]

# Trust or respect the writer denies a named group.
DENIED_BY_WRITER = [
    ("I would never trust a muslim.", True),
    ("We don't hire immigrants.", True),
    ("I don't respect women.", True),
    ("Non mi fiderei mai di un musulmano.", True),
    ("Non rispetto le donne.", True),
    ("I don't trust politicians.", False),
    ("I trust women.", False),
    ("Women don't trust me.", False),
    ("I know people that don't trust immigrants.", False),
    ("I don't trust this patch.", False),
    ("Il rispetto per le donne.", False),
]

# A group carried over to "they", "them", "li" or a dropped Italian subject.
CARRIED = [
    ("Black people flooded the town. Kill them all.", True),
    ("So many gay bars now. They should all be locked away.", True),
    ("Ci sono troppi zingari. Li odio.", True),
    ("I migranti arrivano ogni giorno. Bisogna ammazzarli.", True),
    ("Gli zingari? Andrebbero rinchiusi.", True),
    ("The zombies are coming, kill them all.", False),
    ("We need to kill them all before the boss spawns.", False),
    ("Muslims are my neighbours. They are lovely.", False),
    ("Gay people deserve respect. They hate each other is a lie.", False),
    ("I compiti sono troppi. Li odio.", False),
]

# Hatred of a named group said to be normal, natural or right.
APPROVED_HATRED = [
    ("Despising muslims is only natural.", True),
    ("Hating immigrants is perfectly fine.", True),
    ("It's normal to despise trans people.", True),
    ("Disprezzare gli immigrati è giusto.", True),
    ("È normale odiare gli ebrei.", True),
    ("Hating immigrants is not fine.", False),
    ("Hating immigrants is wrong.", False),
    ("I'm hating this weather, it's normal for november.", False),
    ("Odiare gli ebrei non è normale.", False),
    ("Odiare il lunedì è normale.", False),
]

# Contempt and hatred named as the writer's own feeling for the group after them.
FELT = [
    ("I have nothing but contempt for muslims.", True),
    ("My hatred for trans people is endless.", True),
    ("Provo solo disprezzo per i musulmani.", True),
    ("Hatred for muslims is wrong.", False),
    ("We must fight hatred of jews.", False),
    ("I have nothing but contempt for the new patch.", False),
]

# "rom" after an Italian article or preposition is the Romani; a game ROM stays a thing.
ROM = [
    ("I rom sono tutti ladri.", True),
    ("Odio i rom.", True),
    ("This stupid rom won't load.", False),
    ("The rom is trash, get another dump.", False),
]

# New judging words said of a group, threats and feelings aimed at named people.
WORDS = [
    ("Gay people are a lesser race.", True),
    ("Trans people are abominations.", True),
    ("Migrants are dirty.", True),
    ("I musulmani sono fanatici.", True),
    ("The kitchen is dirty.", False),
    ("These fans are fanatics.", False),
    ("I will slaughter the jews.", True),
    ("Immigrants deserve to drown.", True),
    ("Gay men deserve death.", True),
    ("Bruceremo le case dei rom.", True),
    ("The raid boss deserves death.", False),
    ("We slaughtered them in ranked lol.", False),
    ("Immigrants repulse me.", True),
    ("I neri mi danno fastidio.", True),
    ("These ads repulse me.", False),
    ("Le zanzare mi danno fastidio.", False),
]


@pytest.mark.parametrize(
    ("text", "hostile"),
    DENIED_VIRTUE + DENIED_BY_WRITER + CARRIED + APPROVED_HATRED + FELT + ROM + WORDS,
)
def test_rule_case(scorer: Scorer, text: str, hostile: bool) -> None:
    assert scorer.score(text).hostile is hostile


@pytest.mark.parametrize(
    "text",
    [
        text
        for text, hostile in DENIED_VIRTUE + DENIED_BY_WRITER + CARRIED + APPROVED_HATRED
        if hostile
    ],
)
def test_shapes_aim_at_the_group(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).target is TargetKind.GROUP


@pytest.mark.parametrize(
    "text",
    ["good", "a good one", "women", "", "they", "li", "non", "rom", "i rom", "hating", "x " * 3000],
)
def test_fragments_and_bad_input_give_a_verdict(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile is False


def test_praise_words_without_a_group_change_nothing(scorer: Scorer) -> None:
    # A virtue word beside swearing must not wake the slow path's name rules.
    assert not scorer.score("Damn, missed the bus! Crap Marco. It was a good day though.").hostile
