"""The hatecheck67 probe (issue 8): a named identity group met with a rhetorical question
of aversion, asked as if no one could bear it or want one ("how can anyone stand
muslims?", "how could anybody put up with immigrants?", "who would want to marry a trans
woman?", "who in their right mind would hire a disabled person?", "why would anyone date
a black guy?"); and the clean lines in the same words that must stay clean (people and
things who are no group, kind and negated questions, questions answered at once,
counter-speech, reports and quotes). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # how can anyone stand <group>?
    "how can anyone stand muslims?", "how can anyone stand women?",
    "how can anybody stand jews?", "how could anyone tolerate trans people?",
    "how does anyone tolerate immigrants?", "how can anyone put up with gay people?",
    "how could anybody put up with black people?", "how can anyone bear disabled people?",
    "how can anyone stand gays?", "how do people stand refugees?",
    "how can anyone even stand trans women?", "seriously, how can anyone stand muslims?",
    "how can anyone stand the jews?", "how can anyone like immigrants?",
    "how could anyone ever love a muslim?", "how can anyone stand women honestly?",
    # who would want to marry / date / hire <member>?
    "who would want to marry a trans woman?", "who would want to marry a muslim?",
    "who would want to date a black guy?", "who would ever date a disabled person?",
    "who would hire an immigrant?", "who would ever hire a woman?",
    "who in their right mind would marry a jew?",
    "who in their right mind would hire a disabled person?",
    "who would want to live next to muslims?", "who could ever love a trans person?",
    "who would want to be friends with a gay man?", "who'd want to marry a black woman?",
    "why would anyone want to marry a trans woman?", "why would anyone hire a muslim?",
    "why would anyone date an immigrant?", "who would wanna date a disabled girl?",
    "who would even want to hire a refugee?", "who would want to work with women?",
    "who would ever trust a jew?",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same questions about people and things who are no group
    "how can anyone stand this weather?", "how can anyone stand him?",
    "how could anyone tolerate that noise?", "how can anyone put up with my brother?",
    "who would want to marry a billionaire?", "who would want to date a guy like that?",
    "who would hire someone with no experience?", "why would anyone hire him?",
    # kind, negated and answered questions
    "who wouldn't want to marry her?", "who wouldn't want to date a trans woman?",
    "who would want to marry a trans woman? me, she's wonderful",
    "who would hire a woman to lead this team? i would, in a heartbeat",
    "how can anyone not love gay people?", "how can anyone hate disabled people?",
    "who would want to hurt a muslim?", "how can anyone stand by while jews are attacked?",
    "how can anyone stand the way trans people are treated?",
    "who would want to marry a muslim woman? plenty of people, obviously",
    # statements, reports, counter-speech and quotes
    "i married a trans woman and i couldn't be happier",
    "we would hire an immigrant without a second thought",
    "anyone would be lucky to date a black guy like him",
    "my uncle asked who would want to marry a muslim, and i told him off",
    "he keeps asking \"who would hire a disabled person?\" which is disgusting",
    "saying 'how can anyone stand women?' is plain sexism",
    "people who ask who would marry a jew are bigots",
    "the article quoted a troll asking how anyone could stand immigrants",
    "i can't stand people who hate gay people",
    "how can anyone stand up for refugees when the press lies about them?",
    "who would want to live next to a motorway?", "who could ever love a cat like that?",
    "how do people stand the cold in canada?", "why would anyone date their boss?",
)

TUNE_SWEARING: tuple[str, ...] = (
    "how the fuck did we win that", "holy shit who would have guessed",
    "damn, i can't stand this heat", "fuck yeah, pizza night",
    "shit, who left the door open", "that was a bloody brilliant match",
)
