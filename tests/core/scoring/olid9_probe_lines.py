"""The olid9 probe (issue 8, twelfth session): tweet-style replies in two shapes of
OLID's even-row misses, written before any rule: the reader's views dismissed with a
profane "who gives a shit what you think", and "desperate" said of the reader or of a
political group as a character ("you liberals are so desperate").
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # profane dismissal of the reader's views
    "@USER who gives a shit what you think", "@USER who gives a fuck about your opinion",
    "@USER no one gives a shit about your feelings", "@USER nobody gives a fuck what you say",
    "@USER i don't give a shit what you think", "@USER idgaf what you think",
    "@USER who gives a flying fuck about your take",
    "@USER literally nobody gives a shit about you",
    "@USER i dont give a damn about your opinion", "@USER who gives a rats ass what u think",
    "@USER idc what you think", "@USER nobody gives a crap what you believe",
    # desperate as a character
    "@USER you liberals are so desperate", "@USER you are so desperate",
    "@USER how desperate are you", "@USER desperate much?",
    "@USER democrats are getting desperate", "@USER the left is desperate",
    "@USER they are desperate and it shows", "@USER Liberals are so desperate to stop him",
    "@USER sad and desperate democrats", "@USER you sound desperate",
    "@USER the GOP is so desperate lol", "@USER youre desperate af",
)

TUNE_CLEAN: tuple[str, ...] = (
    "@USER who gives a shit, the game was great", "@USER who cares, I love it",
    "@USER nobody gives a shit about the weather here lol",
    "@USER i don't give a shit what they charge, i'm buying it",
    "@USER idgaf, pizza for breakfast", "@USER who gives a damn about calories on a holiday",
    "@USER i care what you think, tell me", "@USER everyone cares about your opinion here",
    "@USER desperate times call for desperate measures", "@USER I'm desperate for a coffee",
    "@USER they are desperate for rain", "@USER he is desperate to win the cup",
    "@USER we are desperate to see the new season", "@USER desperate housewives is back",
    "@USER the dogs at the shelter are desperate for homes",
    "@USER the democrats are meeting today", "@USER you are so kind",
    "@USER the left lane is closed", "@USER how are you doing", "@USER so excited lol",
)

TUNE_SWEARING: tuple[str, ...] = (
    "@USER holy shit this is amazing", "@USER fuck yeah", "@USER damn right",
    "@USER who gives a fuck lol", "@USER shit i forgot my keys", "@USER hell yes",
)

# A third shape, added mid-round (after the first two rules, before its own): a named
# person (most often a politician) called a judging adjective, "Pelosi is senile".
TUNE_NAMED_HOSTILE: tuple[str, ...] = (
    "@USER Trump is unhinged", "@USER Pelosi is senile", "@USER Schumer is clueless",
    "@USER Hillary is delusional", "@USER Brennan is so dishonest", "@USER Comey is spineless",
    "@USER Feinstein is shameless", "@USER Avenatti is so sleazy", "@USER Kasich is gutless",
    "@USER Booker is pathetic and a fraud",
)
TUNE_NAMED_CLEAN: tuple[str, ...] = (
    "@USER Messi is insane", "@USER Kavanaugh is innocent", "@USER Trump is great",
    "@USER Pelosi is not senile", "@USER is Schumer clueless?", "@USER Biden is tired today",
    "@USER Sarah said Trump is unhinged", "@USER Netflix is insane right now",
    "@USER Obama is brilliant", "@USER Brady is unstoppable",
)
