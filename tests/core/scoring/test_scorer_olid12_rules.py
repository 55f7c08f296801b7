"""The olid12 round's rules (issue 8, fifteenth session: targeting_olid12.py) as their
specification: each shape with fresh lines (written after the rule, never tuned on) and
the clean near-misses beside it (a posture, a report, a condition, a question, a thing
as the subject, play, a future or a denial). The rules read English only; Italian lines
check that nothing of theirs leaks into Italian chat."""

from __future__ import annotations

import pytest

from bot.core.scoring import olid12_words as w
from bot.core.scoring.lexicon import category_file
from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import Category, TargetKind

_READER = TargetKind.SECOND_PERSON
_THIRD = TargetKind.THIRD_PERSON
_GROUP = TargetKind.GROUP

# fmt: off
HOSTILE: tuple[tuple[str, TargetKind], ...] = (
    # the habitual lie
    ("@USER Brennan lies constantly", _THIRD), ("@USER and they lie about everything", _THIRD),
    ("@USER she always lies to the press", _THIRD), ("@USER he lies through his teeth", _THIRD),
    ("@USER republicans lie every day", _GROUP),
    # the lie told again
    ("@USER Schiff is lying again", _THIRD), ("@USER they are lying again", _THIRD),
    ("@USER democrats lie again and again", _GROUP), ("@USER she lied again", _THIRD),
    ("@USER and he is lying again lol", _THIRD),
    # the habit as a lack of scruple ("these liberals have no problem lying")
    ("@USER Schiff has no problem lying", _THIRD),
    ("@USER they have no problem lying to voters", _THIRD),
    ("@USER democrats have no problem lying", _GROUP),
    ("@USER he clearly has no problem lying", _THIRD),
    ("@USER and she has no problem lying about it", _THIRD),
    # "ruin everything" / "destroy everything" of a person
    ("@USER he always ruins everything", _THIRD), ("@USER Pelosi ruins everything", _THIRD),
    ("@USER they destroy everything they get their hands on", _THIRD),
    ("@USER she destroys everything", _THIRD), ("@USER leftists destroy everything", _GROUP),
    # "never tells the truth" of a person
    ("@USER Comey never tells the truth", _THIRD), ("@USER they just never tell the truth", _THIRD),
    ("@USER you never tell the truth do you", _READER),
    ("@USER and he never told the truth", _THIRD),
    ("@USER democrats never tell the truth", _GROUP),
    # going away wanted of a person spoken of
    ("@USER she needs to go away", _THIRD), ("@USER they really should go away", _THIRD),
    ("@USER he just needs to go away now", _THIRD), ("@USER they must go away", _THIRD),
    ("@USER he has to go away", _THIRD),
    # a person who won't go away stays the older reading (an order's weight)
    ("This moronic hag just won't go away.", TargetKind.IMPERATIVE),
    # "shut up" / "go away" wanted of a person or passed on to one (a first try caught the
    # first 2 of these 5; the rule was widened for the other 3; the next 5 were fresh after)
    ("@USER she needs to shut up", _THIRD), ("@USER he really needs to shut up", _THIRD),
    ("@USER somebody tell Schiff to shut up", _THIRD),
    ("@USER please tell him to go away", _THIRD), ("@USER just tell them to shut up", _THIRD),
    ("@USER someone please tell Cuomo to go away", _THIRD),
    ("@USER tell her to shut up already", _THIRD),
    ("@USER could somebody tell them to shut up", _THIRD),
    ("@USER go tell him to shut up", _THIRD), ("@USER and tell Pelosi to shut up", _THIRD),
    # "crap" as the verdict on a person
    ("@USER honestly she is crap", _THIRD), ("@USER and he is crap", _THIRD),
    ("@USER that ref is crap", _THIRD), ("@USER this guy is crap", _THIRD),
    # "has no clue"
    ("@USER she clearly has no clue", _THIRD), ("@USER Schumer has no clue", _THIRD),
    ("@USER they have no clue whatsoever", _THIRD), ("@USER you really have no clue", _READER),
    ("@USER democrats have no clue", _GROUP),
)

