"""review9b: wrong readings the olid6 round and the quote pairing brought in, fixed, as
table tests. Every FIXED line was read wrong on main before these fixes (deaae4f); the
GUARDS keep the readings the rules were written for."""

from __future__ import annotations

import pytest

from bot.core.scoring.quoting import double_quoted
from bot.core.scoring.scorer import Scorer

# fmt: off
CLEAN_FIXED: tuple[str, ...] = (
    # "a danger to": oneself (concern), the other side of a game, one's own time or money
    "@USER she is a danger to herself, please check on her",
    "@USER you are a danger to yourself on that bike lol be careful",
    "@USER he is a danger to any defense in the league",
    "@USER you're a danger to the enemy team lol, 40 kills",
    "@USER netflix is a danger to my sleep schedule",
    "@USER chess is a danger to my productivity",
    "@USER you're a danger to opponents with that combo lol",
    "@USER she's a danger to the enemy backline, what a player",
    # a trade: "a tool and die maker"
    "@USER he is a tool and die maker by trade",
    "@USER she's a tool and die worker at ford",
    "@USER he's a tool and die machinist at the plant",
    # a thing by its ending, never a name
    "@USER astrology is a fraud", "@USER homeopathy is a total fraud",
    "@USER capitalism is a fraud", "@USER numerology is a total fraud",
    "@USER homeopathy is everything wrong with medicine",
    # a lacking phrase qualifying a noun
    "@USER you have no credibility issues with me, you're solid",
    "@USER you have no credibility problems here, you're fine",
    "@USER you have no integrity issues, relax",
    "@USER you have no credibility concerns with us, don't worry",
    "@USER you have zero integrity issues in your code, nice tests",
    # incapable of something bad: praise
    "@USER you're incapable of taking a bad photo", "@USER you are incapable of losing, gg again",
    "@USER you are incapable of making a bad pizza",
    "@USER you're incapable of failing this exam, relax", "@USER you are incapable of being boring",
    # the problem and the solution
    "@USER you are the problem and the solution, thanks for fixing it",
    "@USER you are the problem and the solutions guy at work",
    # the left/right as a place
    "@USER the car on the left is out of control",
    "@USER the player on the left is out of control, he keeps scoring",
    # asked back and answered no
    "@USER you're a fraud? no way, you're the best dev i know",
    "@USER you are the problem? nah, the lag is",
    "@USER democrats are insane? no, they're just tired",
    "@USER you're a tool? nope, you're the most helpful person here",
    "@USER he is a fraud? no, he won fair and square",
    "@USER you are part of the problem? nah, you helped a lot",
    "@USER republicans are insane? nope, just stubborn",
    # another's thinking or telling
    "@USER stop thinking you're a fraud, you're great",
    "@USER imposter syndrome tells you you're a fraud, ignore it",
    "@USER stop thinking you're a fraud, you belong here",
    "@USER anxiety tells you you're a tool, it lies",
    # the phrase in quotes
    '@USER "you have no integrity" is a wild thing to say to a nun',
    # quoting: a quote opened after a speech mark (":", a dash) with a space after it
    'my brother:" you are an idiot" lol', 'the comment was -" you are a moron"- so mean',
    'my coach:" you are a disgrace" every single practice lol',
    'the reply was —" you\'re a loser" and then he blocked me',
    'caption:" you are an idiot" with a picture of a dog',
    'her text–" you are so stupid" followed by a heart lol', 'dad:" you are a moron" me: fair',
)

HOSTILE_GUARDS: tuple[str, ...] = (
    "@USER he's a danger to society", "@USER he is a danger to every woman he meets",
    "@USER you're a danger to this community", "@USER he's a tool and a liar",
    "@USER biden is a fraud", "@USER trump is a fraud",
    "@USER pelosi is everything wrong with congress",
    "@USER you have no integrity and no shame", "@USER you have no credibility on anything",
    "@USER you have no decency left",
    "@USER you are incapable of telling the truth",
    "@USER you are incapable of reading a simple sentence",
    "@USER you're incapable of admitting you were wrong",
    "@USER you are the problem and everyone knows it",
    "@USER the left is out of control and dangerous", "@USER the radical left is out of control",
    "@USER you're a fraud? no wonder nobody trusts you", "@USER he is a fraud? yes, obviously",
    "@USER i'm telling you, you're a fraud", "@USER let me tell you, you are the problem",
    "@USER you are part of the problem, \"friend\"",
    "@USER you are a moron: \" and i mean it", "@USER you're a loser -\" deal with it",
    "ok\" you are an idiot",
)

CLEAN_GUARDS: tuple[str, ...] = (
    "@USER this game is a danger to my sleep schedule",
    '@USER "he is a total fraud" is the headline, can you believe it',
    '@USER "democrats are insane" is all my uncle ever says',
    "he said \"you are an idiot\" lol", "mom: \"you are an idiot\" me: ok",
)
# fmt: on


@pytest.mark.parametrize("text", CLEAN_FIXED + CLEAN_GUARDS)
def test_clean(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text, mentions_someone="@USER" in text)
    assert not verdict.hostile, verdict.explanation


@pytest.mark.parametrize("text", HOSTILE_GUARDS)
def test_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text, mentions_someone="@USER" in text)
    assert verdict.hostile, verdict.explanation


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('dad:" you are a moron" me: fair', [" you are a moron"]),
        ('it was -" you suck"- lol', [" you suck"]),
        ('you suck:" ok', []),  # no closing quote: nothing quoted
        ('you suck"', []),  # still stray after a word
    ],
)
def test_quote_after_a_speech_mark_may_open(text: str, quoted: list[str]) -> None:
    assert [text[start + 1 : end - 1] for start, end in double_quoted(text)] == quoted
