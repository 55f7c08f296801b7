"""Table tests for the hateprobe7 round (issue 8): targeting_hateprobe7.py, hateprobe7_words.py
and the round's lexicon and cue lines, written as the rules' specification."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

# A named group kept from the writer's children: a refusal ("never let", "don't want",
# "keep ... away"), the group, "near" / "away from", a possessive and the children.
KEPT_FROM_KIDS = (
    "I would never let a muslim near my kids.",
    "Keep the immigrants away from our children!",
    "we dont want trans people around our kids",
    "Non lascerei mai un rom vicino ai miei figli.",
    "Tenete gli immigrati lontani dai nostri bambini.",
)
NOT_KEPT_FROM_KIDS = (
    "Keep the dog away from my kids.",
    "I never let strangers near my kids.",
    "I don't mind gay people near my kids at all.",
    "My muslim neighbours look after my kids on fridays.",
    "Non lascerei mai il cane vicino ai miei figli.",
    "I miei figli giocano con i bambini rom del quartiere.",
)

# A named group put in charge of ruin: the group right before "in charge" / "al comando",
# a ruin word after it in the sentence, neither denied nor averted.
IN_CHARGE_OF_RUIN = (
    "Putting immigrants in charge would be a disaster.",
    "With women in power this country is doomed.",
    "Con gli ebrei al potere il paese va in rovina.",
    "I meridionali al comando sono un disastro.",
)
NOT_IN_CHARGE_OF_RUIN = (
    "Women in charge of the hospital saved it from collapse.",
    "Gay people in power is not a disaster, it is democracy.",
    "The disaster was that no women were in charge.",
    "Con le donne al governo il paese è migliorato.",
    "The storm caused a disaster; the power is out.",
)

# Hate words run together with an article between verb and group.
RUN_TOGETHER = ("odioledonne", "odioineri", "odiogliebrei", "odiolepersonetrans")
NOT_RUN_TOGETHER = ("amoledonne", "evvivaimeridionali", "iloveallmuslims")

# Anger, the whole group locked up, trust denied in the future, "giudei" as the group.
LEXICON_HOSTILE = (
    "Immigrants make me angry.",
    "Nothing makes me angrier than gay people.",
    "Muslims should all be locked up.",
    "Non mi fiderò mai degli zingari.",
    "I giudei rovinano tutto.",
)
LEXICON_CLEAN = (
    "you make me angry sometimes",
    "No; makes me angry",
    "Lag makes me angry.",
    "The rapists should all be locked up.",
    "Non mi fiderò mai più di quella banca.",
    "Mi fiderò sempre delle donne.",
)
# Counter-speech and quotes keep their reading.
COUNTER = (
    'Saying "never let muslims near your kids" is plain bigotry.',
    "Writing 'putting women in charge is a disaster' should get you banned.",
)


@pytest.mark.parametrize(
    "line", KEPT_FROM_KIDS + IN_CHARGE_OF_RUIN + RUN_TOGETHER + LEXICON_HOSTILE
)
def test_hostile(scorer: Scorer, line: str) -> None:
    assert scorer.score(line).hostile, line


@pytest.mark.parametrize(
    "line", NOT_KEPT_FROM_KIDS + NOT_IN_CHARGE_OF_RUIN + NOT_RUN_TOGETHER + LEXICON_CLEAN + COUNTER
)
def test_clean(scorer: Scorer, line: str) -> None:
    assert not scorer.score(line).hostile, line


def test_shapes_aim_at_the_group(scorer: Scorer) -> None:
    verdict = scorer.score("I would never let a muslim near my kids.")
    assert verdict.target.value == "group"
    # The hit that weighs is the round's; discord60's "never let" (kept out of a server)
    # is matched and cancelled without a mention, at weight 0.
    assert [m.term for m in verdict.matches if m.weight > 0] == ["kids"]
    assert verdict.explanation.endswith("'kids'")


@pytest.mark.parametrize("line", ["", "kids " * 2000, "near my kids\x00\ud800", "k\u200bids"])
def test_bad_input_gets_a_verdict(scorer: Scorer, line: str) -> None:
    assert scorer.score(line).score >= 0.0
