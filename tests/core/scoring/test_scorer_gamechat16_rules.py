"""The gamechat16 rules (issue 8, targeting_gamechat16.py, the "gamechat16" lexicon lines
and gamechat8's Dota 2 heroes) as their specification: fresh lines of each shape, written
after its rule and never tuned on, and the clean near-misses beside them (a build, a guide
or oneself called noob, a thing reported, a hero's kit judged, "stop being" said of
oneself or told).

Left out of the tables, flagged on main before this round and not this round's reading:
"that noob guide helped me", "i was that noob once", "this jungler is a noob magnet".
Fresh lines the rules miss: "blame carry not me" (the "not" after the role); and "you
are the reason we lost weight lol" is flagged (the lost game's harm read on "we lost").
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

# fmt: off
HOSTILE: tuple[str, ...] = (
    # a pointer, a hero's or a role's name and a player-only name-call
    "that tracer so noob", "lol this jungler is such a noob", "this genji clueless",
    "that necro is retarded", "this mirana braindead af",
    # a hero or a role as the vocative of "stop being a <insult>"
    "genji stop being a noob", "tank stop being an idiot", "our healer stop being such a moron",
    "rubick pls stop being a clown", "jett stop being a noob lol", "pls stop being a noob healer",
    "stop being a clown mid", "stop being such an idiot tank lol",
    # a swear standing for the player reported
    "report this shit pudge", "pls report that shit", "report fucking jett",
    "report that fucking healer pls", "just report this fuck lol",
    # Dota 2 heroes read as players by the older rules
    "rubick too noob", "stupid nyx", "mirana is trash", "useless necro", "our omni so useless",
    # game chat's slurs for nationalities
    "typical rustards", "peenoise everywhere", "ching chong go back", "ching chong lol",
    "the rustards are feeding",
    # chat's "motherfucker" and the ableist "mongoloid"
    "keep dreaming madafaka", "hey madafaka noob", "go home madafakas",
    "what are u doing mongoloids", "our mid is a mongoloid lol",
    # gamechat9's blame in chat's spellings and the present tense
    "we lose because of our healer", "lost bc of jungler again",
    "we always lose because of our adc",
    "lost coz of tank", "we lose cause of mid",
    # insults8's "you're the reason" with a lost game as the harm
    "ur the reason we lose every game", "you're the reason we lost this round",
    "you re the reason we lost",
    # blame laid on a role in two words
    "blame support", "blame healer", "blame adc pls", "blame jungle lol",
    # "why u so bad" with no verb
    "y u so trash", "lol why u so useless", "how u so bad", "why you so dumb",
    "why u so bad at this game lol",
    # a player's skill denied, and "fatherless"
    "u have no skill at this game", "you got no skill kid", "mid has no skill lol",
    "you have zero skill", "ur fatherless",
    # "gay" thrown at a role
    "omg gay carry", "gay adc again", "gay healer lol", "our gay carry",
    # sarcastic praise of feeding as a noun
    "good feed noob", "great feed again", "ty for the feed pudge", "lol nice feed jungler",
    "stop feed pls",
    # "kill yourself" with chat's slips of the keys (lexicon_textspeak.py)
    "kill youself", "go kill yourslef", "kill yourelf noob", "pls kill youself",
)

CLEAN: tuple[str, ...] = (
    # a build or a question, not a player
    "this pudge noob build is bad", "this tank noob friendly?",
    # "stop being" said of oneself, told, or with no insult
    "i need to stop being a noob", "he told me to stop being a noob", "tank stop being afraid",
    "stop being a noob jungler items", "i will stop being a noob jungler",
    # a thing reported
    "report this shit to the devs", "report fucking bugs on the forum", "report fucking lag",
    "how do i report this shit", "report this shit happens every game",
    # a hero's kit or play talked of
    "rubick stole my ult", "nyx is strong this patch", "mirana arrow missed",
    "necro is useless vs this comp", "lina ult is trash now",
    # a theory named
    "the mongoloid race theory was debunked",
    # a loss blamed on a thing or on oneself, a won game, blame refused
    "we lose because of lag", "lost bc of the patch", "lost coz of bad luck",
    "we lose because of me",
    "you are the reason we won", "you are the reason we met",
    "dont blame the tank", "dont blame mid", "never blame your team", "stop blame mid",
    # "why u so" with praise or a mood
    "why u so good", "why u so quiet", "why u so fast lol",
    # a game's skill items, oneself, a life told
    "you have no skill points left", "this hero has no skill shots", "you have no skill tree yet",
    "i have no skill at this", "he grew up fatherless", "the fatherless children charity",
    # a lane, a character, a group, oneself, a slur refused
    "gay mid lane", "the gay healer in the story is cute", "i play gay mid",
    "gay tank mains unite", "gay support groups help", "dont call him gay mid",
    # feeding told of, a feed that is no player's
    "nice feed by me lol", "stop feed the creeps", "i said nice feed to him",
    "dont say nice feed", "thanks for the feed update", "the news feed is nice",
    "great feed on insta", "nice feed for the chickens",
    # the same slips forbidden
    "dont kill yourslef", "pls dont kill youself", "never kill yourelf",
)
# fmt: on


@pytest.mark.parametrize("line", HOSTILE)
def test_hostile(scorer: Scorer, line: str) -> None:
    assert scorer.score(line).hostile, scorer.score(line).explanation


@pytest.mark.parametrize("line", CLEAN)
def test_clean(scorer: Scorer, line: str) -> None:
    assert not scorer.score(line).hostile, scorer.score(line).explanation


def test_a_reported_thing_is_no_player(scorer: Scorer) -> None:
    """The same phrase reads a player or a thing by what closes its clause."""
    assert scorer.score("report this shit jungler").hostile
    assert not scorer.score("report this shit to valve").hostile


def test_a_pointed_hero_with_a_kit_word_keeps_its_older_reading(scorer: Scorer) -> None:
    """ "trash" may judge the champion's kit (gamechat8); "noob" only a player."""
    assert not scorer.score("this yasuo is trash").hostile
    assert scorer.score("this yasuo is noob").hostile
