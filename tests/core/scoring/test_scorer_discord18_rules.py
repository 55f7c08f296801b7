"""Shapes of the discord18 round (targeting_discord18, discord18_words and its lexicon
lines, with its fixes in targeting_chat9 and targeting_gamechat9), at default settings:
a member kept out, the room's rejection of the reader, an impatient send-off, the
reader's life mocked, an ableist jab closing its clause, an archetype exclaimed or its
conduct pinned on the reader, exposure promised, the reader's looks likened; with the
look-alikes that stay clean: the same words of the writer, a game's place, a question
that goes on, someone else named, talk of a show."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a member kept out, said whole or with the room named
    "lets all ignore her",
    "let's all ignore him fr",
    "dont let him in the group",
    "don't let her in our server",
    "dont invite her to the vc",
    "dont invite him lol",
    "dont let him in he's weird",
    "pls dont add her to the gc",
    "lets all block him",
    # the room's rejection of the reader, an impatient send-off
    "no one here wants you",
    "nobody in here wants u",
    "just leave already",
    "leave already bro",
    # the reader's life mocked, shame told on the family
    "no wonder ur single",
    "no wonder you're single lmao",
    "no wonder your dad left",
    "ur parents must be ashamed of u",
    "your mom must be so disappointed in you",
    # an ableist jab at the reader, closing its clause
    "are u slow",
    "are you slow or something",
    "r u deaf or what",
    "ur literally special needs",
    "u must be special needs",
    # an archetype exclaimed, its conduct pinned on the reader
    "what a karen",
    "what an incel lol",
    "typical incel behavior from u",
    "such simp energy from you",
    # exposure promised, nudes posted
    "imma expose u",
    "im going to expose you",
    "ill post ur nudes",
    # the reader's looks likened (targeting_chat9)
    "u look like a thumb",
    "lol you look like a goblin",
    # more of the kind: the room rallied, loneliness mocked, a threat, hanging urged, a
    # condition named as a jab
    "everyone unfriend her",
    "no wonder nobody talks to u",
    "ill find u",
    "no one in this gc wants you",
    "no one would notice if u were gone",
    "ill leak everything about u",
    "go rope urself",
    "do us a favor and die",
    "ur mentally challenged",
    # Italian: the room's rejection of the reader, a member ignored, "get a life", the
    # family's shame, the reader's address claimed, exposure promised
    "nessuno ti vuole qui",
    "ignoriamola tutti",
    "trovati una vita",
    "i tuoi genitori si vergognano di te",
    "ho il tuo ip",
    "ti sputtano",
)

CLEAN = (
    # a game's place, a thing, no person in the term
    "dont let him in the base he's on red team",
    "lets all ignore the drama and chill",
    "dont let the creeper in",
    "dont add him as a friend, hes a scammer",
    "i dont add him to my team anymore",
    "she said lets all ignore her",
    # the writer's own, a place left, a thing left
    "we need to leave already, the bus is here",
    "just leave it already, it's fine",
    "no one here wants pineapple pizza",
    "no wonder im single lol",
    "no wonder you're tired, you slept at 5",
    "my parents must be so disappointed in me lol",
    "my parents must be asleep by now",
    # a question that goes on, someone else named
    "are you slow at typing?",
    "are you slow cooking the ribs",
    "are you deaf or hard of hearing, asking for the captions",
    "my cousin has special needs and he loves this game",
    "ur special needs cousin is so sweet",
    "the special needs class got a new teacher",
    # an archetype talked about
    "what a karen move from the manager in that video",
    "the karen in that video was wild",
    "incel behavior is a big topic on that podcast",
    # the writer's exposure, a show's
    "im gonna expose my own cringe old art lol",
    "he exposed the whole scam in his video",
    # the writer's looks, a compliment (targeting_chat9)
    "i look like a potato in this pic",
    "you look like a pro with that skin",
    # a fix or a plan after an adverb (targeting_gamechat9)
    "just leave the lobby already and queue again",
    "leave the match already and requeue",
    # reports and help-seeking
    "he said he has my ip, what do i do?",
    "someone told me to drink bleach, should i report it?",
    "my uncle is mentally challenged",
    "ill find u in the lobby",
    "leave the vc if u keep echoing",
    # Italian: the writer's own, a thing ignored
    "nessuno mi vuole nel gruppo :(",
    "mi vergogno di me stesso",
    "ignoriamo il lag",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord18_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_discord18_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
