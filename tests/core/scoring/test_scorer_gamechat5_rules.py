"""The fifth game-chat round's rules (issue 8, targeting_gamechat5.py), as tables.

Each rule has its hostile shapes and the clean near-misses that must stay clean:
swearing at the game, the map or oneself, verbs that take "so bad" as an adverb,
things judged, questions answered, negation. Written fresh, English and Italian.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

# A verdict on how someone plays, aimed at the subject of its clause.
POOR_PLAY_AIMED: tuple[tuple[str, TargetKind], ...] = (
    ("UR SO FUCKING BAD", TargetKind.SECOND_PERSON),
    ("why are u so shit", TargetKind.SECOND_PERSON),
    ("your so fkin bad can u just afk", TargetKind.SECOND_PERSON),
    ("this awper is so fucking bad", TargetKind.THIRD_PERSON),
    ("why is our top so fucking bad", TargetKind.THIRD_PERSON),
    ("hes so bad at this game", TargetKind.THIRD_PERSON),
    ("he's so ass at the game", TargetKind.THIRD_PERSON),
    ("that healer is so trash lol", TargetKind.THIRD_PERSON),
    ("our sf so bad", TargetKind.THIRD_PERSON),
    ("they are so garbage", TargetKind.THIRD_PERSON),
    ("team so bad", TargetKind.GROUP),
    ("women are so bad at games", TargetKind.GROUP),
    ("sei così scarso", TargetKind.SECOND_PERSON),
    ("il nostro mid è così scarso", TargetKind.THIRD_PERSON),
)

POOR_PLAY_CLEAN: tuple[str, ...] = (
    "this map is so bad",
    "my ping is so bad today",
    "why is this game so bad",
    "lagging so bad",
    "i want this skin so bad",
    "he wants the win so bad",
    "missing u so bad",
    "im so bad today lol",
    "we are so bad lol",
    "ur not so bad",
    "so bad",
    "he was so bad that we lost the vote",
    "imessage so trash",
    "sono così scarso oggi",
)


@pytest.mark.parametrize(("line", "target"), POOR_PLAY_AIMED)
def test_a_verdict_on_play_is_aimed_at_its_subject(
    scorer: Scorer, line: str, target: TargetKind
) -> None:
    verdict = scorer.score(line)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is target


@pytest.mark.parametrize("line", POOR_PLAY_CLEAN)
def test_a_verdict_on_a_thing_oneself_or_a_verb_stays_clean(scorer: Scorer, line: str) -> None:
    assert not scorer.score(line).hostile, scorer.score(line).explanation


# A pointed player after chat openers; a judging word before a player or a name;
# a lone name-call message.
NAMED_PLAYER: tuple[str, ...] = (
    "ff 15 this jungler is braindead",
    "lol our adc is a clown",
    "jungle diff this guy is useless",
    "that light tank is a moron",
    "our adc is actually retarded",
    "stupid kid go do your homework",
    "useless jungler never ganks",
    "lol stupid tusk",
    "stupid wk",
    "useless qop ever",
    "this fucking stupid sf",
    "that retarded sf is going to win the game",
    "trash",
    "absolute garbage",
    "calculated. trash",
    "spazzatura",
)

NAMED_CLEAN: tuple[str, ...] = (
    "ff this map is trash",
    "lol this game is stupid",
    "stupid question lol",
    "stupid roblox update",
    "this stupid lag",
    "hate mid more",
    "sucks man",
    "the new patch? trash",
    "i think this build is trash",
    "this game is garbage",
    "joke",
    "this yasuo is trash",
    "that quiz was ez",
    "questo stupido telefono",
    "this stupid pudge skin",
)


@pytest.mark.parametrize("line", NAMED_PLAYER)
def test_a_player_named_in_chat_shapes_is_a_target(scorer: Scorer, line: str) -> None:
    verdict = scorer.score(line)
    assert verdict.hostile, verdict.explanation
    assert verdict.target not in (TargetKind.NONE, TargetKind.OBJECT, TargetKind.SELF)


@pytest.mark.parametrize("line", NAMED_CLEAN)
def test_things_and_questions_in_the_same_shapes_stay_clean(scorer: Scorer, line: str) -> None:
    assert not scorer.score(line).hostile, scorer.score(line).explanation


# Chat drops apostrophes; the reader called a monkey or awful; "fuckyou" run together;
# a regional demonym is an identity group in Italian.
LEXICON_HOSTILE: tuple[str, ...] = (
    "women shouldnt be allowed to play ranked",
    "muslims shouldnt be allowed here",
    "women dont belong in gaming",
    "you dont belong here",
    "fuckyou",
    "speak english you monkey",
    "U AWFUL",
    "napoletani di merda",
    "i siciliani sono tutti ladri",
)

LEXICON_CLEAN: tuple[str, ...] = (
    "i shouldnt be allowed to play this champ lol",
    "i cant stand this map",
    "the monkey in bloons is op",
    "that was awful lag",
    "i dont belong in gold lol",
    "sono napoletano e tifo napoli",
    "fucking legend",
)


@pytest.mark.parametrize("line", LEXICON_HOSTILE)
def test_chat_spellings_of_known_lines_are_caught(scorer: Scorer, line: str) -> None:
    assert scorer.score(line).hostile, scorer.score(line).explanation


@pytest.mark.parametrize("line", LEXICON_CLEAN)
def test_the_same_words_about_oneself_or_things_stay_clean(scorer: Scorer, line: str) -> None:
    assert not scorer.score(line).hostile, scorer.score(line).explanation
