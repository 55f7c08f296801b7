"""Shapes of the gamechat19 round (targeting_gamechat19, gamechat19_words and its lexicon
lines), at default settings: "ass" as a verdict on a player ("ur ass", "our adc is
ass"), "ur bad", "ur a dog", "you have no hands", a hero's player said to suck
("reyna sucks"), the mother joke of last night; with the look-alikes that stay clean: a
thing or the writer called ass, a body named ("cover ur ass"), a thing named after the
verdict ("ur bad luck", "ur a dog person"), a hero's kit or a matchup
("genji sucks this patch", "laning vs darius sucks"), a saying talked about ("git gud kid
is the funniest meme"), a mother's real evening. A second batch: a low IQ told ("0 iq"),
a gloat at a carried player ("ur getting carried", never "carried away"), and
"youre the reason" in insults8's blame. Past the round's own probe lines, each
rule's lines were written after it and checked once against it. English only: the
shapes are English game-chat slang (Italian's "sei scarso" was caught before)."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # "ass" as a verdict on a player
    "u are ass",
    "youre ass lmao",
    "bro ur ass",
    "ur literally ass at this",
    "our mid is literally ass",
    "their support is ass",
    "he is really ass",
    "jungle is really ass",
    "bro this dude is so ass",
    "lol this guy is ass",
    # verdicts that close their sentence
    "ur bad",
    "ur bad noob",
    "ur bad at aiming",
    "ur bad, go next",
    "ur a dog lol",
    "youre such a dog",
    "u r a dog",
    "you got no hands",
    "u have no hands bro",
    # a hero's player said to suck
    "jinx sucks",
    "riven sucks lol",
    "ziggs sucks ass",
    "sova sucks so bad",
    # the mother joke of last night
    "ur mom was amazing last night",
    "lol ur mom last night",
    "tell ur mom thanks for last night",
    # a low IQ told
    "ur 0 iq lol",
    "room temp iq jungler",
    "3 iq",
    # a gloat at a carried player
    "you are getting carried",
    "youre being carried so hard",
    "stop getting carried noob",
    # the reader blamed for the loss, "youre" (insults8 at depth)
    "youre the reason we lose",
)

CLEAN = (
    # a thing or the writer called ass
    "this map is ass",
    "my aim is just ass",
    "the matchmaking is literally ass",
    "this patch is really ass",
    "im ass at this game",
    "that play was ass lol",
    "bro this map is ass",
    # a body named
    "cover ur ass on a site",
    "get off ur ass",
    "ur ass is mine next round",
    # a thing named after the verdict
    "ur bad luck lol",
    "sorry about ur bad day",
    "is ur bad ping back",
    "l2p anyone? need a duo",
    "ur a dog person?",
    "ur a dog lover right",
    "ur a dog walker?",
    "i have no hands today",
    # a hero's kit, a skin or a matchup
    "genji sucks this patch",
    "riven sucks into malphite",
    "lux sucks at laning",
    "the new jinx skin sucks",
    "laning vs darius sucks",
    "playing against yasuo sucks",
    # a saying talked about
    "git gud kid is the funniest meme",
    "uninstall is a meme at this point",
    "uninstall was a classic line back then",
    # a mother's real evening
    "say hi to ur mom, great dinner last night",
    "how was ur mom's birthday last night",
    "did ur mom get home last night?",
    "ur mom called, she said thanks for last night",
    # the writer's own IQ, a high one
    "i have 0 iq today",
    "300 iq play",
    # a carry thanked or owned, carried away
    "i got carried so hard lol",
    "thanks for carrying me",
    "youre getting carried away bro",
    # "youre the reason" of a good thing
    "youre the reason i log on",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat19_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat19_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
