"""The hatecheck84 probe (issue 8): a hostile call or claim about a named group followed
by its attribution to someone else (", says the minister", ", he said", " - <a name>",
", according to the article"), which is reported speech and must stay clean; and the
hostile lines in the same words where the writer owns or endorses it (", i say", ", as i
always said", ", he said, and i agree", ", says everyone with a brain", a tail that is
no attribution: " - fact", ", according to statistics"). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the writer's own saying or an endorsement after the claim
    "deport the muslims, i say", "deport the muslims, as i always said",
    "deport the muslims, said it before and ill say it again",
    "kill the jews, says everyone with a brain",
    "all immigrants are criminals, i said it and i meant it", "let the refugees starve, i say",
    "women are stupid, as my dad always said, and he was right",
    "gays should be shot, said the preacher, and i agree",
    "muslims are vermin, my uncle says, and he is right",
    "kill the british, i always say", "deport the muslims, everyone says so",
    "deport all the refugees, i said what i said", "kill all the gays, says me",
    "deport the muslims, as trump said", "refugees are scum, like my grandpa used to say",
    "let the migrants drown, as they say", "jews are vermin, he said, and honestly he is right",
    "women belong in the kitchen, said every real man ever",
    "deport the muslims he said and i agree",
    "all immigrants are criminals, i keep saying it",
    "black people are apes, as i told my brother", "women are worthless, i told my wife",
    "gays are disgusting, thats what i say", "refugees are parasites, we all say it",
    # a tail that is no attribution
    "immigrants are criminals, according to statistics",
    "blacks are animals according to the facts", "jews are parasites - fact",
    "women are inferior - just saying", "trans people are freaks - true story",
    "immigrants are rats, say it louder", "muslims are terrorists, say it with me",
    "immigrants are criminals, everybody knows it", "deport the muslims, simple as that",
    "muslims are animals, end of story", "kill the jews, no doubt about it",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the claim or call attributed to someone else after it
    "let the refugees starve, says the minister",
    "kill the british, said the general in the movie", "deport the muslims, he said",
    "deport the muslims, she said", "muslims are vermin - donald trump",
    "all women are stupid, my uncle says", "all women are stupid, says my uncle",
    "gays should be shot, the preacher shouted",
    "immigrants are criminals, according to the article",
    "immigrants are criminals, according to my racist neighbour",
    "jews are parasites, claimed the politician",
    "kill all the immigrants, the villain screamed",
    "deport the refugees, they chanted at the rally", "let the migrants drown, said no one ever",
    "women are inferior, wrote the author in 1890", "black people are animals, tweeted the senator",
    "deport the muslims, the candidate said yesterday",
    "trans people are freaks - a quote from the protest",
    "muslims are terrorists, according to him", "refugees are scum, says the headline",
    "kill the jews, the soldiers shouted in the film", "gays are disgusting, my grandma says",
    "immigrants are rats, my boss said", "let the refugees starve, said the mayor on tv",
    "jews are vermin - hitler", "women belong in the kitchen, my dad says",
    "deport all the immigrants, the crowd chanted", "muslims are animals, said a man on the bus",
    "all refugees are criminals, claims the tabloid",
    "kill all the gays, the pastor said in the video",
    "black people are apes, a troll wrote under the post",
    "immigrants are a disease, says the far right party",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit, he said", "fuck yeah, she yelled", "this is fucking awesome, says my brother",
    "damn that was good - my dad", "shit happens, as they say", "well fuck, i said",
)
