"""Shapes of the hatecheck23 round (targeting_hatecheck23, hatecheck23_words, its
identity_attack.txt lines and its fixes to older readings), at default settings: threats
at any member of a group as the writer's object ("I will hurt any refugee I see") or as a
subject whose future is the harm ("the next jew that walks in here is dead"), the
writer's urging or eagerness ("we should torch their synagogues", "I can't wait to hurt
some gay people"), a virtue denied to every member in the singular ("not a single
refugee is honest"), a group attacked through a pronoun in the next sentence ("I'd never
trust them", "I want them all out"), an opener set off by a comma ("honestly,
immigrants should go back"), "asylum seekers"; with the look-alikes that stay clean:
no group, denied, reported, the member not the harm's object, no future, the insult of
every member denied, no group named before the pronoun, children kept safe. English
only: the Italian rounds read these shapes with their own words.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # any member as the object of the writer's threat
    "I will hurt any migrant I find",
    "I swear I'll beat up every refugee on my street",
    "i'm gonna stab the next jew who talks to me",
    "I can't wait to hurt some trans people",
    "we should torch their mosques",
    "we should burn their synagogues down",
    # any member as the subject whose future is the harm
    "the next muslim who looks at me is dead",
    "any refugee who walks past my house will get hurt",
    "every immigrant in this town is getting shot",
    "if I catch a gay couple on my street they're dead",
    # a virtue denied to every member in the singular
    "not a single migrant is honest",
    "no refugee is ever trustworthy",
    "not one refugee is decent",
    # a pronoun for a group named before
    "Migrants again. I'd never trust them.",
    "Muslims moved into my building. I want them out.",
    "Refugees everywhere. Deport them all.",
    "Jews run this town. I just want them out.",
    # an opener set off by a comma, a group in two words
    "honestly, muslims should go back",
    "to be honest, refugees should go back home",
    "ngl, jews should leave the country",
    "asylum seekers should go back",
    "asylum seekers are parasites",
)

CLEAN = (
    # threats with no group, denied, reported, the member not the object
    "I will hurt any spider I find",
    "I'd never hurt a refugee",
    "he said he'd hurt any immigrant he sees",
    "I will protect every refugee from anyone who wants to hurt them",
    "I'll beat up every boss in this dungeon",
    "we should burn the old leaves",
    "we should visit their mosques",
    "I can't wait to meet some trans people",
    # no future before the harm, the clause goes on, the writer meets no condition
    "the next wasp I see is dead",
    "any refugee who gets hurt can call this number",
    "if a refugee gets hurt we help them",
    "the next refugee to arrive will be dead tired",
    # the insult of every member denied; no virtue
    "not a single immigrant I know is dishonest",
    "not one muslim is a terrorist",
    "not a single refugee I met was rude",
    "no refugee is honest about their fear of the camps",
    # no group named before the pronoun; not the writer
    "I'd never trust them",
    "my neighbours are loud. I want them out.",
    "the cookies are ready. I want them out of the oven now",
    "my dad says refugees lie. he'd never trust them",
    "I love refugees. I want them to stay.",
    # openers: someone else's words, friendly; children kept safe
    "people who say, immigrants should go back",
    "honestly, refugees should be welcomed",
    "honestly, the kids should go back to school",
    "kids should not be allowed near the oven",
    "asylum seekers should get legal help",
    "job seekers need more support",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck23_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck23_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
