"""The gamechat18 rules (issue 8: targeting_gamechat18.py, the "gamechat18" lexicon lines,
and the fixes at chat9's depth) as their specification: fresh lines of each shape,
written after its rule and never tuned on, and the clean near-misses beside them (the
writer's own or the enemy's play, a question, a place or a time, plain swearing).

English, and Italian game chat's own words ("stai feedando", "che cazzo fai mid").
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

# fmt: off
HOSTILE: tuple[str, ...] = (
    # chat9's sabotage with the team's owner or blame's intensifiers
    "our bane is feeding on purpose", "tracer is throwing again smh", "our sova keeps trolling",
    "mid is griefing nonstop", "viper is feeding hard af",
    # "<hero> diff" with heroes named by ordinary words
    "brimstone diff", "reaper diff gg",
    # a two-word lane's diff, a Dota position's sabotage
    "bot lane diff lol", "top lane gap again", "mid laner gap", "our pos 4 is feeding nonstop",
    "pos 2 keeps trolling again",
    # "what are you doing <player>"
    "what are you doing jungle", "wtf are you doing carry", "what are you doing support lmao",
    "WTF ARE YOU DOING REYNA", "what are you doing pudge", "what are you doing, mid",
    # a girl sneered at for being one
    "ew a girl on our team", "youre a girl thats why you cant aim",
    "typical girl gamer cant aim", "ew girls in ranked", "of course its a girl playing mercy",
    # get good or get out
    "git gud or quit the game", "get good or go home kid", "get better or leave the server",
    "just get good or quit", "get better kid", "git gud kid",
    # the whole sex judged at a game
    "girls suck at aiming lol", "women are bad at strategy games",
    # a curse that is the whole line with a player's role
    "stop using the noob tube noob",
    # League's "running it down" read as "feeding"; "stop dying" told
    "stop running it down top", "you are running it down every game",
    "our mid is running it down again", "STOP DYING MID", "jg stop dying",
    # Italian: sabotage told to the reader, a teammate named after the angry ask
    "ma che fai sage lol", "che cazzo fai top", "che cazzo stai facendo carry",
    "smetti di feedare mid", "basta feedare dai",
    "FUCKING SUPPORT", "fuck this adc lmao", "shit healer", "fucking jg bro", "fuck our awper",
)

CLEAN: tuple[str, ...] = (
    # a question, the enemy's, the writer's own, a report asked, an object fed
    "why is our lina throwing", "their zed keeps feeding lol", "i am feeding again sorry",
    "report sven he is throwing", "our courier is feeding the carry",
    # the enemy's diff, the writer's own, a question
    "their reaper diff", "hog diff was on me", "echo diff?",
    "their top lane diff", "mid lane gap? idk", "enemy bot lane gap", "top lane diff, my bad",
    "their pos 5 is feeding",
    # the reader asked after, a time or a place
    "what are you doing after the game", "how are you doing sage",
    "what are you doing for dinner", "wtf are you doing here lol",
    "what are you doing this weekend", "how are you doing mid",
    # a girl named with no sneer
    "a girl on our team is cracked", "my girl plays jett", "ew a spider in my room",
    "its a girl! congrats", "my girlfriend is bad at league", "she told the kid to get good",
    # the writer's own, the enemy's, a ball run down a wing, a how-to
    "im running it down sorry", "their adc is running it down lol", "running it down the wing",
    "tips to stop dying in ranked", "how to stop dying so much",
    # Italian: asked, the writer's own, denied, reported speech
    "stai trollando?", "ma che fai a cena", "che cazzo fai li", "che cazzo fai stasera",
    "ma che fai domani", "non stai feedando tranquillo", "io sto feedando scusate",
    # a weapon named for its users
    "noob tube kills are so cheap", "he got me with a noob tube", "i love the noob tube",
    # the writer's own resolve
    "i'll get good or quit trying", "either i get good or i quit",
    # swearing at a thing, a longer line, no curse
    "fucking tank build is op", "fucking mid game lag", "shit carry item", "damn carry",
    "fuck the top rope", "fucking mods", "fucking lag",
)
# fmt: on


@pytest.mark.parametrize("line", HOSTILE)
def test_hostile(scorer: Scorer, line: str) -> None:
    assert scorer.score(line).hostile, scorer.score(line).explanation


@pytest.mark.parametrize("line", CLEAN)
def test_clean(scorer: Scorer, line: str) -> None:
    assert not scorer.score(line).hostile, scorer.score(line).explanation


def test_whose_sabotage(scorer: Scorer) -> None:
    """The team's own player blamed; the enemy's and a bare report are no blame."""
    assert scorer.score("our sage is throwing").hostile
    assert not scorer.score("their sage is throwing").hostile
    assert not scorer.score("sova is trolling").hostile


def test_what_are_you_doing_needs_a_player(scorer: Scorer) -> None:
    assert scorer.score("what are you doing mid").hostile
    assert not scorer.score("what are you doing mid game").hostile
    assert not scorer.score("what are you doing").hostile
