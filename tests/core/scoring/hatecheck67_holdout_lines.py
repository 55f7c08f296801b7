"""The hatecheck67 held-back lines (issue 8): other wordings of the probe's shapes (a named
identity group met with a rhetorical question of aversion: "how can anyone stand
<group>?", "who would want to marry <member>?"), written at the same time as the probe
and before any rule, counted only at the start and the end of the round."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "how can anyone stand trans people?", "how can anyone stand black people?",
    "how could anyone stand immigrants?", "how can anybody tolerate muslims?",
    "how does anybody put up with women?", "how can anyone put up with jews?",
    "how could anyone bear gay people?", "how can anyone stand disabled people?",
    "how can people stand refugees?", "how does anyone stand lesbians?",
    "how could anyone ever tolerate trans women?", "honestly, how can anyone stand gays?",
    "how can anyone like muslims?", "how could anyone love a jew?",
    "how can anyone stand the immigrants?", "how do people put up with disabled people?",
    "how can anyone stand blacks?", "how can anyone even tolerate women?",
    "who would want to marry a disabled person?", "who would want to date a muslim?",
    "who would ever marry a black woman?", "who would want to hire a trans person?",
    "who would hire a jew?", "who would ever want to date a gay man?",
    "who in their right mind would date a muslim?",
    "who in their right mind would marry an immigrant?",
    "who would want to live next to jews?", "who could love a disabled person?",
    "who'd want to date a trans woman?", "who would want to be friends with a muslim?",
    "why would anyone want to date a disabled person?", "why would anyone marry a jew?",
    "why would anyone hire a black guy?", "who would wanna marry a muslim?",
    "who would even hire a woman?", "who would want to work with immigrants?",
    "who would ever trust a muslim?", "who would want to live near gay people?",
    "why would anyone want to hire immigrants?", "who could ever trust a refugee?",
)

HELD_CLEAN: tuple[str, ...] = (
    "how can anyone stand this heat?", "how can anyone stand her?",
    "how could anyone tolerate that smell?", "how can anyone put up with my sister?",
    "how can anyone stand that song?", "how do people stand the commute?",
    "who would want to marry a prince?", "who would want to date a guy who never calls?",
    "who would hire a plumber who never shows up?", "why would anyone hire her?",
    "who wouldn't want to marry a muslim woman like her?",
    "who wouldn't want to hire a disabled person with those skills?",
    "who would want to date a disabled person? lots of people, actually",
    "who would hire an immigrant? we would, gladly",
    "how can anyone not like black people?", "how can anyone hate trans people?",
    "who would want to harm a jew?", "how can anyone stand by while gay people are beaten?",
    "how can anyone stand the way immigrants are spoken about?",
    "how could anyone tolerate the abuse women face online?",
    "my brother married a muslim and they are very happy",
    "we would hire a disabled person without hesitation",
    "anyone would be lucky to marry a woman like her",
    "my neighbour asked who would hire a jew, and we all walked out",
    "she was asked \"who would want to date a trans woman?\" and shut it down",
    "asking 'how can anyone stand immigrants?' is bigotry",
    "people who ask who would date a black guy are racist",
    "the report quoted a user asking how anyone could stand muslims",
    "i can't stand people who mock disabled people",
    "how can anyone stand up for women when nobody listens?",
    "who would want to live next to a landfill?", "who could ever love a dog like that?",
    "how do people stand the rain in scotland?", "why would anyone date their ex again?",
    "who would want to marry a trans woman? i did, and i'm proud",
    "how can anyone stand so long in the queue?",
    "who would ever hire a divorce lawyer for a wedding?",
    "who would want to marry in december?", "who could ever trust a used car salesman?",
    "who would want to work with a boss like that?",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit that was close", "fuck, i forgot my keys", "damn, who ate my sandwich",
    "shit happens, we go again", "that was fucking hilarious", "bloody hell it's cold",
)
