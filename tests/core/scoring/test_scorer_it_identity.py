"""Issue 8, item 4: the same target kinds in Italian, written as a specification; part one.

Identity groups in every phrasing (many templates x many groups, like a functional
hate-speech suite) and slurs are hostile; counter-speech, negated hate, neutral and
kind mentions of groups stay clean. Third persons, the room and game chat are in
test_scorer_it_targets.py. Every case runs at default settings (every shipped
language), as a new server does.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import Category, Severity, TargetKind

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
