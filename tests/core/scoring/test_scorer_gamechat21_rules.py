"""Shapes of the gamechat21 round (targeting_gamechat21, gamechat21_words, its lexicon
lines and its fixes at depth in gamechat9_words), at default settings: a loss blamed in
chat's spellings ("cuz of u", "thx to u ... lost", "gg cuz of our adc"), a skill likened
down to a pet's, a parent's or a bot's ("my cat has better aim"), a hero or a role judged
("sage is useless", "our jugg so bad", "trash am"), "u cant even aim", "so noob lol",
"sure kid"; with the look-alikes that stay clean: a win or a thing owned after the
blame, the writer's own loss, a likeness of the writer or of nothing, a pick judged where
it goes on, a denied or asked verdict, a champion's kit, a condition, an objective called
easy, a taunt's words put off or said to a game's fans, a game's title. Italian where a
shape has it: gamechat9's mockers ("mia mamma gioca meglio di te")."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a loss blamed in chat's spellings (gamechat9_words, at depth)
    "we lost coz of u",
    "cus of you we lost the match",
    "bc of u we lost again",
    "ty to you we lost",
    "thanks to u we lost that fight",
    "gg coz of this jett",
    "gg bc of our support",
    "lost cuz of our healer",
    # a skill likened down
    "my cat has better aim than u",
    "my lil sister has better reflexes than you",
    "even my dad plays better than you",
    "a monkey could do better",
    "my grandpa could do better than this omen",
    "mia mamma gioca meglio di te",
    # a hero or a role judged
    "omen is useless",
    "our sova is so useless lol",
    "our cypher is trash",
    "tbh our healer is braindead",
    "our mid so useless",
    "ana and mercy so bad",
    "garbage jett",
    "useless pa",
    "doom is shit",
    # the reader told they cannot aim, a lone name-call line, a child waved off
    "bro u cant even aim",
    "you cant aim lmao",
    "so noob lmao",
    "ok kid",
    "ur mid af",
    "sit down dog",
)

CLEAN = (
    # a win, a thing owned or no loss after the blame; the writer's own loss
    "cuz of u we won lol",
    "thanks to you i lost my keys",
    "thx to u i finally got the skin",
    "we lost cuz of the lag",
    "gg cuz of me, sorry",
    "gg bc of the server",
    # a likeness of the writer, of nothing, or no skill
    "my cat has better aim than me lol",
    "you can do better next round",
    "we should do better on defense",
    "my dad has better taste than me",
    "the bot does better on this map",
    "a bot would do better than you think",
    # a pick judged where it goes on, denied, asked, no player, no "so"
    "omen is useless on this map",
    "jett is useless since the nerf",
    "is omen useless?",
    "omen is not useless",
    "this patch is trash",
    "our mid bad",
    "cry viper",
    # the reader's aim in a condition or a clause that goes on; the champion's kit
    "if you cant aim, play sage",
    "you cant aim with a controller",
    "this yasuo is trash",
    "the storm is so annoying",
    # an objective called easy, a taunt put off, a game's fans, a game's title
    "ez drake",
    "ez rosh go",
    "ez tower",
    "cry about it tomorrow, we have a scrim",
    "stay mad, apex fans",
    "devil may cry is so good",
    "crazy taxi is on sale",
    # no name-call in the line
    "so noob friendly lol",
    "ur mid right?",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat21_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat21_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
