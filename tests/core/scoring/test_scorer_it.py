"""The Italian lexicon, table by table: an Italian server gets the same quality as an English one.

Every case runs with languages=("en", "it"), the way a bilingual server is set up,
so the tables also prove that the Italian word lists do not change English verdicts.
The Italian shapes with their own targeting rules ("che idiota che sei", a clitic
before a speech verb, participles, "sei" as a number) are in test_scorer_it_shapes.py.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer, ScorerConfig
from bot.core.scoring.verdict import Category, Severity, TargetKind

# --- hostile: one table per category, with the severity a moderator sees -------------


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        ("sei un idiota", Severity.LOW),
        ("sei proprio un deficiente", Severity.LOW),
        ("sei un imbecille", Severity.LOW),
        ("sei uno stronzo", Severity.MEDIUM),
        ("sei un coglione", Severity.MEDIUM),
        ("sei una testa di cazzo", Severity.MEDIUM),
        ("pezzo di merda", Severity.MEDIUM),
        ("sei un fallito", Severity.LOW),
        ("sei uno sfigato", Severity.LOW),
        ("sei un buono a nulla", Severity.LOW),
        ("sei un rincoglionito", Severity.MEDIUM),
        ("sei un pirla", Severity.LOW),
        ("sei un minchione", Severity.LOW),
        ("sei proprio un mona", Severity.LOW),
        ("figli di puttana", Severity.MEDIUM),
        ("tua madre è una puttana", Severity.MEDIUM),  # through the family, at the reader
        ("voi siete degli imbecilli", Severity.LOW),
        ("siete tutti dei coglioni", Severity.MEDIUM),
        ("ehi coglione", Severity.MEDIUM),  # vocative
        ("scusa, ma sei un idiota", Severity.LOW),
        ("penso che tu sia un idiota", Severity.LOW),
        ("dato che sei un idiota", Severity.LOW),  # "dato che" is not reported speech
        ("fai schifo", Severity.LOW),
        ("mi fai pena", Severity.LOW),
        ("vaffanculo", Severity.MEDIUM),
        ("vai a farti fottere", Severity.MEDIUM),
        ("vai a cagare", Severity.LOW),
        ("stai zitto idiota", Severity.MEDIUM),  # an order plus a name-call
        ("chiudi quella bocca", Severity.LOW),
    ],
)
def test_insults_aimed_at_the_reader(scorer: Scorer, text: str, severity: Severity) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.severity is severity, verdict.explanation
    assert Category.INSULT in verdict.categories or Category.SEXUAL_HARASSMENT in (
        verdict.categories
    )


@pytest.mark.parametrize(
    ("masculine", "feminine", "masculine_plural", "feminine_plural"),
    [
        ("idiota", "idiota", "idioti", "idiote"),
        ("stupido", "stupida", "stupidi", "stupide"),
        ("cretino", "cretina", "cretini", "cretine"),
        ("scemo", "scema", "scemi", "sceme"),
        ("stronzo", "stronza", "stronzi", "stronze"),
        ("coglione", "cogliona", "coglioni", "coglione"),
        ("bastardo", "bastarda", "bastardi", "bastarde"),
        ("fallito", "fallita", "falliti", "fallite"),
        ("sfigato", "sfigata", "sfigati", "sfigate"),
        ("ritardato", "ritardata", "ritardati", "ritardate"),
        ("ciccione", "cicciona", "ciccioni", "ciccione"),
        ("schifoso", "schifosa", "schifosi", "schifose"),
    ],
)
def test_every_gender_and_number_is_listed(
    scorer: Scorer, masculine: str, feminine: str, masculine_plural: str, feminine_plural: str
) -> None:
    for text in (
        f"sei un {masculine}",
        f"sei una {feminine}",
        f"siete dei {masculine_plural}",
        f"siete delle {feminine_plural}",
    ):
        assert scorer.score(text).hostile, text


@pytest.mark.parametrize(
    "text",
    ["cogl1one", "sei uno stronz0", "sei un idiooota", "sei un c r e t i n o", "sei una str*nza"],
)
def test_chat_spellings_are_read(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("ti ammazzo", Category.THREAT),
        ("t'ammazzo", Category.THREAT),
        ("ti vengo a prendere", Category.THREAT),
        ("so dove abiti", Category.THREAT),
        ("ti spacco la faccia", Category.THREAT),
        ("ti faccio del male", Category.THREAT),
        ("ti sparo", Category.THREAT),
        ("ti aspetto sotto casa", Category.THREAT),
        ("sei un uomo morto", Category.THREAT),
        ("spero che tu muoia", Category.THREAT),
        ("ammazzati", Category.SELF_HARM),
        ("suicidati", Category.SELF_HARM),
        ("vai a morire", Category.SELF_HARM),
        ("buttati da un ponte", Category.SELF_HARM),
        ("impiccati", Category.SELF_HARM),
        ("fatti fuori", Category.SELF_HARM),
        ("crepa, bastardo", Category.SELF_HARM),
        ("nessuno sentirebbe la tua mancanza", Category.SELF_HARM),
        ("il mondo starebbe meglio senza di te", Category.SELF_HARM),
        ("dovresti ammazzarti", Category.SELF_HARM),
        ("frocio", Category.IDENTITY_ATTACK),
        ("froci di merda", Category.IDENTITY_ATTACK),
        ("sei un finocchio", Category.IDENTITY_ATTACK),
        ("i negri rubano il lavoro", Category.IDENTITY_ATTACK),
        ("ebreo di merda", Category.IDENTITY_ATTACK),
        ("zingari di merda", Category.IDENTITY_ATTACK),
        ("sei un ritardato", Category.IDENTITY_ATTACK),
        ("sei un handicappato", Category.IDENTITY_ATTACK),
        ("tornatene al tuo paese", Category.IDENTITY_ATTACK),
    ],
)
def test_threats_self_harm_and_slurs_are_high(
    scorer: Scorer, text: str, category: Category
) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.severity is Severity.HIGH
    assert verdict.categories[0] is category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("nessuno ti vuole qui", Category.EXCLUSION),
        ("non ti vuole nessuno", Category.EXCLUSION),
        ("vattene", Category.EXCLUSION),
        ("sparisci", Category.EXCLUSION),
        ("tutti ti odiano", Category.EXCLUSION),
        ("non frega niente a nessuno di te", Category.EXCLUSION),
        ("levati dai coglioni", Category.EXCLUSION),
        ("non sei il benvenuto qui", Category.EXCLUSION),
        ("sei un ciccione", Category.BODY_SHAMING),
        ("sei grassa come una balena", Category.BODY_SHAMING),
        ("sei una vacca", Category.BODY_SHAMING),
        ("sei brutta", Category.BODY_SHAMING),
        ("sei una troia", Category.SEXUAL_HARASSMENT),
        ("sei una zoccola", Category.SEXUAL_HARASSMENT),
        ("mandami foto nude", Category.SEXUAL_HARASSMENT),
        ("fammi vedere le tette", Category.SEXUAL_HARASSMENT),
        ("succhiamelo", Category.SEXUAL_HARASSMENT),
    ],
)
def test_exclusion_body_shaming_and_sexual_harassment(
    scorer: Scorer, text: str, category: Category
) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.categories[0] is category
    assert verdict.severity in (Severity.LOW, Severity.MEDIUM)


def test_a_dismissal_is_hostile_unless_it_is_about_a_thing(scorer: Scorer) -> None:
    assert scorer.score("non frega niente a nessuno").hostile  # the whole message dismisses
    assert scorer.score("a nessuno frega un cazzo", is_reply=True).hostile
    assert not scorer.score("non frega niente a nessuno del meteo").hostile


@pytest.mark.parametrize("text", ["ammazzati", "vattene", "fottiti", "succhiamelo", "suicidatevi"])
def test_orders_with_a_fused_pronoun_are_aimed_at_the_reader(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile
    assert verdict.target is TargetKind.IMPERATIVE


# --- must stay clean ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # profanity that is not aimed at anyone
        "cazzo",
        "merda",
        "porca miseria",
        "porca puttana",
        "porca troia che freddo",
        "che palle",
        "che coglioni oggi",
        "minchia",
        "vaffanculo al lunedì",
        "sto telefono di merda",
        # friendly profanity and admiration
        "cazzo che partita",
        "che figata",
        "porca miseria che goal",
        "sei un mito",
        "sei un grande",
        "sei un mostro",
        "ammazza che bravo",
        "ammazza quanto sei bravo",
        "mi fai morire dal ridere",
        "muori dal ridere",
        "sei bella da morire",
        "ti amo da morire",
        # self-directed
        "sono proprio un idiota",
        "io sono un cretino",
        "mi sento uno stupido",
        "scusa sono un idiota",
        # negated
        "non sei stupido",
        "non sei un idiota",
        "non siete stupidi",
        "mica sei scemo",
        "non penso che tu sia un idiota",
        # reported speech
        "mi ha chiamato idiota, cosa faccio?",
        "mi ha detto che sono una stronza",
        "mi hanno dato del coglione",
        "ti hanno dato del cretino?",
        'ha scritto "sei un idiota" sotto il mio post',
        # counter-speech
        "dire ammazzati non è mai ok",
        "non si dice frocio",
        "dire frocio è sbagliato e non è accettabile",
        # gaming talk
        "ti distruggo nella rivincita",
        "uccidi il boss",
        "ci hanno ammazzato",
        "ti ammazzo alla prossima partita",
        "ti uccido nel prossimo round",
        "sto livello è impossibile, muori ogni volta",
        # about a thing
        "questo stupido telefono",
        "questo telefono è una merda",
        "che stronzata",
        "hai detto una stronzata",
        "dici un sacco di cazzate",
        "il grasso fa male",
        "c'è una crepa nel muro",
        "insalata di finocchio",
        "sono stati ammazzati in guerra",
        "che bella giornata",
    ],
)
def test_stays_clean(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


@pytest.mark.parametrize(
    "text",
    [
        # Italian words with a lexicon word inside them
        "che coglioneria",
        "è una pirlata",
        "ho fatto una coglionata",
        "il troiano era un virus",
        "pasta alla puttanesca",
        "un negroni per favore",
        "lo stronzio è un elemento",
        "la finocchiona toscana",
        "sono in ritardo",
        "un cazzotto in faccia",
        "la balenottera azzurra",
        "la mongolfiera vola",
        "la cessione del contratto",
        "il grassetto nel testo",
    ],
)
def test_words_inside_words_are_not_matched(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile
    assert all(match.category is Category.PROFANITY for match in verdict.matches)


@pytest.mark.parametrize(
    "text",
    [
        "Mona, you forgot the link",
        "the mona lisa is boring",
        "Del Negro is keeping his job",
        "Negro League baseball history",
        "vi is a stupid editor",
        "nano is a text editor, you should try it",
        "Sei, you forgot the link",
        "we visited Troia last summer",
    ],
)
def test_italian_words_do_not_flag_english(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile


@pytest.mark.parametrize(
    "text", ["grazie mille", "sei fantastica", "bravissimo", "complimenti", "ti voglio bene"]
)
def test_kind_phrases_are_not_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).matches == ()


def test_italian_words_need_italian_chosen() -> None:
    english = Scorer(ScorerConfig(languages=("en",)))
    for text in ("sei un coglione", "ammazzati", "frocio", "ti ammazzo"):
        assert not english.score(text).hostile, text


@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        ("sei un coglione", True),
        ("ammazzati", True),
        ("nessuno ti vuole qui", True),
        ("non sei stupido", False),
        ("mi ha chiamato idiota, cosa faccio?", False),
        ("cazzo che partita", False),
    ],
)
def test_an_italian_only_server_reads_the_same(text: str, hostile: bool) -> None:
    italian = Scorer(ScorerConfig(languages=("it",)))
    assert italian.score(text).hostile is hostile
