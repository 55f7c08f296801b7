"""Shapes of the italian28 round (targeting_italian28, italian28_words and its lexicon
line), at default settings: a plural call for the gallows or the firing squad with
nobody or only a pronoun named before it; gallows wanted for people named after "per"
or "alla forca"; a word of scorn between a pointing word or an article and a person
noun; too many of a group after "di" or an article; with the look-alikes that stay
clean: a thing named before the call or after the word of scorn, no one named after the
gallows, negation, quotes, prison asked for a crime, politics, too many of things or of
a group harmed."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a plural call, nobody named before it
    "andrebbero impiccati tutti",
    "vanno fucilati tutti quanti",
    "bisognerebbe fucilarli",
    "impicchiamoli in piazza",
    "per me andrebbero impiccate tutte",
    "altro che galera, vanno fucilati",
    "meritano la forca",
    "dovrebbero essere fucilati senza processo",
    # gallows wanted for people named after "per"
    "ci vuole la forca per questi ladri",
    "ci vuole la forca per tutti loro",
    "ci vorrebbe la forca per questa gente",
    "ci vuole la forca per chi ci governa",
    "ci vuole la forca per i politici corrotti",
    "ci vuole la forca per lui",
    "alla forca i corrotti",
    # a word of scorn before a person noun
    "quel lurido politico",
    "sti maledetti politici",
    "sto schifoso arbitro",
    "il lurido ministro di turno",
    "quei luridi tifosi della juve",
    "questa schifosa gente",
    "quella lurida giornalista",
    "ste maledette femministe",
    # too many of a group after "di" or an article
    "ce ne sono troppi di immigrati",
    "ne abbiamo troppi di stranieri",
    "sono troppi gli immigrati in italia",
    "sono troppi questi stranieri",
    "ce ne sono troppe di rom",
)

CLEAN = (
    # a thing named before the call
    "questi film andrebbero fucilati",
    "sti prezzi andrebbero impiccati",
    # negated, quoted, a report
    "non dico che vanno impiccati",
    'chi scrive "vanno fucilati tutti" dovrebbe vergognarsi',
    "nel film lo impiccano alla fine",
    "furono fucilati dai nazisti",
    # no one named after the gallows, or a thing
    "ci vuole la forca",
    "ci vuole la forca per questa legge",
    "la forca era usata nel medioevo",
    # prison asked for a crime: a civic opinion
    "ci vuole la galera per chi evade le tasse",
    # a thing after the word of scorn
    "quel maledetto lunedì",
    "sto schifoso raffreddore",
    "quel lurido bagno della stazione",
    "sti maledetti compiti",
    "la lurida politica di oggi",
    # no determiner, the writer's own
    "il mio lurido vicino",
    # ordinary talk of people
    "quel politico ha detto una cosa giusta",
    "troppi compiti oggi",
    # too many of no group, a group harmed, unsaid
    "ce ne sono troppi di compiti",
    "sono troppi i bambini che muoiono",
    "sono troppi gli immigrati morti in mare",
    "troppi di questi immigrati muoiono in mare",
    "non è vero che ce ne sono troppi di immigrati",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian28_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_italian28_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
