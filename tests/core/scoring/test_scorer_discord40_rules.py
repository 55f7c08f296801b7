"""Shapes of the discord40 round (targeting_discord40, discord40_words), at default
settings: slang threats of violence at the reader in Discord and teen chat, the writer's
slang blow ("i'll curb stomp you", "imma pull up and smoke you", "i'll put you in the
ground"), beating idioms ("i'll beat the brakes off you"), a slang beating promised or
needed ("you're gonna get clapped irl", "you need your ass beat"), a fight offered
("catch these hands", "square up kid") and a dare with a warning ("keep running your
mouth and see what happens"), are threats at the reader; game talk, errands, sport,
cooking, another doer, an agent or condition after, negation, quotes and reported speech
stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the writer's slang blow
    "i'll curb stomp you",
    "imma pull up and smoke you",
    "we gonna pull up and fade you",
    "imma slide and smoke u on sight",
    "imma smoke ur bitch ass",
    "ima clap you irl",
    "i'll merk you",
    "my boys will jump you after school",
    "i'll lay you out",
    "i'll knock you out cold",
    "i'll knock your lights out",
    "i'll stomp you out",
    "i'll beat you till you cry",
    "i'll beat you black and blue",
    "i'll put you six feet under",
    "i'll put u in a body bag",
    # beating idioms
    "i'll beat the brakes off you",
    "i'll smack the taste out your mouth",
    "i'll rock your shit kid",
    # a slang beating promised or needed
    "you're gonna get clapped irl",
    "you're getting folded irl",
    "you gonna get your shit rocked fr",
    "keep yapping and get clapped",
    "keep talking and you'll get smacked",
    "you need your ass beat",
    "you need your teeth knocked out",
    "you deserve your ass whooped for that",
    # a fight offered
    "catch these hands",
    "catch these hands lil bro",
    "u tryna catch these hands?",
    "you're about to catch all these hands",
    "u wanna square up?",
    "square up rn",
    "you want smoke?",
    # a dare with a warning after it
    "keep running your mouth and see what happens",
    "talk shit again and see what happens",
    "touch my sister and see what happens",
    "open your mouth again and see what happens bitch",
)

CLEAN = (
    # game talk
    "i'll smoke mid for you",
    "i'll smoke you in the 1v1",
    "i'll clap you in smash later",
    "i'll body you in fortnite",
    "i'll put you in the ground next game",
    "ur gonna get smoked in the next round",
    "you're gonna get clapped by the boss",
    "watch out, you're gonna get smoked by their awp",
    "we got clapped last round lol",
    # errands, favours, sport, cooking
    "i'll drop you off at home",
    "i'll drop you a link",
    "i'll put you on the guest list",
    "i'll knock you out of the bracket",
    "i'll beat you to the next checkpoint",
    "i'll beat you till the end of the season",
    "i'll fade you out of the song",
    "you need your car washed",
    "you need your head checked lol",
    "you'll get dropped from the team",
    "do you want these hands warmers",
    "you want smoke detectors in every room",
    "square up the corners of the photo",
    "let's square up, i owe you 20",
    "see what happens if you add salt",
    "add water and see what happens",
    "try it and see what happens",
    "keep talking to the npc and see what happens",
    # another doer, negated, reported, quoted
    "he'll put you in the ground",
    "he wants these hands lol",
    "he's gonna get clapped",
    "whoever posts spoilers is catching these hands",
    "i will never curb stomp you",
    "i'd never put you in the ground lol",
    "i don't think you need your ass beat",
    "she said she'd clap you lol",
    "they said i'll put you in the ground",
    '"i\'ll smoke you" is a meme',
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord40_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target in (TargetKind.SECOND_PERSON, TargetKind.IMPERATIVE), text


@pytest.mark.parametrize("text", CLEAN)
def test_discord40_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
