"""The discord8 probe's lines (issue 8): Discord chat as people type it, written before
reading the rules.

Where discord7 probed Discord's syntax, this probe is about the talk: short lowercase
lines, replies and mentions, "bro", "ratio", "L", "mid", "cringe", "skill issue", "touch
grass", "nobody asked", "ur mom", role-play actions, bot commands, and the servers'
kinds (study, art, anime, music, coding help, memes, fandom, voice chat, role-play,
language learning); about a quarter Italian. Hostile lines insult the reader or a member
(by mention or name), exclude ("nobody wants you here", "leave the server"), harass,
threaten, encourage self-harm or attack an identity group; clean lines are banter,
friendly or untargeted profanity, self-deprecation, talk about games, shows and code,
moderation talk, rule questions, emoji, bot commands and quoted messages reported to mods.

Lines with a user mention are scored with `mentions_someone=True` and the *_REPLY lines
with `is_reply=True`, as bot/discord/message_scoring.py does. TUNE_* were studied;
HELD_* (discord8_holdout_lines.py) were written after them and measured only at the
start and the end of the round.
"""

from __future__ import annotations

M = "<@123456789012345678>"
M2 = "<@!223456789012345678>"

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # at the reader, in text-speak and server slang
    "ur so annoying bro nobody likes u", "bro ur actually braindead",
    "skill issue + ratio + ur a loser", "touch grass u basement dweller",
    "imagine being this stupid lmao", "ur mid and ur personality is trash",
    "you're genuinely the most insufferable person on this server",
    "stfu nobody asked you loser", "who asked? literally nobody. shut up",
    "ur mom should have aborted u", "L + ratio + cope + ur ugly",
    "cringe ass weeb get a life", "go touch grass you pathetic neckbeard",
    "u talk like a 12 year old with no friends", "ur so cringe it hurts, leave",
    "everyone here hates you btw", "bro thinks hes funny 💀 ur not, ur just annoying",
    "dont @ me again u freak", "ur literally a waste of oxygen", "get a job you parasite",
    "stfu u dumb fuk", "ur a fkn idiot", "ur such a b1tch", "u r a dumbass",
    "ur a lil btch", "stfu idiot", "fuck off", "fuck you", "fuck u and ur stupid opinions",
    "suck my dick loser", "eat shit", "ur trash at everything",
    "u smell like cheeto dust you manchild", "ur a simp and a loser",
    "incel behaviour, touch grass loser", "ur such a pick me lmao nobody likes u",
    "ur mom is a whore", "this server would be better if you weren't in it",
    # mods, servers' kinds
    "you are the dumbest mod ive ever seen", "worst mod ever, power tripping loser",
    "this mod is a clown 🤡", "jannies are all fat losers", "the mods here are pathetic",
    "ur code is garbage and so are u",
    "how are you this bad at python, just quit programming idiot",
    "ur drawing looks like a toddler did it, give up",
    "ur voice is so annoying in vc shut up", "mute ur mic nobody wants to hear u breathe",
    "get out of vc you weirdo", "ur english is garbage go back to school idiot",
    "stop asking stupid questions moron", "RTFM idiot",
    "ur too stupid to learn this just give up",
    "this is why nobody helps you, ur lazy and dumb",
    "ur taste in music is trash and so are u", "ur fanart is ugly and so are you",
    "stop posting ur ugly oc nobody cares", "swifties are all braindead",
    "kpop stans are mentally ill", "ur a fake fan, die",
    # exclusion
    "nobody wants you here", "leave the server",
    "just leave the server already nobody likes you",
    "pls leave, you ruin every conversation", "no one invited u, get out",
    "can we kick this guy already hes insufferable", "ban this idiot pls",
    # a member, by mention
    f"{M} ur actually so stupid", f"{M} shut up loser", f"{M} nobody asked", f"{M} kys",
    f"{M} is the most annoying person here", f"{M} ur a fraud and everyone knows it",
    f"lmao {M} is such a loser", f"{M} go back to reddit nerd", f"{M} touch grass fatass",
    f"{M} ur so fat lmao", f"{M} you disgust me", f"{M2} stop talking you sound retarded",
    f"{M2} imagine being this ugly", f"{M2} cope harder virgin",
    f"{M} ur opinion is worthless just like you", f"kick {M} hes a creep",
    f"{M} is a pedo dont trust him", f"{M} everyone in this server hates you",
    f"{M} you're a disgrace", f"{M} dumbass", f"!ban {M} this clown is so dumb",
    # a member, by name
    "jake is such an idiot lmao", "why is sam always so annoying, hes a loser",
    "that new guy is a creep", "the girl in vc is so dumb",
    "bro that dude in general is braindead", "mia is a fake friend and a snake",
    "tyler is a massive weirdo", "emma is so ugly lol",
    # harassment, dogpiling
    "everyone screenshot this loser's messages and laugh",
    "lets all spam him until he leaves", "dogpile on this clown",
    "ping him every minute until he quits lol", "lets raid his dms",
    "go send him death threats lol",
    # threats
    "i will find you and beat the shit out of you", "i know where you live",
    "say that again and ill break ur face", "ill doxx you",
    "keep talking and ill leak ur address", "im gonna kill you", "watch your back",
    "i hope someone stabs you", "i will make your life hell", "ill swat u",
    "someone should beat you up", "hope u get hit by a bus", "i hope you die",
    # self-harm encouragement
    "kys", "kys loser", "just kys already", "go kill yourself",
    "nobody would miss you if you died", "do everyone a favor and off yourself", "k y s",
    "unalive yourself", "jump off a bridge", "drink bleach", "end it already nobody cares",
    "the world is better without you", "ur family would be better off without u",
    "neck yourself", "go hang yourself",
    # identity attacks
    "women shouldnt be allowed in this server", "girls cant code lol go back to the kitchen",
    "all gays are disgusting", "trans people are mentally ill freaks",
    "muslims are terrorists", "black people ruin every server", "jews control everything",
    "indians are all scammers", "no girls allowed, get out",
    "autistic people are so annoying they should be banned", "fat people are disgusting",
    "immigrants are parasites", "ur gay lol fag", "shut up tranny", "ur such a retard",
    "go back to your country", "mexicans are all criminals",
    "asians cant drive lmao and they're all ugly",
    # role-play
    "*punches you in the face* stupid bitch", "*spits on you* pathetic",
    "*throws you out of the server* nobody wants you",
    # Italian
    "sei un coglione", "stai zitto idiota", "nessuno ti vuole qui", "esci dal server",
    "vattene dal server nessuno ti sopporta", "sei proprio scemo", "ammazzati", "ucciditi",
    "buttati da un ponte", "fai schifo", "sei una merda", "ti spacco la faccia",
    "so dove abiti", "ti vengo a prendere", "speriamo che muori", "spero che tu muoia",
    f"{M} sei un deficiente", f"{M} stai zitto coglione",
    f"{M} nessuno ti ha chiesto niente", "chi ti ha chiesto niente, sfigato",
    "sfigato vai a toccare l'erba", "sei uno sfigato senza amici",
    "che cringe che sei, imbarazzante", "bannate questo idiota", "kickate sto coglione",
    "quel tipo in vc è un cretino", "marco è un idiota", "giulia è una troia",
    "sei una troia", "figlio di puttana", "vaffanculo", "vaffanculo stronzo",
    "le donne non capiscono niente di programmazione", "i froci fanno schifo",
    "gli immigrati sono tutti delinquenti", "negro di merda", "tornatene al tuo paese",
    "i meridionali sono tutti terroni fannulloni", "sei ritardato?", "sei un down",
    "ritardato mentale", "la tua arte fa pena come te",
    "il tuo codice fa schifo, sei un incapace", "sei inutile", "sei una nullità",
    "mongoloide", "taci che nessuno ti ascolta", "muori", "sei grasso e brutto",
    "cesso ambulante", "ti odio, sparisci", "nessuno ti sopporta, vattene", "sei un fallito",
)

# Replies (scored with is_reply=True).
TUNE_HOSTILE_REPLY: tuple[str, ...] = (
    "ratio + you're an idiot", "nobody cares about your opinion loser",
    "this is the dumbest take ive ever read, ur a moron", "cope + seethe + ur a clown",
    "shut up nerd", "ok boomer go die", "imagine thinking anyone cares, loser",
    "ur so dense holy shit", "dumbest person alive fr", "go cry about it baby",
    "who asked? shut up clown", "lol ur actually stupid", "u are so cringe",
    "L take, L person", "taci sfigato", "nessuno ha chiesto la tua opinione, idiota",
)

TUNE_CLEAN: tuple[str, ...] = (
    # banter, friendly and untargeted profanity
    "lmao this is so fucking funny", "holy shit thats sick", "bro ur art is fire 🔥",
    "damn this song slaps", "fuck yeah we won", "shit i forgot my homework",
    "you crazy bastard you actually did it", "shut up that's amazing omg",
    "stfu no way 😭", "bitch i'm crying 😭😭", "ily bro", "u absolute legend",
    "bro ur so real for that", "ur mom jokes are so 2012",
    # self-deprecation
    "im so dumb i forgot to save", "i'm such an idiot lmao i deleted my whole project",
    "i look like a clown today lol", "me when i fail my exam 💀", "skill issue (mine)",
    "nobody asked but i finished my drawing", "no one asked but here's my cat 🐱",
    "my mic is trash sorry", "im so bad at italian lol", "i failed my test lmao im done",
    # things, shows, games
    "this update is mid", "the new season is mid tbh", "that movie was cringe lol",
    "the ending was so cringe i loved it", "this code is garbage, why does it segfault",
    "python is killing me", "i hate javascript so much", "fuck css", "this bug is so stupid",
    "the compiler is being an idiot again", "my laptop is a piece of shit",
    "who tf designed this api", "kill the process and restart it", "just kill -9 it",
    "how do i kill a child process in node", "git blame says it was me 💀",
    "the villain is such an asshole, love him", "gojo is so strong its unfair",
    "sukuna is a monster lol", "that character is an idiot but i love him",
    "this episode destroyed me", "the mc is so dumb in this arc",
    "i want to fight the author for that ending lmao", "that boss killed me 20 times",
    "i'm gonna destroy this level", "headshot him!", "kill the healer first",
    "this exam is gonna kill me", "i'm dying of boredom in this lecture",
    # emoji, greetings, vc
    "dead 💀💀", "💀", "🔥🔥🔥", "<:pepega:123456789012345678>",
    "<a:catjam:123456789012345678> <a:catjam:123456789012345678>", "😭😭😭",
    "gm everyone ☀️", "gn chat", "anyone in vc?", "joining vc in 5",
    "can someone unmute me lol", "welcome to the server!", "glad ur here",
    # kind address
    "you're so talented omg", "you're not dumb, it's a hard problem",
    "ur not an idiot, the docs are just bad", "don't be so hard on yourself", "you got this!",
    "you're so funny lmao", "can someone explain derivatives, im so lost",
    # moderation talk, rules, reports, quotes
    "pls dont call people idiots in general", "hey, no slurs here please",
    "calling someone a retard gets you a warn, read the rules", "rule 3: no harassment",
    "can i post memes in general or only in #memes?", "is swearing allowed here?",
    "what's the rule about nsfw?", "someone in dms told me to kys, what do i do?",
    "he called me an idiot, should i report?",
    "someone said 'nobody wants you here' to my friend, not cool",
    "saying 'go back to your country' is racist and not allowed here",
    "telling people to kys is never a joke",
    "> you're a worthless idiot\nmods, this user keeps sending me this",
    "> kys\nreported, thanks for telling us", "how do you say 'idiot' in japanese?",
    "what does 'coglione' mean?", "banned the spam bot 👍", "kicked the raid accounts",
    # bot commands
    "!rank", "/play never gonna give you up", "!help",
    # groups, neutral or kind
    "happy pride month everyone 🏳️‍🌈", "women in tech meetup this friday",
    "eid mubarak to everyone celebrating", "my gay friends are the best",
    "shoutout to all the girls in the art server", "trans rights 🏳️‍⚧️",
    # role-play
    "*hugs you*", "*slaps you with a fish* wake up", "*throws cookies at everyone*",
    "*bonks you* go to sleep",
    # mentions
    f"{M} gg", f"{M} ty for the help!", f"{M} you're a legend", f"{M} check dms",
    f"{M} wanna vc?", f"{M} happy birthday!! 🎉", f"{M2} ur drawing is so cute",
    f"{M} your code works now, you forgot a semicolon",
    f"/mute {M} 10m spam", f"!warn {M} rule 2", f"?ban {M} advertising",
    f"/timeout {M} 1h", f"@mods {M} called me a loser in general",
    # Italian
    "cazzo che bello", "porca miseria ho dimenticato i compiti",
    "sono un idiota, ho cancellato tutto", "che schifo questo caldo",
    "questo codice fa schifo, non compila", "odio il lunedì", "ragazzi chi entra in vc?",
    "buongiorno a tutti ☀️", "buonanotte server", "grazie mille per l'aiuto!",
    "sei bravissimo a disegnare", "sei un grande", "non sei stupido, è difficile",
    "dai non ti abbattere", "benvenuto nel server!", "per favore non insultate nessuno",
    "è vietato dire parolacce in generale?",
    "qualcuno mi ha scritto 'sei un coglione' in dm, cosa faccio?",
    "mi ha chiamato idiota, devo segnalarlo?", "ho bannato lo spammer",
    "questo episodio mi ha distrutto", "il cattivo è uno stronzo ma lo adoro",
    "che cringe questo trailer", "l'esame di domani mi ucciderà",
    "sto morendo dal ridere 😭", "minchia che partita", "madonna che fame",
    "cazzo ho perso il treno", "la canzone spacca", "sono scarsissimo in inglese lol",
    "come si dice 'stupid' in italiano?", f"{M} grazie!", f"{M} vieni in vc?",
    "ahahah sei troppo forte", "mamma mia che ridere",
    "non dire 'vattene' alla gente, non è carino", "buon ramadan a chi lo festeggia",
)

TUNE_CLEAN_REPLY: tuple[str, ...] = (
    "lmaooo true", "fr fr", "real", "same tbh", "nah you're right",
    "this is so true it hurts", "i'm crying 😭", "thats fucking hilarious",
    "no way thats sick", "ratio'd by my own cat 💀", "hai ragione", "ahahah muoio",
)

# fmt: on
