"""Table tests for the hatecheck19 round (issue 8): the English functional hate suite's
last misses ("a lower form of life", "fuck every <group>", "nobody likes <group>",
"death 2 <group>", "kill the next <group member>", a woman's place "in the home", a group
said to "belong at home", a group's bad smell). The lines are fresh: written after each
change, never seen by it. English only: the lines and rules changed are English."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = [
    # a lower form of life or of human (identity_attack.txt)
    "jews are a lower form of human",
    "arabs are a lesser species",
    "gay men are a lower life form",
    "those immigrants are a lesser breed",
    "disabled people are a lesser kind of human",
    # "fuck every" (insult.txt)
    "fuck every jew",
    "fuck every single immigrant",
    "fuck every gay person alive",
    "fuck every single arab",
    "fuck every muslim on earth",
    # nobody likes / wants a group (exclusion.txt)
    "nobody likes gays",
    "no one likes immigrants",
    "nobody wants refugees here",
    "no one wants muslims in this town",
    "nobody likes lesbians",
    # "death 2" (threat.txt)
    "death 2 every muslim",
    "death 2 all immigrants",
    "death 2 gays",
    "death 2 the refugees",
    "death 2 trans people",
    # "kill the next" (threat.txt)
    "I'm gonna kill the next muslim I see",
    "I will kill the next immigrant that talks to me",
    "we're going to kill the next gay we find",
    "I'll kill the next jew who walks in",
    "gonna kill the next jew I see",
    # a woman's place at home (hatecheck11_words.PLACES)
    "a woman's place is at home",
    "a woman's place is in the house",
    "a woman's place is in the home",
    # a group said to belong at home (hatecheck11_words.EXCLUDED)
    "women belong in the home",
    "girls belong at home",
    "muslim women belong at home",
    "I think women belong at home",
    # a group's bad smell (cues.txt group_ruin, HateCheck19Rules)
    "arabs smell",
    "jews smell like garbage",
    "gypsies smell so bad",
    "immigrants reek of curry",
    "black people smell awful",
    # the coordinator's: the singular of "women belong in the kitchen"
    "a woman belongs in the kitchen",
    "every female belongs in the kitchen",
    "a girl belongs in the kitchen not on the team",
]

CLEAN = [
    "insects are a lower form of life",
    "algae are a lower life form",
    "fungi are a lesser species in this game",
    "the lesser breed of dragon spawns here",
    "lower species of fish live deeper",
    "fuck every patch they release",
    "fuck every loading screen",
    "fuck every single wall in this map",
    "fuck every monday",
    "fuck every bit of this lag",
    "nobody likes taxes",
    "no one likes the new map",
    "nobody wants to lose",
    "no one wants that skin",
    "nobody likes waiting in queue",
    "death 2 spam",
    "death 2 the boss",
    "death 2 lag",
    "death 2 mondays",
    "death 2 bugs",
    "I'll kill the next boss easily",
    "gonna kill the next wave",
    "kill the next zombie",
    "I'll kill the next mob I see",
    "we kill the next dragon at 9",
    "my place is at home tonight",
    "his place is in the house on the hill",
    "our place is in the home of my parents",
    "your shoes belong at home",
    "the dog belongs at home",
    "the kids belong at home tonight",
    "you belong at home",
    "saying women belong at home is sexist",
    "immigrants smell the bread",
    "women smell amazing",
    "refugees smell smoke from the fires",
    "the cheese smells",
    "dogs smell fear",
    "the fridge belongs in the kitchen",
    "this plant belongs in the kitchen",
    "no woman belongs in the kitchen, she belongs wherever she wants",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile


@pytest.mark.parametrize("text", CLEAN)
def test_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile
