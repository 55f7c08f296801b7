"""Issue 8, item 4, part two: third persons ("lui è un idiota"), the room ("squadra di
scarsi", "siete tutti scarsi"), direct hostility and game chat in Italian are hostile;
talk about things, self-deprecation and friendly profanity stay clean. Identity groups
are in test_scorer_it_identity.py. Every case runs at default settings (every shipped
language), as a new server does.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import Severity, TargetKind

# --- third persons ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "lui è un idiota",
        "lei è una stronza",
        "quel tizio è un coglione",
        "quel ragazzo è un cretino",
        "quella tizia è una troia",
        "lui è proprio un deficiente",
        "questo tipo è un imbecille",
    ],
)
def test_third_person_name_calling_is_hostile_but_milder(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is TargetKind.THIRD_PERSON
    assert verdict.severity < Severity.HIGH
    assert verdict.score < scorer.score("sei un coglione").score


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("quello è un idiota", id="R2 demonstrative pronoun + copula + insult noun"),
        pytest.param("quella è una troia", id="R2 feminine"),
        pytest.param("segnalate sto coglione", id="R3 demonstrative right before an insult noun"),
        pytest.param("guarda quel deficiente", id="R3 quel"),
        pytest.param("marco è un idiota", id="R8 a name, a copula and an insult"),
        pytest.param("loro sono degli idioti", id="R1 'sono' hides the subject before it"),
        pytest.param("quei tizi sono dei coglioni", id="R1 with a person noun"),
    ],
)
def test_third_persons_by_pronoun_name_or_demonstrative(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile
    assert verdict.target is TargetKind.THIRD_PERSON


# --- the room --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "squadra di scarsi",
        "che squadra di incapaci",
        "team di idioti",
        "team di merda",
        "compagni di merda",
        "siete tutti dei noob",
        "siete tutti scarsi",
        "siete delle pippe",
        "ragazzi siete scarsissimi",
        "i miei compagni sono degli idioti",
        "i miei compagni sono scarsi",
        "voi siete tutti dei coglioni",
    ],
)
def test_the_group_in_the_room(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target in (TargetKind.GROUP, TargetKind.SECOND_PERSON)


# --- direct hostility and game chat ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "sei una merda",
        "sei proprio una merda",
        "sei una vera merda",
        "siete solo delle merde",
        "stai zitto, coglione",
        "vaffanculo",
        "ti spacco la faccia",
        "nessuno ti vuole qui",
        "sei una cagna",
        "sei una vecchia acida",
        "sei un oca giuliva",
        "ti ammazzo",
        "vi ammazzerò tutti",
        "ammazzati",
        "sei scarso",
        "sei una pippa",
        "sei proprio un niubbo",
        "giochi come un cane",
        "giochi da schifo",
        "impara a giocare",
        "imparate a giocare, bimbiminkia",
        "disinstalla",
        "torna in cucina",
    ],
)
def test_direct_hostility_and_flaming(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target in (TargetKind.SECOND_PERSON, TargetKind.IMPERATIVE, TargetKind.GROUP)


# --- what must stay clean --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # friendly profanity
        "cazzo che partita",
        "cazzo che gol",
        "porca troia ho perso il treno",
        "porca puttana che freddo",
        "minchia che caldo",
        "non me ne frega un cazzo",
        "che figata pazzesca",
        "quel film era una cagata",
        "che giornata di merda",
        "sto telefono di merda",
        # game talk
        "ammazza il boss",
        "uccidi il boss prima",
        "ti distruggo nella prossima partita",
        "il segnale è scarso",
        "sono scarso a questo gioco",
        "sono un coglione, scusate",
        "mi sento un idiota",
        # things, not people
        "odio il traffico",
        "odio quando il gioco crasha",
        "questa pizza fa schifo",
        "i rifiuti sono spazzatura",
        "il mondo sarebbe migliore senza la guerra",
        "ammazzerei per una pizza",
        "voglio ammazzare il tempo",
        # ambiguous words in their everyday sense
        "mi balena un'idea",
        "la carne di balena",
        "ho buttato i soldi nel cesso",
        "la stagione è andata in vacca",
        "maremma maiala che caldo",
        "la cagna ha fatto i cuccioli",
        "la salsa è troppo acida",
        "il gatto nero dorme",
        "un negroni per favore",
        # news about groups, and groups as victims
        "terroristi islamici arrestati a Bruxelles",
        "il vaiolo delle scimmie si diffonde",
        "i migranti morti in mare sono una tragedia",
        # English that shares words with Italian
        "love you bestie",
        "Negro League baseball history",
        "Del Negro is keeping his job",
        "the Rio Negro is a river",
        "this stupid rom won't load, the emulator is trash",
        "Pippa you are amazing",
        "i pezzi bianchi sono inutili",
    ],
)
def test_must_stay_clean(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


@pytest.mark.parametrize("text", ["sono un idiota", "sono proprio un coglione", "sono scarso"])
def test_self_deprecation_in_a_reply_stays_clean(scorer: Scorer, text: str) -> None:
    """ "sono" is "I am" as much as "they are": without a group it aims at nobody."""
    assert not scorer.score(text, is_reply=True).hostile


@pytest.mark.parametrize(
    "text",
    [
        "odio il lunedì",
        "odio la pioggia",
        "detesto il traffico",
        "butta la spazzatura",
        "che giornata di merda",
        "mi fa vomitare il pesce crudo",
        "il mondo sarebbe migliore senza la guerra",
        "bisogna sterminare le zanzare",
    ],
)
def test_people_only_words_about_things_in_replies_and_mentions(scorer: Scorer, text: str) -> None:
    """Words that judge people only when people are named stay below the threshold
    when a reply or a mention is all that aims them (weight 0.55 x 0.85 or x 0.9)."""
    assert not scorer.score(text, is_reply=True).hostile
    assert not scorer.score(text, mentions_someone=True).hostile


@pytest.mark.parametrize(
    "text", ["Come tutti i musulmani, era un parassita.", "i musulmani, che parassiti"]
)
def test_the_italian_article_i_is_not_the_writer(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile
    assert verdict.target is TargetKind.GROUP


def test_people_only_words_about_the_room() -> None:
    """The room is people: "che squadra di spazzatura" is aimed at the team."""
    verdict = Scorer().score("che squadra di spazzatura")
    assert verdict.hostile
    assert verdict.target is TargetKind.GROUP


def test_a_people_only_word_before_the_hit_is_no_stacked_name_call() -> None:
    """ "Cockroaches make me sick" is about cockroaches: "scarafaggi" names no one here."""
    assert not Scorer().score("gli scarafaggi mi fanno schifo").hostile
    assert Scorer().score("gli immigrati mi fanno schifo").hostile
