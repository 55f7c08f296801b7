"""The discord35 held-back batch (issue 8): written with the probe, before any rule, in
the same shapes with different wording; counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "i do not like you", "i dont like ya", "i just dont like u", "tbh i dont like u",
    "i dont like u and never will", "i dont like u anymore", "i never even liked u",
    "i literally dont like you", "i dont care about u anymore", "i never cared about u",
    "i dont love you", "cuz i dont like u", "yeah i dont like u",
    "we all dont like u", "we dont like you here", "we never liked you",
    "nobody here cares about u", "we dont care about you at all", "they don't like you",
    "everyone doesnt like u", "the whole class doesnt like u", "we dont need you",
    "even ur own mom doesnt like u", "ur mom doesnt love u", "ur family doesnt like u",
    "ur parents dont care about u", "ur friends dont like u", "even ur friends dont like you",
    "ur bf doesnt even like u", "she doesnt like u", "he dont like u",
    "ur teacher doesnt like u", "ur own family doesnt love you",
    "nobody loves you", "no one loves u", "noone loves u", "no one ever loved you",
    "nobody loves u lol", "literally nobody loves u", "ur dad never loved u",
)

HELD_CLEAN: tuple[str, ...] = (
    "i dont like ur haircut", "i dont like that", "i dont like u being upset",
    "i dont like u going alone", "i dont like it when u cry", "i dont like u like that sorry",
    "she doesnt like u back tho", "i dont like u two arguing", "we dont need u to pay",
    "i dont care about ur kd", "ur dad doesnt like dogs", "my dad doesnt like me staying up",
    "he doesnt like spicy food", "i dont love this update", "i don't like you wasting money",
    "we dont like u leaving so soon", "i never liked u playing support",
    "do u like me or not?", "why doesnt she like me", "does she like u", "they dont like me?",
    "i think he doesnt like u", "idk if she likes u back", "its not that we dont like u",
    "she said he doesnt like u lol rumors", "what if they dont like u",
    "not that i dont like you", "who said nobody loves u? we do",
    "i dont just like you i adore you", "nobody loves u more than me", "everybody loves u",
    "ur dad loves u", "we all love u", "i like u so much", "nobody loves homework",
    "no one loves mondays", "ur mom doesnt like spiders", "i dont care about the score",
    "they dont like the new map", "he doesnt like losing",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck this map is bad", "damn i dont like this weather", "shit the server crashed",
    "holy fuck that was close", "fucking finally it loaded", "hell nah i'm not doing that",
)
