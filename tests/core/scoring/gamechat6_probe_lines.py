"""The sixth game-chat probe's lines (issue 8), written before reading the rules.

In-game all-chat and team-chat as players type it, from games other than Dota: League
of Legends, Valorant, CS2, Overwatch, Rocket League, Fortnite, Apex, Minecraft PvP, WoW,
with about 40 Italian lines. Hostile lines are aimed at a player (by champion, hero or
agent name, role or "you"), the team or the lobby; clean lines are gaming talk with
violent verbs ("kill the healer first"), untargeted swearing ("fuck this lag"),
self-blame, praise and calls. TUNE_* were studied; HELD_* (about 100 lines) were written
after the rest and measured only before and after the round, never read for misses.
Borderline lines were labelled as a player would read them: "report jett griefing" and
a bare "reported" count as hostile here, though CONDA's annotators call "report X" an
action (so no rule was written for them).
"""

from __future__ import annotations

import re

_SWEAR_RE = re.compile(
    r"\b(fuck\w*|shit\w*|damn\w*|dammit|wtf|holy|porca|cazzo|merda|puttana)\b", re.IGNORECASE
)

# fmt: off

# Aimed at a player, the team or the lobby (studied).
TUNE_HOSTILE: tuple[str, ...] = (
    'yasuo int again gg', 'sage ur trash', 'report jett griefing', 'this team is a joke',
    'uninstall', 'hope your pc explodes mid match', 'i know where u live',
    'jg diff lol our jungler is braindead', 'mid is so bad omg',
    'ur actually the worst support ive ever seen', 'u r so bad at this game', 'kys',
    'stfu noob', 'gg ez noobs', 'ff this team is hopeless',
    'bot lane is inting on purpose', "report yasuo pls he's feeding",
    "yuumi you're useless", 'teemo 🐀', 'our adc 🗑️', 'reyna 🤡', "you're a clown 🤡🤡",
    'how are u this bad 💀', 'ur mom should have aborted u',
    'go back to bronze where u belong', 'ur so fkin bad', 'omg this genji is dogshit',
    'mercy doesnt heal at all trash', 'worst tank in the history of overwatch',
    'rein ur a fucking idiot', 'can our ana hit a single shot ffs',
    'WHAT ARE U DOING IDIOT', 'NOOB TEAM', 'fcking retard jungler', 'stupid sova',
    "you're so dumb bro", 'this guy is so dumb', "he's useless", 'our jett is a bot',
    'bunch of bots', 'literally playing with bots', 'bronze players smh', 'get good trash',
    'l2p noob', 'learn to play', 'git gud scrub', 'ur a disgrace', 'why are you so bad',
    'what is wrong with u', 'are u blind or just stupid', 'are you braindead',
    'brain dead team', 'this team has 0 brain cells', 'uninstall the game pls',
    'delete the game', 'go play minecraft kid', 'shut up kid', 'stfu u little shit',
    'nobody asked loser', 'cry more noob', 'ur so trash its funny', 'you are garbage',
    'garbage team', 'tf is this trash team', 'idiot', 'IDIOT', 'moron', 'u idiot',
    'fcking idiot', 'dumbass', 'loser', 'cancer team', 'ur cancer',
    'ur a cancer to this game', 'i hope u get cancer', 'die', 'go die', 'kill urself',
    'k y s', 'kys noob', 'neck yourself', 'hope u die irl', 'i will find u', 'ill ddos u',
    'im gonna hack ur account', 'fuck you', 'fuk u', 'f u', 'fu noob',
    'fuck u and ur team', 'fuck this team', 'fuck off', 'stfu retard', 'retard',
    'ur retarded', 'autist', 'u autistic or something', 'inting phoenix', 'sova inting',
    'reported', 'reported for feeding', 'reporting our bot lane',
    'everyone report lee sin', 'lee sin doesnt gank once useless', '0/10 yasuo gg',
    'ty for inting', 'nice job feeding moron', 'thanks for nothing support',
    'great job idiot', 'wow what a genius', 'ur useless', 'useless team',
    'most useless player', 'peak stupidity from our jungler', 'ez', 'ez clap', 'too ez',
    'ur dog water', 'dogwater team', "you're hardstuck silver for a reason",
    'boosted monkey', 'monkey', 'go back to your cave', 'ur a waste of oxygen',
    'waste of space', 'pathetic', 'pathetic team', 'ur pathetic', 'ratio + ur bad',
    'cry about it loser', 'mald harder', 'ur trash kid', 'omfg ur soo baddd',
    'uuuu suckkkk', 'ur dogshittt', 'ur gaaaarbage', 'n00b', 'ur a n00b', '1d10t',
    'r3tard', 'ur sh1t', 'f*ck u', 'stfu b*tch', 'shut ur mouth', 'shut up', 'mute urself',
    'mute this idiot', "someone mute the guy on mic he's annoying as hell",
    'ur voice is annoying', 'trash healers', 'heals are shit', 'our dps are useless',
    'tanks are braindead this game', 'who is this clown', 'clown', 'sage is a clown',
    'ur a joke', 'sei una merda', 'stai zitto coglione', 'che scarso sei',
    'sei scarsissimo', 'squadra di scarsi', 'jungler inutile', 'ma sei stupido',
    'vai a giocare a minecraft', 'disinstalla', 'coglione', 'idiota', 'ritardato',
    'sei un ritardato', 'vaffanculo', 'fanculo a te', 'sei un bot', 'team di bot',
    'imbecille', 'che noob', 'sei proprio una pippa', 'il nostro jungler è un idiota',
    'ma che cazzo fai deficiente', 'mid di merda', 'siete tutti scarsi',
    'ti auguro di morire',
)

