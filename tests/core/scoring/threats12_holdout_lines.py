"""The threats12 held-back lines (issue 8): other wordings of the round's shape, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "if u were here rn i would punch u", "if you were here id smack you",
    "if i was there i would slap u", "if i were there id punch u",
    "if we were in the same room id smack u", "if u were in front of me id slap you",
    "if i was next to u id punch you", "if you were here rn id knock your teeth out",
    "if i were there id slap u so hard", "if u were here right now i'd smack u",
    "if i was there right now id punch you", "if you was here id punch you",
    "if u were next to me id smack you", "if i was with u id punch u",
    "if we were irl rn id slap you", "if you were right here id knock u out",
    "if i was there i'd punch u so hard", "if u were here id beat you",
    "if you were standing in front of me id punch u",
    "if i was in the same room as you id slap you",
    "if u were here i'd punch ya", "if i were there rn i'd smack you",
    "if u were here honestly id punch u", "if you were here id break your nose",
    "if i was there id knock ur lights out",
    "se fossi qui ti darei uno schiaffo", "se fossi qua ti prenderei a pugni",
    "se eri qui ti spaccavo la faccia", "se fossi davanti a me ti darei un pugno",
    "se fossi qui ora ti spaccherei la faccia", "se ero lì ti prendevo a schiaffi",
    "se fossimo vicini ti prenderei a pugni", "se fossi qui adesso ti darei un pugno",
    "se fossi qua ti prenderei a schiaffi", "se eri davanti a me ti davo un pugno",
    "se fossi vicino a me ti spaccherei la faccia", "se fossi lì ti prenderei a pugni",
    "se fossi qui giuro ti darei uno schiaffo", "se eri qua ti prendevo a pugni",
    "se fossi nella stanza ti darei un pugno",
)

HELD_CLEAN: tuple[str, ...] = (
    "if u were here id hug u", "if you were here id buy you a coffee",
    "if i was there id slap my knee laughing", "if u were here you'd punch me",
    "if i were there id punch the screen", "if you were here id fist bump you",
    "he said if u were here hed punch u", "would u punch me if u were here?",
    "if i was there would you slap me?", "if i was there id smack my forehead",
    "if we were in the same room id hug you", "if you were here id kiss you",
    "if i was there id knock on your window", "if u were here id beat u at mario kart",
    "if i was there id punch a pillow", "if you were here id make u dinner",
    "if u were here id punch you in tekken lol", "my friend said 'if you were here id slap you'",
    "if u were here id show u my setup", "if i was there id help u pack",
    "if i was there i'd punch him for u", "if you were here you'd smack me lol",
    "if i was there id smack the ball", "if u were here id take you out for dinner",
    "se fossi qui ti darei un abbraccio", "se fossi qui ti offrirei un caffè",
    "se fossi qua ti darei una mano", "se eri qui ti portavo a cena",
    "se fossi qui mi daresti un pugno?", "mi ha detto se fossi qui ti darei uno schiaffo",
    "se fossi lì ti darei un bacio", "se fossi davanti a me ti saluterei",
    "se fossi qui ti mostrerei la casa", "se fossi qua ti aiuterei",
    "se fossi qui ti prenderei un gelato", "se eri qui ti facevo vedere il gioco",
    "se fossi qui prenderei a pugni il muro", "se fossi lì ti abbraccerei forte",
    "se fossi qui ti farei ridere", "se eri qua ti davo un passaggio",
)

HELD_SWEARING: tuple[str, ...] = (
    "if you were here we'd be fucking wasted rn", "damn if u were here id be so fucking happy",
    "shit if i was there id lose my mind lol", "fuck if you were here this game would be easy",
    "cazzo se eri qui ridevamo tantissimo", "porca puttana se fossi qui ci divertiremmo",
)
# fmt: on
