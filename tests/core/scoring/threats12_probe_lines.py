"""The threats12 probe (issue 8): the writer's blow at the reader promised under a
condition of being together ("if u were here rn id punch u", "if i was there id smack
you", "if we were in the same room id knock you out", "se fossi qui ti prenderei a
pugni"); and the clean lines in the same words that must stay clean (a friendly act,
a blow at a thing or at someone else, the reader as the doer, reports, quotes,
questions, game talk). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    "if u were here rn id punch u", "if you were here i would punch you",
    "if u were here id smack u", "if i was there id slap you",
    "if i were there rn id knock u out", "if we were in the same room id punch you",
    "if you were in front of me i'd punch you", "if i was next to you id smack you",
    "if u were here id slap u so hard", "if ur were here id knock ur teeth out",
    "if i was there id break ur nose", "if i were there i would punch u",
    "if you were here right now id punch you", "if u was here id punch ya",
    "if you were next to me id slap you", "if i was with you rn id smack u",
    "if we were irl id punch u", "if u were in front of me rn id knock u out",
    "if i was there i'd smack you so hard", "if you were here id beat u",
    "if u were right here id punch u fr", "if i was in the room id slap u",
    "if you were standing here id punch you", "if i was there rn id knock you out",
    "if u were here i swear id punch u",
    "se fossi qui ti prenderei a pugni", "se fossi qui ti spaccherei la faccia",
    "se eri qui ti davo uno schiaffo", "se fossi davanti a me ti prenderei a schiaffi",
    "se fossi qui ti darei un pugno", "se fossi qua ti spaccherei la faccia",
    "se ero lì ti davo un pugno", "se fossimo nella stessa stanza ti prenderei a pugni",
    "se fossi vicino a me ti darei uno schiaffo", "se fossi qui adesso ti prenderei a schiaffi",
)

TUNE_CLEAN: tuple[str, ...] = (
    "if you were here id hug you", "if u were here rn id buy u a pizza",
    "if i was there id slap the table laughing", "if you were here you'd punch me lol",
    "if i was there id punch the wall", "if u were here id high five u",
    "he said if i was there he'd punch me", "would you punch me if i was there?",
    "if you were here would u slap me?", "if i was there id smack my own head",
    "if we were in the same room id give you a hug", "if u were here id kiss u",
    "if i was there id knock on your door", "if you were here id beat u at chess lol",
    "if i was in the room id punch the air", "if u were here id cook for u",
    "if you were here id punch you in smash lol", "she said 'if u were here id punch u'",
    "if you were here id show you the map", "if i were there id help you move",
    "if i was there i'd smack him for you", "if u were here you'd slap me awake lol",
    "se fossi qui ti abbraccerei", "se fossi qui ti offrirei una pizza",
    "se fossi qui ti darei una mano", "se eri qui ti davo un passaggio",
    "se fossi qui mi prenderesti a pugni?", "ha detto se fossi qui ti prenderei a pugni",
    "se fossi qua ti darei un bacio", "se fossi davanti a me ti stringerei la mano",
    "se fossi qui ti farei vedere la mappa", "se fossi lì ti aiuterei",
)

TUNE_SWEARING: tuple[str, ...] = (
    "if u were here rn we'd get so fucking drunk", "damn if you were here this party would be lit",
    "if i was there id be fucking screaming lol", "shit if u were here id buy u a beer",
    "cazzo se fossi qui ci divertiremmo un casino", "porca miseria se eri qui ridevi",
)
# fmt: on
