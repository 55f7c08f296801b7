"""Shapes of the hatecheck38 round (targeting_hatecheck38, hatecheck38_words and its
lexicon lines), at default settings: a named group kept from children or people ("gay
people shouldn't be around kids", "trans people should stay away from kids", "muslims
should not be alone with children") and told off for its identity alone ("if you're gay
don't talk to me", "if ur muslim unfollow me") or refused a place ("no muslims in my
friend list"); with the look-alikes that stay clean (no group, a behaviour, a gender
word, no denial, no one kept from, support and counter-speech, denied, asked, reported,
quoted, the writer's own). English only."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # kept from children or people
    "gay people shouldn't be around kids",
    "gay men should not be near children",
    "muslims shouldn't be around our kids",
    "trans people should stay away from kids",
    "trans people shouldnt be anywhere near kids",
    "lesbians shouldn't be around little girls",
    "immigrants should stay away from our neighborhood",
    "jews should never be around our families",
    "disabled people should stay away from us",
    "honestly i think gay people shouldn't be around kids",
    "gay people shouldn't be around kids, period.",
    "gay people shouldn't work with kids",
    "muslims should not be alone with children",
    "gay people can't be alone with kids",
    # told off for the group alone
    "if you're gay don't talk to me",
    "if ur muslim unfollow me",
    "if you're trans don't follow me",
    "if you are muslim leave my page",
    "if ur black dont message me",
    "if you're a lesbian block me now",
    "if you're a muslim dont even talk to me",
    "if you're jewish stay away from me",
    "if you are a trans person dont dm me",
    "If you're gay, don't talk to me.",
    "if u r gay pls dont talk to me",
    "if you're black don't add me",
    # refused a place
    "no muslims in my friend list",
    "no jews on my timeline",
    "no gays in my house",
    "no trans people in this server",
    "no immigrants in our neighborhood pls",
    "no gay men in my server",
)

CLEAN = (
    # no group
    "dogs shouldn't be around small kids",
    "smokers should stay away from kids",
    "children shouldn't be around strangers",
    "if you're sick don't talk to me",
    "if ur tired just go to bed",
    "if you're homophobic don't talk to me",
    # no denial, no one kept from, a contact not refused
    "gay people should be around kids as much as anyone",
    "gay people can be around kids",
    "immigrants should stay away from scam lawyers",
    "muslims should stay away from pork",
    "gay people shouldn't be around homophobes",
    "if you're gay dm me",
    "if you're gay, follow me for more",
    "if you're trans and need help dm me",
    "if you're a woman don't walk alone at night",
    "girls should stay away from me, i'm a mess",
    # support, counter-speech, denied, asked, reported, quoted
    "gay people are great around kids",
    "saying gay people shouldn't be around kids is hateful",
    "people who say gay people shouldn't be around kids are bigots",
    "no one thinks gay people shouldn't be around kids",
    "should gay people be around kids?",
    "my uncle says gay people shouldn't be around kids smh",
    '"if ur muslim unfollow me" is such a vile thing to post',
    # the writer's own, no demand
    "if you're gay like me, welcome!",
    "i'm gay, if you don't like it unfollow me",
    "if you're muslim, eid mubarak!",
    "if you're gay and lonely dm me",
    # a place: no group, not opening, a gender word, a fact, asked
    "no bots in my dms",
    "no racists in my friend list",
    "there are no muslims in my town",
    "no girls in my gc lol",
    "no women in my family have ever gone to college",
    "no black people in my life? that's sad",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck38_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck38_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
