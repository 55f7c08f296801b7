"""The sixteenth review (issue 8), written before reading the first wave's code or tests:
lines in the shapes gamechat16, forum13, hatecheck18 and italian17 built, in forms those
rounds may over-read (banter, game talk, reported speech, counter-speech, quotes, denials,
questions answered "no", self-directed lines, neutral and positive mentions of groups,
Italian), and a third of hostile lines in the same shapes that must stay caught."""

from __future__ import annotations

# fmt: off

REVIEW_CLEAN: tuple[str, ...] = (
    # gamechat16
    "i used to be that tracer noob everyone laughed at lol",
    "my brother told me to stop being a noob jungler",
    "can you report this shit bug please",
    "report this shit lmao the servers are down again",
    "dont blame support, it was my fault",
    "good feed today on my timeline",
    "my favourite character is the gay healer",
    "finally a gay healer!",
    "i have no skill at drawing lol",
    "why u so good at this game",
    # forum13
    "my kids loved those clowns at the fair",
    "that troll in the hobbit movie is huge",
    "only an idiot like me would forget his own keys",
    "he called them 'those idiots' and got banned for it",
    "don't call those kids idiots",
    "Another snowflake day in Denver.",
    "I was that crybaby in class, not gonna lie",
    "these crooks in the novel are so well written",
    "that jerk chicken was amazing",
    "typical troll move haha love you man",
    # hatecheck18
    "we'd be better off if all the weeds were dead",
    "muslims live next door and i love those people",
    "in the past women were treated as second class citizens",
    "women are not second class citizens",
    "'gays are disgusting' is a hateful thing to say",
    "stop pretending gay people are the problem",
    "all women deserve respect and safety",
    "refugees shud be welcomed",
    "gays shud be allowed to marry",
    "black lives matter to me",
    "are muslims dangerous? no.",
    "we got rid of the old couch",
    # italian17
    "dire che gli immigrati ci derubano è falso",
    "i giornali scrivono che gli stranieri sfruttano il paese, ma è falso",
    "gli stranieri sfruttano il paese? no, lavorano e pagano le tasse",
    "il nero è il mio colore preferito",
    "la femmina è più grande del maschio nei ragni",
    "nessun immigrato è un criminale",
    "molti dicono che gli immigrati non si integrano, ma non è vero",
    "il marocchino del bar sotto casa è simpatico",
    "gli immigrati arricchiscono la nostra cultura",
)

REVIEW_HOSTILE: tuple[str, ...] = (
    # gamechat16
    "that genji is so braindead",
    "support stop being a moron",
    "report this shit pls mid",
    "why u so trash",
    "blame jungler not me",
    "gg nice feed jett",
    "you have zero skill lol",
    # forum13
    "these idiots in parliament keep lying",
    "only a moron would vote for him",
    "Typical spineless coward.",
    # hatecheck18
    "the world would be better off if all gays were dead",
    "immigrants moved in next door and i hate those people",
    "trans people are second class humans",
    "muslims shud be deported",
    "no immigrant deserves any respect",
    # italian17
    "gli zingari ci derubano sempre",
    "i musulmani vogliono invadere l'italia",
    "ogni nero dovrebbe essere impiccato",
    "nessun albanese è una persona onesta",
    "gli stranieri non rispettano le nostre regole",
)
