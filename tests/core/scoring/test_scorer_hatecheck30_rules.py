"""Shapes of the hatecheck30 round (targeting_hatecheck30, hatecheck30_words, its
identity_attack.txt lines), at default settings: blame laid on a named group ("it's
always the jews", "blame the immigrants", "women are to blame", "it's the muslims'
fault", "women are the problem", "the problem is the jews") and the writer wanting none
of one ("i don't want any muslims"); with the look-alikes that
stay clean: the same frames at things or non-protected people, a group that goes on to a
wrong done to it or is not the one blamed, a denial, someone else's blame or saying,
quoting, one person of a group.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.lexicon_compile import build_lexicon
from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # always the group
    "it's always the muslims", "it was always the refugees", "always the jews again",
    "of course it's always the women", "why is it always the immigrants",
    "it's always the gays isn't it", "funny how it's always the immigrants",
    "yeah, it's always the jews", "always the fucking immigrants",
    "it's always those trans people", "it's always the muslims, every time",
    # blame laid on the group
    "blame the refugees", "just blame the jews", "i blame women", "we blame immigrants",
    "i honestly blame the muslims for this", "blame it on the immigrants",
    "i blame it on women", "blame everything on the jews",
    "immigrants are to blame", "women are always to blame", "jews are at fault",
    "the refugees are to blame for this", "it's the muslims' fault",
    "its all the immigrants fault lol", "everything is the jews fault",
    "it's the gay people's fault",
    # the group said to be the problem
    "jews are the problem", "refugees are the real problem", "muslims are a problem",
    "women are the problem with this country", "the problem is the immigrants",
    "the real problem is muslims", "the whole problem is trans people",
    # the writer wants none of a group
    "i don't want any jews", "we dont want any muslims", "i really don't want any refugees",
    "we don't want any immigrants, period",
    # the older readings kept beside the round's words
    "we don't want any more jews", "i don't want any immigrants in my street",
    "you're always the worst", "blame mid lol", "all your fault jungle",
    "people like you are the problem", "muslims should suffer", "jews that suffer deserve it",
    "let the immigrants who live here suffer",
)  # fmt: skip

CLEAN = (
    # the same frames at things or non-protected people
    "it's always the printer", "always the same story", "blame the referee",
    "i blame the devs", "the coach is to blame", "it's the server's fault",
    "the driver was at fault", "the devs are the problem", "the problem is the lag",
    "no problem bro", "what's your problem",
    # a wrong done to the group, the group not the one blamed, a denial
    "it's always the women who get blamed", "always the jews being targeted",
    "immigrants are not to blame", "the jews are not at fault", "it's not the muslims' fault",
    "don't blame the immigrants", "i don't blame women", "never blame trans people",
    "it's not always the refugees", "i blame the media for the attacks on muslims",
    "i blame the racists, not the immigrants", "blame the laws that fail disabled people",
    "immigrants are not the problem", "women aren't the problem",
    "the problem isn't the immigrants", "the problem is racism against jews",
    "the problem is women being underpaid", "gay people have a problem with bullying",
    # hxnormal's suffering told, in a relative clause
    "women who suffer from endometriosis need support", "immigrants who suffer abuse",
    "it's always the immigrants who suffer",
    # none wanted: a thing, a harm wished away, someone else
    "i don't want any drama", "i don't want any jews to get hurt",
    "they don't want any immigrants", "people who say they don't want any muslims are bigots",
    # one person of a group
    "blame the black guy", "always the gay best friend", "it's the black guy's fault",
    # someone else's blame or saying, quoting
    "people always blame the immigrants", "they blame the jews for everything",
    "you blame the immigrants for everything", "do you blame the muslims?",
    "it's always the jews, said every antisemite ever",
    "saying women are to blame is sexist", "racists claim jews are the problem",
    "stop saying it's always the muslims", "\"blame the immigrants\" is a racist slogan",
)  # fmt: skip


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck30_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck30_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_always_stays_gated() -> None:
    """The round's new anchor ("always") holds only its line, read beside a named group:
    gated out of the clean fast path without a group."""
    english = build_lexicon(("en",))
    assert "always" in english.index_words
    assert "always" in english.group_first_words
