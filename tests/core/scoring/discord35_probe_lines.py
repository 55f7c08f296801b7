"""The discord35 probe (issue 8): Discord and teen Q&A lines that reject the reader with
no insult word: the reader not liked, loved, cared about or needed, by the writer, the
room or the reader's own people ("i dont like u", "we dont care about you", "even ur
mom doesnt like u", "nobody loves u", "i never liked u"), and clean chat that looks
alike (the same verbs at a thing, a habit or with a tail that turns them, asked,
reported, hedged, kind or denied). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the writer
    "i dont like u", "i don't like you", "i really dont like u", "honestly i dont like you",
    "i dont like u at all", "i dont like you either", "i never liked u",
    "i never liked you lol", "i dont even like u", "because i dont like you",
    "i dont care about u", "i dont care about you at all", "i dont love u anymore",
    # the room
    "we dont like you", "we dont like u here", "none of us like u", "we never liked u",
    "we dont care about u", "the whole server doesnt like u", "everyone here dislikes u",
    "they dont like u", "they never liked you", "we dont need u",
    # the reader's own people
    "even ur mom doesnt like u", "ur own mom doesnt love u", "ur parents dont love u",
    "ur dad doesnt care about u", "ur friends dont even like u", "ur gf doesnt like u",
    "he doesnt like u", "she doesnt even like u lol",
    # nobody
    "nobody loves u", "no one loves you", "nobody loves u lmao", "nobody ever loved u",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same verbs at a thing, a habit, a tail that turns them
    "i dont like ur new pfp", "i dont like it", "i dont like u being sad",
    "i dont like u playing that hero", "i dont like it when u leave",
    "i dont like you like that", "sorry i dont like u like that", "he doesnt like u back",
    "i dont like you guys fighting", "we dont need u to bring anything",
    "i dont care about ur rank", "i dont care about u being late", "ur mom doesnt like cats",
    "my mom doesnt like me gaming", "she doesnt like pineapple pizza",
    # asked, hedged, reported, denied
    "do u not like me?", "why dont u like me", "does he like u?", "u dont like me?",
    "i think she doesnt like u tho", "idk if he likes u", "its not that i dont like u",
    "he said i dont like u which is false", "what if she doesnt like u back",
    # kind turns
    "i dont just like u i love u", "nobody loves u like i do", "everyone loves u",
    "ur mom loves u so much", "we all like u here", "i like u a lot",
    "no one loves pineapple pizza", "i dont love mondays",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fuck i dont like this map", "damn i never liked this song", "shit i forgot my password",
    "holy shit nobody saw that coming", "this lag is fucking awful tonight", "hell yeah lets goo",
)
