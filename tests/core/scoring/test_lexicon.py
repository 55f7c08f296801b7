"""Lexicon data files: readable, loadable, and compiled consistently with messages."""

from __future__ import annotations

import threading
from collections import OrderedDict
from importlib import resources

import pytest

from bot.core.guild_settings import SUPPORTED_LANGUAGES
from bot.core.scoring import lexicon_shared as lexicon_module
from bot.core.scoring.lexicon import load_cues, profanity_words, tokenize_term
from bot.core.scoring.lexicon_compile import build_lexicon
from bot.core.scoring.lexicon_shared import is_shared_ready, shared_lexicon
from bot.core.scoring.verdict import Category

_CATEGORY_FILES = [c.value for c in Category if c is not Category.PROFANITY]


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
@pytest.mark.parametrize("category", _CATEGORY_FILES)
def test_every_language_ships_every_category_file(lang: str, category: str) -> None:
    path = resources.files("bot.core.scoring").joinpath("lexicons", lang, f"{category}.txt")
    lines = [
        line
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert lines, f"{lang}/{category}.txt is empty"


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_cues_have_second_person(lang: str) -> None:
    assert load_cues(lang)["second_person"]


def test_lexicon_terms_are_normalised_like_messages() -> None:
    assert tokenize_term("You're  a LOSER") == ("you", "re", "a", "loser")


def test_profanity_list_comes_from_better_profanity() -> None:
    words = profanity_words()
    assert ("shit",) in words
    assert len(words) > 500


def test_phrases_are_indexed_by_a_rare_token() -> None:
    lexicon = build_lexicon(("en",))
    assert "likes" not in lexicon.anchors or all(
        entry.tokens != ("nobody", "likes", "you") for _, entry in lexicon.anchors["likes"]
    )
    assert any(entry.tokens == ("nobody", "likes", "you") for _, entry in lexicon.anchors["nobody"])
    assert (
        "you" not in lexicon.anchors
    )  # the commonest word must not send every message down the slow path


def test_allowed_terms_replace_lexicon_entries() -> None:
    lexicon = build_lexicon(("en",), allowed_terms=("idiot",))
    assert all(entry.category is None for _, entry in lexicon.anchors["idiot"])


def test_swear_compounds_built_on_a_name_call_read_as_that_name_call() -> None:
    lexicon = build_lexicon(("en",))
    (entry,) = [
        e for items in lexicon.anchors.values() for _, e in items if e.tokens == ("fuck", "tard")
    ]
    assert entry.category is Category.INSULT
    assert entry.weight == 0.8  # the weight of "tard", not of plain swearing


def test_split_pairs_cover_our_words_but_not_words_or_contractions() -> None:
    split = build_lexicon(("en",)).split_pairs
    assert split[("i", "diot")] == "idiot"
    assert split[("du", "mb")] == "dumb"
    assert ("go", "ok") not in split  # "go" is a word of ours
    assert ("who", "re") not in split  # "who're"
    assert ("s", "pic") not in split  # "it's pic"
    allowed = build_lexicon(("en",), allowed_terms=("idiot",)).split_pairs
    assert ("i", "diot") not in allowed


def test_shared_lexicons_are_kept_for_a_few_language_sets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicon_module, "_shared", OrderedDict())
    english = shared_lexicon(("en",))
    shared_lexicon(("it",))
    assert shared_lexicon(["en", "en"]) is english  # used again: now the most recent
    for i in range(lexicon_module._SHARED_KEPT - 1):
        shared_lexicon(("en", f"x{i}"))  # a language without files compiles to the list only
    assert len(lexicon_module._shared) == lexicon_module._SHARED_KEPT
    assert is_shared_ready(("en",))
    assert not is_shared_ready(("it",))  # the least recently used went first


def test_a_compiled_language_set_is_served_while_another_compiles() -> None:
    english = shared_lexicon(("en",))
    got: list[lexicon_module.SharedLexicon] = []
    with lexicon_module._shared_lock:  # as if a worker thread were compiling another set
        reader = threading.Thread(target=lambda: got.append(shared_lexicon(("en",))))
        reader.start()
        reader.join(timeout=30)  # a deadlock guard, not a speed limit
        assert not reader.is_alive()
    assert got == [english]
