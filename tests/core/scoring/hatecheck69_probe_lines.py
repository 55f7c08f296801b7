"""The hatecheck69 probe (issue 8): violence called for or promised against a named
group's places, homes or gatherings (a mosque, a synagogue, a gay bar, a pride parade, a
refugee camp or shelter, a black church), said as an order, a call on someone, a wish or
a fate the place "should" meet ("burn the mosque down", "someone should firebomb the
synagogue", "shoot up the gay bar", "that synagogue should be burned to the ground", "i'd
love to see every mosque in flames"); and the clean lines in the same words that must
stay clean (history and news, protection and grief, things and game talk, negations,
questions, reports, quotes and counter-speech). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # an order or a call on someone, the place as the object
    "burn the mosque down", "torch the synagogue", "firebomb the mosque tonight",
    "blow up the synagogue", "shoot up the gay bar", "bomb the refugee camp",
    "set fire to the mosque", "set the synagogue on fire", "burn down the refugee shelter",
    "torch every gay bar in this city", "bomb the pride parade", "blow up that mosque",
    "someone should firebomb the synagogue", "someone should shoot up the pride parade",
    "somebody needs to torch that gay club", "someone should blow up the refugee camp",
    "we should burn down every synagogue", "we need to bomb their mosques",
    "let's go torch the refugee shelter", "let's blow up the gay bar",
    "i hope someone burns down that mosque", "i hope somebody bombs the synagogue",
    "you should set fire to the gay bar", "just burn the refugee camp to the ground",
    "someone should burn down that gay bar with them inside",
    "i'm going to blow up the mosque", "i will set fire to your synagogue",
    # a fate the place should meet, or a wish to see it
    "that synagogue should be burned to the ground", "every mosque should be bombed",
    "the gay bar needs to be torched", "refugee camps should be burned down",
    "i'd love to see every mosque in flames", "i want to see that synagogue burn",
    # homes and neighbourhoods of a named group
    "burn down the muslims' homes", "someone should torch the immigrants' houses",
)

TUNE_CLEAN: tuple[str, ...] = (
    # history and news
    "the synagogue was firebombed in 1938", "they burned the mosque down last night, horrible",
    "the mosque burned down last year", "someone set fire to the synagogue on friday",
    "a man tried to blow up the gay bar and was arrested", "the refugee camp was bombed again",
    # protection and grief
    "someone should protect the synagogue", "we should rebuild the mosque together",
    "someone needs to guard the gay bar tonight", "i hope the refugee shelter gets more funding",
    "i'd love to see the mosque full again", "let's help rebuild the burned synagogue",
    # things and game talk
    "burn the old shed down", "bomb site b", "blow up their base", "torch the enemy camp",
    "set fire to the barn in the next mission", "let's blow up the bridge",
    "the pride parade was a blast", "this song is fire, the gay bar played it all night",
    # negations, questions, reports, quotes and counter-speech
    "nobody should ever burn a mosque", "never set fire to a synagogue",
    "who would bomb a synagogue? monsters", "why would anyone torch a refugee shelter?",
    "he said \"burn the mosque down\" and got arrested",
    "they want to burn the mosque down, we must stop them",
    "people who say bomb the pride parade are terrorists",
    "saying the synagogue should be burned is pure hate",
    "the mosque should be protected, not burned", "no synagogue should ever be bombed",
    "i hate the people who firebombed the synagogue",
    "the guy who torched the refugee shelter got ten years",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit the pride parade was fucking amazing", "damn, this gay bar has great cocktails",
    "fuck, i burned the rice again", "shit, the bus to the mosque is late",
    "this fucking heat is unreal", "well shit, i forgot my keys",
)
