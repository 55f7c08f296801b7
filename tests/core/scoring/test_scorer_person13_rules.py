"""Shapes of the person13 round, at default settings: a name-call said of a third person
with judging words between the article and the noun ("the mayor is a stupid bitch"),
the writer's promise of harm to a third person ("i'll beat her up", targeting_person13),
the speech verb's reach ending at the writer's own clause ("you called me a rat so i
will kill you", PersonRules._own_clause; "he said that so i think you are a clown",
Insults6Rules._relayed), and a person in the writer's life who is no close family ("my
boss is a stupid bitch", PersonRules._person); with the look-alikes that stay clean (a
thing or a game's boss cursed, close family teased, a score beaten, a text shot, a
threat denied, reported or in a match, the words someone else said). Past the round's
probe lines, each rule's lines were written after it and checked once against it."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # judging words between the article and the name-call
    "the mayor is a stupid bitch",
    "that teacher is a total moron",
    "the landlord is a greedy bastard",
    "the dentist is a fat idiot",
    "the barber is an utter moron",
    "la prof è una grandissima stronza",
    # the writer's promise of harm to a third person ("kill him" alone is a game callout)
    "i will kill him with my bare hands",
    "i will kill him irl",
    "i will kill him when i see him",
    "i will murder her",
    "i will hurt her",
    "i'm going to beat her up",
    "i'll find where he lives",
    "i'll break his legs",
    "i'm gonna punch him in the face",
    "i am going to murder her",
    "im gonna strangle him",
    "i will torture him",
    "ill run him over",
    "i want to punch her",
    "i will make her suffer",
    "i will find where she lives",
    "im gonna stab him",
    # the speech verb's reach ends at the writer's own clause
    "you called me a rat so i will kill you",
    "you called me a liar so i will hurt you",
    "she told me off, and i think you are a coward",
    "you said i was fat, i will kill you",
    "if you call me a rat i will kill you",
    "he said that so i think you are a clown",
    "he said hi so i think you are a creep",
    "she said sorry and i think you are pathetic",
    "he said nothing so i guess you are a coward",
    "she said it but i think you are a joke",
    # a person in the writer's life who is no close family, not a thing owned
    "my boss is a stupid bitch",
    "my ex is a psycho",
    "my landlord is a stupid prick",
    "my coworker is a stupid cow",
    "mio capo è un grandissimo stronzo",
    # a person named after "that" / "my"
    "i am going to kill that bitch",
    "i will kill that guy",
    "ill shoot that bastard",
    "im gonna murder that man",
    "i will kill my ex",
    "i am going to beat his ass",
    "ill kick his ass",
    "i will make him pay for this",
    "i will kill him for what he did",
)

CLEAN = (
    # the clean lines
    "that guy is insane at this game",
    "he called me an idiot, what do I do?",
    "kill the tank first",
    # things and game bosses cursed, praise
    "this boss is a real bitch",
    "this chapter is a total bitch",
    "the mayor is a stupid name for a dog",
    "the barber is a real artist",
    "the vicar is a sweet old man",
    "the coach is a fucking legend",
    # no promise of harm to a person; a game callout (gamechat6's clean lines)
    "i will kill him",
    "i'll shoot him",
    "kill him",
    "kill him first",
    "go kill him",
    "i will kill him in the next round lol",
    "im going to hunt her down in the next match",
    "i will end him in ranked",
    "i will shoot her a message",
    "ill punch her ticket",
    "i'll beat her score",
    "i will hurt her feelings",
    "it will hurt him",
    "she will kill him",
    "nobody is going to hurt her",
    "i promise i will never hurt him",
    "i dont want to kill him",
    "i wont kill him",
    "i am not going to hurt him",
    "should i kill him",
    "i would never hurt her",
    # reported words stay reported
    "he said i will kill you",
    "he said i will hurt her",
    "she said i will hurt you",
    "he told me, i will kill you",
    "she told me 'you're an idiot'",
    "he said you are an idiot",
    "they told me i was a moron and i cried",
    "my friend called me a coward so i left",
    "he said so and i think he is right",
    "he said i think you are a clown",
    "he said that i think you are a liar",
    "she told me you are pathetic",
    # close family is banter (forum2's reading); things owned; praise; denial
    "my brother is a moron",
    "my husband is a moron",
    "mio zio è un coglione",
    "i will kill my brother",
    "my car is a piece of junk",
    "my bike is a piece of junk",
    "my cousin is a chef",
    "my brother is a legend",
    "my brother and i are idiots",
    "my dad said i was a loser",
    "my roommate is not an idiot",
    "i will kill that noob",
    "i will kill that tank",
    "i will kill my character",
    "kill that guy",
    "i will kick his ass at chess",
    "i will make him pay for dinner",
    "i will kill the tank",
    "i will kill the boss",
    "she really beat her ass",
    "i will shoot her for a magazine",
    "i will shoot the messenger",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_person13_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_person13_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
