"""Issue 8, item 4: the same target kinds in Italian, written as a specification.

Third persons ("lui è un idiota"), the room ("squadra di scarsi", "siete tutti
scarsi"), identity groups in every phrasing (many templates x many groups, like a
functional hate-speech suite), direct hostility and game chat are hostile; counter-
speech, negated hate, neutral and kind mentions of groups, talk about things and
friendly profanity stay clean. Every case runs at default settings (every shipped
language), as a new server does.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import Category, Severity, TargetKind


@pytest.fixture(scope="module")
def scorer() -> Scorer:
    return Scorer()


# --- identity groups ------------------------------------------------------------------

# (plural with its article, the same without, singular with its article or None,
# feminine?). "un nero" is missing on purpose: "nero" alone is a colour far more
# often than a person, so it is no identity word (the plural "neri" is). "i rom" is
# missing too: "rom" is the English ROM of game chat ("this stupid rom won't load").
GROUPS = [
    ("le donne", "donne", "una donna", True),
    ("le persone trans", "persone trans", "una persona trans", True),
    ("i gay", "gay", "un gay", False),
    ("gli omosessuali", "omosessuali", "un omosessuale", False),
    ("le lesbiche", "lesbiche", "una lesbica", True),
    ("i neri", "neri", None, False),
    ("le persone di colore", "persone di colore", "una persona di colore", True),
    ("i disabili", "disabili", "un disabile", False),
    ("i musulmani", "musulmani", "un musulmano", False),
    ("gli immigrati", "immigrati", "un immigrato", False),
    ("gli ebrei", "ebrei", "un ebreo", False),
]

# Templates: {P} the group with its article, {Pc} capitalised, {B} without the
# article, {S} one member; {i} the plural ending (-i/-e), {tutti} tutti/tutte.
HATEFUL = {
    "expressed hate": [
        "Odio {P}.",
        "Detesto {P} con tutto il cuore.",
        "Io {P} non li sopporto, non sopporto {P}.",
        "{Pc} mi disgustano.",
        "{Pc} mi fanno davvero schifo.",
        "Provo ribrezzo per {P}.",
        "{Pc} mi danno il voltastomaco.",
    ],
    "negative attributes": [
        "{Pc} sono disgustos{i}.",
        "{Pc} sono {tutti} stupid{i}.",
        "{Pc} sono una piaga per la società.",
        "{Pc} sono dei bugiardi e dei ladri.",
        "{Pc} sono inferiori, punto.",
        "{Pc} sono patetic{he} e inutili.",
        "{Pc} sono {tutti} uguali.",
        "{Pc} fanno {tutti} schifo.",
    ],
    "dehumanisation": [
        "{Pc} sono animali.",
        "{Pc} sono feccia.",
        "{Pc} non sono altro che spazzatura.",
        "{Pc} sono dei parassiti.",
        "{Pc} sono come scarafaggi.",
        "{Pc} sono subumani.",
        "{Pc} non sono esseri umani.",
        "{Pc} sono un cancro.",
        "Orde di {B} ci infestano.",
    ],
    "threats": [
        "Ammazzerei {tutti} {P}.",
        "Voglio sterminare {P}.",
        "Ucciderò {tutti} {P} che incontro.",
        "Sparerei a {tutti} {P}.",
        "Giuro che ammazzerò {S}.",
        "Brucerei viv{i} {tutti} {P}.",
    ],
    "calls for harm or exclusion": [
        "{Pc} dovrebbero morire.",
        "{Pc} meritano di morire.",
        "{Pc} vanno sterminat{i}.",
        "{Pc} andrebbero impiccat{i}.",
        "{Pc} devono essere eliminat{i}.",
        "Bisognerebbe uccidere {tutti} {P}.",
        "Morte a{art} {B}!",
        "Il mondo sarebbe migliore senza {P}.",
        "{Pc} non meritano di vivere.",
        "Bisogna cacciare {P} dall'Italia.",
        "{Pc} non dovrebbero avere diritti.",
    ],
    "profanity-laden hate": [
        "{Pc} di merda.",
        "Fottut{i} {B}.",
        "Odio {P} del cazzo.",
        "{Pc} sono delle merde.",
        "{Pc} non valgono un cazzo.",
    ],
    "pronoun and reference": [
        "Conosco molt{i} {B} e sono {tutti} feccia.",
        "Ho conosciuto {S}: come {tutti} loro era un parassita.",
        "{Pc} che vivono qui sono dei parassiti.",
    ],
    "negated positive": [
        "{Pc} non valgono niente.",
        "{Pc} non sono persone.",
        "{Pc} non servono a nulla.",
    ],
    "questions": [
        "Perché {P} sono così stupid{i}?",
        "Perché {P} fanno {tutti} schifo?",
        "Non è ovvio che {P} sono inferiori?",
    ],
    "opinions": [
        "Penso che {P} siano inferiori.",
        "Secondo me {P} sono feccia.",
        "Credo che {P} siano disgustos{i}.",
        "Per me {P} sono solo parassiti.",
    ],
    "spelling": [
        "{Pc} sono fecc1a.",
        "{Pc} sono anim4li.",
        "{Pc} sono parasiti.",
        "O d i o {P}.",
    ],
}

SAFE = {
    "negated hate": [
        "Non odio {P}.",
        "{Pc} non sono animali.",
        "Non ho niente contro {P}.",
    ],
    "neutral mentions": [
        "Nel mio palazzo vivono molt{i} {B}.",
        "Ieri ho parlato con {S}.",
        "{Pc} vivono in tutta Italia.",
        "Il mio vicino è {S}.",
    ],
    "kind mentions": [
        "Adoro {P}.",
        "{Pc} meritano rispetto.",
        "{Pc} sono persone come tutte le altre.",
        "Sono fier{o} di essere {S}.",
    ],
    "counter-speech": [
        'Dire "odio {P}" è sbagliato.',
        'Scrivere "{P} sono animali" non è accettabile.',
        "Non è giusto chiamare {P} animali.",
        '"{Pc} sono parassiti" è una frase vergognosa.',
    ],
    "hating the prejudice": [
        "Odio il razzismo contro {P}.",
    ],
}


def _fill(template: str, group: tuple[str, str, str | None, bool]) -> str:
    plural, bare, single, feminine = group
    article = plural.split()[0]
    return template.format(
        P=plural,
        Pc=plural[0].upper() + plural[1:],
        B=bare,
        S=single or "",
        i="e" if feminine else "i",
        he="he" if feminine else "i",
        o="a" if feminine else "o",
        tutti="tutte" if feminine else "tutti",
        art={"le": "lle", "gli": "gli"}.get(article, "i"),
    )


def _cases(table: dict[str, list[str]]) -> list[object]:
    return [
        pytest.param(_fill(template, group), id=f"{kind}: {_fill(template, group)}")
        for kind, templates in table.items()
        for template in templates
        for group in GROUPS
        if group[2] is not None or "{S}" not in template
    ]


@pytest.mark.parametrize("text", _cases(HATEFUL))
def test_hate_against_a_group_is_an_identity_attack(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    # A threat against a group keeps its threat category: both are high-severity hate.
    assert verdict.categories[0] in (Category.IDENTITY_ATTACK, Category.THREAT)
    assert verdict.target is TargetKind.GROUP
    assert verdict.severity is Severity.HIGH


@pytest.mark.parametrize("text", _cases(SAFE))
def test_neutral_kind_negated_and_counter_mentions_stay_clean(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


@pytest.mark.parametrize(
    "text",
    [
        "frocio",
        "sei solo un frocio",
        "ricchioni schifosi",
        "guarda che negro",
        "negracci",
        "zingari di merda",
        "sei un mongoloide",
        "sei un ritardato",
        "sei un down",
        "travone",
        "vucumprà",
        "sporchi rom",
    ],
)
def test_slurs_are_identity_attacks(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile
    assert verdict.categories[0] is Category.IDENTITY_ATTACK


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
