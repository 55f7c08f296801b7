"""Table tests for the hatecheck17 round (issue 8): HateCheck shapes counted only with a
named identity group ("women are awful", "you are nothing but a woman", "a woman as
president? no thanks", "I'd never let a muslim in my house", "women should never be
allowed to drive") and their clean contrasts (game subjects, one's own friends, a measure,
non-protected names, welcome after the question, counter-speech).
The lines are fresh: written after each rule, never seen by it. English only: the
phrases are English."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = [
    # the older "nothing" read again before "but a <member>" (HateCheck17Rules.in_game)
    "you are nothing but a lesbian to me",
    "ur nothing but a muslim",
    "you're nothing more than a dirty immigrant",
    "youre nothing but a jew",
    "you are nothing but a disabled person",
    "you re just a lesbian anyway",
    # "the worst" still read of the group when no measure follows
    "muslims are the worst people",
    "women are the worst drivers",
    # a named group called awful (HateCheck17Rules._hc17_awful)
    "jews are awful",
    "arabs are the worst",
    "trans men are so horrible",
    "lesbians really are terrible",
    "gypsies are the absolute worst",
    "mexicans are terrible",
    "muslim men are the worst",
    "asians are horrible",
    "i think gays are the worst",
    "black people are just the worst",
    "gays are really the worst",
    # the reader reduced to a group member (HateCheck17Rules._hc17_reduced)
    "you are nothing but a jew",
    "you're nothing but a stupid woman",
    "ur just a muslim anyway",
    "you will never be anything but a cripple",
    "you're nothing more than a refugee",
    "honestly trans women are just awful",
    "you're nothing but a gay",
    "u r just a tranny anyway",
    "you are only a girl, stay out of this",
    "youre nothing but a black man",
    "you're nothing more than a muslim to me",
    # a group member scorned as leader (HateCheck17Rules._hc17_scorned_leader)
    "a jew running the country? what a joke",
    "a lesbian as president? no thanks",
    "a refugee running our country? never",
    "a woman as prime minister? lol no",
    "a muslim running the government? ridiculous",
    "a black woman as president? no thanks",
    "an arab running this country? hell no",
    "a trans woman as our leader? what a joke",
    "a gay man as prime minister? never",
    "a refugee running the country? laughable",
    # a group member never let into the home (HateCheck17Rules._hc17_shut_out)
    "i'd never let a jew into my home",
    "we would never let a gay couple in our house",
    "never let a lesbian in your house",
    "i wouldn't let a muslim in my house",
    "i'd never let a black man into my house",
    "never let a trans person in your home",
    "we'd never let an arab family in our home",
    "i would never let any jew in my house",
    # a named group never to be allowed (HateCheck17Rules.probe4_aim)
    "women should never be allowed to drive",
    "muslims should never be allowed to vote",
    "trans people should never ever be allowed near children",
    "immigrants must never be allowed to settle here",
    "disabled people should never be allowed to have kids",
]

CLEAN = [
    # "nothing but" / "just" with no group member, or one narrowed
    "you are nothing but a sweetheart",
    "you're nothing more than a friend to me",
    "you are nothing but a gem",
    "ur nothing but a beginner, give it time",
    "you're just a woman who likes to win",
    "you're just a shill for the NRA lol jk",
    # "the worst" before a measure of what a group suffers (HateCheck17Rules.in_game)
    "migrants are the worst hit by the storm",
    "women are the worst paid in tech",
    "disabled people are the worst served by the system",
    "black people are the worst affected by the cuts",
    "gay people are the worst protected by the law",
    # a named group called awful (HateCheck17Rules._hc17_awful)
    "the servers are awful tonight",
    "my friends are the worst lol",
    "refugees are the worst hit by the floods",
    "these bots are just terrible",
    "gay people are terrible at hiding surprises from their friends",
    "not all muslims are terrible, most are lovely",
    "my teammates are terrible",
    "the cpu players are terrible",
    "people who hate women are awful",
    "saying muslims are the worst is bigotry",
    "trans people are the worst treated group in the country",
    "our immigrants are the worst paid in europe",
    # the reader reduced to a group member (HateCheck17Rules._hc17_reduced)
    "you're nothing but a try hard",
    "you are just a kid",
    "you're just a woman who likes shooters, nothing wrong with that",
    "nothing but a scratch",
    "it was nothing but a misunderstanding",
    "you are only a beginner, it's fine",
    "you're just a woman who happens to be good at everything",
    "that's nothing but a rumour",
    "he's nothing but a muslim, says the troll",
    # a group member scorned as leader (HateCheck17Rules._hc17_scorned_leader)
    "a woman as president? why not",
    "a dog running the country? lol",
    "a woman running the country is no joke, it's hard work",
    "my mum as ceo? yes please",
    "an engineer as president? no thanks",
    "a black woman as president? finally",
    "a muslim running the country would be fine by me",
    "a bot as president? no thanks",
    "my cat running the country? that's a joke",
    "a woman as ceo? love it",
    # a group member never let into the home (HateCheck17Rules._hc17_shut_out)
    "i'd never let a spider in my house",
    "she let a muslim family stay in her house",
    "we let a refugee stay in our home for a month",
    "never let a vampire into your home",
    "i would let a gay friend in my house any day",
    "i'd never let a stranger in my house",
    "never let a clown into your house",
    "i let a muslim friend stay in my house",
    "she'd never let a mess stay in her house",
    "i would never let a snake into my home",
    # a named group never to be allowed (HateCheck17Rules.probe4_aim)
    "kids should never be allowed near the oven",
    "cheaters should never be allowed to play ranked",
    "no woman should never be allowed to speak, that's wrong",
    "pineapple should never be allowed on pizza",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile


@pytest.mark.parametrize("text", CLEAN)
def test_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile
