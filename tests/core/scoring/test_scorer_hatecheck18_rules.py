"""Table tests for the hatecheck18 round (issue 8): the English functional hate suite's
categories, fixed at the depth of the rules and tables that read them ("a better place if
all women were dead", "I hate those people" after a named group, plural name-calls,
"second class citizens" and their reported treatment, worthless lives and their worth to
others reported, "got rid of", respect denied as a claim, "won't ever respect", "are a
mistake", "even have brains", chat's "shud" for "should", "mooslims"/"jooz", "stop
pretending X are Y" and a quoted statement judged as counter-speech, a claim asked and
denied, "spastic", "trans women are men in dresses", "a blight on", "carry diseases",
"unfit to raise children", "no right to be here", "deserves a beating").
The lines are fresh: written after each change, never seen by it. English only: the
shapes and tables changed are English."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = [
    # "a better place if" a group "were dead" (HateProbe6Rules._better_dead)
    "the planet would be a better place if all the gays were dead",
    "this town would be a safer place if all immigrants were dead",
    "we'd all be better off if the muslims were dead",
    "life would be a nicer place if all the trans people were dead",
    "europe would be better off if all the refugees were dead",
    # "those people" for a group named before (HateCheck9Rules._hc9_pronoun)
    "jews own everything and I despise those people",
    "immigrants keep coming and I can't stand those people",
    "muslims? I hate those people",
    "so many trans people nowadays, I really hate these people",
    "refugees everywhere, we hate those ones",
    # plural name-calls (insult.txt)
    "you jews are all wankers",
    "shut up you tossers",
    "muslims are twats",
    "trans people are dickwads",
    "those immigrants are shitheads",
    # second class citizens (identity_attack.txt)
    "immigrants are second class citizens",
    "black people are second-class humans",
    "gay people should be second class citizens",
    "trans people will always be second class citizens",
    "muslims are second class citizens and always will be",
    # worthless lives (identity_attack.txt), the writer's own view (HateCheck18Rules)
    "trans lives have no value",
    "black lives are worthless",
    "gay lives mean nothing",
    "muslim lives are worth nothing",
    "jewish lives have no value to me",
    "muslim lives mean nothing to me",
    "disabled lives are worthless to us",
    "black lives dont matter to anyone",
    "gay lives do not matter to me at all",
    "immigrant lives are worth nothing to me",
    # getting rid of a group (threat.txt)
    "it's time we got rid of the jews",
    "we should start getting rid of refugees",
    "they finally got rid of the muslims in this town",
    "we need to rid this country of immigrants",
    "rid the world of gay people",
    "muslims? we got rid of them",
    "getting rid of all the gay people is the plan",
    # respect denied as a claim (hateprobe3's claim_end)
    "no trans person deserves respect",
    "not one immigrant deserves any respect",
    "no jew deserves respect",
    "no gay man deserves respect",
    # a group's worth or mind denied (insult.txt)
    "I won't ever respect gay people",
    "I wont ever respect immigrants",
    "muslims are a mistake",
    "trans people are all a mistake",
    "do refugees even have brains?",
    # chat's "shud"/"shld" for "should" (lexicon_textspeak.should_twins, hatecheck9's modals)
    "refugees shud be sent back",
    "jews shld be gassed",
    "trans people shud be locked up",
    "women shoud be beaten",
    "immigrants shudnt be allowed here",
    # hostile spellings of group names ([identity] cues)
    "mooslims are vermin",
    "i despise the jooz",
    "muzlims are a plague",
    # a quoted statement judged is counter-speech, but not when the writer agrees
    "'women are property' and i agree, they are disgusting",
    "you are a 'pro' and a pathetic one",
    # "spastic" (insult.txt) and trans women denied as women (identity_attack.txt)
    "shut up spastic",
    "you spastic",
    "he is such a spastic",
    "disabled people are spastics",
    "trans women are men in dresses",
    "trans women are just men in dresses",
    "transwomen are men in wigs",
    "those trannies are men in dresses",
    "trans women are nothing but men in dresses",
    # a blight, deficient, diseased, unfit, no right to be here, a beating deserved
    "trans people are a blight on this country",
    "refugees are a blight on europe",
    "disabled people are mentally deficient",
    "immigrants carry disease",
    "gay men spread diseases",
    "lesbians are unfit to raise children",
    "gay couples are unfit to be parents",
    "muslims have no right to be here",
    "every gay man deserves a beating",
    "women who talk back deserve a beating",
    # a claim asked and answered with more hate, or agreed
    "are gay people perverts? yes.",
    "are refugees criminals? no, they are rapists",
    "are jews greedy? they aren't, they're thieves",
    "are muslims savages? absolutely",
    "why are trans people so disgusting? because they are",
]

CLEAN = [
    # things, not a group, better off dead
    "the world would be a better place if all the cockroaches were dead",
    "we'd be better off if the printer was dead",
    "my phone would be a better place if the battery was dead",
    "the garden would be a nicer place if all the weeds were dead",
    "it would be better if the old server was dead",
    # "those people" with no group before, someone else's hatred, or narrowed
    "muslims celebrate eid, my uncle hates those people",
    "I hate those people",
    "gay people are fine but I hate those people who spam",
    "the trolls ruined the lobby, I hate those people",
    "I love refugees and I hate those people who mock them",
    # plural name-calls as names or friendly
    "the wankers chant at the match was loud",
    "my band is called the plonkers",
    # second class treatment reported (Control12Rules' treated-as names)
    "women were treated as second class citizens for centuries",
    "refugees are treated like second class citizens in the camps",
    "the elderly are often treated as second class citizens",
    "disabled people are treated like second-class citizens at work",
    "the report says migrants are treated as second class citizens",
    # worth of things, or the group's worth to others reported (HateCheck18Rules)
    "the data has no value",
    "these old coins have no value",
    "their lives mean nothing to the regime, and that is a crime",
    "our lives have value",
    "trans lives matter",
    "black lives don't matter to the cops, that's the problem",
    "trans lives mean nothing to this government",
    "their lives are worthless to the cartel",
    "muslim lives have no value to the militia",
    "jewish lives mean nothing to the nazis",
    # getting rid of things
    "we got rid of the old sofa",
    "getting rid of the bugs in this release",
    "the coach got rid of the bad players",
    "rid the world of hunger",
    "we finally got rid of the mice",
    # a group that got rid of a thing (HateCheck18Rules: the group must come after)
    "liberals got rid of high school shop class",
    "the immigrants got rid of the old shop",
    "muslims are getting rid of their old rugs",
    "women got rid of the dress code",
    "refugees are getting rid of their tents",
    # respect given
    "every trans person deserves respect",
    "all muslims deserve respect",
    "each of them deserves respect",
    "nobody who cheats deserves respect",
    "black women deserve respect",
    # things, not people
    "I won't ever respect this patch",
    "these balance changes are a mistake",
    "do ants even have brains?",
    "I will not ever respect a camper",
    "the new maps are a mistake",
    # "shud" of plans and things
    "we shud go eat",
    "u shud try the new map",
    "shud be fine tomorrow",
    "the patch shld be out soon",
    "muslims shud get more holidays",
    "the bug shud be fixed",
    # the spellings named, not used against the group
    "the mooslims joke was reported to the mods",
    "jooz is a typo i saw",
    # a claim someone pretends is reported ("pretending" a [reported] cue)
    "quit pretending trans people are predators",
    "they keep pretending immigrants are criminals",
    "stop pretending jews are greedy",
    "stop pretending that disabled people are a burden",
    "people pretending muslims are violent need to read more",
    # a quoted statement judged after "is" (Control12Rules._c12_remark_judged)
    "'trans people are freaks' is a hateful thing to post",
    '"immigrants are vermin" is disgusting rhetoric',
    "'black people are thugs' is a racist lie",
    '"gay people are sick" is vile',
    "'women are property' is a shameful idea",
    # "spastic" of a body, "men in dresses" on stage or quoted
    "spastic cerebral palsy is a type of cp",
    "my leg went spastic after the run",
    "spastic paraplegia research",
    "the spastic colon diet",
    "i felt spastic and clumsy today",
    "the panto dames are men in dresses",
    "the parade had men in dresses",
    "there are men in dresses at the carnival",
    "saying trans women are men in dresses is transphobic",
    "the actors are men in wigs and robes",
    # the same words of places, animals, one parent, a rug
    "that old factory is a blight on the town",
    "mosquitoes spread diseases",
    "ticks carry disease",
    "pigeons carry diseases",
    "dirty water can carry disease",
    "the judge found him unfit to be a parent",
    "my rug deserves a beating",
    "gay couples are great parents",
    "saying gay couples are unfit to raise children is homophobic",
    "no one deserves a beating",
    # a claim about a group asked, the rest only a denial (HateCheck18Rules)
    "are gay people perverts? no.",
    "do people really think refugees are criminals? they aren't",
    "is it true trans women are predators? of course not",
    "are jews greedy? nope",
    "are disabled people useless? no they are not",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile


@pytest.mark.parametrize("text", CLEAN)
def test_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile
