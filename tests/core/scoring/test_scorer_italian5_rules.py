"""Italian chat shapes (issue 8, italian5): the specification of targeting_italian5.py,
lexicon_italian5.py and the italian5 lexicon lines, in fresh lines (not the probe's),
Italian with English controls.

Each rule has lines it must flag and lines of the same shape it must leave alone.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.lexicon import Entry
from bot.core.scoring.lexicon_italian5 import chat_spellings, harm_grid, plural_orders, stressed
from bot.core.scoring.scorer import Scorer
from bot.core.scoring.targeting_italian5 import OWN_NAME_NOTE
from bot.core.scoring.verdict import Category, TargetKind

RULES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # "sei 1", "6 un": chat spelling of "sei un"
    "chat sei": (
        ("6 una stronza", "sei 1 fallito", "6 davvero 1 idiota", "sei 1 verme", "6 un incapace"),
        ("ho 6 anni di esperienza", "sono 1 idiota, scusate", "sei 1 grande", "6 un mito"),
    ),
    # a curse wished with a clitic names who it falls on
    "curse with a clitic": (
        (
            "che dio lo fulmini", "dio le maledica tutte quante",
            "che dio li maledica quei bastardi", "dio la fulmini subito",
            "che Dio lo maledica per sempre",
        ),
        ("che dio ti benedica", "dio la benedica", "che dio li protegga"),
    ),
    # a demonstrative before a sexual name-call names a woman in the talk
    "this one": (
        (
            "sta zoccola non mi lascia in pace", "quella sgualdrina ha rovinato tutto",
            "questa mignotta", "ste troie mi hanno bloccato", "quella baldracca ride sempre",
        ),
        ("questa puttana di stampante non va", "quella troia di stampante", "porca troia"),
    ),
    # "è una troia", "della peggior specie"
    "said of her": (
        (
            "è una zoccola", "è una mignotta della peggior specie",
            "è un verme della peggiore specie", "è una sgualdrina.", "è una puttana, punto",
        ),
        ("non è una troia", "è una puttana di stampante", "è una specie rara"),
    ),
    # the gallows for whoever "per" names
    "gallows": (
        (
            "per quel traditore ci vuole la forca", "per gli spacciatori ci vuole la forca",
            "per lui ci vuole la forca", "per quella strega ci vuole la forca",
            "per te ci vuole la forca",
        ),
        (
            "per fare la pizza ci vuole la forza", "ci vuole la forca? no, ci vuole la giustizia",
            "per impiccare qualcuno ci vuole la forca",
        ),
    ),
    # a slur said of oneself with pride
    "own name with pride": (
        ("sei un terrone e dovresti vergognarti", "sono terroni e puzzano"),
        (
            "sono terrona e fiera di esserlo", "io sono frocio e orgoglioso",
            "sono negro e ne vado fiero", "sono terrone e ne vado fiero", "io sono terrone, fiero",
        ),
    ),
    # the reader in "rimani", "resti", "sarai"
    "the reader remains": (
        ("rimani una capra", "resti un fallito", "sarai sempre un coglione"),
        ("rimani qui con noi", "sarai bravissimo", "resti a cena?"),
    ),
    # twins: orders to all, chat spelling, stress words, the harm grid
    "twins": (
        (
            "andate a zappare", "tornatevene in africa", "state zitte", "nn vali niente",
            "siete proprio dei falliti", "fate veramente pena", "sei sempre uno stronzo",
            "fate tutti schifo", "gli ebrei andrebbero linciati",
            "bisognerebbe lapidare le lesbiche", "i disabili dovrebbero essere sterilizzati",
            "vorrei torturare tutti i gay", "i rom vanno tutti giustiziati",
        ),
        (
            "andate a dormire ragazzi", "state tranquilli", "tornatevene a casa presto, fa freddo",
            "fate proprio bene", "nn vedo l'ora", "ke bello stasera", "x me è ok",
            "sei davvero bravo", "i pesci vanno puliti", "le mele vanno tagliate",
        ),
    ),
    # lexicon lines
    "lexicon": (
        (
            "sei una capra ignorante", "sei un bimbominchia ridicolo", "siete dei fannulloni",
            "i meridionali sono tutti fannulloni", "sei un morto di fame",
            "gli immigrati meritano la forca", "morirete tutti", "ti taglio la gola",
            "ti do un pugno in faccia", "lasciateli annegare", "affoghiamoli",
        ),
        (
            "la capra mangia l'erba", "il film è ridicolo", "ti do un pugno di riso",
            "morirete dal ridere", "sono un fannullone oggi", "le vipere sono velenose",
        ),
    ),
    # English stays as it was
    "english": (
        ("you are a moron", "i will kill you"),
        ("6 players left", "i hate mondays", "fucking nice shot", "holy shit gg"),
    ),
}  # fmt: skip


@pytest.mark.parametrize(
    ("rule", "line"), [(rule, line) for rule, (hostile, _) in RULES.items() for line in hostile]
)
def test_flags(scorer: Scorer, rule: str, line: str) -> None:
    assert scorer.score(line).hostile, (rule, line)


@pytest.mark.parametrize(
    ("rule", "line"), [(rule, line) for rule, (_, clean) in RULES.items() for line in clean]
)
def test_leaves_clean(scorer: Scorer, rule: str, line: str) -> None:
    assert not scorer.score(line).hostile, (rule, line)


def test_targets(scorer: Scorer) -> None:
    assert scorer.score("sei 1 idiota").target is TargetKind.SECOND_PERSON
    assert scorer.score("che dio la maledica").target is TargetKind.THIRD_PERSON
    assert scorer.score("questa troia mi ha rubato il ragazzo").target is TargetKind.THIRD_PERSON
    assert scorer.score("sono terrone e ne vado fiero").target is TargetKind.SELF
    assert OWN_NAME_NOTE in scorer.score("sono terrone e ne vado fiero").explanation


def _entry(term: str, category: Category, *, person: bool = False) -> Entry:
    tokens = tuple(term.split())
    return Entry(term, tokens, category, 0.7, None, person)


def test_plural_orders_make_the_plural() -> None:
    entries = {e.tokens: e for e in (
        _entry("vai a quel paese", Category.INSULT),
        _entry("tornatene al tuo paese", Category.IDENTITY_ATTACK),
        _entry("vai ad ammazzarti", Category.SELF_HARM),
        _entry("vai a dormire", Category.PROFANITY),  # no category said of someone
    )}  # fmt: skip
    twins = plural_orders(entries)
    assert set(twins) == {
        ("andate", "a", "quel", "paese"),
        ("tornatevene", "al", "vostro", "paese"),
        ("andate", "ad", "ammazzarvi"),
    }
    assert twins[("andate", "a", "quel", "paese")].term == "vai a quel paese"


def test_chat_spellings_respell_little_words() -> None:
    entries = {e.tokens: e for e in (
        _entry("non vali niente", Category.INSULT),
        _entry("che schifo che fai", Category.INSULT),
        _entry("non che per non", Category.INSULT),  # three little words: left alone
    )}  # fmt: skip
    twins = chat_spellings(entries)
    assert ("nn", "vali", "niente") in twins
    assert ("ke", "schifo", "ke", "fai") in twins
    assert not any(len(t) == 4 and t[-1] in ("non", "nn") for t in twins)


def test_stressed_and_grid() -> None:
    entries = {e.tokens: e for e in (
        _entry("fate schifo", Category.INSULT),
        _entry("vanno linciati", Category.THREAT, person=True),
        _entry("bisogna linciare", Category.THREAT, person=True),
        _entry("vanno puliti", Category.THREAT),  # not people-only: no grid
    )}  # fmt: skip
    assert ("fate", "tutti", "schifo") in stressed(entries)
    grid = harm_grid(entries)
    assert ("dovrebbero", "essere", "linciati") in grid
    assert ("vanno", "tutti", "linciati") in grid
    assert ("vorrei", "linciare") in grid
    assert not any(t[-1] == "puliti" for t in grid)
