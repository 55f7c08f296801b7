"""The olid10 probe's held-back batch (issue 8): written after olid10_probe_lines.py
and before any rule, never read for misses; counted once at the start of the round and
once at the end. Same two shapes as the studied lines, new wording.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # a villain's or criminal's noun said of a person
    "@USER he is a murderer and everyone knows it", "@USER you are a tyrant",
    "@USER she's a predator", "@USER he is such a dictator", "@USER Cuomo is a tyrant",
    "@USER you're an abuser", "@USER he is a child predator", "@USER she is a demon",
    "@USER you are a sellout", "@USER he is a domestic terrorist", "@USER you're a murderer",
    "@USER Obama is a war criminal", "@USER she is a sleazeball", "@USER he's a total sellout",
    "@USER you are a lapdog", "@USER he is a wannabe dictator", "@USER what a sleazeball",
    "@USER she is a serial abuser", "@USER you're a little tyrant", "@USER he is a demon",
    # a person noun judged by its adjective
    "@USER you are a sad little man", "@USER he is a sick person", "@USER she is a sad woman",
    "@USER what a crazy person", "@USER you're a sick individual", "@USER he is a twisted man",
    "@USER she's a miserable woman", "@USER you are a weak person", "@USER he is a sad old man",
    "@USER you are one crazy woman", "@USER Schiff is a sick man", "@USER she is a godless woman",
    "@USER you are a sad sad person", "@USER he is a very sick man", "@USER you're a crazy lady",
    "@USER she is a twisted individual", "@USER what a sad person you are",
    "@USER he is a weak little man", "@USER you are a miserable person",
    "@USER he's a crazy person",
)

HELD_CLEAN: tuple[str, ...] = (
    "@USER the murderer in the book is the butler", "@USER the dictator fled the country",
    "@USER predator 2 was better", "@USER tyrant is the best boss in the game",
    "@USER abuse survivors deserve support", "@USER the demon slayer anime is great",
    "@USER tickets sold out in an hour", "@USER the terrorist attack was horrible news",
    "@USER the sleazeball character was hilarious", "@USER my cat is a little dictator lol",
    "@USER he got a lapdog for christmas", "@USER the domestic terrorism bill passed",
    "@USER he is a murder mystery fan", "@USER she writes about dictators in history",
    "@USER the predator drone flew over", "@USER they interviewed a war crimes judge",
    "@USER demons was a great song", "@USER he was a sellout crowd favorite",
    "@USER the tyrant lizard king exhibit opens today", "@USER my toddler is a tiny tyrant",
    "@USER he is a sick baller", "@USER she is a crazy talented singer",
    "@USER he is a sick man, send him prayers", "@USER you are a wonderful person",
    "@USER she is a smart woman", "@USER he is a great man", "@USER what a sweet lady",
    "@USER i feel like a sad person today", "@USER the old man in the park feeds birds",
    "@USER a weak person can still become strong", "@USER you are a very generous individual",
    "@USER she is a happy woman now", "@USER he is a crazy good player",
    "@USER the sad man in the song finds love", "@USER i was a crazy person about exams lol",
    "@USER he is a talented young man", "@USER you're a brave person",
    "@USER she is a lovely old woman", "@USER what a nice guy", "@USER he is a humble person",
)

HELD_SWEARING: tuple[str, ...] = (
    "@USER holy shit this is sick", "@USER fuck yes finally", "@USER damn son that was crazy",
    "@USER shit happens lol", "@USER hell of a game", "@USER crazy ass weekend man",
)

# The third shape's held-back batch (written before its rule, with its studied lines).
HELD_GROUP_HOSTILE: tuple[str, ...] = (
    "@USER crazy democrats", "@USER more crazy leftists", "@USER demonic liberals",
    "@USER the crazy libs are mad", "@USER looney democrats again", "@USER crazy lefties",
    "@USER so many crazy liberals", "@USER another demonic democrat", "@USER crazy conservatives",
    "@USER loony libs", "@USER crazy republicans smh", "@USER wow crazy dems",
    "@USER the crazy liberals are crying", "@USER just crazy leftists being crazy",
    "@USER demonic dems", "@USER crazy liberal strikes again", "@USER looney libs lol",
    "@USER ignore the crazy democrats", "@USER crazy leftist alert", "@USER these loony liberals",
)

HELD_GROUP_CLEAN: tuple[str, ...] = (
    "@USER crazy times for democrats", "@USER liberals had a crazy week",
    "@USER crazy liberal arts degree lol", "@USER the crazy left hook knocked him out",
    "@USER democrats and crazy weather", "@USER crazy that republicans won",
    "@USER a crazy conservative estimate", "@USER liberals love crazy hats",
    "@USER crazy democrat turnout today", "@USER the republicans crazy comeback",
    "@USER what a crazy race for the dems", "@USER crazy libs? no, just people",
    "@USER my crazy dog barks at democrats lol", "@USER the liberal party had a crazy convention",
    "@USER crazy how leftists and rightists agree", "@USER demonic possession movies are scary",
    "@USER loony tunes marathon", "@USER crazy good speech by the democrats",
    "@USER this crazy conservative budget passed", "@USER i'm a crazy leftist and proud",
)
