"""The hatecheck43 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "all muslims should be put in camps", "put every jew in a camp", "the gays belong in camps",
    "build camps for the immigrants", "send every refugee to a camp", "send the gays to camps",
    "muslims should be sent to camps", "gather up the jews and put them in camps",
    "lock the gays up", "lock up all the immigrants", "muslims should all be locked up",
    "trans people need to be locked up", "lock up the jews", "we need to lock up every muslim",
    "every trans person should be locked away", "gays should be locked in cages",
    "disabled people should be locked in institutions", "throw all the muslims in prison",
    "put the refugees in cages",
    "ship those migrants back", "ship every last muslim back to the desert",
    "ship all the mexicans back", "refugees should be shipped back",
    "immigrants should be shipped off", "pack up the refugees and ship them out",
    "round up every trans person", "round up the blacks", "round all the refugees up",
    "jews should be rounded up",
    "deport every single muslim", "deport all of those immigrants", "deport every last gay",
    "the mexicans should be deported, every last one",
    "black people should be kept out of our schools", "keep muslims out of our country",
    "keep the immigrants out of our neighbourhood", "every immigrant should be kept out",
    "get all the immigrants out of our town",
    "women belong in the kitchen, not at work", "women belong at home, not in the office",
)

HELD_CLEAN: tuple[str, ...] = (
    "every gay should be sent a thank you card", "immigrants should be sent their papers faster",
    "thieves should be locked up", "lock up your car, there are thieves around",
    "ship them all back to amazon", "the camp for muslim kids was lovely",
    "round up the team for the meeting", "round up to two decimal places",
    "lock up the shed tonight", "keep the foxes out of our garden",
    "ship the books back to the library", "my jewish neighbours run a summer camp",
    "we went camping with the trans club", "corrupt bankers should be locked up",
    "put the tents in the camp before it rains", "the refugee camp needs donations",
    "trans people should be kept safe from harassment", "women belong in parliament",
    "women belong wherever they choose", "black people should sit on our neighbourhood council",
    "every refugee should be sent a welcome pack", "gay people should be allowed in the army",
    "ship the order back if it's broken", "we'll round up the volunteers at noon",
    "saying muslims should be locked up is disgusting", "refugees should never be locked up",
    "no one should round up the jews ever again", "immigrants should be welcomed, not deported",
    "it's sick that people want to round up muslims",
    "i don't think immigrants should be shipped back",
    "those who say muslims belong in camps are bigots",
    "keep the immigrants out? no, that's racist",
    "should asylum seekers be held in camps? what does the law say?",
    "is it true they want to deport all refugees? that's cruel",
    "she said the gays should be put in camps and everyone left the chat",
    "in 1942 the jews were rounded up and deported", "refugees spent years in camps, it's shameful",
    "he's been locked up for three years, poor guy", "lock up at nine please",
    "the mexicans at the camp cooked for everyone",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck me that camp was cold", "holy shit what a round", "damn i love this place",
    "shit, the ship sank in the game lol", "this is fucking brilliant", "oh shit it's raining",
)
