"""The discord7 probe's tuning lines (issue 8): Discord's own syntax, written before reading the rules.

Every line carries something the Discord client renders and the scorer sees raw:
markdown (bold, italics, underline, strike, spoiler, inline code, code blocks,
headings, lists, subtext), block quotes followed by the writer's own reply, custom
and animated emoji (`<:name:id>`, `<a:name:id>`), Unicode emoji used as an insult or
as banter, user, role and channel mentions, timestamps, links, and text split over
several lines. About a fifth is Italian.

Decided borderline: a block-quoted line is someone else's words, so quoting an insult
to answer it, report it or ask about it is clean and only the reply below the quote is
judged; words inside a link or a code block are not the writer's words; an emoji of a
clown, rat, pig or monkey aimed at a person (you, a mention, "ur a") is an insult, the
same emoji about oneself, a pet or a thing, or with love ("ily 🤡"), is banter; a
skull emoji is laughter.
"""

from __future__ import annotations

M = "<@123456789012345678>"
M2 = "<@!223456789012345678>"
ROLE = "<@&323456789012345678>"
CHAN = "<#423456789012345678>"

# fmt: off
TARGETED: tuple[str, ...] = (
    # markdown around the insult
    "**you are an idiot**", "you are a **fucking idiot**", "*you're pathetic*",
    "__shut up__ you moron", "~~nice try~~ you absolute clown", "||you're trash at this game||",
    "`git gud` noob, you're garbage", "# YOU ARE ALL IDIOTS",
    "- you're useless\n- you're annoying\n- leave", "-# you're a loser btw",
    "**u r** __so__ ***dumb***", "**idiot**", "||kys||",
    "you're a **complete** and **utter** moron", "you are a ***dumbass***",
    "stop being a __retard__", "*sigh* you're such an idiot", "**SHUT UP** " + M,
    "# shut up", "### ur all trash", "you're a f**king idiot", "__**worthless**__ loser",
    # mentions
    "stfu " + M, M2 + " you're a worthless piece of shit", M + " is such a moron lol",
    ROLE + " you are all useless", "imagine being this dumb " + M,
    M + " you're dogshit at this game", M + " uninstall noob",
    "this guy " + M + " is a clown", M + " and " + M2 + " are trash",
    "get out of this server you freak", M + "\nyou're pathetic\ngo away",
    "nobody likes you " + M, "shut the fuck up " + M, M + " ur so annoying omg",
    M + " go cry somewhere else loser",
    # unicode emoji as the insult
    "u are such a 🤡", "🤡🤡🤡 " + M, "ur a 🐀", "🖕 you", "🖕🖕 " + M,
    "you absolute 🤡 nobody likes you", "shut up 🐷", "u r a 🤡 lmao", "🤡 " + M, M + " 🤡",
    M + " 🐀", "ur a 🤡 and ur mom too", "team is full of 🤡s", "all of you are 🤡",
    "you are a 🐖", "shut up you 🐒", "ur so ugly 🤮", "you disgust me 🤢",
    "lmao you're so stupid 💀", "this guy is a 🤡 fr", "you're such a 🐍",
    "go kill yourself 💀", "kys " + M + " 💀",
    # custom and animated emoji
    "you're a <:pepeclown:123456789012345678>", "<:clown:802345678901234567> " + M + " clown behaviour",
    "<a:clapping:123456789012345678> " + M + " worst player ever", "you are a moron <:kekw:123456789012345678>",
    M + " <:trashcan:123456789012345678> player", "<:pepeclown:123456789012345678> " + M,
    # block quote, then the writer's own hostile reply
    "> i think the ref was fair\nyou are a braindead idiot", "> lol\nshut up you moron",
    "> anyone wanna play?\nnot with you, you're trash", "> i'm the best support here\nlmao ur garbage",
    "> can i join\nno. nobody wants you here loser",
    # split lines
    "you\nare\nan\nidiot", "stfu\nnobody asked", "shut\nup\nidiot", "ur\nso\ndumb",
    "wow\nyou really are that stupid huh",
    # links
    "your mom is a whore https://tenor.com/view/laugh-gif-123", "you're an idiot https://imgur.com/a/xyz",
    "https://youtu.be/abc you are a moron if you like this",
    # timestamps and channels
    "go back to " + CHAN + " nobody wants you here idiot", "you've been useless since <t:1700000000:R>",
    # Italian
    "**sei un idiota**", M + " sei una merda", "sei proprio un 🤡", "stai zitto " + M + " 🖕",
    "> secondo me ha ragione lui\nma stai zitto coglione", "||sei un cretino||",
    "vaffanculo " + M, "sei un **coglione**", "fai schifo https://tenor.com/view/xyz-123",
    M + " è un deficiente", "siete tutti dei 🤡", "# SIETE TUTTI IDIOTI",
    "- sei inutile\n- sei stupido", "ma vai a cagare <:pepe:123456789012345678>", "sei un ratto 🐀",
    "taci 🐷", "sei una testa di cazzo " + M, ROLE + " siete degli incapaci",
    "sei un povero sfigato 💀", "nessuno ti vuole qui " + M,
)

