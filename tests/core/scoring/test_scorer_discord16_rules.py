"""Shapes of the discord16 round (targeting_discord16, discord16_words, its lexicon lines
and its fix at depth: chat's sincerity tags close a name-call in targeting_person,
targeting_olid, targeting_olid5 and targeting_forum3), at default settings: a name-call
said of a person closed by "fr", "ngl", "tbh"; "go jump" said bare; "ur dead when i see
u"; with the look-alikes that stay clean: an exclusion asked back in support ("no one
invited you? that's so rude of them"), praise in a put-down's words ("in the best way"),
"nobody asked but ..." as the writer's aside, a phrase named in quotes, pictures of a
thing asked for, "go jump" with a place after it, a thing judged with a chat tag, an
outfit for an event ("what are u wearing to the party"), no reader held lucky ("we're
lucky this is online"), a mild name-call of someone loved ("he's so annoying but i love
him"), an exclusion order asked back and refused ("leave the server? nah"). Lexicon
lines: "what r u wearing", "end urself", "ur getting swatted", "manlet", "ur a
disappointment", "ur lucky this is online". English only: the shapes are English chat
slang."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a name-call said of a person, a chat tag after it
    "he's so annoying ngl",
    "she's so fake tbh",
    "he is such a creep fr",
    "she's so unhinged istg",
    "ur so annoying fr",
    "he's a liar tbh",
    # "go jump" said bare
    "go jump",
    "just go jump already",
    "go jump loser",
    # a death promised at the next meeting
    "ur dead when i see u",
    "ur so dead when i see u tomorrow",
    "ur dead when i find u",
    # the leering question in chat spelling
    "what r u wearing",
    "what are u wearing under that",
    "what are you wearing rn baby",
    # self-harm and a swatting promised (lexicon lines)
    "end urself",
    "just end yourself",
    "ur getting swatted",
    # lexicon lines: a short man called names, the reader a disappointment
    "ur such a manlet",
    "you're such a disappointment",
    "ur a disappointment lol",
    # harm held back by the screen, the reader held lucky
    "ur lucky this is online",
    "you're so lucky we're not irl",
    # a stronger name-call of someone loved, love turned to irony; an order not refused
    "he's a loser but i love him",
    "she's so annoying, i love that for her",
    "he's such a dork ❤️",
    "he's so annoying, nobody could ever love him",
    "leave the server. now",
    # the look-alikes' hostile neighbours: rebuke of the reader, no question, the worst way,
    # said alone, pictures of a body
    "no one invited you? that's rude of you",
    "nobody invited u. so rude",
    "nobody likes you here lol",
    "nobody asked 💀",
    "nobody asked, loser",
    "no one asked but u keep posting",
    "send pics of ur feet",
    "send pics of urself",
    "send pics",
    "go jump off a bridge",
)

CLEAN = (
    # a thing judged, a chat tag after it
    "this map is so annoying fr",
    "that take is so fake ngl",
    "the news is so fake tbh",
    "he's so good at this fr",
    # an exclusion asked back, the answer judging the ones who excluded
    "no one invited you? that's so rude of them",
    "nobody invited u? wow thats messed up",
    "wait nobody likes you here? thats so mean",
    "nobody asked you? how rude",
    # praise in a put-down's words
    "they ruin everything in the best way",
    "she's so chaotic and annoying in the best way",
    "he's such a menace in a good way lol",
    # the writer's own aside
    "nobody asked but here's my tier list",
    "no one asked but im gonna rank them anyway",
    # a phrase named in quotes
    "'nobody asked' is such a lazy comeback",
    "the 'no one asked' crowd is so annoying",
    # pictures of a thing
    "send pics of ur cat",
    "send pics of the new build",
    "send more pics of ur setup",
    # a disappointment said of a thing or of the writer
    "the finale was a disappointment",
    "im such a disappointment lol",
    # no reader held lucky
    "we're lucky this is online, the venue is packed",
    "so lucky this is online, no commute lol",
    # a mild name-call of a third person said with love; an exclusion order refused
    "he's so annoying but i love him",
    "she's such a goof, she's my bestie",
    "she's so annoying but i still love her",
    "leave the server? nah never",
    "log off? no way",
    # an outfit for an event
    "what are you wearing to the party",
    "what r u wearing tomorrow for the con",
    "what are u wearing for halloween",
    # "go jump" with a place after it, or in game talk
    "go jump on the trampoline",
    "go jump in the pool it's hot",
    "the wall is too high? go jump, use the ledge",
    "the boss spawned, go jump",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord16_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_discord16_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
