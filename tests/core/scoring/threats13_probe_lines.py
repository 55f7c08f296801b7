"""The threats13 probe (issue 8): the dare to meet and say it in person ("meet me irl
and say that", "pull up and say that", "say it in person", "dillo in faccia se hai il
coraggio", "vieni a dirmelo in faccia"); and the clean lines in the same words that must
stay clean (friendly meetups, a request to repeat, the writer about themselves, reports,
quotes, questions, game talk). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    "meet me irl and say that", "meet me irl and say that again",
    "meet me outside and say that", "meet me outside and say it again",
    "pull up and say that", "pull up and say that again", "pull up then and say it",
    "pull up n say that", "come to my house and say that", "come over here and say that",
    "come here and say that again", "meet me after school and say that",
    "say that irl", "say it irl bro", "say that again irl", "say that in person",
    "say it in person then", "tell me that in person", "tell me that irl",
    "go ahead say that irl", "come tell me that in person", "pull up and tell me that",
    "meet me at the park and say that", "say that irl and ill show u",
    "dillo in faccia se hai il coraggio", "vieni a dirmelo in faccia",
    "ripetilo in faccia se hai le palle", "dimmelo in faccia", "dillo di persona",
    "ripetimelo in faccia", "vieni a dirmelo di persona", "dimmelo di persona se hai il coraggio",
    "vieni qui a dirmelo in faccia", "dillo in faccia coglione",
    "ripetilo se hai il coraggio",
)

TUNE_CLEAN: tuple[str, ...] = (
    "meet me irl at the con and say hi", "pull up to the party", "say that again, i didnt hear",
    "pull up mid and say gg", "he said 'meet me irl and say that' lol",
    "would you say that irl?", "meet me at the mall and say hi to my mom",
    "come over and say hello", "pull up and say hi to everyone", "i said that irl once",
    "i would say that in person too", "she told me that in person yesterday",
    "he said that irl and everyone laughed", "can u say that again in person?",
    "come to my house and say hi", "pull up and say happy birthday",
    "meet me outside the cinema at 8", "say that in person to ur mom shes sweet",
    "did he really say that irl?", "i told him that in person lol",
    "he told me pull up and say that, so weird", "pull up bot lane and say gg ez",
    "dillo in faccia a tua madre che le vuoi bene", "gliel'ho detto in faccia ieri",
    "vieni a dirmelo quando hai finito", "dimmelo di persona domani al bar",
    "gliel'ho detto di persona", "me l'ha detto in faccia ridendo",
    "ripetilo più lentamente per favore", "dillo di persona a tua nonna, sarà felice",
    "vieni a dirmelo a cena", "lui ha detto 'dillo in faccia se hai il coraggio' lol",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fuck yeah meet me irl at the con", "pull up to the party its gonna be lit as fuck",
    "holy shit say that again thats hilarious", "damn i need to say that irl more often",
    "cazzo vieni alla festa stasera", "porca miseria dimmelo domani che mi dimentico",
)
# fmt: on
