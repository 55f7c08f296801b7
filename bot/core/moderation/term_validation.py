"""Validate the custom and allowed terms moderators type, before they reach the scorer.

Terms end up in settings, in lists shown back in Discord and in the scorer's
lexicon, so they must be short plain words: no mentions, no links, no markup
that could ping someone or render oddly when a term list is shown.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MIN_TERM_LENGTH = 2
MAX_TERM_LENGTH = 50

_PUNCTUATION_ALLOWED = frozenset(" '-")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-"})
_SPACES = re.compile(r"\s+")
_URL_HINT = re.compile(r"(?:https?:|www\.|discord\.gg|://)", re.IGNORECASE)
_MENTION_HINT = re.compile(r"<[@#&!:]|@everyone|@here|^@|\s@")


@dataclass(frozen=True, slots=True)
class TermCheck:
    """The outcome of validating one term: the normalised term, or why it was refused."""

    term: str | None
    error: str | None

    @property
    def ok(self) -> bool:
        return self.error is None


def normalise_term(raw: str) -> str:
    """The canonical stored form: NFKC, casefolded, trimmed, single spaces."""
    text = unicodedata.normalize("NFKC", raw).translate(_APOSTROPHES).translate(_DASHES)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return _SPACES.sub(" ", text.casefold()).strip()


def validate_term(raw: str) -> TermCheck:
    """Check one term a moderator typed; the error text is shown to them as is."""
    if _URL_HINT.search(raw):
        return TermCheck(None, "Terms cannot be links. Please type a word or short phrase.")
    if _MENTION_HINT.search(raw):
        return TermCheck(
            None, "Terms cannot contain mentions (@user, @role, #channel). Type plain words."
        )
    term = normalise_term(raw)
    if not term:
        return TermCheck(None, "The term is empty. Type a word or short phrase.")
    if len(term) < MIN_TERM_LENGTH:
        return TermCheck(None, f"The term is too short: use at least {MIN_TERM_LENGTH} characters.")
    if len(term) > MAX_TERM_LENGTH:
        return TermCheck(
            None,
            f"The term is too long ({len(term)} characters): "
            f"use at most {MAX_TERM_LENGTH} characters.",
        )
    bad = sorted({ch for ch in term if not (ch.isalnum() or ch in _PUNCTUATION_ALLOWED)})
    if bad:
        shown = " ".join(f"`{ch}`" for ch in bad[:5])
        return TermCheck(
            None,
            "Terms may contain only letters, digits, spaces, apostrophes and hyphens; "
            f"not allowed here: {shown}.",
        )
    if not any(ch.isalpha() for ch in term):
        return TermCheck(None, "A term needs at least one letter.")
    return TermCheck(term, None)
