"""The threats14 probe (issue 8): a threat at the reader made through a counterfactual or
"luck" frame without "if": relief that the two are apart ("good thing ur not here",
"thank god we're not in the same room", "lucky you aint here", "per fortuna che non sei
qui") followed by the writer's blow at the reader ("or id punch u", "id smack u so
hard"), and the older luck shapes ("ur lucky im not there rn", "be glad ur behind a
screen"); the clean lines in the same words that must stay clean (relief with no blow,
a friendly act, a blow at a thing or someone else, game talk, reports, questions and
quotes). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # relief that the two are apart, then the writer's blow at the reader
    "good thing ur not here or id punch u", "good thing you're not here or i'd punch you",
    "good thing ur not here rn id smack u",
    "good thing we're not in the same room or i'd punch you",
    "good thing we arent in the same room id knock u out",
    "its a good thing ur not in front of me or id beat u",
    "thank god ur not here id smack u so hard", "thank god you're not here or i'd slap you",
    "thank god we're not in the same room or id knock ur teeth out",
    "thank goodness ur not next to me or id punch u in the face",
    "lucky you aint here or id knock u out", "lucky ur not here or id beat u up",
    "glad ur not here or id smack you", "glad we're not in the same room, i'd punch you",
    "good thing ur not here, i'd knock you out", "thankfully ur not here or id punch ya",
    "luckily ur not in front of me or id slap u", "good thing im not there or id punch u",
    "good thing i'm not there rn, i'd beat you so hard", "thank god im not there or id smack u",
    "gud thing ur not here or id punch u", "good thing u aint here i swear id punch u",
    "good ting ur not here or id smack u", "thank god we r not in the same room id punch u",
    # the older luck shapes
    "ur lucky im not there rn", "ur lucky im not there or id smack you",
    "lucky for you i dont know where u live", "be glad ur behind a screen",
    "you're lucky i'm not there or i'd beat the shit out of you",
    "be glad im not there or id slap u",
    # Italian
    "per fortuna che non sei qui o ti spaccherei la faccia",
    "meno male che non sei qui, ti prenderei a pugni",
    "per fortuna che non sei qui sennò ti prenderei a schiaffi",
    "meno male che non siamo nella stessa stanza o ti darei un pugno",
    "fortuna che non sei qui ti spaccherei la faccia",
)

TUNE_CLEAN: tuple[str, ...] = (
    # relief with no blow, or a friendly act
    "good thing ur not here, its raining", "good thing ur not here or id hug you",
    "good thing ur not here or id eat your fries", "thank god ur not here, the party is lame",
    "thank god we're not in the same room, i have a cold",
    "good thing we're not in the same room or id talk all night",
    "lucky ur not here or id make you watch my vlogs",
    "glad ur not here or id make you cook lol",
    # a blow at a thing, at someone else, or the reader the doer
    "good thing ur not here or id punch the wall", "good thing he's not here or id punch him",
    "thank god ur not here or you'd punch me", "good thing ur not here, he'd smack you",
    # game talk
    "good thing ur not in lane or id kill u with the ult",
    "good thing ur not on my team or id beat u at chess",
    "thank god ur not here id beat u in smash",
    # reports, questions, quotes
    "he said good thing ur not here or id punch u",
    "she told me good thing ur not here or id smack u",
    "why do people say good thing ur not here or id punch u?",
    "\"good thing ur not here or id punch u\" is such a cringe line",
    "is it a good thing ur not here or would i punch u?",
    # the older luck shapes, clean
    "ur lucky im not there, i'd eat all the pizza", "lucky for you i dont know the answer either",
    "be glad ur behind a screen, this game is ugly", "ur lucky im not there or id hug you",
    # Italian
    "per fortuna che non sei qui, piove tantissimo", "meno male che non sei qui, la festa è noiosa",
    "per fortuna che non sei qui o ti abbraccerei",
    "meno male che non sei qui, ti darei un pugno di riso",
    # affection and jokes
    "good thing ur not here or id never stop laughing", "thank god ur not here lol id miss my bus",
    "good thing ur not here, i'd steal all your snacks lol",
    "thank god we're not in the same room, i'd talk your ear off",
)

TUNE_SWEARING: tuple[str, ...] = (
    "good thing ur not here, this shit is boring af",
    "thank fuck ur not here, its fucking freezing",
    "damn good thing ur not here, the food is shit", "holy shit ur lucky im not there, its a mess",
    "fuck yeah glad ur not here to see this crap lol",
    "porca miseria meno male che non sei qui, che casino",
)
