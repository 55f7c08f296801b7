"""The scorer, table by table: one table per rule of the hostility spec (issue 2); part one
(obfuscation, whole words, categories, severity, targeting). Parts two and three are
test_scorer_settings.py and test_scorer_precision.py."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import Category, Severity, TargetKind


def _hostile(scorer: Scorer, text: str, **flags: bool) -> bool:
    return scorer.score(text, **flags).hostile


# --- obfuscation: each trick still finds the word -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "you are an IDIOT",  # case
        "you are an ｉｄｉｏｔ",  # fullwidth / NFKC
        "you are an i\u200bd\u200bi\u200bo\u200bt",  # zero-width characters
        "you are an i\u0336d\u0301i\u0317o\u035ct",  # zalgo
        "you are an іdіоt",  # Cyrillic look-alikes
        "you are an ιdιοt",  # Greek look-alikes
        "you are an 1d10t",  # leet
        "you are a l0$3r",  # leet with symbols
        "you are so stuuuupid",  # squeezed repeats
        "you loooooser",  # squeezed repeats
        "f u c k you",  # spaced letters
        "f.u.c.k you",  # dotted letters
        "k.y.s",  # dotted letters, phrase on its own
        "k y s",  # spaced letters
        "f u c k y o u",  # spaced letters split back into words
        "s h u t  u p  i d i o t",
        "you are an i diot",  # one of our words split in two
        "you are one du mb ph uck",
        "you are an @$$hole",  # symbols inside a word
        "f*ck you",  # starred-out letters
        "you're a b*tch",
        "you a**hole",
    ],
)
def test_obfuscated_hostility_is_found(scorer: Scorer, text: str) -> None:
    assert _hostile(scorer, text), scorer.score(text)


# --- Scunthorpe: whole words only -----------------------------------------------------


@pytest.mark.parametrize(
    "word",
    [
        "Scunthorpe",
        "assassin",
        "Dickens",
        "classic",
        "cocktail",
        "analysis",
        "therapist",
        "Essex",
        "shiitake",
    ],
)
def test_scunthorpe_words_stay_clean(scorer: Scorer, word: str) -> None:
    verdict = scorer.score(f"you should read about {word}, you would like it")
    assert not verdict.hostile
    assert verdict.matches == ()


def test_numbers_are_not_read_as_leet_words(scorer: Scorer) -> None:
    assert scorer.score("you owe me 455 dollars").matches == ()


# --- categories -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("you are a worthless idiot", Category.INSULT),
        ("I will kill you", Category.THREAT),
        ("i know where you live", Category.THREAT),
        ("kys", Category.SELF_HARM),
        ("go kill yourself", Category.SELF_HARM),
        ("the world would be better without you", Category.SELF_HARM),
        ("nobody likes you", Category.EXCLUSION),
        ("no one wants you here", Category.EXCLUSION),
        ("faggot", Category.IDENTITY_ATTACK),
        ("go back to your country", Category.IDENTITY_ATTACK),
        ("you are so fat", Category.BODY_SHAMING),
        ("die in a fire", Category.SELF_HARM),
        ("ur mom is a whore", Category.SEXUAL_HARASSMENT),
        ("you're ugly", Category.BODY_SHAMING),
        ("send nudes", Category.SEXUAL_HARASSMENT),
        ("you are a slut", Category.SEXUAL_HARASSMENT),
    ],
)
def test_each_category_is_hostile_and_named(scorer: Scorer, text: str, category: Category) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile
    assert verdict.categories[0] is category


def test_stfu_nobody_cares_combines_into_hostility(scorer: Scorer) -> None:
    verdict = scorer.score("stfu nobody cares")
    assert verdict.hostile
    assert verdict.target is TargetKind.IMPERATIVE


def test_profanity_alone_is_weak(scorer: Scorer) -> None:
    verdict = scorer.score("shit")
    assert not verdict.hostile
    assert verdict.matches[0].category is Category.PROFANITY
    assert 0 < verdict.score < 0.5


# --- severity tiers -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        ("hello there", Severity.NONE),
        ("I'm such an idiot", Severity.NONE),
        ("you are an idiot", Severity.LOW),
        ("you fucking idiot", Severity.MEDIUM),
        ("nobody likes you", Severity.MEDIUM),
        ("I will kill you", Severity.HIGH),
        ("kys", Severity.HIGH),
        ("go die", Severity.HIGH),
        ("faggot", Severity.HIGH),
    ],
)
def test_severity_tiers(scorer: Scorer, text: str, severity: Severity) -> None:
    assert scorer.score(text).severity is severity


# --- targeting that raises hostility --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("you are an idiot", TargetKind.SECOND_PERSON),
        ("u r an idiot", TargetKind.SECOND_PERSON),
        ("ur so stupid", TargetKind.SECOND_PERSON),
        ("your an idiot", TargetKind.SECOND_PERSON),
        ("you're a loser", TargetKind.SECOND_PERSON),
        ("idiots like you ruin everything", TargetKind.SECOND_PERSON),
        ("you, sir, are an idiot", TargetKind.SECOND_PERSON),
        ("you are wrong, idiot!", TargetKind.SECOND_PERSON),
        ("hey moron, read the rules", TargetKind.SECOND_PERSON),
        ("are you really that stupid?", TargetKind.SECOND_PERSON),
        ("you people are idiots", TargetKind.GROUP),
        ("you guys are morons", TargetKind.GROUP),
        # Read past the opening mention, "idiot" alone is said to the reader: the mentioned user.
        ("<@123456789> idiot", TargetKind.SECOND_PERSON),
        ("<@!123456789> what a loser", TargetKind.MENTION),
        ("go die", TargetKind.IMPERATIVE),
        ("kys", TargetKind.IMPERATIVE),
        ("get lost", TargetKind.IMPERATIVE),
        ("shut up, moron", TargetKind.IMPERATIVE),
    ],
)
def test_targeted_insults_are_hostile(scorer: Scorer, text: str, target: TargetKind) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict
    assert verdict.target is target


def test_shut_up_raises_an_insult_but_is_mild_alone(scorer: Scorer) -> None:
    alone = scorer.score("shut up")
    assert alone.target is TargetKind.IMPERATIVE and alone.score > 0
    assert scorer.score("shut up you idiot").score > scorer.score("you idiot").score


@pytest.mark.parametrize(
    ("flags", "target"),
    [
        ({"mentions_someone": True}, TargetKind.MENTION),
        ({"is_reply": True}, TargetKind.REPLY),
    ],
)
def test_mention_and_reply_flags_give_a_target(
    scorer: Scorer, flags: dict[str, bool], target: TargetKind
) -> None:
    # Five words, longer than a chat name-call; "scumbag" is not one of the nouns that
    # name someone present on their own ("moron", "noob": the name_noun cues).
    text = "total scumbag tbh lol honestly"
    assert not _hostile(scorer, text)
    verdict = scorer.score(text, **flags)
    assert verdict.hostile
    assert verdict.target is target


# --- targeting that lowers hostility --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("I'm such an idiot", TargetKind.SELF),
        ("i feel stupid today", TargetKind.SELF),
        ("I am a loser at chess lol", TargetKind.SELF),
        ("this stupid printer", TargetKind.OBJECT),
        ("that game is garbage", TargetKind.OBJECT),
        ("what a stupid question", TargetKind.OBJECT),
        ("he called me a loser, what do I do?", TargetKind.REPORTED),
        ("someone told me to kys, what do I do?", TargetKind.REPORTED),
        ('he wrote "you idiot" under my post', TargetKind.REPORTED),
        ("saying kys is never ok", TargetKind.REPORTED),
    ],
)
def test_self_object_and_reported_speech_are_not_hostile(
    scorer: Scorer, text: str, target: TargetKind
) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict
    assert verdict.target is target


@pytest.mark.parametrize(
    "text",
    [
        "you're not stupid",
        "you aren't a loser",
        "you are not an idiot",
        "you're never a failure to me",
    ],
)
def test_negated_insults_are_not_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile
    assert "negated" in verdict.explanation


@pytest.mark.parametrize(
    "text",
    [
        "saying kys is never ok",
        "telling someone to kys is not okay",
        "don't tell people to kill themselves",
        "calling people retards is wrong",
    ],
)
def test_counter_speech_is_not_hostile(scorer: Scorer, text: str) -> None:
    assert not _hostile(scorer, text)


@pytest.mark.parametrize(
    "text",
    [
        "that was fucking awesome",
        "you're so fucking talented",
        "holy shit",
        "holy shit this is good",
        "damn, you killed it",
        "hell yeah we won",
        "you lucky bastard",
        "you're dead wrong",
        "oh shut up you're too kind",
        "i'm so fucking tired",
        "fuck, I missed the bus",
        "what the hell happened to the server",
        "this is the shit",
        "fuck yeah",
    ],
)
def test_friendly_profanity_is_not_hostile(scorer: Scorer, text: str) -> None:
    assert not _hostile(scorer, text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm gonna destroy you in the rematch",
        "kill the boss first",
        "we got killed",
        "i'm gonna kill you in the next round",
        "gg you killed it",
        "go kill the dragon",
        "I could kill for a pizza",
    ],
)
def test_gaming_talk_is_not_hostile(scorer: Scorer, text: str) -> None:
    assert not _hostile(scorer, text)
