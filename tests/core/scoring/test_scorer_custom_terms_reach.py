"""A server's own terms change the verdicts of messages that hold them, and no others.

The rules ask whether a word is one the lexicon knows (a known word is never read as
a player's name). That answer once came from the server's layered lexicon, so a custom
phrase such as "ur actually bad" made "actually" a known word and turned
"pathetic actually." hostile on that server only. The rules now read the languages'
own words (`Lexicon.rule_words`); these tests hold every other message to the
default server's verdict.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.lexicon import tokenize_term
from bot.core.scoring.lexicon_compile import build_lexicon
from bot.core.scoring.scorer import Scorer, ScorerConfig
from bot.core.scoring.verdict import Category

_I = Category.INSULT

# Phrases anchored on everyday words: the words most likely to reach a rule.
SERVERS: list[tuple[dict[str, Category], frozenset[str]]] = [
    ({"ur actually bad": _I}, frozenset()),
    ({"go touch grass": _I, "sweaty tryhard": _I, "ratio": Category.PROFANITY}, frozenset()),
    ({"potato": _I, "you big potato head": _I}, frozenset({"noob", "get rekt"})),
    ({"zorp": Category.THREAT}, frozenset({"stupid", "trash can"})),
    ({"sei proprio scarso": _I, "tornatene a casa": Category.EXCLUSION}, frozenset()),
]

# Messages the rules read for names, players and groups, hostile and clean.
LINES = [
    "pathetic actually.",
    "that is pathetic actually",
    "idiot ursa",
    "fuck tusk",
    "fuck this guy",
    "pudge you're trash",
    "report this idiot pls",
    "he is such a moron",
    "the guy who wrote this is an idiot",
    "gg noobs uninstall",
    "women are nothing but trash",
    "muslims celebrate eid this week",
    "that guy is insane at this game",
    "fucking nice shot",
    "holy shit gg",
    "kill the tank first",
    "he called me an idiot, what do I do?",
    "marco fa schifo",
    "sei una merda",
    "cazzo che partita",
    "what a grass field",
    "touch the flag to win",
    "my actual opinion: bad take",
    "you are bad at this, actually",
]


def _holds(line: str, term: str) -> bool:
    """The term stands in the line as a whole (a phrase's words in order)."""
    return f" {' '.join(tokenize_term(term))} " in f" {' '.join(tokenize_term(line))} "


@pytest.mark.parametrize(("custom", "allowed"), SERVERS)
def test_terms_leave_every_message_without_them_alone(
    custom: dict[str, Category], allowed: frozenset[str]
) -> None:
    server = Scorer(ScorerConfig(custom_terms=custom, allowed_terms=allowed))
    default = Scorer(ScorerConfig())
    untouched = [line for line in LINES if not any(_holds(line, t) for t in (*custom, *allowed))]
    assert len(untouched) >= len(LINES) - 4
    assert [line for line in untouched if server.score(line) != default.score(line)] == []


def test_the_terms_still_reach_the_messages_that_hold_them() -> None:
    server = Scorer(ScorerConfig(custom_terms={"ur actually bad": _I, "potato": _I}))
    default = Scorer(ScorerConfig())
    for line in ("ur actually bad", "hey potato"):
        assert server.score(line).hostile
        assert not default.score(line).hostile


def test_a_full_build_with_terms_reads_the_languages_own_words() -> None:
    plain = build_lexicon(("en",))
    server = build_lexicon(("en",), {"ur actually bad": _I, "zorp": _I}, ("idiot",))
    assert server.rule_words == plain.rule_words == plain.known_words
    assert server.known_words != plain.known_words  # the matcher still reads the new words
