"""Shapes of the discord13 round (targeting_discord13, discord13_words and its lexicon
lines), at default settings: "bro thinks he's funny 💀" heading a line, asks for feet
pictures and the "ur" forms of sexual orders, "ur a virgin", "i'll find u irl", and chat
intensifiers between "ur" and its put-down ("ur actually so cringe"), a leaked address,
"ur dead meat", "nobody watches ur stream", "ur so washed", "stay pressed"; with the
look-alikes that stay clean ("my bro thinks he's sick", "nobody asked me to stream",
"leave the server settings alone", "kys is banned in this server"). Past the round's own
probe lines, each rule's lines were written after it and checked once against it.
English only: the shapes are English chat slang."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # the channel mocking a member at the head of a line
    "bro thinks he's a pro 💀",
    "blud thinks hes cracked",
    "lol bro thinks she's the main character",
    "bro really thinks he's gonna carry",
    "bro thinks he is smart",
    # "nobody asked" and "leave the server" still dismiss the reader
    "nobody asked u",
    "no one asked lol",
    "nobody asked for ur opinion",
    "nobody asked bozo",
    "leave the server",
    "leave the server now loser",
    "pls leave this server",
    "leave the server nobody wants u",
    # "kys" said, not talked about
    "kys loser",
    "kys is what u deserve",
    "loser is what u are",
    # sexual orders at the reader
    "send feet pics rn",
    "send me feet pics pls",
    "show me ur boobs",
    "send ur nudes",
    # "virgin" said of the reader
    "ur such a virgin",
    "you're a virgin lmao",
    "u r a virgin loser",
    # found in real life
    "i will find you irl",
    "ill find u irl and beat u",
    "i'll find you irl trust",
    # a chat intensifier between "ur" and the put-down
    "ur lowkey so annoying",
    "u r literally so dumb",
    "you're genuinely so cringe",
    "ur literally the worst",
    "you are honestly such a clown",
    # a leaked address, also in a game-word line; "dead meat"
    "lol i'll leak ur address in general",
    "leaked ur address to the whole server",
    "we leaked ur address gg ez",
    "imma leak ur address",
    "ur dead meat kid",
    "you are dead meat when i see u",
    # a streamer told nobody watches
    "nobody watches ur stream anyway",
    "no one watches your streams loser",
    "lol nobody watches your stream",
    # feet asked of the reader
    "show me your feet pls",
    "show me ur feet rn",
    # "washed", "pressed", shut out, closing their clause
    "lmao ur so washed bro",
    "you're so washed now",
    "stay pressed kid",
    "ur not one of us lol",
    "nobody likes ur opinion tbh",
    "ur so pressed rn",
)

CLEAN = (
    # "bro thinks" that is not the line's mock
    "my little bro thinks he's a dinosaur lol",
    "our bro thinks he can make it by 8",
    "his bro thinks he's moving next month",
    # the speaker not asked
    "nobody asked me but i think the map is fine",
    "no one asked us to host but we did",
    "nobody asked me to join lol",
    "no one asked me for my opinion but here it is",
    # a thing of the server
    "leave the server icon as is",
    "leave the server name alone pls",
    "leave the server open for the raid",
    "leave this server muted if it pings too much",
    # the word named as a server rule
    "kys gets you banned here",
    "saying retard is against the rules",
    "kys isnt allowed here",
    "kill yourself is bannable",
    "telling people to kys is bannable",
    "the word retard is not allowed here",
    "kys is such an awful thing to say",
    "saying retard is so toxic",
    "calling people retard is rude",
    "the word idiot is harsh lol",
    # look-alikes of the lexicon lines
    "send the pics from the trip",
    "my feet hurt lol",
    "extra virgin olive oil",
    "the virgin islands trip was fun",
    "i'll find u in game",
    "ur actually so good",
    "ur literally so sweet",
    "i'm actually so cringe lol",
    "who leaked the server address?",
    "my address got leaked, what do i do",
    "the dead meat item is useless",
    "nobody watches streams on mondays",
    "dance like nobody watches you",
    "my feet are cold",
    "show me ur deck",
    # ... going on past them
    "ur washed jersey is in the dryer",
    "stay pressed against the door",
    "you're washed out in this lighting",
    "ur so pressed for cash lol",
    "u r washed and dried, mom says",
    "ur not one of us yet, join the guild first",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord13_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_discord13_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
