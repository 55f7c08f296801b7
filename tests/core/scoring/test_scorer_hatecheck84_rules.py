"""Shapes of the hatecheck84 round (targeting_hatecheck84, hatecheck84_words), at default
settings: a hostile call or claim about a named group attributed to someone else by a tail
after its clause (", says the minister", ", he said", " - donald trump", ", according to
the article") is reported speech and stays clean; the writer's own saying, a tail taking
it up, everyone sensible as the speaker and evidence the writer calls on stay hostile, and
so do insults at the reader as the older rules read them."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the writer's own saying
    "expel the jews, i say",
    "muslims are rats, i said it and i meant it",
    "deport the gays, says me",
    "refugees are vermin, say it with me",
    "gli immigrati sono parassiti, dico io",
    # a tail taking the saying up
    "jews are parasites, as my dad always said",
    "women are stupid, as my father said",
    "immigrants are rats, the minister said, and he is right",
    "refugees are filth, my neighbour says, and i agree",
    "gli immigrati sono parassiti, come diceva mio nonno",
    # everyone sensible as the speaker
    "muslims are scum, says everybody with eyes",
    "deport the jews, said every honest man ever",
    # evidence the writer calls on, a verdict after a dash
    "refugees are criminals, according to the statistics",
    "women are inferior, according to science",
    "immigrants are rats - fact",
    "muslims are vermin - the truth",
    "jews are parasites - just saying",
    "refugees are scum - disgusting",
    # no tail after the clause
    "deport the muslims",
    "immigrants are rats. he said it",
)

CLEAN = (
    # a speech verb and its speaker
    "deport the jews, said the dictator in the film",
    "refugees are rats, says the far right leader",
    "jews are rats, said nobody",
    "gli immigrati sono parassiti, ha detto il ministro",
    "gli immigrati sono parassiti, dice mio zio",
    # the speaker and its verb
    "muslims are scum, my coworker says",
    "kill all the refugees, the mob shouted",
    "women are property, the old king once said",
    "deport the immigrants she said",
    # according to a person or a text
    "women are dumb, according to my ex",
    "refugees are parasites, according to the pamphlet",
    "gli immigrati sono parassiti, secondo il giornale",
    # a dash and a name or a source
    "immigrants are rats - trump",
    "jews are vermin - a sign at the march",
    # friendly swearing with a tag
    "holy shit, my brother said",
    "fucking hell, she laughed",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck84_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_hatecheck84_keeps_the_group(scorer: Scorer) -> None:
    assert scorer.score("expel the jews, i say").target is TargetKind.GROUP
    assert scorer.score("immigrants are rats - fact").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck84_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_hatecheck84_attributed_is_reported(scorer: Scorer) -> None:
    assert scorer.score("deport the jews, said the dictator in the film").target is (
        TargetKind.REPORTED
    )
    assert scorer.score("immigrants are rats - trump").target is TargetKind.REPORTED


def test_hatecheck84_leaves_the_reader_to_older_rules(scorer: Scorer) -> None:
    """ "you idiot, he said" is precision21's tagged name-call; this round reads groups."""
    assert scorer.score("you idiot, he said").target is TargetKind.REPORTED
    assert scorer.score("you are a rat, he said").target is not TargetKind.GROUP


@pytest.mark.parametrize(
    "text",
    [
        "muslims are vermin - fr",
        "muslims are vermin - imo",
        "kill all the jews - ok",
        "kill all the jews - based",
        "muslims are vermin like he said",
        "muslims are vermin as they say",
        "gays are disgusting, my dad says so too",
    ],
)
def test_hatecheck84_chat_tails_and_agreement_are_the_writers(scorer: Scorer, text: str) -> None:
    """A chat word after a dash is no speaker's name; "like he said" and "so too" agree."""
    assert scorer.score(text).hostile, text
