"""The hatecheck64 probe (issue 8): a protected group named by a singular noun with a
determiner or quantifier and generalised, said to have a vice as a habit ("a jew will
always cheat you", "an immigrant is always up to no good", "a woman will always betray
you", "any black guy would rob you blind"), or revealed by the "show me a <group> and
i'll show you a <vice>" and "scratch a <group> and you'll find a <vice>" shapes; and the
clean lines in the same words that must stay clean (neutral singular mentions, people who
are no group, counter-speech, reports and questions). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a singular member, generalised, with a habitual vice
    "a jew will always cheat you", "a muslim will always lie to you",
    "a woman will always betray you in the end", "an immigrant will always rob you",
    "a trans woman will always deceive you", "a gay man will always try to seduce your son",
    "a black guy will always try to scam you", "a jew is always scheming",
    "a muslim is always plotting something", "an immigrant is always up to no good",
    "a black person is always up to something", "a woman is always manipulating someone",
    "any jew would cheat his own mother", "any muslim will lie to your face",
    "every immigrant will steal whatever he can", "every woman will cheat on you eventually",
    "a disabled person will always exploit your pity",
    "a refugee will always take advantage of you",
    "your average muslim is always plotting", "each jew is always looking to swindle you",
    "a jew will always try to cheat you", "trust me, a muslim will always betray you",
    "honestly a woman is always lying", "jews will always cheat you",
    "immigrants will always rob you blind",
    # show me / scratch a member and you'll find a vice
    "show me a muslim and i'll show you a terrorist",
    "show me an immigrant and i'll show you a criminal",
    "show me a jew and i'll show you a thief", "show me a black man and i'll show you a robber",
    "scratch a muslim and you'll find a terrorist", "scratch a jew and you will find a swindler",
    "scratch any immigrant and you find a criminal",
    "show me a trans person and i'll show you a predator",
    "show me a gay guy and i'll show you a pervert",
    "scratch a woman and you'll find a liar",
)

TUNE_CLEAN: tuple[str, ...] = (
    # neutral singular mentions
    "a muslim friend of mine helped me move house", "a woman scored the winner last night",
    "a jew will always be welcome at my table", "an immigrant is always welcome here",
    "a black guy from my class always helps me with maths",
    "a trans woman will always be a woman", "a gay man is always welcome in this bar",
    "a disabled person will always find a seat on this bus",
    "typical woman doctor's day starts at six", "a refugee family moved in next door",
    # the same vices said of people who are no group
    "my brother will always cheat you at monopoly", "a cat will always steal your spot",
    "that guy is always scheming something", "the dealer will always cheat you",
    "a good poker player is always plotting", "a scammer will always lie to you",
    "show me a good loser and i'll show you a loser",
    "show me your friends and i'll show you your future",
    "scratch a lottery ticket and you might find a winner", "the villain is always up to no good",
    # negations, questions, counter-speech and reports
    "a jew would never cheat you", "does a muslim always lie? no, obviously not",
    "saying a jew will always cheat you is antisemitic",
    "he said a muslim will always lie to you and got banned",
    "the idea that a woman will always betray you is sexist nonsense",
    "it's a lie that an immigrant is always up to no good",
    "stop saying show me a muslim and i'll show you a terrorist",
    "people who think a black guy will always rob you are racists",
    "the old line 'scratch a jew and you'll find a swindler' is pure hate",
    "not every immigrant is a criminal", "a muslim is no more likely to lie than anyone",
    "my grandma used to say show me a jew and i'll show you a thief, she was wrong",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that goal was insane", "fuck me, it's cold today", "damn, this pizza slaps",
    "shit, i left my charger at work", "this is so fucking good lol", "well fuck, missed the train",
)
