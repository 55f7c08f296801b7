"""Shapes of the olid28 round (targeting_olid28, olid28_words and its lexicon lines), at
default settings: a person or the reader named by a scornful "ass" ("lock his sorry ass
up", "his lying ass needs to resign", "get your sorry ass off my timeline") and a beating
wished on him or her by others ("I hope they beat his ass", "someone needs to whoop her
ass"); with the look-alikes that stay clean (the writer's own, "ass" before a thing, fond
words, asked, quoted, reported, denied, sports and games). English only."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a scornful "ass": the round's terms
    "@USER lock his sorry ass up",
    "@USER that's what his sorry ass gets",
    "@USER Vote her goofy ass out",
    "@USER their trifling asses need to go",
    "@USER kick his traitorous ass out of office",
    # a scornful "ass": older insult words
    "@USER his lying ass needs to resign",
    "@USER Get his crooked ass out of the Senate",
    "@USER throw her corrupt ass in jail",
    "@USER fire his lazy ass already",
    # the reader
    "@USER get your sorry ass off my timeline",
    "@USER take your lying ass back to CNN",
    # a beating wished on him or her
    "@USER I hope they beat his ass",
    "@USER someone needs to kick her ass",
    "@USER they better whoop his ass",
    "@USER somebody gotta whip her ass for that",
    "@USER I hope they beat his ass in private.",
    "@USER im gonna whoop his ass",
)

CLEAN = (
    # the writer's own
    "@USER my sorry ass overslept again",
    "@USER our lazy asses skipped the gym today",
    "@USER my broke ass can't afford that",
    # "ass" before a thing
    "@USER his lazy ass dog sleeps all day",
    "@USER they dont leave their sorry ass party",
    "@USER that is one big ass truck",
    # fond, asked, quoted, reported
    "@USER i miss his goofy ass",
    "@USER love your sorry ass",
    "@USER is her lazy ass coming to the party?",
    '@USER "his sorry ass" is a funny line from that movie',
    "@USER she said his sorry ass got fired",
    # a beating denied, asked, reported, in a game, or the writer's
    "@USER nobody should beat her ass over a tweet",
    "@USER I would never kick his ass, he is my brother",
    "@USER did someone really beat his ass?",
    "@USER she said someone should kick his ass",
    "@USER I hope she kicks her ass in the final",
    "@USER hope you whoop his ass at chess tonight",
    "@USER this workout kicked my ass",
    "@USER you are kicking ass at this, keep it up",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_olid28_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_olid28_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
