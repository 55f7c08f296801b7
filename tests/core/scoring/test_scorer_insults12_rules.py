"""The insults12 round's rules (issue 8, eleventh session: targeting_insults12.py and the
insults12 lines of lexicons/en/benign.txt) as their specification: each shape's clean
lines (flagged before the round; the fresh ones written after the rule, never tuned on)
and the hostile look-alikes in the same words that must stay flagged. The rules read
English only; Italian lines check that nothing of theirs reaches Italian chat."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.targeting_insults12 import (
    CHEER_NOTE,
    DISBELIEF_NOTE,
    EMPHASIS_NOTE,
    PRAISED_NOTE,
    SELF_LABEL_NOTE,
    TASK_NOTE,
)
from bot.core.scoring.verdict import TargetKind

_THIRD = TargetKind.THIRD_PERSON
_READER = TargetKind.SECOND_PERSON
_ORDER = TargetKind.IMPERATIVE

# fmt: off
# (clean line, the note that cancels its hit)
CLEAN_NOTED: tuple[tuple[str, str], ...] = (
    # a question's "the fuck you": emphasis
    ("where the fuck you been all day", EMPHASIS_NOTE),
    ("how the fuck you get that many kills", EMPHASIS_NOTE),
    ("how the fuck you already level 30", EMPHASIS_NOTE),
    ("where the fuck you find these skins", EMPHASIS_NOTE),
    ("when the fuck you start playing again", EMPHASIS_NOTE),
    ("how the fuck u do that combo", EMPHASIS_NOTE),
    # "this bitch" as a job, a match, a stream
    ("we're gonna finish this bitch", TASK_NOTE),
    ("let's win this bitch", TASK_NOTE),
    ("time to wrap this bitch up", TASK_NOTE),
    ("we finally finished this bitch, gg", TASK_NOTE),
    ("gonna ride this bitch till the wheels fall off", TASK_NOTE),
    ("about to run this bitch back one more time", TASK_NOTE),
    ("let's close this bitch out boys", TASK_NOTE),
    ("we built this bitch from scratch", TASK_NOTE),
    # a team cheered on
    ("let's go you fuckers", CHEER_NOTE),
    ("c'mon you bastards", CHEER_NOTE),
    ("come on you motherfuckers, push", CHEER_NOTE),
    ("go go go you fuckers", CHEER_NOTE),
    ("cmon you fuckers we got this", CHEER_NOTE),
    # good news met with a curse of disbelief
    ("fuck off, no way you won the lottery", DISBELIEF_NOTE),
    ("get the fuck out, you got the job?", DISBELIEF_NOTE),
    ("vaffanculo, hai vinto davvero?", DISBELIEF_NOTE),
    ("fuck you, that's hilarious", DISBELIEF_NOTE),
    ("get the fuck out, you aced it?", DISBELIEF_NOTE),
    ("vaffanculo, sul serio? complimenti", DISBELIEF_NOTE),
    # a name taken up by the people it was said of
    ("@USER Winning Deplorables MAGA God Bless you.", SELF_LABEL_NOTE),
    ("proud deplorable here", SELF_LABEL_NOTE),
    ("we deplorables are not going anywhere #MAGA", SELF_LABEL_NOTE),
    ("deplorable and proud of it #WWG1WGA", SELF_LABEL_NOTE),
    ("@USER thank you mr president from a proud deplorable", SELF_LABEL_NOTE),
    ("@USER Good morning fellow deplorables! God bless", SELF_LABEL_NOTE),
    ("morning my fellow deplorables #maga", SELF_LABEL_NOTE),
    # a person singled out for sense
    ("you are the only motherfucker with common sense", PRAISED_NOTE),
    ("you're the only bastard here who gets it", PRAISED_NOTE),
    ("you're the only fucker here with any taste", PRAISED_NOTE),
    ("the only bastard around who talks sense", PRAISED_NOTE),
    ("she's the only mofo who cares", PRAISED_NOTE),
    ("you're the only son of a bitch with class in this lobby", PRAISED_NOTE),
    ("he's the only motherfucker that understands the meta", PRAISED_NOTE),
)

# Admiring vocatives (lexicon lines), flagged before the round; and disbelief whose
# curse keeps a little weight under the threshold.
CLEAN_ADMIRING: tuple[str, ...] = (
    "omg fuck off, you passed?!", "omg piss off, you got engaged??",
    "you smart motherfucker, it worked", "you talented son of a bitch",
    "you're one tough son of a bitch", "you're one lucky motherfucker",
    "you're one smart bastard", "you brilliant son of a bitch, it worked",
    "you tough motherfucker, you made it", "you clever fucker, nice trap",
)

# Chat shorthand after a curse (cues.txt [word], the insults12 header), flagged before
# the round as a player's name: "fuck fml" read like "fuck tusk".
CLEAN_SHORTHAND: tuple[str, ...] = (
    "fuckkkkk wfd", "fuck fml", "shit ngl", "fuck jfc", "fuck lmk",
    "fuck istg", "shit nvm", "fuck ikr", "fuck tbf", "shit frfr", "fuck wdym",
)

HOSTILE: tuple[tuple[str, TargetKind], ...] = (
    # challenges in the same words
    ("why the fuck you have to do that", _READER),
    ("who the fuck you think you are", _READER),
    ("who the fuck you think you talking to", _READER),
    ("where are you, fuck you", _READER),
    ("fuck you", _READER),
    # "this bitch" as a person, or harm done to it
    ("this bitch needs to shut up", _THIRD),
    ("we're gonna finish this bitch off", _THIRD),
    ("gonna beat this bitch", _THIRD),
    ("slap this bitch", _THIRD),
    # the person, or the body, judged
    ("his stupid face", _THIRD),
    ("his stupid ass", _THIRD),
    ("her fat ass", _THIRD),
    ("he is a pathetic loser", _THIRD),
    # a curse with no good news after it
    ("fuck off, no way i'm helping you", _ORDER),
    ("fuck off, seriously", _ORDER),
    ("wait what, fuck off, no way that's true", _ORDER),  # fixes7: "no way" must end it
    ("fuck off, you got us killed", _ORDER),
    ("fuck off, you won't win", _ORDER),
    ("get the fuck out, you're banned", _ORDER),
    ("piss off, you got what you deserved", _ORDER),
    ("fuck you, you useless idiot, no way", _READER),
    # singled out for a fault, not for sense
    ("you're the only motherfucker who keeps feeding", _READER),
    ("you're the only bastard who ruined my day", _READER),
    # body shaming in the diet's words
    ("you are fat", _READER),
    ("you fat slob", _READER),
    ("you're so fat lol", _READER),
    ("lose some weight, you fat pig", _READER),
    # the label said of others
    ("@USER you deplorables are a disgrace", _READER),
    ("deplorables are idiots #maga", TargetKind.GROUP),
    ("@USER hey deplorables, you lost", _READER),
    ("god bless you, you stupid idiot", _READER),
    # a player's name after the curse
    ("fuck tusk", _THIRD),
    ("shit pudge", _THIRD),
    # sent away or insulted, not cheered
    ("get lost you fuckers", _READER),
    ("shut up you fuckers", _READER),
    # a judging word before the swear word
    ("you stupid motherfucker", _READER),
    ("you are a fucking idiot", _READER),
)

# Fat as what food holds and bodies burn (benign.txt lines), flagged before the round.
CLEAN_DIET: tuple[str, ...] = (
    "most of the weight you lose is water and some muscle and fat if you are careful",
    "you need to cut fat from your diet", "you're burning fat when you run",
    "if you eat less fat you'll feel better", "you gain muscle and fat when you bulk",
    "you will lose fat if you sleep more", "trans fat is bad for you",
)

# A blessing, no oath (benign "god bless"): flagged before the round beside a label.
CLEAN_BLESSING: tuple[str, ...] = (
    "@USER EXCITING WEEK AHEAD!! GOD BLESS YOU MR PRESIDENT #DEPLORABLES #MAGA #KAG URL",
    "@USER god bless you and your family", "god bless you all, stay safe",
)

# Italian chat the English words must not reach.
ITALIAN_CLEAN: tuple[str, ...] = (
    "dai ragazzi, vinciamo questa", "come on ragazzi", "cazzo che freddo stamattina",
)
ITALIAN_HOSTILE: tuple[str, ...] = ("sei un coglione", "vaffanculo stronzo")
# fmt: on


@pytest.mark.parametrize(("text", "note"), CLEAN_NOTED)
def test_clean_shapes_cancelled_by_their_rule(scorer: Scorer, text: str, note: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation
    assert note in verdict.explanation, verdict.explanation


@pytest.mark.parametrize(
    "text", CLEAN_ADMIRING + CLEAN_SHORTHAND + CLEAN_DIET + CLEAN_BLESSING + ITALIAN_CLEAN
)
def test_clean_lines(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


@pytest.mark.parametrize(("text", "target"), HOSTILE)
def test_hostile_look_alikes(scorer: Scorer, text: str, target: TargetKind) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is target, verdict.explanation


@pytest.mark.parametrize("text", ITALIAN_HOSTILE)
def test_italian_insults_stay(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile
