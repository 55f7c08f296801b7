"""Shapes of the discord49 round (targeting_discord49, discord49_words), at default
settings: grooming of a young reader on Discord: the talk hidden from the reader's
parents ("dont tell your parents about us", "delete our chats so your mom doesnt see",
"this is our little secret ok", "keep this between us ok"), the reader asked whether they
are alone ("are you home alone rn") or flattered as mature for a young age ("ur so
mature for 13") is aimed at the reader; surprises, mishaps and spoilers kept, channels and
bots, gossip and game secrets, queues and lobbies, the writer and others, negations,
reports, warnings and quotes stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the talk hidden from the reader's parents
    "dont tell your parents",
    "dont tell ur parents ok",
    "dont tell your mom about us",
    "don't tell ur dad we talk",
    "dont tell your parents we're chatting",
    "never tell your mom i dm you",
    "dont tell anyone about us",
    "dont tell anybody we talk",
    "dont tell your parents about our dms",
    "do not tell your family about this",
    "delete our chats so your mom doesnt see",
    "delete these messages before ur dad checks your phone",
    "delete our dms so nobody sees",
    "this is our little secret ok",
    "remember its our secret",
    "keep this between us ok",
    "pls keep our chats between us",
    # the reader alone
    "are you alone",
    "r u home alone rn",
    "are you alone in your room",
    "ru alone",
    "u home alone?",
    "you alone?",
    # the reader mature for a young age
    "you're mature for your age",
    "ur so mature for 13",
    "u r so mature for a 12 year old",
    "you seem really mature for your age",
)

CLEAN = (
    # a question or a secret that goes on into ordinary talk (the coordinator's mend)
    "are you alone? can we talk about the project",
    "are you alone rn? can i call you about the homework",
    "are you home alone? i can bring pizza over",
    "its our little secret, the surprise party",
    "dont tell your parents, it's a surprise",
    # surprises, mishaps, spoilers and passwords
    "dont tell your parents about the surprise party",
    "dont tell your dad i broke his controller lol",
    "dont tell your mom lol",
    "dont tell anyone ok",
    "dont tell anyone about this",
    "dont tell your mom about this lol she'll freak",
    "never tell anyone your password",
    "dont tell me what to do",
    "don't tell the teacher",
    # channels, bots and moderation
    "delete the old messages in #general",
    "delete this chat if you want, i saved the link",
    "mods delete these messages so nobody sees the slur",
    "delete our old server, nobody uses it",
    # gossip and game secrets
    "keep this between us but i think sam likes jenny",
    "keep this between us lol",
    "the easter egg is our little secret until the update drops",
    "its our secret recipe",
    "between us we have enough gold",
    # queues, lobbies and games; the writer; a bare "you alone"
    "are you alone in the queue? i can join",
    "are you alone in vc or is jake there too",
    "you alone carried that match",
    "i'll leave you alone then",
    "you alone",
    "i'm home alone tonight",
    # the writer and others; adults
    "i'm mature for my age",
    "he is mature for his age",
    "she's mature for 12",
    "you're mature for a 30 year old lol",
    "you're not mature for your age",
    # negations, reports, warnings and quotes
    "he told me to keep it between us and i reported him",
    "she said dont tell your mom about us, is that weird",
    "someone asked if i was home alone",
    "why would you delete our chats so your mom doesnt see",
    'he sent "dont tell your parents about us" and i blocked him',
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord49_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_discord49_aims_at_the_reader(scorer: Scorer) -> None:
    assert scorer.score("dont tell your parents about us").target is TargetKind.SECOND_PERSON
    assert scorer.score("are you home alone").target is TargetKind.SECOND_PERSON
    assert scorer.score("ur so mature for 13").target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_discord49_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
