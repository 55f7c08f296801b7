"""The discord7 probe's held-back lines (issue 8): written after the tuning lines, before
reading the rules, and measured only at the start and at the end of the round.

Same syntax and same decisions as discord7_probe_lines.py, in fresh wording.
"""

from __future__ import annotations

M = "<@987654321987654321>"
M2 = "<@!887654321987654321>"
ROLE = "<@&787654321987654321>"
CHAN = "<#687654321987654321>"

TARGETED: tuple[str, ...] = (
    "**ur a joke**",
    "*you're so* ***annoying***",
    "__nobody__ likes you",
    "||ur ugly||",
    "## you're a disgrace",
    "you're a **braindead** **loser**",
    "-# ur a clown",
    "- idiot\n- moron\n- that's you",
    M + " ur a fucking loser",
    M2 + " shut up dumbass",
    ROLE + " you're all trash tbh",
    "report " + M + " he's a cheating rat",
    M + " is garbage at this",
    "🤡 alert " + M,
    "ur such a 🤡 omg",
    "🖕🏻 " + M,
    "you're a 🐷",
    "look at this 🤡 " + M,
    "bro ur a 🐀 for that",
    "ur face 🤮",
    "you're a <:clown:555555555555555555>",
    M + " <a:clownspin:555555555555555555>",
    "> good game all\nnot you, you were useless",
    "> i carried\nyou carried nothing you idiot",
    "you\nare\nsuch\na\nloser",
    "shut up\nno one cares",
    "lol\nur so dumb",
    "you're pathetic https://tenor.com/view/cry-123",
    "get lost, idiot <t:1700000000:R>",
    "you're too stupid to read " + CHAN,
    # Italian
    "**sei un fallito**",
    M + " sei un imbecille",
    "sei un 🤡 vero",
    "🖕 " + M + " stronzo",
    "> ho vinto io\nma stai zitto idiota",
    "||sei patetico||",
    "- sei scarso\n- sei inutile",
    "fai pena " + M + " 🤮",
    "siete tutti dei ratti 🐀",
    "chiudi la bocca coglione",
)

CLEAN: tuple[str, ...] = (
    "lmfao 💀💀",
    "ily guys 🤡",
    "i'm a 🤡 for believing that",
    "ngl that was hilarious 😭",
    "my dog is a 🐷 with treats",
    "🐍 in the garden today",
    "🖕 to this weather",
    "this map is 🗑️",
    "**holy shit** that clutch",
    "*damn* nice",
    "__fuck__ i missed the bus",
    "~~dumb~~ silly question but how do i join",
    "||bruce willis was dead all along||",
    "# Welcome!\n- read the rules\n- be nice",
    "-# edited for typos",
    "```js\nconst stupid = false;\n```",
    "`kill_switch` is on",
    "the bot flagged `ur a moron` lol",
    "> ur trash\nwow rude, please keep it kind",
    "> you're a loser\nsomeone DMed me this, help?",
    "> idiot\nhe said this in " + CHAN + " to a new member",
    "> nice play\nthanks lol",
    M + " gg wp 🏆",
    ROLE + " event in " + CHAN + " at <t:1700000000:F>",
    "<:pepelaugh:555555555555555555> <:kekw:555555555555555555>",
    "<a:catjam:555555555555555555> vibing",
    "https://www.reddit.com/r/StupidFood/comments/xyz/",
    "https://tenor.com/view/idiot-sandwich-gif-999",
    "https://github.com/someone/trash-panda",
    "shit\nmy game crashed",
    "fucking\nlegend",
    "you're killing it " + M + " 🔥",
    # Italian
    "cazzo che bella giocata 💀",
    "> sei un coglione\nnon scrivere così, per favore",
    "sono proprio un 🤡",
    "**gg** a tutti",
    "ti voglio bene " + M + " ❤️",
    "`rm -rf` uccide tutto",
    "https://it.wikipedia.org/wiki/Stupidità",
    "merda\nho dimenticato le chiavi",
)
