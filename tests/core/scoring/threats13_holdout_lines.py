"""The threats13 held-back lines (issue 8): other wordings of the probe's shapes (the
dare to meet and say it in person), written at the same time as threats13_probe_lines.py
and before any rule; counted only at the start and the end of the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "meet me irl and say that shit", "meet me irl n say that", "meet me outside n say that again",
    "pull up and say that to me", "pull up and say it then", "pull up rn and say that",
    "come to my school and say that", "come to my crib and say that", "come outside and say that",
    "meet me behind the gym and say that", "pull up to my house and say that",
    "pull up and say it again", "say that irl i dare u", "say that shit irl",
    "say it in person coward", "say that to me in person", "say that again in person",
    "tell me that irl bro", "tell me that to my face irl", "come say that in person",
    "go on say it in person", "meet me irl then say that", "pull up and repeat that",
    "come here n say that", "say it in person if u got the guts", "say that irl pussy",
    "dillo in faccia se hai le palle", "ripetimelo in faccia se hai il coraggio",
    "vieni a dirmelo in faccia se hai le palle", "dimmelo in faccia coglione",
    "dillo di persona se hai il coraggio", "vieni qua a dirmelo", "vienimelo a dire in faccia",
    "ripetilo in faccia", "dimmelo in faccia se ne hai il coraggio",
    "vieni a ripetermelo in faccia", "ripetilo di persona se hai le palle",
    "dillo se hai le palle", "vieni a dirlo in faccia", "dillo in faccia bello",
)

HELD_CLEAN: tuple[str, ...] = (
    "meet me irl and say hi", "pull up to the bbq tomorrow", "say that again? i missed it",
    "pull up top and say gg", "she said 'pull up and say that' lmao", "would u say that in person?",
    "come to my house and say hi to the dog", "pull up and say congrats to her",
    "meet me outside at 5", "i said that in person to my boss", "i'd say that irl no problem",
    "they told me that in person", "did u tell him that irl?",
    "can you say that in person tomorrow",
    "come over and say goodbye before you leave", "meet me at the station and say hi to my sister",
    "he said that irl lmao", "say that in person to your grandma, she'll love it",
    "pull up mid and say ggwp", "i told her that irl and she cried happy tears",
    "tell me that in person when we meet, im curious", "say it irl at the meetup, ppl will love it",
    "meet me irl at the con, say hi", "pull up and say hello to the squad",
    "why would he say that irl?", "he told me that irl",
    "dillo in faccia a tuo padre che gli vuoi bene", "gliel'ho detto in faccia stamattina",
    "vieni a dirmelo dopo la riunione", "dimmelo di persona quando ci vediamo",
    "me l'ha detto di persona", "ripetilo ancora che non ho capito",
    "dillo di persona a tua sorella, ne sarà felice", "vieni a dirmelo a pranzo",
    "lei ha detto 'vieni a dirmelo in faccia' ahah", "glielo ripeto in faccia ogni giorno",
    "mi ha detto in faccia che mi vuole bene", "dimmelo in faccia, se ti piace il regalo",
    "vieni a dirmelo se vuoi un caffè", "lo dico di persona a tutti",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck it pull up to the party", "damn say that again thats so fucking funny",
    "shit i gotta meet u irl someday", "holy fuck come over and say hi",
    "cazzo vieni a trovarci", "porca puttana dimmelo di persona che ridiamo",
)
# fmt: on