# Gaming talk, untargeted swearing, self-blame, praise (studied).
TUNE_CLEAN: tuple[str, ...] = (
    'fuck this lag', 'shit i missed', 'wtf was that ult lol', "omg they're so cracked",
    'holy shit nice clutch', 'porca miseria che lag', 'kill the healer first',
    "i'll destroy bot lane", 'dive their carry', "i'm so bad today sorry", 'gg wp',
    'nice shot', 'ggwp everyone', 'wp all', 'gj team', 'nice ult', 'nice one jett',
    'sage ty for the heal', 'ty rein', 'ty for the save', 'my bad', 'sorry my fault',
    "i'm trash today lol", 'i suck at this champ', "i'm so bad at this game lmao",
    "i'm a noob at tanking sorry", "damn i'm bad", 'fuck i fed', "i'm throwing sorry guys",
    'ff at 15?', 'ff?', 'go next', 'afk for 1 min', 'brb', 'mid missing', 'care bot',
    'drag up in 30', 'baron now', 'push mid', 'group up', 'we need a tank',
    'can someone play support', "i'll go jg", 'i can fill', 'rotate b', 'eco round', 'buy',
    'save', 'one hp', '2 on a', "he's one shot", "he's low", "he's lit", "he's cracked",
    'their jett is cracked', 'their team is insane', 'that guy is insane at this game',
    'enemy sova is really good', 'their mid is fed', 'their adc is so fed wtf',
    'kill the support first', 'focus the healer', 'kill mercy', 'kill their sniper',
    'kill him', "i'll kill him", "i'm gonna kill him", "just kill him he's low",
    'murder them', 'destroy them', 'we destroyed them', 'we got destroyed lol',
    'we got stomped', "we're getting rolled", "we're so bad this game lol", 'we suck lol',
    "we're trash lmao", 'our comp is bad', 'this map is trash', 'this patch is trash',
    'this champ is so broken', 'yasuo is so broken', 'jett is busted',
    'genji is so annoying to play against', 'this game is rigged',
    'matchmaking is garbage', 'the servers are trash', 'fucking servers', 'lag',
    'fucking lag', 'shit lag', 'shit', 'fuck', 'fuckkkk', 'FUCK', 'damn', 'wtf', 'wtf lol',
    'lmao', 'lol', 'bruh', 'holy shit', 'holy fuck', 'that was fucking sick',
    'fucking nice', 'fucking insane clutch', 'fuck yes', 'fuck yeah', 'lets fucking go',
    'LETS GOOO', 'omg', 'no way', 'sick', 'nice', 'clutch', 'gg', 'cazzo che partita',
    'che lag porco cane', 'scusate sono scarso oggi', 'ho sbagliato io scusa',
    'bella giocata', 'gg ben giocato', 'uccidi il support', 'andiamo mid',
    'il loro jungler è fortissimo', 'cazzo ho mancato', 'merda che sfiga',
    'dai ragazzi ce la facciamo',
)

# Held back: aimed (written last, never read for misses).
HELD_HOSTILE: tuple[str, ...] = (
    'zed ur actually braindead', 'report our support for afk farming',
    'kayle is the most useless person alive', 'tracer u suck so hard',
    'lucio stop being a fucking idiot', 'widow cant hit a barn door trash',
    'cypher ur garbage', 'raze ur so bad it hurts', 'wtf is our duelist doing idiot',
    'omen the worst player ive ever seen', 'your aim is dogshit', 'ur aim is trash kid',
    'our team is full of idiots', 'why do i always get the braindead teammates',
    'these teammates are retarded', 'my team is so fucking stupid', 'bunch of noobs',
    'noobs everywhere', 'this lobby is full of kids', 'shut up nerd', 'stfu nerd',
    'ur so annoying shut up', 'nobody likes u', 'everyone hates u', 'go cry to ur mom',
    'ur parents must be disappointed', 'no wonder ur dad left', 'hope ur house burns down',
    'i hope u lose every game for the rest of ur life', "i'll find where u live",
    'ur dead irl', 'gonna beat u up kid', 'uninstall and go outside',
    'quit the game forever pls', 'pls never queue again', 'go back to fortnite kid',
    'u play like a 5 year old', 'my grandma plays better than u', 'hardstuck trash',
    'boosted clown', 'ur a fraud', 'dumb ape', 'idiot teammates', 'retarded pugs',
    'stupid healer', 'ur a piece of shit', 'piece of garbage', 'absolute moron',
    'fkn moron', 'absolute idiot on our team', "report the mercy she's throwing",
    'report reyna for trolling', 'rep our jungle plz troll', 'soldier 76 u trash',
    'ashe ur so bad lmaooo', 'u suk', 'ur bad', 'u r bad', 'ur sooo fuckin trash',
    'stfuuuu', 'k.y.s', 'die in a fire', '🤡🤡🤡 this jungler', '🗑️ team', '🐀 jett',
    'ur trash 💀', 'sei un idiota', 'sei inutile', 'squadra di merda', 'sta zitto scemo',
    'che coglione il nostro support', 'disinstalla il gioco scarso',
    'ma giochi con i piedi', 'porco dio che cesso di team', 'sei un cane',
)

# Held back: clean (written last, never read for misses).
HELD_CLEAN: tuple[str, ...] = (
    "i'm so bad at aiming today lol", "sorry guys i'm lagging", 'my internet is trash',
    'my aim is dogshit today', "i'm hardstuck lol", 'nice flank tracer', 'ty mercy',
    'gg go next', 'that was a fucking insane play', 'holy shit that flick',
    'fuck the other team is good', 'their reyna is a monster',
    'zed is so annoying in lane', 'kill the widow', 'lets destroy them', 'focus the zen',
    "i'm gonna murder their adc", 'wtf this lag is killing me', 'shit shit shit', 'dammit',
    'we threw lmao', "we'll get em next time", "don't tilt guys", 'no worries mate',
    'good try team', "he said i'm trash lol", 'someone called me a noob lol',
    "don't call people idiots its not cool", 'che sfiga ragazzi', 'porca puttana che lag',
    'ho fatto schifo scusate', 'il loro mid è fortissimo', 'bravi tutti',
    'uccidi il loro adc',
)
# fmt: on


def swearing(lines: tuple[str, ...]) -> tuple[str, ...]:
    """The clean lines that swear (at lag, the game, oneself): untargeted swearing."""
    return tuple(line for line in lines if _SWEAR_RE.search(line))
