"""The gamechat12 rules (issue 8, targeting_gamechat12.py and the "gamechat12" lexicon
lines) as their specification: each shape with fresh lines (written after its rule, never
tuned on), and the clean near-misses beside it (a question, a condition, a thing judged,
the writer, a champion's kit, Italian's "fu")."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

# fmt: off
HOSTILE: tuple[str, ...] = (
    # you are bad, with chat's spellings and intensifiers
    "you are bad at every role",
    "u r bad and you know it",
    "ur fucking bad at this game",
    "you re bad lol",
    "youre bad at aiming",
    # "u mad" as a short taunt
    "u mad kid?",
    "why u mad lol",
    "you mad bro",
    "ya mad?",
    "are you mad, boy",
    # "this bad" of a person asked how
    "how are u this bad",
    "how is our jungler this bad",
    "how can anyone be this bad",
    "how can you be this bad",
    "imagine someone this bad",
    # "cry more" as a gloat
    "cry more kid",
    "cry more lol",
    "go cry more",
    "just cry more",
    # "fu" alone or before a name
    "fu",
    "fu pudge",
    "lmao fu",
    "fu mid",
    # a hero's or role's bare name, or a rank, before a player-only name-call
    "sven is trash",
    "our healer so useless",
    "invoker is braindead lol",
    "gold trash",
    "2k trash",
    "diamond garbage",
    "5k trash lol",
    "herald trash",
    # intensifiers before a player-only name-call before a hero's or a role's name
    "fucking braindead healer",
    "totally useless support",
    "wtf fucking garbage adc",
    "utterly useless teammates",
    "fkin trash carry",
    # "sup diff"
    "sup diff again",
    "sup diff gg",
    # "kill yourself" split or with a swear inside
    "kill ur fucking self pls",
    "kill yo self noob",
    "kill ya self",
    "just kill your self",
    # sabotage "on purpose"
    "our mid throws on purpose",
    "that dude is trolling on purpose",
)
CLEAN: tuple[str, ...] = (
    # a condition or a doubt
    "if you are bad at first thats normal",
    "i dont think you are bad",
    "even when youre bad at it keep going",
    "when u r bad at a hero play bots",
    # asked or told, not a taunt
    "are you mad at me?",
    "did that make you mad",
    "you mad scientist",
    "if u mad just mute",
    "u mad about the patch?",
    # a thing judged
    "how is the lag this bad",
    "how did the servers get this bad",
    "i never knew it was this bad",
    "how is the weather this bad",
    # another's crying, or a comparison
    "i cry more at movies than games",
    "they cry more than anyone",
    "it made me cry more",
    "we will cry more if we lose",
    # "kung fu", Italian "fu" ("was")
    "kung fu",
    "fu fighters are great",
    "fu un errore",
    "fu i lagged",
    "non fu facile",
    # a champion judged (a pointer, a tail), an opinion; "ok" is no MMR
    "sven is trash this patch",
    "this sven is trash",
    "i think invoker is trash",
    "ok trash",
    "ak trash",
    "fucking useless item",
    "fucking useless ult this patch",
    "i think fucking useless mid",
    "such a useless skin",
    # "noob here": the writer
    "noob here, sorry for my play",
    "total noob here, any tips",
    "complete noob here",
    "newbie here",
    # a greeting
    "sup guys",
    "sup bro",
    # the writer; friendly swearing
    "i was throwing on purpose lol",
    "fucking nice play",
)
# fmt: on


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_shapes(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation


@pytest.mark.parametrize("text", CLEAN)
def test_clean_near_misses(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation
