"""Shapes of the discord24 round (targeting_discord24, discord24_words and its lexicon
lines), at default settings: a whole short line of chat's gloats ("cope + seethe", "cry
me a river bozo", "take this L bozo", "keep coping lil bro", "rosica e piangi"), the
reader's mother given a lowly job or a poor life ("ur mom works at mcdonalds", English
and Italian), "no lifer" put on the reader; with the look-alikes that stay clean (the
song, the same words in a sentence or of the writer, a mother's real job asked about or
praised), and two older false flags undone ("nobody asked but ur doing amazing", "get a
life potion")."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a whole short line of gloats
    "cope + seethe",
    "mald + cope",
    "seethe + cope + mald lol",
    "cope and seethe bozo",
    "cry me a river",
    "cry me a river bozo",
    "go cry me a river lol",
    "take this L bozo",
    "hold this massive L clown",
    "keep coping lil bro",
    "stay coping",
    "stay seething bozo",
    "just keep coping lmao",
    "rosica e piangi",
    "rosica pure sfigato",
    "piangi ancora ahah",
    # the reader's mother given a lowly life
    "ur mom works at mcdonalds",
    "your mom works at walmart lmao",
    "ur mom still lives in a trailer",
    "ur mom is so broke lol",
    "ur mom drives a honda civic 💀",
    "ur mum shops at the dollar store",
    "tua madre lavora al mcdonald",
    # "no lifer" on the reader
    "ur such a no lifer",
    "ur a no lifer fr",
    "imagine being a no lifer",
    # the older readings kept
    "nobody asked but ur doing amazing sweetie",
    "nobody asked but u keep talking",
    "get a life",
    "get a life loser",
    "cry",
    "L + ratio",
)

CLEAN = (
    # gloat words in a sentence, the song
    "cry me a river is such a good song",
    "he sang cry me a river at karaoke",
    "bozo the clown was on tv lol",
    "i cry at every film",
    "how do u keep coping with all this",
    "i keep coping by gaming",
    "keep coping with it, it gets better",
    "you keep coping so well, proud of u",
    "she said cope and seethe to me",
    "piangi pure, ti fa bene",
    "lui rosica sempre quando perde",
    "se vuoi piangi, siamo qui",
    "perché piangi?",
    # a mother's real job, asked about, praised, or the writer's
    "ur mom works at the hospital right? tell her thanks",
    "ur mom works at mcdonalds?",
    "ur mom works at walmart too, like mine",
    "ur mom works at walmart and she loves it",
    "my mom works at mcdonalds and she's the best",
    "he said ur mom works at walmart",
    "ur mom makes the best lasagna",
    "mia madre lavora al mcdonald",
    # "no lifer" of the writer or nobody
    "im a no lifer this summer ngl",
    "i'm such a no lifer lol",
    "no lifers everywhere in ranked",
    # the older false flags undone
    "nobody asked but ur doing amazing",
    "no one asked but you're so talented",
    "get a life potion before the boss",
    # the same words at no one or the writer
    "L for me today",
    "took a massive L on that test",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord24_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_discord24_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
