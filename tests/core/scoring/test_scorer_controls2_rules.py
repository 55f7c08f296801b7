"""The controls2 rules (issue 8, targeting_controls2.py): swearing aimed at nobody stays
clean. Fresh lines written for each rule (game chat, Discord, tweets; English and
Italian where the shape exists), with the hostile near-misses that must stay flagged.
Default settings (`Scorer()`).
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

# A name-call phrase shouted at a situation: it opens the line, stands alone or is
# followed by the speaker's own news, and nobody is addressed or pointed at.
EXCLAIMED_CLEAN = (
    "son of a bitch, i died again",
    "Son of a bitch! Forgot my charger at home",
    "oh son of a bitch, my game crashed again",
    "son of a bitch!!",
    "son of a bitch... i left my keys in the car",
    "aw son of a bitch, we lost on the last round",
    "fanculo, vado a dormire",
    "fanculo, ho perso di nuovo il treno",
    "uff fanculo, mi tocca rifare tutto",
)
EXCLAIMED_HOSTILE = (
    "you son of a bitch",
    "son of a bitch, you killed me on purpose",
    "son of a bitch, he stole my kill again",
    "that son of a bitch stole my kill",
    "shut up son of a bitch",
    "son of a bitch you are so annoying",
    "son of a bitch, i will find you",
    "fanculo!",
    "fanculo, sei un idiota",
    "fanculo, non ti sopporto più",
    "fanculo, io ti ammazzo",
)

# An Italian curse-order said to a thing named after an article: "fanculo la scuola"
# curses school ("fanculo scuola" already read so). A person or a role after the
# article is still cursed at.
CURSED_THING_CLEAN = (
    "fanculo la scuola",
    "fanculo il lunedì",
    "vaffanculo il traffico",
    "fanculo il lavoro, domani mi licenzio",
    "fanculo la pioggia",
    "fanculo tutto",
)
CURSED_THING_HOSTILE = (
    "fanculo il jungler",
    "vaffanculo il mister",
    "fanculo la tua squadra di merda",
    "vaffanculo stronzo",
    "vaffanculo",
    "fanculo tu e il tuo lag",
)

# A genital word after a preposition and "the" is the body part, not a name-call.
BODY_PLACE_CLEAN = (
    "he bragged about grabbing women by the pussy on tape",
    "Grab them by the pussy, he said, and people still voted for him",
    "got kicked right in the dick by a horse lol",
    "my cat bit me on the dick this morning",
)
BODY_PLACE_HOSTILE = (
    "you pussy",
    "shut up pussy",
    "what a pussy",
    "you're the biggest dick in this server",
    "he is a dick",
    "@sam grab her by the pussy",
)

# A name-call that is also a verb, used as the verb: an act is named, nobody is called.
VERB_CLEAN = (
    "they just want to bitch about the new patch",
    "people will always bitch about balance changes",
    "he tried to bully the new guy into giving him his loot, so we reported it",
    "some people log in just to troll the newbies, it's sad",
    "you can't fool the anticheat anymore",
)
VERB_HOSTILE = (
    "shut up bitch",
    "you to bitch!",
    "you are a bully",
    "stop being a troll, idiot",
    "what a fool you are",
)

# Friendly profanity that holds already and must keep holding (issue 8's controls,
# the functional suites' "non-hateful profanity", untargeted game-chat swearing).
FRIENDLY_CLEAN = (
    "fucking nice shot",
    "holy shit gg",
    "cazzo che partita",
    "porca puttana ho perso",
    "Fuck yeah, what a day!",
    "Shit, I forgot my keys again",
    "damn this lag is killing me",
    "what the fuck just happened",
    "I fucked up, sorry guys",
    "this level is a bitch",
    "the new update is fucking garbage",
    "you are a fucking legend",
    "I'm such an idiot, forgot to buy milk",
    "women are fucking amazing",
    "gay people are fucking awesome",
    "he yelled 'fuck you' at the ref and got a red card",
    "calling people retards is fucking gross",
    "merda, ho perso il treno",
    "che schifo di tempo oggi",
    "Porca troia, ho perso il treno",
    "Cazzo, che bella giornata!",
    "Le donne sono fottutamente forti",
)
DIRECTED_HOSTILE = (
    "fuck you",
    "you fucking idiot",
    "you're fucking useless",
    "go fuck yourself",
    "fuck this guy",
    "sei una merda",
    "stai zitto, coglione",
    "sei un pezzo di merda",
)


@pytest.mark.parametrize(
    "text", EXCLAIMED_CLEAN + CURSED_THING_CLEAN + BODY_PLACE_CLEAN + VERB_CLEAN + FRIENDLY_CLEAN
)
def test_clean(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, (text, verdict.explanation)


@pytest.mark.parametrize(
    "text",
    EXCLAIMED_HOSTILE + CURSED_THING_HOSTILE + BODY_PLACE_HOSTILE + VERB_HOSTILE + DIRECTED_HOSTILE,
)
def test_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, (text, verdict.explanation)


def test_exclamation_is_explained(scorer: Scorer) -> None:
    verdict = scorer.score("son of a bitch, i died again")
    assert verdict.target is TargetKind.NONE
    assert "exclamation" in verdict.explanation


def test_exclamation_in_a_reply_is_aimed(scorer: Scorer) -> None:
    """Said in a reply or with a mention, the name-call may be for that person."""
    assert scorer.score("son of a bitch!", is_reply=True).hostile


def test_cursed_thing_is_explained(scorer: Scorer) -> None:
    verdict = scorer.score("fanculo la scuola")
    assert verdict.target is TargetKind.OBJECT
