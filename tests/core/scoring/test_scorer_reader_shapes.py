"""Abuse aimed at the reader (issue 8), as a specification of the reader shapes.

Swear and body words ("sex", "cock", "kill", "suck") are never hostile alone; said to
the reader in these shapes they are (targeting_reader.py): a sexual question or
proposal to the reader, the reader's body described, the writer's put on the reader
or demanded; a threat with the writer as subject and the reader as object; "you" and
"suck" with one word between; a judging word before "bot" or "robot" as a whole line;
a name-call, one noun, "like you"; an identity thrown at the reader as a verdict
("ur gay"). A few obscene demands, threats and dismissals are plain lexicon lines
("take off your clothes", "chop you up", "screw u"); "I said shut up" repeats the
writer's own order. What stays clean: friendly and neutral talk to the reader ("you're
so funny", "are you a robot?"), sex as a topic ("did you watch sex education?"),
questions about the past ("have you ever had sex?"), a thing or another person as the
subject of a threat ("this heat will kill you"), negation, reported speech, game talk,
an identity asked about or welcomed ("are you gay?", "you're gay, we love you").

"tell me a dirty joke" stays clean on purpose: it asks for content, aimed at nobody;
the project's hostility is aimed at a person, and a joke request harasses no one.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer, ScorerConfig
from bot.core.scoring.verdict import Category, Severity, TargetKind


@pytest.mark.parametrize(
    "text",
    [
        "do you want to have sex?",
        "are you naked",
        "r u horny",
        "do u cum",
        "wanna have sex?",
        "can we have sex tonight",
        "ok so have you had sex",
        "do you have a penis?",
        "i want your wet pussy",
        "my cock your face",
        "my dick in your mouth",
        "you wanna scratch my cock?",
        "suck my big cock",
        "sit on my dick",
        "suck me",
        "lick me",
        "hi fuk me",
        "take off your clothes",
        "strip for me",
        "send me your nudes",
        "vuoi fare sesso?",
        "sei arrapata?",
    ],
)
def test_a_sexual_advance_to_the_reader_is_harassment(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile
    assert verdict.categories[0] is Category.SEXUAL_HARASSMENT
    assert verdict.target in (TargetKind.SECOND_PERSON, TargetKind.IMPERATIVE)


@pytest.mark.parametrize(
    "text",
    [
        "did you watch sex education on netflix?",  # a topic: the word does not end the clause
        "have you ever had sex?",  # asks about the past, proposes nothing
        "do you sleep in the nude?",
        "i don't want to have sex",  # negated
        "does she want to have sex?",  # another person asked about
        "he asked if you want to have sex",  # reported
        '"do you want to have sex?" is a creepy thing to ask',  # quoted
        "cutting your dick off is a myth",  # the generic "your" of a comment
        "my dick hurts",
        "she sucked my dick",
        "sex ed should start earlier",
        "tell me a dirty joke",  # asks for content, aimed at nobody
        "can we talk about sex education",
    ],
)
def test_sex_as_a_topic_stays_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


@pytest.mark.parametrize(
    "text",
    [
        "kill you",
        "I WANT TO KILL YOU",
        "im gonna murder you",
        "gonna rape you",
        "i really want to kill you all",
        "I'm gonna chop you up",
        "i could strangle you",
        "voglio ucciderti",
        "ti voglio ammazzare",
    ],
)
def test_a_threat_at_the_reader_is_high_severity(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile
    assert verdict.categories[0] is Category.THREAT
    assert verdict.severity is Severity.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "this heat will kill you",  # a thing does the harm
        "it won't kill you to say thanks",
        "they will kill you if you go there",  # a warning about others
        "i have to kill you",  # a duty, the joke of "if i tell you i have to kill you"
        "i don't want to kill you",
        "kill you with kindness",
        "kill you void?",  # a player asked about a hero
        "i'm gonna kill you in the rematch",  # game talk
        "non voglio ucciderti",
        "ti voglio ammazzare a fortnite",
    ],
)
def test_harm_words_not_meant_for_the_reader_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


@pytest.mark.parametrize(
    "text",
    [
        "yeah you do suck",
        "you still suck",
        "u really suck at this",
        "dumb bot",
        "oh god what a dumb bot",
        "you useless robot",
        "stupido bot",
        "a stupid being like you?",
        "dumb people like you should leave",
        "you are gay",
        "ur so gay lol",
        "u r a homo",
        "screw u",
        "shut ur mouth",
        "you have no brain",
        "I said fuck off",
        "I SAID SHUT UP",
        "you are a gay faggit",
    ],
)
def test_insults_at_the_reader_are_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile
    assert verdict.target in (TargetKind.SECOND_PERSON, TargetKind.IMPERATIVE, TargetKind.GROUP)


@pytest.mark.parametrize(
    "text",
    [
        "you're so funny",
        "are you a robot?",
        "are you a bot or a person?",
        "stupid bot keeps deleting my messages",  # about a bot, not a name-call line
        "so ez bot",  # a taunt at a play, not a judging word
        "stupid computer crashed again",
        "do you still suck your thumb?",
        "you just suck it up and move on",
        "you don't suck at all",
        "stupid things like you said",
        "are you gay?",  # asked
        "you're gay? me too!",
        "i know you are gay",
        "if you are gay, you are welcome here",
        "you're gay, we love you",
        "you are gay and that's ok",
        "your gay friend is nice",
        "he said fuck off",  # reported
        "and then I said fuck off to him",  # a story
        "I said stupid things",
    ],
)
def test_friendly_and_neutral_talk_to_the_reader_stays_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


@pytest.mark.parametrize(
    "text",
    ["die now", "die die die", "die pls", "die now and die quickly"],
)
def test_die_ordered_at_the_reader_is_self_harm(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile
    assert verdict.categories[0] is Category.SELF_HARM


@pytest.mark.parametrize(
    "text",
    ["i could die now", "if i die now i lose", "don't die now!", "we all die now"],
)
def test_die_with_a_subject_or_negated_stays_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_the_explanation_names_the_lexicon_word_never_the_message(scorer: Scorer) -> None:
    verdict = scorer.score("Do you want to have SEX tonight, Mary?")
    assert verdict.hostile
    assert "'sex'" in verdict.explanation
    assert "Mary" not in verdict.explanation
    assert "tonight" not in verdict.explanation


def test_an_allowed_word_switches_its_shape_off() -> None:
    allowing = Scorer(ScorerConfig(allowed_terms=frozenset({"sex", "kill"})))
    assert not allowing.score("do you want to have sex?").hostile
    assert not allowing.score("i want to kill you").hostile


def test_profanity_ok_channels_still_flag_a_shape(scorer: Scorer) -> None:
    """A channel where swearing is fine is no place for advances or threats."""
    assert scorer.score("do you want to have sex?", profanity_ok=True).hostile
    assert scorer.score("kill you", profanity_ok=True).hostile
    assert not scorer.score("fuck yeah", profanity_ok=True).hostile


def test_swearing_with_a_shape_word_but_no_shape_is_still_swearing_only(scorer: Scorer) -> None:
    """The shortcut for plain swearing still answers when no shape holds."""
    verdict = scorer.score("holy shit the sex scene in that movie was fucking long")
    assert not verdict.hostile
    assert verdict.explanation.startswith("not hostile: profanity only")
