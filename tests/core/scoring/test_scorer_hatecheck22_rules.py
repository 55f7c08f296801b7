"""Shapes of the hatecheck22 round (targeting_hatecheck22, hatecheck22_words and its
identity_attack.txt lines), at default settings: a group's humanity asked of ("are muslims
even human?"), a group wished away softly ("I wish immigrants would just vanish"),
exclusion asked ("why do we let refugees live here?"), a group found unfit or told to keep
out ("women are not fit to vote"), punishment for being ("women should be punished for
being women"), a claim about all members ("why are women worse at everything?", "no
refugee can be trusted", "no muslim should ever be allowed to vote"), negated praise ("no
immigrant has ever done an honest day's work"), a group denied any worth ("refugees have
no value"); with the look-alikes that stay clean: the same words at things, at people who
are no group, at the reader, said by someone else, quoted, denied, told as news. Past the
round's own probe lines, each rule's lines were written after it and checked once against
it. English only: the Italian suite writes these shapes with other words (italian rounds'
own rules).
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # humanity asked of
    "are muslims even human?",
    "are women even people?",
    "is a jew even a person?",
    "can refugees even be called human?",
    "honestly are trans people really people",
    "are black people even fully human?",
    # wished away softly
    "wouldn't it be great if all jews disappeared?",
    "i wish immigrants would just vanish",
    "i really hope disabled people disappear",
    "if only trans people didn't exist",
    "it would be nice if muslims just went away",
    "i wish there were no gay people",
    "i wish jews would disappear from this country",
    # exclusion asked
    "why do we let refugees live here?",
    "why do we even let immigrants vote?",
    "why do we let muslims into our country",
    # unfit, told to keep out
    "Women are not fit to vote.",
    "disabled people aren't fit to be parents",
    "honestly black people are not fit to lead",
    "gay people should stay out of politics",
    "jews should just stay out of our country",
    # punished for being
    "Women should be punished for being women.",
    "muslims deserve to be punished for existing",
    # all members
    "why are women worse at everything?",
    "immigrants are so bad at everything",
    "no refugee can be trusted",
    "no migrant can ever be trusted",
    "no muslim should ever be allowed to vote",
    "no refugee should be allowed in this country",
    # a harm let happen to a group, said as an order, not asked against
    "let refugees suffer",
    # negated praise, no worth
    "no immigrant has ever done an honest day's work",
    "no black person has ever contributed anything",
    "refugees have never done anything good",
    "muslims never contribute anything",
    "refugees have no value",
)

CLEAN = (
    # humanity: no group, no question, the reader, a denial of the hate
    "are neanderthals even human?",
    "are politicians even human?",
    "are you even human lol",
    "is a fetus even a person?",
    "asking if muslims are even human is wrong",
    "muslims are human like everyone else",
    # wished away: no wish, not the writer's, a thing, a screen, denied
    "the refugees disappeared from the camp overnight",
    "my keys disappeared again",
    "i wish the lag would just vanish",
    "if only mondays didn't exist",
    "i hope hate against jews disappears",
    "i hope immigrants disappear from the news cycle",
    "i hope the refugees did not disappear",
    "hoping that jews vanish is evil",
    # exclusion asked: no group, no entry or right, quoted
    "why do we let kids play outside alone?",
    "why do we let refugees suffer like this?",
    "why do we let immigrants get exploited?",
    "why do we let them in",
    "why do we even let the immigrants die at sea",
    # unfit, keep out: no group, no negation, the group not opening the claim
    "this team is not fit to play",
    "women are as fit to vote as anyone",
    "saying women are not fit to vote is sexist",
    "he should stay out of this",
    # punished: a person, no modal, a denial
    "he should be punished for being late",
    "jews were punished for being jews in 1938",
    "no woman should be punished for being a woman",
    "no, gay people should not be punished for existing",
    # all members: no group
    "why is my laptop worse at everything",
    "i'm so bad at everything",
    "no politician can be trusted",
    "a refugee can be trusted like anyone",
    "no, women should be allowed to vote",
    "no immigrant should be allowed to suffer",
    "no refugee should be allowed to go hungry",
    "no child should be allowed to vote",
    # negated praise: no group, praise said
    "landlords have never done anything good",
    "i have never achieved anything",
    "has anyone contributed anything?",
    "gay people have always contributed so much",
    "this coin has no value",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck22_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck22_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
