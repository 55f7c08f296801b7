"""The threats11 probe (issue 8): harm promised to the reader at the next meeting, the
meeting said as a condition and the reader's doom after it ("if i saw you irl you'd be
done", "if i ever see you irl youre dead", "next time i see you youre finished", "se ti
vedo per strada sei finito", "se ti becco sei fritto"); and the clean lines in the same
words that must stay clean (a friendly meeting, game talk, the writer's own doom,
reports, quotes, questions, "done" as finished with something). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    "if i saw you irl you'd be done", "if i ever see you irl youre dead",
    "if i ever meet you irl ur done", "if i see u outside ur finished",
    "when i find you, you're done", "if i catch you on the street you'd be dead",
    "if i ever run into you irl ur toast", "next time i see you youre finished",
    "if i see you at school tomorrow you're so dead", "once i find u ur done fr",
    "if we ever meet irl you'd be finished", "if i ever catch u alone youre done",
    "if i see you around you're finished bro", "when i see u irl ur so dead",
    "if i met you in person you'd be dead", "if i find out where you live you're done",
    "if i ever see ur face again ur done", "if i ever bump into you you're dead",
    "if i see you at the mall you'd be toast", "if i ever see you again youre finished",
    "if i caught you outside you'd be done", "if i ever find u, u r done",
    "when i catch you you're finished kid", "if i see you irl ur dead trust me",
    "if i ever meet u in real life youd be done",
    "se ti vedo per strada sei finito", "se ti becco fuori sei finita",
    "se ti incontro sei fritto", "quando ti trovo sei finito",
    "se ti becco per strada sei morto", "se ti vedo in giro sei fritto",
    "se mai ti incontro dal vivo sei finito", "appena ti becco sei finito",
    "se vi vedo siete finiti", "se ti trovo sei spacciato",
)

TUNE_CLEAN: tuple[str, ...] = (
    "if i saw you irl i'd hug you", "if i see you irl you're buying me coffee",
    "if i see you in ranked you're dead lol", "if i see u in my lobby ur done lol",
    "he said if he saw me irl i'd be done, what do i do",
    "she told me if she sees me outside i'm dead",
    "if i see you at the gym you're done with leg day right?",
    "when i find you, you're done being sad ok", "if i ever see you irl you're getting a hug",
    "you're done, nice work!", "are you done yet? dinner is ready",
    "once you're done with the essay send it over",
    "if i finish this level im done for tonight",
    "when i see you at the party you'd be done with exams already",
    "\"if i see you irl you're dead\" is such a weird thing to text someone",
    "would you be finished by the time i see you?",
    "if i see you tomorrow are you done with the project?",
    "if i see you on the server you're dead lol gg", "if i catch you in a 1v1 ur toast",
    "next time i see you you'll be done with school right?",
    "if i see my ex irl im done", "if my mom sees me like this im dead lol",
    "when i find my keys you're done waiting, promise",
    "the teacher said if she catches us talking we're done",
    "if i ever meet you irl we're getting pizza",
    "se ti vedo per strada ti offro un caffè", "se ti becco in ranked sei finito lol",
    "quando hai finito chiamami", "mi ha detto che se mi vede per strada sono finito",
    "se ti incontro ti abbraccio", "se sei finito con il pc passamelo",
    "sei finito? andiamo a mangiare",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit if i see you irl i'll scream lol", "fuck yeah we're finally meeting irl",
    "damn i'm so done with this shitty weather", "cazzo finalmente ci vediamo dal vivo",
    "this fucking game is done for me", "shit i'm dead tired lmao",
)
