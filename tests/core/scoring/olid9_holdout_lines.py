"""The olid9 probe's held-back batch (issue 8): written after olid9_probe_lines.py and
before any rule, never read for misses; counted once at the start of the round and once
at the end. Same shapes as the studied lines, new wording.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # profane dismissal of the reader
    "@USER nobody gives a shit what you think", "@USER who gives a fuck what u say",
    "@USER no one gives a fuck about your opinion", "@USER who gives a shit about your take",
    "@USER i dont give a fuck what you think", "@USER idgaf about your feelings",
    "@USER i could not give a shit what you say", "@USER who the fuck cares what you think",
    "@USER no one gives a damn what you think", "@USER who gives a crap about your opinion",
    "@USER nobody gives a rats ass about your feelings", "@USER i don't give a fuck about you",
    "@USER idgaf what u say", "@USER who gives a shit about your tweets",
    "@USER nobody gives a fuck about your rants", "@USER who gives a damn about your opinion",
    "@USER couldnt give a shit what you think", "@USER no one gives a shit what u think",
    "@USER who gives a fuck about u", "@USER i don't give a damn what you say",
    # desperate as a character
    "@USER you're so desperate", "@USER the democrats are so desperate",
    "@USER how desperate can you be", "@USER liberals are desperate",
    "@USER republicans are getting desperate", "@USER you sound so desperate",
    "@USER the dems are desperate lol", "@USER antifa is desperate",
    "@USER you are desperate and pathetic", "@USER so desperate, you liberals",
    "@USER you look desperate", "@USER desperate much, democrats?",
    "@USER conservatives are so desperate it's sad", "@USER you seem desperate",
    "@USER the left is getting desperate", "@USER desperate dems again",
    "@USER how desperate are the democrats", "@USER you are sooo desperate",
    "@USER the liberals are desperate and it shows", "@USER your desperate lol",
)

HELD_CLEAN: tuple[str, ...] = (
    "@USER who gives a shit, best concert ever", "@USER nobody gives a damn about the rain today",
    "@USER i don't give a fuck, i'm having dessert", "@USER idgaf, new shoes",
    "@USER who gives a crap about the dress code lol", "@USER i care about your opinion",
    "@USER tell me what you think", "@USER i love what you said",
    "@USER nobody gives out free food like grandma", "@USER who gives the award this year",
    "@USER no one gives better hugs than you", "@USER i give a lot of thought to what you say",
    "@USER what you think matters to me", "@USER who gives a speech tonight",
    "@USER i'd give anything to hear your opinion", "@USER your opinion is welcome here",
    "@USER who cares, it's friday", "@USER nobody cares about the score, we had fun",
    "@USER we give thanks for you", "@USER thanks for your take",
    "@USER desperate for a nap", "@USER she is desperate for sleep",
    "@USER we are desperate to go to the beach", "@USER the farmers are desperate for rain",
    "@USER desperate measures were needed", "@USER the kittens are desperate for food",
    "@USER i'm desperate to see that movie", "@USER they were desperate to get home",
    "@USER he was desperate to finish the race", "@USER desperate housewives rerun tonight",
    "@USER the democrats are voting tomorrow", "@USER you are so funny",
    "@USER the left side of the stage", "@USER liberals and conservatives both came",
    "@USER how are the kids", "@USER you seem happy", "@USER you look great",
    "@USER the dems held a rally", "@USER republicans are meeting tonight",
    "@USER so excited for you",
)

HELD_SWEARING: tuple[str, ...] = (
    "@USER holy fuck that was close", "@USER fuck it, lets go", "@USER damn that's good",
    "@USER shit yeah", "@USER who gives a shit lmao", "@USER hell no i'm staying in",
)

# The third shape's held-back batch (added mid-round, after the first two rules and
# before the third's): a named person called a judging adjective.
HELD_NAMED_HOSTILE: tuple[str, ...] = (
    "@USER Maxine is unhinged", "@USER Schiff is so dishonest", "@USER Nadler is clueless",
    "@USER Warren is delusional", "@USER Romney is spineless", "@USER Flake is gutless",
    "@USER Cuomo is shameless", "@USER Biden is senile", "@USER McConnell is pathetic",
    "@USER Kamala is so fake", "@USER Mueller is corrupt", "@USER Beto is clueless lol",
    "@USER Trudeau is so incompetent", "@USER Ocasio is delusional af",
    "@USER Strzok is disgusting", "@USER Clapper is dishonest", "@USER Lindsey is spineless",
    "@USER Blumenthal is so pathetic", "@USER Kaepernick is ungrateful",
    "@USER Brennan is unhinged and dangerous",
)
HELD_NAMED_CLEAN: tuple[str, ...] = (
    "@USER Ronaldo is insane", "@USER Mueller is thorough", "@USER Obama is tall",
    "@USER Warren is not delusional", "@USER is Biden senile?", "@USER Beto is tired tonight",
    "@USER Mike said Biden is senile", "@USER Spotify is insane today",
    "@USER Kamala is brilliant", "@USER Serena is unstoppable", "@USER Lebron is unreal",
    "@USER Romney is running again", "@USER Trudeau is in Ottawa",
    "@USER Cuomo is speaking at noon", "@USER Schiff is back", "@USER Nadler is chairman now",
    "@USER Flake is retiring", "@USER Lindsey is right on this", "@USER McConnell is 76",
    "@USER Kaepernick is grateful for the support",
)