# "lying" heading a name-call (a reader's or a person's; older lines often weigh in too)
LYING_CALLED: tuple[str, ...] = (
    "@USER lying snake", "@USER what a lying hypocrite", "@USER such a lying pos",
    "@USER lying piece of trash", "@USER lying bastard",
)

CLEAN: tuple[str, ...] = (
    # a lie of no habit, a posture, a report, a question, a condition
    "@USER he lies on the floor constantly", "@USER she thinks he lies all the time",
    "@USER do they lie a lot?", "@USER the baby lies awake constantly",
    "@USER if she lies every day she will get caught", "@USER cats lie all the time",
    "@USER I have no problem lying down", "@USER we have no problem lying low",
    "@USER the dog is lying again on the couch", "@USER my cat is lying again in the sink",
    "@USER is he lying again?", "@USER I lied again oops", "@USER she said he lied again",
    "@USER Rex is lying again on my bed",
    "@USER the cat has no problem lying on my keyboard",
    # a thing or a pet as the wrecker, play, a condition
    "@USER hurricanes destroy everything", "@USER the puppy destroys everything lol",
    "@USER we destroy everything on hard mode", "@USER bad weather ruins everything",
    "@USER if he ruins everything, we start over", "@USER you destroy everything in ranked gg",
    # the writer's own untruth, a condition, a thing
    "@USER I never told the truth to my parents lol",
    "@USER if they never tell the truth, who cares",
    "@USER the polls never tell the truth",
    # a future or a denial before "go away" said of a thing, the writer's own going
    "@USER my headache won't go away",
    "@USER the itch will go away soon", "@USER the smell won't go away",
    "@USER this feeling never goes away", "@USER I have to go away for work",
    "@USER we need to go away for a bit",
    # the order reported or told to the writer, a thing told
    "@USER mom told us to shut up", "@USER tell my alarm to shut up",
    "@USER I have to tell him to shut up sometimes lol", "@USER tell me to shut up if I ramble",
    "@USER they told him to shut up and sit down", "@USER my teacher would tell us to shut up",
    # "crap" said of a thing, asked, denied
    "@USER the ending is crap", "@USER my phone is crap", "@USER is he crap?",
    "@USER he is not crap", "@USER the wifi here is crap",
    # the writer's own "no clue", a thing after it, a question
    "@USER we have no clue where it went", "@USER I don't have a clue lol",
    "@USER the doctors have no clue yet", "@USER he has no clue it's his birthday party",
    "@USER does she have no clue?",
    # "lying" as a posture
    "@USER lying down now", "@USER lying in the sun", "@USER lying awake again",
    # a thing no one asked for, "nothing" the subject of a verb
    "@USER the bruise will go away", "@USER nobody asked for the rain",
    "@USER no one asked for that many sequels", "@USER you know nothing lasts forever",
    "@USER you know nothing compares to you",
    # Italian chat the English words must not reach
    "@USER la pioggia rovina tutto", "@USER non ho la minima idea",
)
# fmt: on


@pytest.mark.parametrize(("text", "target"), HOSTILE)
def test_hostile_shapes(scorer: Scorer, text: str, target: TargetKind) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is target, verdict.explanation


@pytest.mark.parametrize("text", LYING_CALLED)
def test_lying_heading_a_name_call(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_clean_near_misses(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


def test_the_rules_and_the_lexicon_agree() -> None:
    """Every term the rules read is an English line (a typo in either would leave the
    rule reading nothing)."""
    terms = {entry.term for entry in category_file("en", Category.INSULT)[0]}
    terms |= {entry.term for entry in category_file("en", Category.EXCLUSION)[0]}
    read = w.LIE_TERMS | w.RUIN_TERMS | w.CLUE_TERMS | w.ASKED_TERMS | w.KNOW_NOTHING_TERMS
    missing = sorted((read | w.WANTED_GONE) - terms)
    assert not missing, missing
