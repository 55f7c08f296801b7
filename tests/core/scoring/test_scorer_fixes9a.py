"""Table tests for review9a's fixes to the hatecheck9 and controls9 rounds (issue 8).

Every CLEAN line below was flagged, and every line in HOSTILE_FIXED missed, on main before
these fixes (commit 0e5120b); the GUARD lines are the near shapes that must stay as they
were. The lines are fresh wording, none taken from the data files.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from tests.core.scoring.probe_checks import hostile_as_the_bot_scores

# Lines these fixes turn from clean to hostile (controls9 cleared them as things).
HOSTILE_FIXED: tuple[str, ...] = (
    # a thing's noun that is half of a person's compound ("game dev", "server admin")
    "that guy is the stupidest game dev ever",
    "that dude is the most useless server admin",
    # "which is" with the reader before it: the reader or the reader's own is judged
    "@USER your take which is stupid as hell",
    "@USER your mom which is a disgrace",
    "@USER and you which is pathetic",
    "@USER u and ur team which is trash",
    # "dumb shit" called with a person noun and a copula before it
    "this guy is dumb shit",
    "the streamer is dumb shit lol",
    "that girl is stupid shit",
)

# Near shapes that must stay hostile.
HOSTILE_GUARDS: tuple[str, ...] = (
    "muslims are taking over and nobody cares",
    "immigrants are taking over our towns, i hate it",
    "are immigrants taking over? yes they are",
    "refugees are flooding in, close the borders",
    "refugees are flooding in and raping our women",
    "gay people need to be fixed",
    "gays need to be fixed, period",
    "jews are a threat to us all",
    "why do disabled people even exist? no one needs them",
    "immigrants? I'll push them into the river",
    "immigrants? I'd push them off the pier",
    "jews? we'd gas them all",
    "trans people? i can't stand them",
    "i neri? li rimanderei tutti in africa",
    "voglio vedere i musulmani affogare",
    "spero di vedere tutti i rom crepare",
    "sono stufo dei neri",
    "I'd rather die than see a muslim mayor",
    "my coach is useless garbage",
    "@USER your plan which is as dumb as you",
    "for me, muslims are a threat to us",
    "for me muslims are a threat to this country",
)

# Lines these fixes turn from hostile to clean.
CLEAN_FIXED: tuple[str, ...] = (
    # hatecheck9 claim: the group is the object of "for" ("housing for refugees")
    "the ramps for disabled people need to be fixed",
    "housing for refugees needs to be fixed",
    "funding for disabled people needs to be fixed",
    "the waiting lists for trans people need to be fixed",
    "donations for refugees are flooding in",
    "messages of support for muslims are flooding in",
    "letters of support for jews are flooding in after the attack",
    "support for the refugees is flooding in",
    # the claim framed as a lie, or someone else's belief
    "it's a lie that muslims are a threat to anyone",
    "the lie that jews are a threat to us has killed millions",
    "my grandpa thinks immigrants are a drain on the economy, so embarrassing",
    "my boss thinks muslims are a threat to this country, I quit",
    # the claim asked and answered "no"
    "are immigrants really taking over? no, the data says otherwise",
    "are muslims a threat to europe? of course not",
    "is it true that jews are a threat to us? no, that's propaganda",
    "do trans people need to be fixed? no, they need support",
    "is it true that refugees are a drain on the economy? no",
    "are gay people a threat to kids? of course not",
    # "taking over" cheered
    "women are taking over esports and i love it",
    "women are taking over the tech world, so proud",
    "black women are taking over the olympics, amazing",
    # the pronoun stands for what is said about the group, not the group
    "racist comments about muslims, i can't stand them",
    "le battute sui gay? le detesto",
    "le barzellette sui neri? le odio",
    # "push them" with no way to fall after it
    "refugees? we should push them to apply early",
    "immigrants? we'll push them to register to vote",
    "immigrants? we should push them to learn the language",
    "trans people? we'll push them to run for office",
    # suffering seen, not wished ("vedere" without "vorrei", "spero"...)
    "fa male vedere i migranti annegare",
    "mi fa piangere vedere i migranti affogare",
    "è orribile vedere i rom soffrire così",
    # the idiom's group as the victim
    "I'd rather die than see gay people lose their rights",
    "I'd rather die than watch muslims get attacked",
    "sono stufo di vedere immigrati morire in mare",
    "sono stufa di vedere le donne picchiate",
)

# Near shapes that must stay clean.
CLEAN_GUARDS: tuple[str, ...] = (
    "the stupid game crashed again",
    "this dumb phone",
    "my car is dumb shit lol",
    "this game is stupid shit",
    "it's dumb shit but i love it",
    "the dumb game server crashed",
    "the new patch which is a total mess",
    "the update, which is garbage, dropped today",
    "@USER the league which is an absolute joke",
    "the show, which is dumb, got renewed",
    "i don't care about that guy's dumb video",
    "latinas are taking over the charts, so proud",
    "the media claims refugees are a threat to us, it's a lie",
)


@pytest.mark.parametrize("line", HOSTILE_FIXED + HOSTILE_GUARDS)
def test_hostile(scorer: Scorer, line: str) -> None:
    assert hostile_as_the_bot_scores(scorer, line, reply=False), line


@pytest.mark.parametrize("line", CLEAN_FIXED + CLEAN_GUARDS)
def test_clean(scorer: Scorer, line: str) -> None:
    assert not hostile_as_the_bot_scores(scorer, line, reply=False), line


@pytest.mark.parametrize("filler", [0, 5, 10, 11, 12, 20, 200])
def test_long_claim_sentence(scorer: Scorer, filler: int) -> None:
    """The "answered no" reading looks past the sentence's end, where the spans may
    already stop: no IndexError, and the claim stays hostile."""
    line = "muslims are a threat to " + "the " * filler + "and so on"
    assert scorer.score(line).hostile
