"""Table tests for review10's fixes to the chat9, vocative9, hatecheck10 and discord10
rounds (issue 8), and to three older readings the review brief named.

Every line in CLEAN_FIXED was flagged, and every line in HOSTILE_FIXED missed, on main
before these fixes (commit 0b025e8); the GUARD lines are the near shapes that must keep
their reading. The lines are fresh wording, none taken from the data files.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from tests.core.scoring.probe_checks import hostile_as_the_bot_scores

# Lines these fixes turn from clean to hostile.
HOSTILE_FIXED: tuple[str, ...] = (
    # hatecheck10's denial of humanity with "even" ("not even people")
    "gay people are not even people",
    "trans people aren't even people",
    "refugees arent even people",
    # vocative9's mock praise in Italian
    "grazie per aver perso la partita coglione",
    "complimenti per aver perso il round idiota",
    "grazie per aver buttato la partita coglione",
)

# Near shapes that must stay hostile.
HOSTILE_GUARDS: tuple[str, ...] = (
    # chat9
    "stop feeding jett",
    "why are you throwing again noob",
    "stop griefing jett",
    "someone should beat him up",
    "someone should beat him at school tomorrow",
    "somebody go beat her up after school",
    "someone should beat him until he cries",
    "lets raid his stream",
    "lets flood her dms with hate",
    "everyone spam her dms with slurs",
    "kick him from the server",
    "ban that loser from the discord",
    "remove that idiot from the clan",
    # hatecheck10
    "jews are the root of all evil",
    "immigrants are the cause of all our problems",
    "women are the source of all drama",
    "immigrants are the source of every problem we have",
    "muslims are not people",
    "jews are not people, they are vermin",
    "women are not people like us",
    "immigrants are not people, just parasites",
    "women are the root of all evil? yes they are",
    "muslims are the root of all evil? absolutely",
    "gay people are the root of all evil, according to me",
    "according to my research, jews are the root of all evil",
    "i still want jews to be wiped off the earth",
    "muslims should be wiped off the earth",
    "i want all muslims out of this country",
    "we want every immigrant out",
    "we want all muslims out of our town",
    "i hope every immigrant is out by christmas",
    "voglio tutti gli stranieri fuori da questo paese",
    "gli immigrati ci stanno rubando il lavoro",
    "gli stranieri ci stanno rubando tutto",
    # discord10
    "you're not welcome in this server",
    "you arent welcome here, leave",
    "you are not welcome in this guild anymore",
    "non sei benvenuto qui",
    "everyone would be happier if you left",
    "this place would be happier if you left",
    "lets all dm him",
    "lets all dm her and call her names",
    "i know what school you go to, i'll be there too",
    "so dove vai a scuola",
    "i know your real name and i will find you too",
    "so dove vai a scuola, ti aspetto anche domani",
    # vocative9 and the self-talk reading
    "thanks for losing us the round moron",
    "thanks for carrying this noob, you were useless anyway",
    "you forgot the bomb again, what an idiot",
    "you burned the toast again, what an idiot",
    "he forgot to heal me, what a fool",
    "my brother ate my fries again, what an idiot",
    "i broke his keyboard, what a loser",
    "what an idiot",
)

# Lines these fixes turn from hostile to clean.
CLEAN_FIXED: tuple[str, ...] = (
    # chat9 sabotage: a thing thrown or fed somewhere, no player named after the verb
    "why are you throwing grenades at the wall lol",
    "stop feeding carrots to the horses lol",
    # chat9 calls: a win over someone at a game or contest
    "someone should beat him at chess for once",
    "someone should beat her at mario kart",
    "somebody go beat him at his own game",
    "somebody should beat her at scrabble finally",
    "someone needs to destroy him in ranked tonight",
    # chat9 raids reported while they go on, kicks asked of the moderators
    "someone is flooding his chat with spam, can a mod ban them?",
    "people are spamming her dms with slurs, mods do something",
    "someone keeps raiding his stream, how do i stop it",
    "some randoms are spamming his stream with porn, any mods online?",
    "a bunch of kids keep flooding her dms, what can she do",
    "can a mod kick him from the server? he's posting slurs",
    "can an admin ban him from the server? he keeps spamming scams",
    "can the mods remove that guy from the discord? he's scamming",
    # hatecheck10 sources of good
    "immigrants are the cause of all our success",
    "women are the cause of all my happiness",
    "immigrants are the source of all our best food",
    "women are the root of all the good in this family",
    "immigrants are the source of all our innovation",
    # hatecheck10 "not people" + a kind of people
    "muslims are not people who give up easily",
    "women are not people you can own",
    "immigrants are not people to be feared",
    "gay people are not people who complain a lot",
    "refugees are not people to be pitied, they are survivors",
    "jews are not people who forget history",
    # hatecheck10 an Italian theft of charm
    "gli immigrati ci stanno rubando il cuore",
    "le donne ci stanno rubando la scena",
    # hatecheck10 (and hatecheck9) claims asked back and waved away
    "disabled people aren't even human? who says that, that's disgusting",
    "gay men are never real men? what nonsense",
    "muslims are not people? what nonsense",
    "women are the root of all evil? says who",
    "jews are the cause of all our problems? total bullshit",
    "immigrants are the cause of all our problems? utter rubbish",
    "jews are not people? who says that",
    # hatecheck10 claims put in someone else's mouth after them
    "gli ebrei sono la radice di tutti i mali: così diceva la propaganda nazista",
    "jews are the root of all evil, or so the nazis said",
    "gay people are the root of all evil, according to that preacher",
    # hatecheck9's threat terms after someone else's past wish (older flag)
    "the nazis wanted jews to be wiped off the earth",
    "hitler wanted jews to be wiped off the earth",
    "the kkk wanted black people to be wiped off the earth",
    # hatecheck10 wishes: out of a plight, out voting, out and proud
    "we want every woman out of poverty",
    "i want all immigrants out of detention centres",
    "i hope all refugees get out of the camps safely",
    "we want every gay person out and proud",
    "i want all black people out voting in november",
    "i hope all jews are out of danger after the attack",
    "i want all refugees out of harm's way",
    "we want all women out of abusive homes",
    "voglio tutti gli immigrati fuori dai centri di detenzione",
    "vogliamo tutti i migranti fuori dalla povertà",
    "vogliamo tutti i rifugiati fuori dai campi",
    # discord10 "not welcome" with its condition: a rule reminder
    "you're not welcome in this server if you post nsfw",
    "non sei benvenuto nel clan se bari, leggi le regole",
    "you are not welcome in this server if you spread hate",
    "ur not welcome if you cheat, read the rules",
    "non sei benvenuto se non rispetti le regole",
    "you aren't welcome in vc if you're going to scream",
    "you are not welcome in #general unless you stay on topic",
    # discord10 a thing left, no departure
    "everyone would be happier if you left a review on steam",
    "we'd all be happier if you left some feedback",
    "the devs would be happier if you left a bug report",
    # discord10 the writer goes to that school too: a friend's fact
    "i know what school you go to, i go there too",
    "i know what school you go to, we go to the same one",
    "so dove vai a scuola, ci vado anche io",
    # discord10 a crowd sent with kindness
    "lets all dm him happy birthday",
    "lets all dm her get well soon wishes",
    "lets all dm him congrats, he just got married",
    # older: the writer's humility when thanking for help
    "thanks for carrying this noob",
    "thanks for helping this noob out",
    "ty for carrying this noob",
    "thank you so much for carrying this noob",
    "thanks for teaching this noob lol",
    # older: an exclamation at the writer's own blunder
    "i forgot my keys again, what a fool",
    "i left the stove on again, what an idiot",
    "missed my bus for the third time, what a fool",
    "i burned the toast again, what an idiot",
    "locked my keys in the car, what a moron",
)

# Near shapes that must stay clean.
CLEAN_GUARDS: tuple[str, ...] = (
    "why are you throwing rocks at the boss lol",
    "why are you throwing smokes into the site already",
    "why is she throwing flashes over the wall",
    "we want every refugee out of those camps by winter",
    "someone go beat the boss for me",
    "someone should fix his stream setup",
    "raid his stash in tarkov, he logged out",
    "remove the spam bot from the server pls",
    "money is the root of all evil",
    "immigrants are not stealing our jobs",
    "i hope all muslims have a great ramadan",
    "i wish all jews a happy hanukkah",
    "rimandiamo a casa tutti i ragazzi, la festa è finita",
    "you're welcome in this server anytime",
    "lets all report the bug to the devs",
    "thanks for the help bro",
    "i lost the game again lol",
)


@pytest.mark.parametrize("line", HOSTILE_FIXED + HOSTILE_GUARDS)
def test_hostile(scorer: Scorer, line: str) -> None:
    assert hostile_as_the_bot_scores(scorer, line, reply=False), line


@pytest.mark.parametrize("line", CLEAN_FIXED + CLEAN_GUARDS)
def test_clean(scorer: Scorer, line: str) -> None:
    assert not hostile_as_the_bot_scores(scorer, line, reply=False), line


@pytest.mark.parametrize(
    "line",
    [
        "muslims are not people?",
        "muslims are not people? what",
        "jews are the root of all evil, or so",
        "jews are the root of all evil, according to",
        "jews are the root of all evil, according",
        "i want all muslims out",
        "i want all muslims out of",
        "voglio tutti gli immigrati fuori",
        "you're not welcome in",
        "happier if you left",
        "thanks for carrying this noob",
        "what a fool",
        "i forgot, what a",
    ],
)
def test_short_endings(scorer: Scorer, line: str) -> None:
    """The review10 reads look a few tokens past the hit: a line that ends there gives a
    verdict, never an IndexError."""
    for text in (line, line + " " + "the " * 30 + "end", "x " * 40 + line):
        scorer.score(text)
        scorer.score(text, mentions_someone=True, is_reply=True)
