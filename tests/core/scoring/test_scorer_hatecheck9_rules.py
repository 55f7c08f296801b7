"""The hatecheck9 rules (issue 8, targeting_hatecheck9.py and the "hatecheck9" lexicon
lines) as their specification: each shape with fresh lines (written after its rule, never
tuned on), English and Italian, and the clean near-misses beside it (no group named, a
negated or reported claim, a thing, the group defended)."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

# fmt: off
HOSTILE: tuple[str, ...] = (
    # a claim or a passive call for harm said of a named group
    "trans people are a drain on the health service",
    "refugees are a threat to our daughters",
    "muslims are slowly taking over this town",
    "why do gay people even exist",
    "jews shouldn't exist",
    "gay people should be sterilised",
    "all refugees should be rounded up",
    "trans people need to be locked away",
    "muslims must be sent back where they came from",
    "women should be put in camps",
    "gay people are a stain on this country",
    "I wish refugees would all die",
    "muslims, I wish they would all drown",
    "gli immigrati non saranno mai veri italiani",
    "i rom non vogliono lavorare",
    "gli zingari rapiscono i bambini",
    "i neri non sono veri italiani",
    "gli stranieri non lavorano mai",
    "i gay sono i peggiori",
    # the writer's threat verbs against a group
    "I'm going to gas every muslim in this city",
    "we'll push the immigrants back into the sea",
    "I will run over any jew I see",
    "I'm gonna push trans people off the bridge",
    "we will gas the gays",
    "ammazzerei tutti i neri",
    "sterminerei tutti gli ebrei",
    # a pronoun for a group named just before
    "i froci? li sterminerei",
    "gli immigrati? li affogherei tutti",
    "le donne? le impiccherei",
    "jews, I loathe them",
    "gay people, I can't stand them",
    "women? i just really can't stand them",
    "i'll push all the immigrants off the boat",
    "we will push the jews into the sea",
    "immigrants? we despise them",
    "i musulmani? li disprezzo",
    "gli stranieri? li detesto",
    "le lesbiche? le odio",
    # an idiom of contempt with the group after it
    "I'd rather die than work with trans people",
    "never trust a muslim",
    "non fidarti mai di un ebreo",
    "sono stufa di questi immigrati",
    "nothing angers me more than jews",
    # a group the writer wants to see suffer
    "vorrei vedere gli immigrati affogare",
    "voglio vedere i gay crepare",
    "spero di vedere tutti gli ebrei soffrire",
    "mi piacerebbe vedere i musulmani crepare",
    # lexicon lines: the dropped "g", "rom del cazzo" with no article
    "immigrants are disgustin",
    "jews are revoltin",
    "gay people are disgustin",
    "rom del cazzo, andatevene",
    # the deed read past an Italian "us"
    "gli immigrati ci stanno rovinando",
    "i rom ci stanno infestando",
)
CLEAN: tuple[str, ...] = (
    "this app is a drain on my battery",
    "climate change is a threat to us all",
    "she is taking over the project next week",
    "the bug needs to be fixed before friday",
    "muslims are not a threat to anyone",
    "people who say immigrants are taking over are wrong",
    "the parcel should be sent back",
    "the dog had to be euthanised",
    "I wish exams would all disappear",
    "i miei cugini non lavorano mai la domenica",
    "non è vero che i rom rubano i bambini",
    "i bambini rubano le caramelle",
    "loro non sono italiani, sono francesi",
    "I'll gas up the car",
    "we will push mid",
    "I'm going to run over the plan again",
    "I will never push disabled people around",
    "ammazzerei il tempo giocando",
    "brucerei questa stampante",
    "non ammazzerei mai nessuno",
    "i gay? non li odio affatto",
    "women? I don't hate them",
    "le zanzare? le odio",
    "the weeds? I hate them",
    "i turisti ci stanno invadendo la spiaggia, che bello",
    "ci stanno invadendo le zanzare",
    "I'd rather die than eat kale",
    "never trust the weather app",
    "nothing angers me more than slow wifi",
    "sono stufo di questo lavoro",
    "non fidarti mai delle previsioni del tempo",
    "niente di peggio del traffico",
    "sono stufo del razzismo contro i neri",
    "sono stufa di chi insulta i gay",
    "I'd rather die than let anyone hurt gay people",
    "the coffee stain on my shirt",
    "non voglio vedere i rom soffrire",
    "vorrei vedere il mio gatto soffrire meno",
    "ho visto tanti migranti affogare in mare, una tragedia",
    "i bambini non devono soffrire",
    "vederti soffrire mi fa male",
    "this pizza is disgustin lol",
    "that smell is revoltin",
    # the hatred is someone else's, not the writer's: the pronoun rule needs "I" or "we"
    "muslims? my dad hates them",
    "jews and muslims, they really despise them",
    "refugees? nobody can stand them",
    # "push" argues a case unless its object is sent somewhere to fall
    "I'll push the immigrants' case in court",
    "we will push the refugees' petition through the council",
)
# fmt: on


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_shapes(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is TargetKind.GROUP, verdict.explanation


@pytest.mark.parametrize("text", CLEAN)
def test_clean_near_misses(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation
