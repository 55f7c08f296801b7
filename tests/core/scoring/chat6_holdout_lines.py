"""The sixth Discord chat probe's held-back batch (issue 8): written last, never tuned on.

Same servers and the same mix as chat6_probe_lines.py (study, art, Minecraft SMP,
Valorant/Apex, fandom, Italian gaming), measured only before and after the round.
"""

from __future__ import annotations

# fmt: off
TARGETED: tuple[str, ...] = (
    "ur the reason this group chat is dead", "nobody invited u to this vc, get out",
    "he's such a try hard loser", "imagine being this stupid in 2026",
    "you draw like a 5 year old, quit", "this tracer needs to get banned, shes a fraud",
    "ur comics are cringe and so are u", "whoever stole my elytra is a scumbag",
    "that guy is a greifing little shit", "u better log off before i find u",
    "our omen is a fucking bot", "phoenix u suck so much", "you're so bad it hurts to watch",
    "this healer is useless af", "ur a dumb ass", "i hope ur mom dies",
    "go cry to ur mommy loser", "stfu u fucking weirdo", "ur ugly as hell lol",
    "nobody likes u in the fandom", "people like you should be banned from the internet",
    "disabled people are a burden", "lesbians are disgusting", "mexicans are all criminals",
    "kys fr", "go kill urself nerd", "u should just die", "ur such a waste of space",
    "i m m a  k i l l  u", "stup1d n00b", "fuk off u idiot", "dumb b1tch",
    # italian
    "sei un cretino", "stai zitta troia", "vai a morire ammazzato", "sei un rifiuto umano",
    "il nostro support è un incapace", "che squadra di idioti", "sei un handicappato mentale",
    "i terroni puzzano",
)

CLEAN: tuple[str, ...] = (
    # untargeted swearing and venting
    "fuck this essay", "holy shit i got an A", "damn i'm so tired", "this assignment is ass",
    "my drawing looks like shit", "wtf happened to my brushes", "fucking skeletons everywhere",
    "shit my pickaxe broke", "the servers are fucking dying", "this meta is so dumb",
    "i'm so bad at this lmao", "fuck me i whiffed", "god this season sucks", "ugh stupid wifi",
    "what the fuck was that ending", "hell yeah we won!!",
    # banter and game
    "ur insane lmao", "bro ur a beast", "lmao u goofball", "ur too good at this 😭",
    "shut up ur amazing", "push a together", "kill the caustic first", "who has spare iron",
    "my base got blown up by a creeper lol", "enemy team is cracked", "gg go next lol",
    "i'll flash for u", "someone res me pls", "that raze is a menace", "nice shot dudeee",
    # server chat, support, counter-speech
    "anyone free to study at 8?", "new commission sheet is up", "season 3 finale thoughts?",
    "someone called me ugly in dms, who do i tell", "a guy told me to kys, i reported him",
    "please don't say slurs even as a joke", "being autistic isn't an insult",
    "disabled people deserve to game too", "i feel like i'm a burden to everyone",
    "i'm such an idiot sometimes", "the mods said 'no insults' is rule 1",
    "she called him a loser and got muted lol", "jews celebrating hanukkah, happy holidays!",
    "the bad guy in the manga is so evil", "my dog is so dumb i love him",
    "can someone explain question 3", "love ur linework!!", "who's on the smp tonight",
    "their wraith is so annoying lol", "the villain deserved worse tbh", "welcome back!!",
    # italian
    "porca puttana che lag", "cazzo ho perso di nuovo", "sono proprio scarso",
    "bella giocata fra", "mi hanno scritto ritardato in privato, che faccio?",
    "che merda di aggiornamento", "chi gioca stasera a valo?", "uccidi il cecchino",
)
# fmt: on

SWEARING: tuple[str, ...] = (
    *CLEAN[:16],
    "porca puttana che lag",
    "cazzo ho perso di nuovo",
    "sono proprio scarso",
    "che merda di aggiornamento",
)
ITALIAN_TARGETED: tuple[str, ...] = TARGETED[-8:]
ITALIAN_CLEAN: tuple[str, ...] = CLEAN[-8:]
