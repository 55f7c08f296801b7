"""The hatecheck27 probe (issue 8): functional hate suites' existence regretted ("it's a
shame trans people exist", "è un peccato che esistano gli ebrei", "sarebbe meglio se i
musulmani non esistessero") and a named group compared below a thing ("women are lower
than dirt", "immigrants are worse than dirt"), in English and Italian, with clean lines
in the same shapes: the same frames at things, habits or ideas ("it's a shame this show
exists", "mondays are lower than dirt"), counter-speech and reported speech, positive
statements, friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # existence regretted, English
    "it's a shame trans people exist", "it's a pity muslims exist",
    "it is a shame that jews exist", "shame that women exist",
    "it's sad that gay people exist", "it's too bad immigrants exist",
    "too bad disabled people exist", "i hate that black people exist",
    "i hate the fact that refugees exist", "unfortunately jews exist",
    "sadly trans people still exist", "such a shame gay people even exist",
    "why do women have to exist", "i regret that muslims exist",
    "what a shame that black people exist at all",
    # existence regretted, Italian
    "è un peccato che esistano gli ebrei", "che peccato che esistano le donne",
    "peccato che esistano i rom", "purtroppo gli immigrati esistono",
    "è triste che esistano i gay", "odio il fatto che esistano i neri",
    "sarebbe meglio se i musulmani non esistessero",
    "sarebbe meglio se non esistessero i disabili",
    "il mondo sarebbe migliore se le persone trans non esistessero",
    "purtroppo esistono ancora gli zingari",
    # compared below a thing
    "women are lower than dirt", "trans people are lower than dirt",
    "muslims are worse than dirt", "jews are below dirt",
    "immigrants are lower than the dirt on my shoe", "gypsies are lower than dirt",
    "gay people are lower than worms", "black people are beneath dirt",
    "disabled people are less than dirt", "refugees are lower than scum",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same frames at things, ideas, no group
    "it's a shame this show exists", "it's a shame mondays exist",
    "it's a shame racism still exists", "it's sad that homophobia exists",
    "too bad bugs exist in this patch", "i hate that mosquitoes exist",
    "unfortunately taxes exist", "why do alarms have to exist",
    "è un peccato che esista il lunedì", "è triste che esista ancora il razzismo",
    "purtroppo le zanzare esistono", "sarebbe meglio se non esistessero le tasse",
    "mondays are lower than dirt", "this price is lower than dirt",
    "my grades are lower than dirt", "my morale is below dirt right now",
    # counter-speech, reported speech
    "saying trans people shouldn't exist is vile",
    "people who think it's a shame gay people exist are bigots",
    "he said it's a shame muslims exist and got banned",
    "it's disgusting to say women are lower than dirt",
    "dire che è un peccato che esistano gli ebrei è vergognoso",
    # positive or sympathetic, a group with exist
    "trans people exist and deserve respect", "i'm glad gay people exist",
    "it's a shame that more women don't exist in science history books",
    "it's sad that black people exist in fear of police",
    "è bello che esistano le persone trans", "per fortuna esistono i volontari",
    "the world needs more women in science", "immigrants are lower paid than locals",
    "refugees are treated worse than dirt", "è un peccato che non esistano più donne in politica",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit it's a shame this game exists lol", "damn my rank is lower than dirt",
    "fuck it's a pity mondays exist", "shit my ping is worse than dirt today",
    "cazzo è un peccato che esista il lunedì", "porca miseria i prezzi sono bassissimi",
)
