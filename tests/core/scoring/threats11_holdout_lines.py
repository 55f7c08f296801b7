"""The threats11 held-back lines (issue 8): other wordings of the round's shape, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "if i ever see you in real life you're done", "if i see u irl youd be dead",
    "if i ever catch you outside ur finished", "when i find u ur done",
    "if i meet u irl ur toast", "next time i see ya youre dead",
    "if i ever run into u ur finished", "if i see you again you're so done",
    "once i catch you you're done", "if i saw u in person youd be finished",
    "if we meet irl you'll be dead", "if i find out where u live ur dead",
    "if i see your face again you're done", "if i ever see u at school ur so done",
    "when i see you tomorrow you're finished", "if i ever meet you in person you're toast bro",
    "if i catch u alone, ur dead", "if i ever see you around here you're done",
    "if i spot you irl youre done", "when i get my hands on you you're finished",
    "if i see you outside school you'd be toast", "if i ever meet up with you youre dead",
    "if i ever see u again u r done", "if i found you you'd be dead",
    "if i see you in town you're done fr", "if i catch you at the park you're finished",
    "if i ever bump into u irl ur done", "the moment i see you you're done",
    "if i see u irl you're so finished", "if i ever see you on the street youre toast",
    "se ti vedo in giro sei finito", "se ti becco sei fritto", "quando ti incontro sei finita",
    "se ti trovo per strada sei spacciato", "se mai ti becco fuori sei morto",
    "appena ti vedo sei fritta", "se vi becco siete morti",
    "se ti incontro dal vivo sei finito", "se ti rivedo sei finito",
    "quando ti becco sei spacciata",
)

HELD_CLEAN: tuple[str, ...] = (
    "if i see you irl i'll buy you a drink", "if i saw you irl i'd say hi",
    "if i see you in ranked you're done lol", "if i catch you in the next round ur dead lol",
    "my brother said if he sees me outside i'm done",
    "she said if she saw me irl i'd be dead",
    "if i see you at the meetup you're done with the slides right?",
    "when i find you you're done hiding lol", "once you're finished, let me know",
    "are you finished with the book?", "you're done? nice", "i'm done, see you tomorrow",
    "if i see my boss today i'm done for", "if my dad catches me im dead",
    "if we meet irl we should grab lunch", "meet me irl at the con!",
    "when i see you, you'll be done with finals right?",
    "\"if i see you outside you're dead\" is a line from that movie",
    "he texted me 'if i see you irl youre done' should i tell someone",
    "if i see you on the map you're dead lmao", "if i catch you in my lane ur done",
    "you'd be done by now if you started earlier",
    "when i find the remote you're done watching tv",
    "if i see you tomorrow you're done with the move?",
    "you're finished with work early today!", "if i ever see you irl i'll hug you so hard",
    "if i see u irl ur getting a high five",
    "when i catch up with you we're done talking about work",
    "if i meet you irl you'd be surprised how short i am", "you're dead tired, go to bed",
    "se ti vedo per strada ti saluto", "se ti becco in partita sei morto lol",
    "quando hai finito dimmelo", "sei finito in ospedale?", "se ti incontro ti offro da bere",
    "mi ha scritto che se mi vede sono finito", "se lo becco è finito",
    "quando ti vedo sono felice", "sono finito, ci vediamo domani",
    "se ti vedo al mare ti porto un gelato",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck i can't wait to see you irl", "holy shit we're done with exams",
    "damn we finally met irl lol", "porca miseria finalmente sei arrivato",
    "shit i'm done for today", "cazzo che bello vederti dal vivo",
)
