"""Discord's own syntax (issue 8, discord7): the specification of discord_syntax.py and
targeting_discord7.py, in fresh lines (not the probe's), English and Italian.

Markdown marks, block quotes, code, links, custom and Unicode emoji, mentions,
timestamps and line breaks: what the writer said is judged, what Discord added or
someone else wrote is not.
"""

from __future__ import annotations

import pytest

from bot.core.moderation.alerts import censored_excerpt
from bot.core.scoring.discord_syntax import EMOJI_CAP, plain_text
from bot.core.scoring.scorer import Scorer

M = "<@111122223333444455>"
ROLE = "<@&211122223333444455>"
CHAN = "<#311122223333444455>"


# fmt: off
HOSTILE = (
    # Unicode emoji as the name-call, aimed at the reader, a mention, the room
    "ngl ur a 🤡", "you're the biggest 🤡 here", "u r such a 🐷", "🤡🤡 " + M, M + " 🤡🤡",
    "you're a 🐀 and a 🤡", "🖕 you and your team", "🖕 " + M, "you are 💩",
    "whole team is 🤡s", "you guys are 🤡",
    # Italian
    "sei un 🤡 totale", "sei un 🐷", "🖕 a te " + M, "siete dei 🤡", "fai schifo, sei 💩",
    # custom emoji named for a name-call
    "you're a <:clownface:500000000000000001>", M + " <a:spinningclown:500000000000000002>",
    "sei un <:pepeclown:500000000000000003>",
    # a name-call opening a line that only mentions someone
    "loser " + M, "pagliaccio " + M, "🤡 " + M + " " + M, "idiot " + ROLE,
    # a mention is a person: a name-call right before it names it
    "what a moron " + M, "such a loser " + M, "that idiot " + M + " ruined the raid",
    "che sfigato " + M, "quel cretino " + M + " ci ha fatto perdere",
    # markdown, quotes answered rudely, line breaks, links beside the insult
    "**ur** __such__ an ***idiot***", "> i played well\nno you didnt, you're trash",
    "> ho giocato bene\nma stai zitto, sei scarso", "ur\nso\nstupid",
    "you're a moron lmao https://tenor.com/view/lol-gif-1", "sei un idiota https://imgur.com/a/x",
)

CLEAN = (
    # emoji aimed at nobody, at oneself, at a thing, or laughing
    "🖕 to this lag", "fuck this update 🖕", "🖕 al lunedì", "lmao 🤡", "🤡 behaviour from me",
    "i'm the 🤡 here lol", "sono il 🤡 del gruppo", "my dog is a 🐷 lol", "this patch is 💩",
    "the map is 🗑 tbh", "mi sento un 🤡 oggi",
    # fond shorthand beside a name-call
    "ily 🤡", "ily idiot", "tvb scemo", "ti voglio bene 🤡", "ilysm you clown",
    # an emoji reacting, after a sentence, to what was said
    "they announced the season pass costs more than the game again this year. 🤡🤡",
    "hanno alzato di nuovo il prezzo del pass stagionale senza dire niente 🤡",
    # custom emoji that name nothing, or laugh
    "<:kekw:500000000000000004> <:pepeclown:500000000000000005>",
    "lol <:omegalul:500000000000000006>",
    # code is someone else's words
    "```\nTypeError: stupid_value is not a function\n```", "run `killall -9 idiot_daemon`",
    "`you are an idiot` is the test string, why does it pass?", "il comando `kill` non va",
    # links are addresses, timestamps and channels are no words
    "https://www.reddit.com/r/idiotsincars/", "see https://example.com/you-are-a-moron.html",
    "https://it.wikipedia.org/wiki/Idiota", "event <t:1700000000:R> in " + CHAN,
    # quotes answered kindly, reported, asked about
    "> you're a clown\nplease be kind here", "> sei un pagliaccio\nmi ha scritto così, aiuto",
    ROLE + " someone called me a 🤡 in " + CHAN + ", can you check?",
    # a name-call after a copula judges a thing, told to someone; placeholders are no mention
    "this build is dumb " + M, "that was stupid " + M + " lol", "la mappa è stupida " + M,
    "lol " + M, "damn " + M, "i love my idiot <user> so much",
    # friendly profanity and apostrophes typed as backticks stay what they were
    "**holy shit** " + M + " that clutch", "it`s a dumb question but how do i join",
)
# fmt: on


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, (text, verdict.explanation)


@pytest.mark.parametrize("text", CLEAN)
def test_clean(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, (text, verdict.explanation)


def test_a_reply_aims_a_lone_emoji(scorer: Scorer) -> None:
    """A bare 🤡 sent as a reply is said to the person replied to; alone it names no one."""
    assert scorer.score("🤡", is_reply=True).hostile
    assert not scorer.score("🤡").hostile


def test_emoji_hit_points_at_the_emoji(scorer: Scorer) -> None:
    """The verdict's span is the emoji in the writer's text, and its term the word."""
    text = "ok " + M + " ur a 🤡"
    verdict = scorer.score(text)
    assert verdict.hostile
    (match,) = verdict.matches
    assert match.term == "clown"
    assert text[match.start : match.end] == "🤡"


def test_spans_survive_markup(scorer: Scorer) -> None:
    """Markup rewritten before scoring keeps every offset: the span is the writer's word."""
    text = "`x` <t:1700000000:R> https://a.example/b you are an idiot"
    verdict = scorer.score(text)
    assert verdict.hostile
    assert [text[m.start : m.end] for m in verdict.matches] == ["idiot"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a `b` c", "a     c"),
        ("x ```\nidiot\n``` y", "x    \n     \n    y"),
        ("see https://x.io/idiot ok", "see " + " link".ljust(18) + " ok"),
        ("ur a <:pepeclown:1234567>", "ur a 🤡" + " " * 19),
        ("<:kekw:12345>", "             "),
        ("it`s fine, isn`t it", "it`s fine, isn`t it"),
        ("hi " + M, "hi " + M),
    ],
)
def test_plain_text(text: str, expected: str) -> None:
    plain = plain_text(text)
    assert plain == expected
    assert len(plain) == len(text)


def test_a_flood_of_name_emoji_reads_only_the_first_few() -> None:
    """Past EMOJI_CAP, name emoji in a long text become spaces: 2,000 "🖕" are not 4,000
    words of hits. A short line keeps all of its emoji."""
    text = "🤡" * 600 + " ok"
    assert plain_text(text) == "🤡" * EMOJI_CAP + " " * (600 - EMOJI_CAP) + " ok"
    short = "lmao " + "🤡" * 40
    assert plain_text(short) is short


def test_plain_text_returns_the_same_object_when_nothing_changes() -> None:
    text = "no markup here " + M
    assert plain_text(text) is text


@pytest.mark.parametrize(
    "text",
    [
        "```" * 500,
        "`" * 4001,
        "<:a:" * 1000,
        "https://" + "a" * 4000,
        "🤡" * 4000,
        "🖕\u200b" * 2000,
    ],
)
def test_bad_input_gets_a_verdict(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).explanation


def test_alert_excerpt_hides_the_emoji(scorer: Scorer) -> None:
    """Moderators' alert excerpts star the matched spans: the emoji, not the words by it."""
    text = "ngl ur a 🤡 fr"
    verdict = scorer.score(text)
    spans = [(m.start, m.end) for m in verdict.matches]
    assert censored_excerpt(text, spans=spans) == "ngl ur a * fr"
