"""The fixes8b review of the eighth session's insults8 and forum4 rounds: each wrong
reading the review found, as its review line and fresh lines both ways (the reading that
must stay beside the one corrected). English only: both rounds are English."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

# fmt: off
HOSTILE: tuple[str, ...] = (
    # forum4: a group blamed with no kind reason after
    "women like her are the reason men give up on dating",
    "players like you are the reason we lose", "guys like him are why nobody trusts men",
    # forum4: the schooling sneers with no good news in the message
    "do you even have a job?", "did you even graduate lol", "did you finish high school or nah",
    # forum4: the sneering questions closing alone, or with a sneer's tail
    "have you ever been outside lol", "do you have any friends",
    "have you ever left the house in your life",
    # forum4: "how does it feel to be so" a contempt word
    "how does it feel to be so stupid", "how does it feel to be this pathetic",
    # forum4: "imagine being this" a contempt word
    "imagine being this dense", "imagine being so fragile",
    # forum4: a said-of comparison with a lowly creature, of a person or a person's own
    "he has the manners of a pig", "she has the brain of a goldfish",
    "your husband has the brain of a goldfish", "you have the attention span of a toddler",
    # forum4: "can't even read" said of the reader or "this guy"
    "you're so dumb you can't even read", "this guy can't even read",
    "that dude cant even spell",
    # insults8: a harm still blamed ("can't sleep", "can't have nice things", "hate")
    "you're the reason i cant sleep at night", "you are the reason we can't have nice things",
    "people like you hate progress",
    # insults8: a relative clause, then a harm blamed
    "people like you who hate everyone are the problem",
    # insults8: the sarcastic title with no help given
    "you're a real genius", "ur a regular einstein arent you",
    # insults8: the reader (or a third person) sent back to a den
    "why don't you crawl back under your rock", "that troll should crawl back under his bridge",
    "i think you should crawl back into your hole",
)

CLEAN: tuple[str, ...] = (
    # forum4: "<group> like you are the reason" a kind thing follows
    "people like you are the reason i keep playing",
    "fans like you are the reason we keep streaming",
    "players like you are the reason this game is fun",
    # forum4: the schooling questions beside good news
    "do you even have a job yet? congrats on graduating",
    "did you even graduate yet? congratulations either way",
    "did you finish high school already? so proud of you",
    # forum4: a sincere question going on past the sneer's words
    "have you ever been outside of europe?", "do you have any friends who play this game?",
    "did you finish high school in canada or the us?",
    # forum4: "how does it feel to be so" a kind or plain state
    "how does it feel to be this tall lol", "how does it feel to be so loved",
    "how does it feel to be this close to graduating?",
    # forum4: "imagine being this" a plain state
    "imagine being so tired you sleep through the alarm, that was me today",
    "imagine being this early", "imagine being this excited for a monday",
    # forum4: a said-of comparison with a praised one
    "she has the brain of a scientist", "he has the manners of a gentleman",
    "her boyfriend has the personality of a golden retriever",
    # forum4: a pet teased, not its owner
    "your dog has the brain of a goldfish lol so cute",
    "your cat has the attention span of a toddler",
    "ur puppy has the memory of a goldfish haha",
    # forum4: a thing after "this", and the anyone "you" of a result clause
    "this font is so tiny you can't even read it",
    "it's so loud in here you can't even think",
    "this screen is too dark, you cant even read the menu",
    # insults8: "can't stop" and "don't hate" undo the harm word
    "you're the reason i cant stop smiling",
    "you are the reason i can't stop listening to this song",
    "you're the reason I don't hate mondays anymore",
    # insults8: a relative clause's taste blames no one
    "people like you who hate pineapple pizza are valid lol",
    "people like you who hate mornings are my favourite",
    "people like you that hate spoilers should mute the channel",
    # insults8: the title said with help given
    "you're a real genius, this hack saved me hours", "you're a real genius, that fixed it",
    "ur a real genius, the script worked first try",
    # insults8: the writer's or a creature's den
    "i want to crawl back under a rock after that presentation",
    "time to crawl back into my cave and sleep", "the snake will crawl back into its hole",
)
# fmt: on


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_kept(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation


@pytest.mark.parametrize("text", CLEAN)
def test_clean_readings(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation
