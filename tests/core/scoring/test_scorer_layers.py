"""A server's terms layered on the shared lexicon score exactly like a full rebuild.

The bot no longer compiles a lexicon per server: custom and allowed terms are a
small layer over the lexicon its language set shares. These tests hold the layer
to the old path (`build_lexicon` with the server's terms) on the compiled index
itself and on the verdicts, obfuscated spellings included, since the scorer's
gates read the lexicon's word sets.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterable, Mapping

import pytest

from bot.core.scoring.lexicon import Lexicon
from bot.core.scoring.lexicon_compile import build_lexicon, language_key
from bot.core.scoring.lexicon_layers import Layered, LayeredMap
from bot.core.scoring.lexicon_shared import is_shared_ready, shared_lexicon
from bot.core.scoring.scorer import Scorer, ScorerConfig
from bot.core.scoring.verdict import Category

_I = Category.INSULT
_NONE: frozenset[str] = frozenset()

# (languages, custom terms, allowed terms, threshold): each one poking at a part of
# the build a server's terms can change.
CONFIGS: list[tuple[tuple[str, ...], dict[str, Category], frozenset[str], float]] = [
    (("en",), {"noobface": _I, "zorp": Category.THREAT}, _NONE, 0.5),  # new words
    (("en",), {"go back to your cave": Category.EXCLUSION, "zorp off": _I}, _NONE, 0.5),
    (
        ("en",),
        {"idiot": Category.THREAT, "tard": _I, "stupid": Category.PROFANITY},
        frozenset(),
        0.5,
    ),
    (("en",), {}, frozenset({"idiot", "shit", "fuck"}), 0.5),  # shipped words switched off
    (("en",), {}, frozenset({"piece of shit", "kill yourself", "shut up"}), 0.5),  # phrases
    (("en",), {"nobody": _I}, frozenset({"you", "will", "likes"}), 0.5),  # phrase anchors move
    (("en",), {"go": _I, "ok": _I, "diot": _I}, _NONE, 0.5),  # split words change
    (("en",), {"idiot": _I, "moron": _I}, frozenset({"idiot", "fucking idiot"}), 0.2),
    (("en",), {"noobface": _I, "you noob": _I}, frozenset({"stupid"}), 0.9),
    (("en", "it"), {"zingari": Category.IDENTITY_ATTACK, "trash": _I}, frozenset({"cazzo"}), 0.5),
    (("it", "en"), {"bananone": _I}, frozenset({"idiota", "stai zitto"}), 0.4),
]

# Shipped words and the shapes the scorer reads past: stars, spaced and stretched
# letters, words split in two, quotes, negation, reported speech, Scunthorpe words.
SHIPPED_TEXTS = [
    "you are an idiot",
    "you idiot",
    "f*ck you",
    "fck you",
    "f u c k you",
    "you are a s t u p i d loser",
    "stuuuupid idiooot",
    "you are an i diot",
    "you are so du mb",
    "k y s",
    "k.y.s",
    "kys",
    "you piece of shit",
    "what a piece of shit game",
    "holy shit gg",
    "fucking nice shot",
    "that was fucking awesome",
    "he is such a moron",
    "noob team",
    "you all suck",
    "shut the f up",
    "shut up",
    "go kill yourself",
    "kill the tank first",
    "nobody likes you",
    "i will find you",
    "you're a fuck tard",
    "what the fuck is wrong with you",
    "I'm such an idiot",
    "he called me an idiot, what do I do?",
    'she said "you idiot" to me',
    "you are not stupid",
    "assassin Scunthorpe cocktail Dickens",
    "a**hole",
    "s**t happens",
    "you are a b*tch",
    "<@123> you dumb moron",
    "go ok",
    "you're such a loooooser, stfu",
    "sei un idiota",
    "stai zitto, coglione",
    "cazzo che partita",
    "gli zingari sono tutti ladri",
    "sei una merda",
]


def _spaced(term: str) -> str:
    return " ".join(term.replace(" ", ""))


def _stretched(term: str) -> str:
    i = next((i for i, ch in enumerate(term) if ch in "aeiou"), 0)
    return term[:i] + term[i] * 4 + term[i + 1 :]


def _starred(term: str) -> str:
    return term[0] + "*" + term[2:] if len(term) > 3 else term


def _split(term: str) -> str:
    half = max(1, len(term) // 2)
    return term[:half] + " " + term[half:]


def _uses(term: str) -> list[str]:
    """A server's term in the places and spellings a message may put it."""
    shapes = [term, _spaced(term), _stretched(term), _starred(term), _split(term)]
    texts = []
    for shape in shapes:
        texts += [shape, f"you {shape}", f"you are a {shape}", f"what a {shape} lol"]
    texts += [
        f"I am such a {term}",
        f'he said "{term}" to me',
        f"you are not a {term}",
        f"{term}!!! you {term}, you fucking idiot",
        f"<@1> {term}",
        f"the {term} was fun",
    ]
    return texts


def _sampled_terms(lexicon: Lexicon, every: int = 9) -> list[str]:
    """Every few shipped terms, in a stable order."""
    terms = sorted(
        {entry.term for items in lexicon.anchors.values() for _, entry in items}
        | {entry.term for items in lexicon.pairs.values() for _, entry in items}
    )
    return terms[::every]


def _texts(languages: tuple[str, ...], custom: Mapping[str, Category], allowed: Iterable[str]):
    shipped = _sampled_terms(shared_lexicon(languages).lexicon)
    texts = list(SHIPPED_TEXTS)
    texts += [f"you {term}" for term in shipped]
    texts += [f"{_starred(term)} {_split(term)}, you are {_stretched(term)}" for term in shipped]
    for term in itertools.chain(custom, allowed):
        texts += _uses(term)
    return texts


def _comparable(lexicon: Lexicon) -> dict[str, object]:
    """Every field of a lexicon, in a form that compares by content.

    Entry lists compare as sets: the order of phrases under one key never decides a
    match (overlapping candidates are chosen by a key that is unique per phrase).
    A field added later is compared too, so a layer that forgets it fails here.
    """
    out: dict[str, object] = {}
    for field in dataclasses.fields(lexicon):
        value = getattr(lexicon, field.name)
        if isinstance(value, Mapping):
            value = {key: _contents(item) for key, item in value.items()}
        else:
            value = _contents(value)
        out[field.name] = value
    return out


def _contents(value: object) -> object:
    if isinstance(value, str | int | float):
        return value
    if isinstance(value, tuple) and all(isinstance(item, tuple) for item in value):
        return frozenset(value)  # entry lists and maskable words
    if isinstance(value, Iterable):
        return frozenset(value)
    return value


@pytest.mark.parametrize(("languages", "custom", "allowed", "threshold"), CONFIGS)
def test_layer_compiles_to_the_full_build(
    languages: tuple[str, ...],
    custom: dict[str, Category],
    allowed: frozenset[str],
    threshold: float,
) -> None:
    layered = shared_lexicon(languages).layer(custom, allowed)
    rebuilt = build_lexicon(languages, custom, allowed)
    got, want = _comparable(layered), _comparable(rebuilt)
    assert [name for name in want if got[name] != want[name]] == []


@pytest.mark.parametrize(("languages", "custom", "allowed", "threshold"), CONFIGS)
def test_layered_verdicts_are_identical_to_a_full_rebuild(
    languages: tuple[str, ...],
    custom: dict[str, Category],
    allowed: frozenset[str],
    threshold: float,
) -> None:
    config = ScorerConfig(languages, custom, allowed, threshold)
    layered = Scorer(config)
    rebuilt = Scorer(config, lexicon=build_lexicon(languages, custom, allowed))
    default = Scorer(ScorerConfig(languages))
    texts = _texts(languages, custom, allowed)
    differ = [t for t in texts if layered.score(t) != rebuilt.score(t)]
    assert differ == []
    for flags in ({"mentions_someone": True}, {"is_reply": True}, {"profanity_ok": True}):
        assert [t for t in texts if layered.score(t, **flags) != rebuilt.score(t, **flags)] == []
    # The texts reach the server's terms: some verdicts differ from the default's.
    assert any(layered.score(t) != default.score(t) for t in texts)


def test_a_server_without_terms_scores_with_the_shared_lexicon_itself() -> None:
    shared = shared_lexicon(ScorerConfig().languages)  # every shipped language by default
    assert shared.layer({}, ()) is shared.lexicon
    assert Scorer(ScorerConfig(threshold=0.8))._lexicon is shared.lexicon


def test_a_layer_keeps_only_what_the_server_changed() -> None:
    shared = shared_lexicon(("en",))
    layer = shared.layer({"noobface": _I, "zorp off": _I}, {"idiot"})
    assert isinstance(layer.anchors, LayeredMap)
    assert layer.anchors.base is shared.lexicon.anchors
    # "report": "report this idiot" moves its key off the allowed word, as a full build does
    assert set(layer.anchors.changes) == {"noobface", "zorp", "idiot", "report"}
    assert isinstance(layer.hit_words, Layered)
    assert layer.hit_words.base is shared.lexicon.hit_words
    # "report" is added only while no shared term holds it (discord10's "lets all report")
    assert layer.hit_words.added == {"noobface", "zorp", "report"} - shared.lexicon.hit_words
    assert layer.hit_words.removed == {"idiot"}
    assert layer.cues is shared.lexicon.cues
    assert layer.pairs is shared.lexicon.pairs  # no pair phrase touched: not even a view


def test_shared_lexicons_are_one_per_language_set() -> None:
    assert shared_lexicon(["en", "it", "en"]) is shared_lexicon(("en", "it"))
    assert shared_lexicon(("it", "en")) is not shared_lexicon(("en", "it"))  # order decides
    assert is_shared_ready(("en", "it"))
    assert language_key(()) == ("en",)


def test_layered_set_is_the_shared_set_with_changes() -> None:
    words = Layered(frozenset({"a", "b", "c"}), frozenset({"x"}), frozenset({"b"}))
    assert "a" in words and "x" in words and "b" not in words and "z" not in words
    assert sorted(words) == ["a", "c", "x"]
    assert len(words) == 3
    assert words.isdisjoint(["b", "z"])  # only a removed word in common
    assert not words.isdisjoint(["b", "a"])
    assert not words.isdisjoint(iter(["x"]))  # iterators are read once, fully
    assert words.intersection(iter(["a", "b", "x", "z"])) == {"a", "x"}
    assert Layered(frozenset({"a"}), frozenset(), frozenset()).isdisjoint(["b"])
    assert not Layered(frozenset({"a"}), frozenset(), frozenset()).isdisjoint(["a"])


def test_layered_map_replaces_adds_and_removes_keys() -> None:
    base = {"a": 1, "b": 2, "c": 3}
    view = LayeredMap(base, {"b": 20, "x": 9}, frozenset({"c"}))
    assert dict(view) == {"a": 1, "b": 20, "x": 9}
    assert "c" not in view and view.get("c") is None
    with pytest.raises(KeyError):
        view["c"]
    assert len(view) == 3
