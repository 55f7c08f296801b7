"""Shapes of the discord43 round (targeting_discord43, discord43_words), at default
settings: Discord roasts aimed at the reader in chat slang, a roast compound ("fatherless
behavior", "bot ahh reply"), the reader's manner likened to a child's or a bot's ("you type
like a 5 year old"), "didnt ask + L", "you're adopted", a roast word after a dismissal
("ok nerd", "bye ugly ass") and "why are you like this", are aimed at the reader; banter,
the writer's own self, things, friendly nerd talk, questions, reported speech and quotes
stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a roast compound
    "fatherless behavior",
    "fatherless behaviour fr",
    "bot ahh reply",
    "npc ahh",
    "unfunny ahh",
    "ur so fatherless behavior",
    "cringe behavior from you",
    "that's incel behavior",
    # the reader's manner likened to a child's or a bot's
    "you type like a 5 year old",
    "u talk like a toddler",
    "ur typing like a child",
    "you write like a 3rd grader",
    "ngl you type like a bot",
    "you sound like a bot lol",
    "you literally text like a kid",
    # didnt ask with an L or a ratio
    "didnt ask + L",
    "didn't ask plus ratio",
    "ok didnt ask + L + cope",
    # adopted
    "you're adopted lol",
    "ur adopted",
    "u were adopted fr",
    # a roast word after a dismissal, "ugly ass" bare
    "ok nerd",
    "sure thing nerd",
    "whatever unfunny",
    "bye ugly ass",
    "ugly ass",
    "ugly ass kid",
    # why are you like this
    "why are you like this",
    "bro why r u always like this",
    "why you like this",
)

CLEAN = (
    # banter
    "skill issue",
    "ur mid",
    "who let bro cook",
    "no maidens",
    "you're such a nerd",
    "why are you like this lmao",
    "why are you like this 😭",
    # the writer's own self
    "fatherless behavior from me lol",
    "i type like a 5 year old rn",
    "i'm adopted",
    "why am i like this",
    "i'm such a nerd",
    # things and others
    "this song is unfunny",
    "ugly ass shoes lol",
    "npc energy in this game is wild",
    "the bot ahh voice lines in this game",
    "my 5 year old types like a pro",
    "they are adopted",
    "we adopted a cat",
    "you are adapted to the meta",
    "nerd stuff is the best",
    "my nerd friends",
    "nerds are cool",
    "you play like a kid",
    "you type like a pro",
    "do you like this",
    "why do you like this",
    "didnt ask for ketchup + L",
    "i didnt ask for this",
    # questions, reported speech, quotes
    "are you adopted?",
    "do i sound like a bot?",
    "he said you write like a kid",
    "she told me you type like a toddler",
    '"ok nerd" is an old meme',
    '"why are you like this" is my fav meme',
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord43_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target in (TargetKind.SECOND_PERSON, TargetKind.IMPERATIVE), text


@pytest.mark.parametrize("text", CLEAN)
def test_discord43_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
