"""Table tests for the hatecheck20 round (issue 8): the singular "a woman belongs at
home", harm promised to the next one met ("the next trans person I see gets a beating")
but not a harm reported, a group said to be "such a drain", a naming judged as
counter-speech ("calling gays a lower form of life is vile"), "no trans person is vermin"
denied, "a muslim belongs in a cage", "m u s l i m s r vermin", and more. The lines are fresh:
written after each change, never seen by it. English only: the lines and rules changed
are English."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = [
    # the singular of "belong at home" (hatecheck11_words.EXCLUDED)
    "a woman belongs at home",
    "every woman belongs in the home",
    "honestly a woman belongs at home",
    "any female belongs at home",
    "a lesbian belongs at home with a husband",
    # harm promised to the next one met (threat.txt, HateCheck20Rules)
    "the next muslim I see gets a beating",
    "the next black guy who talks to me is getting punched",
    "the next lesbian I meet is getting beat up",
    "the next jew on this street gets his head kicked in",
    # a singular member after "next"/"every"/"any" (HateCheck20Rules, the "I" who sees)
    "the next migrant I run into gets a beating",
    "every foreigner who enters gets his head kicked in",
    "the next gypsy I see is getting punched",
    "any arab that walks by is getting stabbed",
    # "such a drain" / "are a drain" (identity_attack.txt)
    "why are refugees such a drain",
    "trans people are a drain",
    "disabled people are such a drain",
    "migrants are a drain lol",
    "jews are such a drain",
    # a virtue denied of every member stays an attack (italian17_words.WORTH)
    "no black person is honest",
    "no trans person is normal",
    "no gay person is decent",
    # the singular of "belong in a cage / a zoo" (identity_attack.txt)
    "a gypsy belongs in a cage",
    "an arab belongs in a camp",
    "every lesbian belongs in an asylum",
    "a mexican belongs in chains",
    "a refugee belongs in a zoo",
    # a spaced group run into text-speak "r" (matching._segment)
    "j e w s r scum",
    "w o m e n r trash",
    "m u s l i m s r filth",
    "g a y s r freaks",
    "i m m i g r a n t s r rats",
    # "get rid of" the group itself stays a threat
    "let's get rid of all the jews",
    "get rid of all muslims",
    # agreement given stays the writer's claim
    "I agree gays are disgusting",
    "we all agree that immigrants are vermin",
    "I agree with him, jews are rats",
    # a claim asked and answered yes, or outbid
    "muslims are terrorists? no, you are right",
    "immigrants are parasites? no, you are wrong, they are worse",
    # a bullet needed, a warning, blood, a blight (threat.txt, identity_attack.txt)
    "lesbians need a bullet",
    "every arab needs a bullet",
    "gays better watch their backs",
    "refugees will pay in blood",
    "disabled people are a blight",
    # a group's worth denied (identity_attack.txt, exclusion.txt; group only)
    "black people contribute nothing",
    "disabled people are never going to be normal",
    "nobody should ever hire muslims",
    # agreement sought is the writer's own claim (hatecheck13_words.ASKING)
    "who else thinks trans people are freaks?",
    "anyone else think refugees are parasites",
    "who else thinks black people are animals",
    "does anybody else think disabled people are useless?",
    "who else thinks immigrants are vermin lol",
]

CLEAN = [
    # no group as the subject of "belongs at home"
    "my dog belongs at home",
    "this trophy belongs at home",
    "the cat belongs in the home",
    "the ball belongs at home after practice",
    "saying a woman belongs at home is sexist",
    # a harm reported, or promised to no person
    "a trans girl is getting beaten at school, we have to help her",
    "a black teen is getting shot by cops again",
    "he gets a beating from his dad and we should help",
    "the next door I see gets a kicking",
    "the next boss I fight is getting stabbed lol",
    "the next player I see gets a beating",
    "the next mob I see is getting stabbed",
    "a migrant I know is getting beaten by his boss",
    "any opponent who enters gets a beating",
    '"the next refugee I see gets a beating" is a sick thing to post',
    # "drain" said of things
    "this raid is such a drain",
    "the ads are a drain on my battery",
    "these chores are a drain",
    "work is such a drain lately",
    "homework is such a drain",
    # a naming judged (control12's remark judged)
    "calling jews a lower form of life is vile",
    "calling women a lower life form is disgusting",
    "calling muslims a plague on society is vile",
    "calling trans people a lesser species is hateful",
    "to call black people a lower form of human is vile",
    # "no <two-word group> is <name>" denies (italian17's denial with English "no")
    "no black woman is a criminal",
    "no disabled kid is a burden",
    "no gay person is a predator",
    "no trans man is a freak",
    "no muslim man is a terrorist",
    # "belongs in a cage" of no person
    "the tiger belongs in a zoo",
    "my bird belongs in a cage",
    "this trophy belongs in a cabinet",
    "that tent belongs in a camp",
    "the dog belongs in a cage at night",
    # spaced groups with "r" and a kind word
    "j e w s r cool",
    "w o m e n r smart",
    "g a y s r fine",
    "m u s l i m s r kind",
    "w o m e n r here",
    # "get rid of" a wrong done to a group (HateCheck20Rules)
    "we got rid of the bigotry against trans people here",
    "get rid of this stigma around disabled people",
    "rid the country of the prejudice refugees face",
    "get rid of abuse of women",
    "getting rid of all the discrimination muslims face",
    # agreement denied ([opinion] cue "agree", read by the negated-opinion denial)
    "I'll never agree that disabled people are a burden",
    "we don't agree that immigrants are criminals",
    "I do not agree that black people are animals",
    "I didn't agree that gays are disgusting",
    "I will not agree that muslims are terrorists",
    # a claim asked and answered no (hatecheck9_words.ANSWER_NO_THEN)
    "black people are thugs? nope, that's wrong",
    "disabled people are useless? no, you're wrong",
    "are jews greedy? no, that's false",
    "women are dumb? nah, not true",
    "gay men are perverts? no, you're wrong",
    # the same words of things, or with no doom
    "the turret needs a bullet",
    "we need a bullet point here",
    "the campers better watch their backs lol",
    "the boss will pay in blood",
    "weeds are a blight",
    # worth denied of things or of one person (HateCheck20Rules: group only)
    "my ex contributes nothing to the rent lol",
    "that update contributes nothing",
    "the servers are never going to be normal again",
    "nobody should ever hire a contractor without references",
    # someone else's view reported, or praise asked about
    "my aunt thinks trans people are freaks",
    "who else thinks refugees are heroes?",
    "nobody else thinks black people are animals, just him",
    "who else thinks this map is trash?",
    "she said immigrants are vermin",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
