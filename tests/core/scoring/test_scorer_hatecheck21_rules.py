"""Shapes of the hatecheck21 round (targeting_hatecheck21, hatecheck21_words, its lexicon
lines and its fixes at depth in targeting_groups, targeting_hateprobe5_threats and
scorer.py), at default settings: a threat at a member met under a condition ("if I see a
muslim I'll kill them"), "let's" before a harm to a group, a group's life or rights
questioned ("why are jews allowed to exist?"), a name-call of one member as the group
("a refugee is just a freeloader"), the spellings "fck"/"fuk" cursing a group; with the
look-alikes that stay clean: the same threat at a thing or with no harm, a question of a
law or of animals, a swear word said before praise of a group ("damn, black people made
the best music"), a name-call of a person who is no group member, a group's living conditions told
("refugees live in camps"). Past the round's own
probe lines, each rule's lines were written after it and checked once against it.
English only: Italian has its own conditional threat (italian18's "il prossimo ... che
vedo") and its own question shapes."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a threat at a member met under a condition
    "if I see a jew I'll stab them",
    "when i meet a gay guy im going to beat him",
    "if a refugee moves in next door i will hurt them",
    "whenever I see a trans person I'll punch them",
    "if an immigrant talks to me I will kill him",
    "if a muslim moves next door I'll burn their house down",
    "if i meet a refugee i will hurt them",
    # "let's" before a harm to a group
    "let's kill muslims",
    "let us kill the gays",
    "let's burn jews alive",
    "lets hang all the immigrants",
    # a group's life, presence or rights questioned
    "why are jews allowed to exist?",
    "why are gays even allowed to live",
    "why should refugees be allowed to live?",
    "why is a jew allowed to breathe",
    "why are trans people even allowed in public?",
    "why are immigrants allowed here?",
    "why should women even have rights",
    "why do muslims have rights?",
    # a name-call of one member as the group
    "a refugee is just a freeloader",
    "a migrant is nothing but a freeloader",
    "an immigrant is basically a terrorist",
    "every muslim is a freeloader",
    # "fck"/"fuk" cursing a group
    "fck all muslims",
    "fuk all jews",
    "fck muslims",
    "fuk immigrants",
    "fcuk the gays",
    # a curse, a pause and a group alone in its clause (hatecheck14's line, kept)
    "fuck, immigrants.",
    "shit, trans people, everywhere",
    # "in camps" wished or ordered on a group (older lines, kept by the living-verb rule)
    "refugees should live in camps",
    "make the refugees live in camps",
    "jews should be living in camps",
)

CLEAN = (
    # the threat shape at a thing, with no harm, denied, reported
    "if I see a spider I'll kill it",
    "if I see a muslim friend today I'll hug them",
    "if i see a jew i won't hurt them",
    "when I see a gay couple I'll hug them",
    "if my neighbour plays music again I'll smash his speakers",
    "if a muslim moves next door I'll bake them a cake",
    "saying 'if I see a muslim I'll kill them' is evil",
    # "let's" with no group
    "let's kill the boss",
    "let's burn the old letters",
    "let's kill some time",
    "let's hang the lights on the tree",
    # questions of a law, of animals or things, statements of rights
    "why are women allowed to live alone in saudi?",
    "why are spiders allowed to exist?",
    "why are dogs allowed in public?",
    "why are phones allowed in schools?",
    "jews are allowed to exist",
    "refugees have rights",
    "why are women allowed in the army only since the 90s?",
    # a swear word before praise of a group (the shortcut's spans reach past it)
    "damn, black people made the best music",
    "shit, women deserve better pay",
    "fuk, women are so cool",
    "holy shit my refugee friend got her papers",
    # a name-call of no group member; a member with no name-call
    "my landlord is a freeloader",
    "a refugee is just a person looking for safety",
    "it's not true that a refugee is just a freeloader",
    # "fck"/"fuk" at nothing
    "fck this",
    "fck it",
    "fuk yeah",
    # "fuck all" saying "nothing", a group elsewhere
    "they did fck all for the jews",
    "the protest achieved fuck all, it just divided the brits",
    # a group's living conditions told
    "refugees live in camps",
    "many refugees are still living in camps",
    "why are refugees forced to live in camps?",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck21_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck21_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