CLEAN: tuple[str, ...] = (
    # emoji banter
    "lmao 💀", "ily 🤡", "i'm such a 🤡 today lol", "lmaooo 💀💀💀", "ur so funny 😂",
    "bro 💀 i can't", "🐐🐐🐐 " + M, "🤡 moment on my part", "i look like a 🤡 in this hat",
    "the 🐷 emoji is cute", "🐀 spotted in the kitchen again", "my cat is a little 🐷 lol",
    "🖕 to mondays", "fuck mondays 🖕", "this game is 🗑️ lol", "my aim is 🗑️",
    "i'm trash at this game 😂", M + " you're a legend ❤️", M + " you're the best 🐐",
    "you absolute madlad 😂", "you're a beast 💪", "gg " + M + " " + M2 + " 🏆",
    # markdown around friendly profanity or plain talk
    "**gg** everyone", "*fucking* nice shot " + M, "holy **shit** that was close",
    "**I HATE MONDAYS**", "this boss is so fucking hard 💀", "**killed** it " + M + " 🔥",
    "kill the tank first " + M, "you're **insane** at this game", "__great__ job team",
    "~~i'm an idiot~~ i fixed it", "~~shit~~ wrong channel sorry", "*sigh* i'm so dumb, forgot my keys",
    "**fuck** yeah we won", "fucking **finally**", "||the killer is the butler||",
    "||spoiler|| he dies in ep 5", "# Server rules\n- no insults\n- no spam",
    "- be kind\n- don't call people idiots", "-# posted by the mod team", "the word **idiot** is banned here",
    # code
    "`rm -rf node_modules` then reinstall", "```py\ndef kill(process):\n    process.terminate()\n```",
    "```\nERROR: idiot check failed in module stupid_utils\n```", "the variable is named `dumb_fix`",
    "the `kill` command needs sudo", "use `/kindness check` to test",
    "```\nyou are an idiot\n```\nthis is the string that gets flagged, why?",
    # block quotes answered, reported or asked about
    "> you are trash\nhey that's not ok, please don't talk to people like that",
    "> you are an idiot\nthis is what he sent me, can a mod look?",
    "> shut up loser\nreported, thanks for flagging", "> you're a moron\nwho said this?",
    "> he called me an idiot\nthat's awful, sorry", "> kys\nthis is never ok. muted for a day.",
    "> u r such a 🤡\nlol calm down", "> you suck at this game\nyeah i know 😂",
    # mentions, channels, timestamps
    M + " check " + CHAN + " for the schedule", ROLE + " raid starts <t:1700000000:R>",
    "welcome " + M + "! grab a role in " + CHAN, "he called me an idiot " + ROLE + " what do i do?",
    "someone wrote \"you're trash\" in " + CHAN + ", mods pls check", "please don't say \"kys\" in this server",
    M + "\nthanks for the help\nreally appreciate it", "<t:1700000000:F> meeting, don't be late",
    "ill be there <t:1700000000:t>", "lol <:kekw:123456789012345678> <:pepeclown:223456789012345678>",
    "<a:dance:123456789012345678> <a:dance:123456789012345678> party time",
    "<:trash:123456789012345678> day for me today tbh",
    # links
    "https://www.reddit.com/r/idiotsincars/comments/abc/", "https://www.youtube.com/@DumbAndDumber/videos",
    "check this https://github.com/org/kill-switch", "https://en.wikipedia.org/wiki/Idiot_(novel) great book",
    "https://tenor.com/view/stupid-funny-gif-1234", "https://imgur.com/gallery/dumb-cat-abc lol my cat",
    "lmao https://tenor.com/view/shut-up-gif-55", "https://www.twitch.tv/uselessfreak live now",
    # split lines
    "shit\nforgot my charger", "holy\nshit\nthat play", "damn\nthat was sick", "lol\nwhat a game",
    # Italian
    "**gg** ragazzi", "cazzo che partita 💀", "porca miseria " + M + " che giocata",
    "> sei un idiota\nnon si parla così, dai", "> sei una merda\nmi ha scritto questo, un mod può controllare?",
    "sono un 🤡 oggi", "ti voglio bene 🤡", M + " sei un grande ❤️",
    "ci vediamo <t:1700000000:R> in " + CHAN, "||il maggiordomo è l'assassino||",
    "`kill -9` per uccidere il processo", "# Regole\n- niente insulti\n- niente spam",
    "che schifo di lag 🗑️", "https://it.wikipedia.org/wiki/L%27idiota bel libro",
    "madonna che caldo 💀", "merda\nho perso il treno", "sei fortissimo " + M + " 🔥",
)
# fmt: on
