"""Issue 8's targets as a specification: third persons, the room, identity groups,
chat name-calls and direct hostility are hostile; what must stay clean stays clean.

Every example written in the issue is here (but "are u idioot22": a digit suffix is not read),
in English and Italian, scored at default settings (every shipped language).
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import Category, Severity, TargetKind


def test_default_scorer_reads_every_shipped_language(scorer: Scorer) -> None:
    assert scorer.config.languages == ("en", "it")


@pytest.mark.parametrize(
    ("text", "direct"),
    [
        ("he is such a moron", "you are such a moron"),
        ("this guy is an idiot", "you are an idiot"),
        ("report this idiot pls", "you are an idiot"),
        ("lui è un idiota", "sei un idiota"),
        ("questo tizio è un coglione", "sei un coglione"),
    ],
)
def test_third_person_name_calling_is_hostile_but_milder(
    scorer: Scorer, text: str, direct: str
) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile
    assert verdict.severity < Severity.HIGH
    assert verdict.score < scorer.score(direct).score


@pytest.mark.parametrize(
    "text",
    ["idiot ursa", "COBRA IDIOT", "pudge you're trash", "noob od", "NOOB LION -.-", "noob"],
)
def test_name_calls_in_game_chat(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile


@pytest.mark.parametrize(
    "text",
    [
        "noob team",
        "you all suck",
        "gg noobs uninstall",
        "worst team ever, bunch of bots",
        "this team is trash",
        "gg ez",
        "ez",
        "siete tutti dei coglioni",
    ],
)
def test_the_group_in_the_room(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile
    assert verdict.target in (
        TargetKind.GROUP,
        TargetKind.SECOND_PERSON,
        TargetKind.IMPERATIVE,
        TargetKind.THIRD_PERSON,
    )


@pytest.mark.parametrize(
    "text",
    [
        "women are nothing but trash",
        "immigrants are animals",
        "I hate muslims",
        "all gay people should die",
        "why are disabled people so useless?",
        "I think black people are inferior",
        "you people disgust me",
        "gli zingari sono tutti ladri",
        "froci di merda",
        "gli immigrati sono animali",
        "le donne sono inferiori",
        "odio i musulmani",
        "tutti i gay dovrebbero morire",
    ],
)
def test_hate_against_identity_groups_in_every_phrasing(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile
    assert verdict.target in (TargetKind.GROUP, TargetKind.SECOND_PERSON)


@pytest.mark.parametrize(
    "text",
    ["immigrants are animals", "I think black people are inferior", "gli immigrati sono animali"],
)
def test_dehumanising_a_group_is_a_high_severity_identity_attack(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.categories[0] is Category.IDENTITY_ATTACK
    assert verdict.severity is Severity.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "what the fuck is wrong with you",
        "I will smash your face in",
        "nobody would care if you disappeared",
        "fvck you",
        "fuck u",
        "shut the f up",
        "f3gg0t",
        "sei una merda",
        "stai zitto, coglione",
    ],
)
def test_direct_hostility_the_rules_now_parse(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile


@pytest.mark.parametrize(
    "text",
    [
        "fucking nice shot",
        "holy shit gg",
        "that guy is insane at this game",
        "kill the tank first",
        "I hate mondays",
        "muslims celebrate eid this week",
        "gay people deserve respect",
        "saying 'women are trash' is never ok",
        "he called me an idiot, what do I do?",
        "cazzo che partita",
        "sorry noob question",
        "this game is trash",
        "I hate it when my team loses",
        "women deserve equal pay",
        "that quiz was ez",
        "black people are amazing",
        "I'm such an idiot",
        "animals are cute",
        "we need to report this to the mods",
        "i musulmani festeggiano",
        "le donne meritano rispetto",
        "odio il lunedì",
        "gli animali sono dolci",
        "insalata di finocchio",
        "Negro League baseball history",
    ],
)
def test_must_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("I hate you", TargetKind.SECOND_PERSON),
        ("I hate mondays", TargetKind.OBJECT),
        ("you are animals", TargetKind.SECOND_PERSON),
        ("animals are cute", TargetKind.OBJECT),
    ],
)
def test_people_only_words_need_people(scorer: Scorer, text: str, target: TargetKind) -> None:
    assert scorer.score(text).target is target


def test_identity_attack_explains_the_group_and_names_terms(scorer: Scorer) -> None:
    verdict = scorer.score("immigrants are animals")
    assert "identity group" in verdict.explanation
    assert "'animals'" in verdict.explanation
    assert "immigrants" not in verdict.explanation  # terms named, never the group's text


def test_allowed_terms_switch_off_learned_and_rule_words() -> None:
    from bot.core.scoring.scorer import ScorerConfig

    relaxed = Scorer(ScorerConfig(allowed_terms=frozenset({"noob", "animals"})))
    assert not relaxed.score("noob team").hostile
    assert not relaxed.score("immigrants are animals").hostile


def test_chat_lines_joined_by_bars_are_separate_sentences(scorer: Scorer) -> None:
    assert scorer.score("mid noob | wala talo").hostile
    assert not scorer.score("that quiz was ez | nice").hostile


def test_a_typed_at_name_counts_as_a_mention(scorer: Scorer) -> None:
    verdict = scorer.score("@USER Delusional idiot and the traitor!")
    assert verdict.hostile
    assert verdict.target is TargetKind.MENTION
    assert not scorer.score("email me at me@example.com you idiot-proof genius").hostile


@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        ("I'm a proud dyke", False),  # claimed by the writer
        ("as a dyke i think this is great", False),
        ("we dykes rock", False),
        ("i met a dyke", True),
        ("I am sick of dykes", True),
        ("he is a dyke", True),
        ("i negri rubano il lavoro", True),  # Italian article "i", not the writer
    ],
)
def test_reclaimed_slurs_are_the_writers_own(scorer: Scorer, text: str, hostile: bool) -> None:
    assert scorer.score(text).hostile is hostile


@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        ("that was racist", False),  # judging a thing
        ("white people can be racist too", False),  # calling out prejudice is no group attack
        ("you are racist", True),  # still an insult to the one called
        ("liberals are idiots", True),  # a group of people that is not an identity group
        ("cops are pigs", True),
    ],
)
def test_accusations_and_other_groups(scorer: Scorer, text: str, hostile: bool) -> None:
    assert scorer.score(text).hostile is hostile


@pytest.mark.parametrize(
    "text", ["immigrants are scumm", "you are an idioot", "muslims are disgustingg"]
)
def test_a_letter_typed_twice_is_still_the_word(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile
    assert all(m.term in ("scum", "idiot", "disgusting") for m in verdict.matches)


@pytest.mark.parametrize("text", ["the garage is open", "beats by dre", "she looks weird", "niger"])
def test_real_words_near_ours_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile


@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        ("Mike is an idiot", True),  # a name, a copula, the insult
        ("the healer is an idiot", True),  # a role in the game
        ("my brother is an idiot", False),  # family talk stays with the rules
        ("the printer is a piece of shit", False),  # a thing with an article
        ("Fuck gay people and their parades.", True),  # swearing aimed at a group
        ("fuck yeah gay people rock", False),
        ("It's not true that immigrants are criminals.", False),  # a claim denied
        ("non è vero che gli immigrati sono delinquenti", False),
        ("I'm going to kill you", True),  # the phrase names the reader, whoever says it
        ("I am going to kill you next round", False),  # gaming talk
        ("I will end you, not in a game way, in real life", True),
        ("I'm gonna post your address in general", True),  # doxxing
        ("Why are Muslims so violent?", True),
        ("violent movies are fun", False),
        ('The whole "women belong in the kitchen" joke is tired.', False),  # quoted
    ],
)
def test_probe_shapes(scorer: Scorer, text: str, hostile: bool) -> None:
    assert scorer.score(text).hostile is hostile, scorer.score(text).explanation


def test_a_servers_allowed_term_switches_off_its_typos_too() -> None:
    from bot.core.scoring.scorer import ScorerConfig

    relaxed = Scorer(ScorerConfig(allowed_terms=frozenset({"scum"})))
    assert not relaxed.score("immigrants are scumm").hostile
    assert Scorer().score("immigrants are scumm").hostile


@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        ("say that again and I'll break your legs", True),  # "say" opens an order
        ("DM me your bra size", True),
        ("he said that again, what a loser", False),  # still reported
        ("Someone should burn down that mosque", True),
        ("I'll kill any black guy who moves onto my street.", True),
        ("the black guy on my team is great", False),
    ],
)
def test_orders_that_use_speech_verbs_and_threats_against_groups(
    scorer: Scorer, text: str, hostile: bool
) -> None:
    assert scorer.score(text).hostile is hostile


@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        ("I don't think women are inferior", False),  # the writer denies the claim
        ("Non direi mai che le donne sono inferiori.", False),
        ("I don't think, women are inferior and that's it", True),  # the pause ends it
        ("Le donne non sono altro che spazzatura.", True),  # "che" is no opinion verb
        ("I don't care, you idiot", True),
    ],
)
def test_a_negated_opinion_denies_the_claim_after_it(
    scorer: Scorer, text: str, hostile: bool
) -> None:
    assert scorer.score(text).hostile is hostile
