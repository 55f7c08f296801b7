"""The control12 rules (issue 8, targeting_control12.py) as their specification: each
shape with fresh lines (written after its rule, never tuned on) and the hostile
look-alikes beside it (the writer's own wish, a group said to be the thing, the word
said of a person)."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

# fmt: off
CLEAN: tuple[str, ...] = (
    # someone else's intent reported
    "the mayor wants to get rid of all the homeless camps and the immigrants",
    "my uncle plans to deport all muslims if he wins, which scares me",
    "she threatened to kill all the gay guests and was arrested",
    "his plan to exterminate all jews was stopped in 1945",
    "the candidate promises to ban all muslims, says the article",
    # real animals
    "kids at the shelter feed abandoned animals every saturday",
    "the migrants who rescued injured animals after the fire were thanked",
    "muslims slaughter animals for eid",
    "the farmers protect their animals from wolves",
    "jewish vets who treat sick animals for free",
    # a criminal few narrowed by a group word
    "suspected islamist militants were killed in the raid",
    "the police arrested two mexican gunmen",
    "families of jihadist bombers spoke to reporters",
    "a film about the muslim extremists who planned the attack",
    "the war against islamist terrorists continues",
    # what a group suffers or works at
    "trans women face violent harassment on the street",
    "immigrants work dangerous jobs for low pay",
    "lesbians report vile comments online",
    "black families fled violent gangs in the city",
    "asylum seekers make dangerous journeys across the desert",
    # mistreatment reported
    "the soldiers treated the prisoners like animals",
    "the landlord treats immigrant tenants like dirt",
    "the media treated the victims as criminals",
    "prison guards treating inmates like cattle",
    "they treated jewish families like vermin in the 1930s",
    # a reclaimed slur naming the group's own things
    "she sells tickets for the dyke march",
    "the dyke bar downtown is closing",
    "a new dyke zine came out",
    "our dyke club meets on tuesdays",
    "dyke history month at the library",
    # a hateful remark judged: counter-speech
    "Saying that gay people are diseased is disgusting.",
    "suggesting that women should stay in the kitchen is pathetic",
    "insisting that black people are criminals is just sick",
    "to claim that refugees are invaders is despicable",
    '"Women are worthless" is a vile thing to say.',
    "that was a disgusting thing to say about refugees",
    "she made horrible remarks about trans people and apologised",
    "what an ugly thing to post about immigrants",
    "the senator's vile tweets about muslims were deleted",
    # a belief denied or disbelieved
    "no one in their right mind thinks women are inferior",
    "nobody seriously believes refugees are criminals",
    "i cannot believe people still think jews are greedy",
    "no one says that disabled people are worthless",
    "nobody here believes gay people are sick",
    # a bigot judged
    "anyone who calls trans people freaks is a coward",
    "those who attack refugees are the real criminals",
    "bullying gay kids is disgusting",
    "demonizing immigrants is cowardly",
    "People who hate gay people are pathetic.",
    # a group's suffering judged
    "it's awful how migrants are treated at the border",
    "it's shameful that black people are still targeted by police",
    "it is sickening how trans people are portrayed in the media",
    # an English verb, not an Italian typo
    "the new neighbours are refugees, which scares nobody here",
)
HOSTILE: tuple[str, ...] = (
    "i want to get rid of all the muslims",
    "we plan to kill all the jews",
    "lets deport all muslims",
    "muslims want to kill all of us",
    "everyone wants to kill all the jews",
    "they should be treated like animals, these migrants",
    "we treat refugees like the rats they are",
    "muslims deserve to be treated like dogs",
    "gays are like animals",
    "refugees are like wild animals",
    "muslims are terrorists and extremists",
    "they are all muslim terrorists",
    "the jews are violent",
    "immigrants make dangerous neighbours",
    "migrants are violent criminals",
    "muslims commit violent crimes",
    "dyke culture is disgusting",
    "the dyke bar should be burned down",
    "muslims post vile comments about christians",
    "muslims made vile comments about christians",
    "immigrants are parasites and saying so is not hateful",
    "women belong in the kitchen, and saying that is not pathetic",
    "refugees are criminals and invaders, insisting otherwise is sick",
    "gay people are disgusting",
    "muslims are vile",
    "nobody can deny that women are inferior",
    "we all know refugees are criminals",
    "everybody knows immigrants are animals",
    "women who talk back are pathetic",
    "muslims who pray in public are disgusting",
    "gay people who hate us are pathetic",
    "people who love gays are pathetic",
    "praising immigrants is stupid",
    "it's disgusting how muslims breed",
    "it's disgusting how gay people kiss in public",
    "dyke bitch",
    "shut up you dyke",
)
# fmt: on
REPORTED_INTENT: tuple[str, ...] = (
    "he wants to kill all the immigrants, that is terrifying",
    "he appears to want to kill all people with brown skin",
)


@pytest.mark.parametrize("text", CLEAN)
def test_clean_shapes(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_look_alikes(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation


@pytest.mark.parametrize("text", REPORTED_INTENT)
def test_intent_is_read_as_reported(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).target is TargetKind.REPORTED
