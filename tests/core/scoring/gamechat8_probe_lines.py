"""The eighth game-chat probe's lines (issue 8), written before reading the rules.

Games earlier probes and the dev data lack: League of Legends, Valorant, CS2, Overwatch,
Rainbow Six, Rocket League, Apex, Fortnite, Call of Duty lobbies, World of Warcraft LFG,
Minecraft servers and World of Tanks, with their flaming slang ("jungle diff", "inting",
"hardstuck", "boosted", "dogwater", "ff15", "1v9", "hold this L"), all caps, heavy typos
and obfuscation; about a quarter Italian ("nabbo", "sei scarso", "vai a zappare").

"ez", "ez clap" and "gg ez" are hostile here: said in all chat after a round they gloat
at the side that lost, who is present and reads them; the researchers who annotated the
Dota 2 chat call 411 of the 447 even-half lines that open with "ez" implicit toxicity,
and Overwatch rewrites "gg ez" for that reason. (The lines were first written as clean;
they moved after reading CONDA's labels, before any rule changed.) Friendly trash talk
that names no loser ("get rekt lol jk gg", "rematch anyone?") stays clean.

TUNE_* were studied; HELD_* were written after the rest and measured only at the start
and the end of the round, never read for misses. SWEARING_* are the clean lines that
swear at nothing (the held-out game-chat floor's control).
"""

from __future__ import annotations

# fmt: off

# Aimed at a player, the team, the lobby (studied).
TUNE_HOSTILE: tuple[str, ...] = (
    # League of Legends
    "top gap our garen is hopeless", "jungle diff ur kha is a joke",
    "mid gap lmao ahri ur dogwater",
    "bot lane is a joke", "our adc is boosted af", "hardstuck iron kaisa",
    "ff15 this jungler is a feeder",
    "stop inting you absolute donkey", "ur inting on purpose u rat", "this feeder has 0 10 report",
    "garen ur actually dogwater", "nasus go back to bronze",
    "jinx is the worst player in this game",
    "malphite u boosted monkey", "our supp is a walking ward for them lol trash",
    "1v9 with these idiots",
    "i'm 1v9ing and u cant even farm noob", "hold this L kid", "ez clap trash team",
    "yone u r so bad bro",
    "why is our jg so braindead", "nice ks u leech", "leona ur useless uninstall",
    "jungle gap ur hecarim is a bot", "our mid is running it down again clown", "ff ur all garbage",
    "i swear this yasuo is mentally challenged", "this kid bought boots 4 times what a moron",
    # Valorant and CS2
    "jett ur so bad just uninstall", "sage heal me u useless bot", "our igl is a fucking moron",
    "reyna instalocker trash", "phoenix u r dogwater", "omen ur smokes are trash like u",
    "awper is blind lmao noob", "ur aim is trash kid", "eco frag merchant useless",
    "bro whiffed 5 shots what a noob", "kick the silver he is a bot", "stop baiting u coward",
    "this guy is boosted by his duo 100%", "our entry is so scared lol pathetic", "baiter trash",
    "nice molly on me u fucking idiot", "teamkiller report and kick this idiot",
    "ct side full of bots",
    "ur a bot with a mouse", "smurfing trash kid", "go back to gold nova",
    # Overwatch and Rainbow Six
    "mercy ur a pocket bot", "genji ur useless diff", "rein ur shield is down cuz ur brain is too",
    "our dps are dogwater", "widow hit a single shot u bot", "tank diff our rein is garbage",
    "ur the reason we lost idiot", "ana u r so trash cant even sleep",
    "moira player lmao brainless",
    "this ash is a clown", "our fragger is hardstuck copper", "r6 kids are so toxic ur all trash",
    "teamkilled me again u fucking moron", "recruit is a bot uninstall", "learn to droppshot noob",
    # Rocket League, Apex, Fortnite, CoD
    "what a save! u suck", "ur a ball chasing noob", "this diamond is boosted trash",
    "nice whiff dogwater", "stop double committing u braindead idiot", "champ 1 my ass ur trash",
    "wraith ur dogshit", "our jumpmaster is a clown", "ur so fucking useless octane",
    "third party me again u rats", "default skin trash", "ur building is so bad lmao bot",
    "ur a no skin bot", "quickscope noob go back to cod mobile", "camper trash kid",
    "ur k/d is a joke lol noob", "nice killstreak... NOT u fkin noob", "u are a total loser kid",
    # WoW LFG, Minecraft, World of Tanks
    "healer oom every pull useless", "tank doesnt know the route kick him",
    "boomkin ur dps is a joke",
    "lfg: no idiots like the last tank", "kick the hunter he is a moron",
    "this dk is so bad its sad",
    "griefer trash get off the server", "u stole my diamonds u thief",
    "ur a noob with no armor lmao",
    "kid ur house is ugly and so are u", "mods ban this griefer idiot",
    "heavy tank players are braindead",
    "our arty is a useless camper", "t-34 u moron why push alone", "this td is a waste of space",
    "platoon of idiots", "ez", "ez clap", "gg ez game", "light tank went afk what a loser",
    # direct, generic flaming
    "ur trash kid", "kys", "kys noob", "go kys", "uninstall", "uninstall the game u bot",
    "just uninstall lol", "noob", "NOOB TEAM", "reported", "reported noob", "report this inter",
    "trash can", "ur a trash can", "garbage player", "ur garbage", "ur absolute garbage",
    "ur so bad its funny", "worst player ever", "u have zero game sense",
    "get carried harder loser", "carried by ur duo kid", "boosted monkey", "dogwater team",
    "hardstuck noob", "ff15 u guys suck", "1v9 again cuz u guys are bots", "ez noobs",
    "hold this L loser", "go back to bronze where u belong", "ur so bad go play minecraft",
    "shut up noob", "stfu u bot", "cry more noob", "get good noob", "git gud scrub",
    "you are so dogshit", "what a useless team", "this team is braindead", "u all suck",
    "u guys are trash", "whole lobby full of bots", "enemy team is a bunch of cheaters",
    # all caps, typos, obfuscation
    "UR TRASH KID", "UNINSTALL NOOB", "WHAT A FUCKING IDIOT", "JUNGLE U ARE USELESS",
    "STOP INTING U MORON", "ur tr4sh", "n00b", "idi0t", "ur an idi0t", "u r a n00b jungler",
    "st0pid team", "ur s0 b4d", "uninst4ll", "k y s", "k.y.s", "noooob", "trashhh",
    "ur sooo trashhh", "ur trsh bro", "u r dogwatr", "retrded team", "fkin noob", "fking idiot",
    "stfu n00b", "garbagee team", "ur garb", "braind3ad", "l0ser",
    # identity
    "girls shouldnt play valorant", "she only got diamond cuz her bf played", "egirl boosted trash",
    "all turks are cheaters in cs", "brazilians ruin every lobby", "russians are animals",
    "go back to ur country noob", "gay ass team",
    # Italian
    "nabbo", "che nabbo", "sei scarso", "sei veramente scarso", "che noob", "ritirati",
    "disinstalla", "disinstalla il gioco", "gioca meglio", "gioca meglio nabbo", "sei un bot",
    "vai a zappare", "vai a zappare la terra", "il jungla è un nabbo",
    "il nostro adc è scarsissimo",
    "sei un peso per la squadra", "che squadra di nabbi", "ma come giochi idiota",
    "sei un incapace totale", "support inutile disinstalla", "mid sei una pippa", "jungla di merda",
    "sei una chiavica", "sei un cesso a giocare", "stai zitto nabbo",
    "tu sei il motivo per cui perdiamo",
    "ammazzati", "sei un coglione", "che scarsone", "vai a giocare a minecraft bambino",
    "tornatene in bronzo", "sei boostato", "ti hanno boostato scarso", "reportate questo feeder",
    "questo feeder è un ritardato", "il tank è un deficiente totale", "healer inutile",
    "sei inutile",
    "siete tutti dei bot", "siete tutti scarsissimi", "che squadra di merda", "squadra di idioti",
    "chiudi il gioco e vai a dormire nabbo", "sei un n00b", "SEI SCARSO", "SEI UN NABBO",
    "che cazzo fai idiota", "imbecille", "ma sei scemo?", "vaffanculo nabbo", "fai schifo",
    "fai proprio schifo a giocare", "sei un handicappato", "tu e il tuo duo fate schifo",
)

# The clean lines that swear at nothing (lag, the game, oneself).
TUNE_SWEARING: tuple[str, ...] = (
    "fuck this ping", "shit my headset died", "wtf was that flick", "holy shit what a 1v3",
    "damn this rank is hard", "fucking crossfire again", "this fucking map", "shit shit reload",
    "fuck me that ult", "bruh wtf is this spawn", "god damn that smoke",
    "what the fuck was that peek",
    "fucking dorito lag", "holy fuck that ace", "fuck my fps", "shit forgot to buy armor",
    "damn i whiffed that", "fucking shield broke", "wtf the storm", "shit i fell off the map",
    "fuck i missed the ult", "this queue is fucking long", "damn that was close af",
    "holy shit we won",
    "fucking creeper", "hell no not this map again", "what the hell is this patch",
    "shit my mouse died", "fucking finally ranked up", "fuck yes ace", "shit goes on",
    "cazzo che ping", "porca miseria ho whiffato", "merda la mappa", "cazzo abbiamo vinto",
    "porco cane sto laggando", "che cazzo di spawn", "minchia che clutch", "madonna che lag",
    "merda mi è crashato",
)

# Clean, not swearing: gaming talk, self-blame, praise, banter, calls, counter-speech.
TUNE_OTHER_CLEAN: tuple[str, ...] = (
    "gg wp all", "push mid now", "kill the healer", "kill the healer first pls",
    "nice shot wtf", "this patch is trash", "i'm so bad today lol", "im hardstuck plat lol",
    "i was boosted by my duo ngl", "im inting sorry guys", "i feed every game lmao",
    "i'm the feeder today sorry", "my bad im trash", "im dogwater today", "i need to 1v9 this",
    "jett 1v9 carried", "what a 1v9", "ff15?", "ff at 15 guys we are down 20 kills",
    "top gap? nah its the matchup", "jungle diff on their side lol they got a smurf",
    "uninstalled the game to reinstall it", "reinstalling cuz of a bug", "i should uninstall lol",
    "report their jett hacking", "reported the cheater", "reported for afk not u",
    "noob question where is the shop",
    "im a noob at this game help", "new player here sorry", "trash can in the corner has loot",
    "garbage collection crashed my client", "this item is garbage", "the meta is garbage rn",
    "the new agent is broken", "this map sucks so much", "valorant servers are dead tonight",
    "kill their adc first", "focus the tank", "rotate a site", "plant b", "drop me a vandal",
    "eco this round",
    "full buy", "one left b long low hp", "flank on the left", "heal me pls", "ult ready",
    "drag in 30", "baron up", "ward tri", "group mid", "rez me", "shield up",
    "behind you", "sniper on the hill", "storm is closing", "third party coming",
    "boost me in the ball", "kickoff go", "rotate back", "pull the boss", "need a tank for m+",
    "lfg heroic need healer", "tanks please mark", "need wood and stone", "creeper behind you",
    "arty is on the ridge", "spot their heavy", "td in the bush", "hold the cap",
    "you're cracked bro", "nice save goalie", "that was insane ty", "gg wp great tank",
    "ur a beast",
    "that flick was sick", "carry me pls", "ur the goat", "what a clutch from sage",
    "gg go next", "ggs", "glhf everyone", "rematch anyone?", "lol nice try", "get rekt lol jk gg",
    "he called me trash lol", "someone in chat called me a noob lol", "dont flame the jungler pls",
    "calling people kys is not ok", "dont tell people to uninstall thats toxic",
    "chill its just a game", "stop being toxic to our support",
    "he is so bad at this champ haha im joking he carried", "that dog in the game is cute",
    "brb 2 min", "anyone want to duo", "what rank are u", "how do i unlock this skin",
    # Italian
    "gg ben giocato a tutti", "vai mid tu", "uccidi l'healer", "spingi mid", "sono scarso oggi",
    "sono un nabbo scusate", "ho inttato scusate", "bella giocata jett", "che giocata ragazzi",
    "questa patch fa schifo", "il server fa schifo", "ritiriamoci a base",
    "disinstallo e reinstallo",
    "chi vuole duo", "dai che la vinciamo", "non flammate", "sei fortissimo", "grande carry",
    "drago tra 30", "attenti a sinistra",
)

# Written last (see the module docstring): measured only at the start and the end.
HELD_HOSTILE: tuple[str, ...] = (
    "sion ur inting again u donkey", "adc gap our vayne is a joke",
    "ff15 jungler is hardstuck for a reason",
    "lulu ur the worst support ive seen", "zed u boosted clown", "our top is a feeder report him",
    "kindred ur so dogwater its sad", "mid diff ur syndra is trash", "bot lane inting ff",
    "killjoy ur setups are garbage like u", "sova u r useless", "this iron is so bad lmao",
    "awp bot go back to dm", "stop peeking alone u idiot", "our lurker is afk trash",
    "ur a silver bot",
    "zen ur healing is a joke", "soldier u r blind", "dva ur so bad uninstall",
    "this thatcher is braindead",
    "ur a plat noob stop talking", "nice own goal u clown", "goalie is a bot",
    "pathfinder ur a moron",
    "this lifeline never heals useless", "ur a default noob", "warzone kid ur trash",
    "tank pulled the whole dungeon idiot", "kick the priest hes clueless", "ur mage is a joke lol",
    "griefer kid get banned", "stop stealing my stuff u noob", "arty camper noob", "td ur blind",
    "UR SO DOGWATER", "SHUT UP NOOB", "ur trashh kidd", "idi0t mid", "n00b team", "u r a l0ser",
    "ur so braind3ad", "garbage teammates", "ur all bots", "noobs", "hardstuck clown",
    "gg ez noobs", "ez game", "uninstall trash", "go kys loser", "women cant aim lol",
    "all indians are cheaters",
    "sei scarsissimo", "che nabbo questo mid", "vai a zappare nabbo", "disinstalla scarso",
    "il jungla è scarso", "sei un peso", "squadra di bot", "stai zitto scarso",
    "sei una pippa assurda",
    "sei un bot totale", "smettila di feedare idiota", "tornatene a casa nabbo",
)
HELD_SWEARING: tuple[str, ...] = (
    "fuck this lag spike", "shit i dropped the spike", "wtf that hitbox", "holy shit that clutch",
    "fucking disconnect again", "damn i choked the 1v1", "god damn this map",
    "what the fuck happened", "shit we lost", "cazzo il ping", "porca miseria sono morto",
    "merda ho mancato", "gioco di merda ma ci sta",
)
HELD_OTHER_CLEAN: tuple[str, ...] = (
    "gg", "nice shot", "push b", "kill the support first", "im so bad today",
    "im hardstuck gold forever", "i inted that fight sorry", "this patch is garbage",
    "the new map is trash", "uninstalling for the update", "reported the hacker",
    "noob question how to buy",
    "im a noob sorry", "ur cracked", "what a save", "nice clutch", "gg wp team", "rotate b",
    "one on a short", "baron now", "group bot", "heal the tank", "need healer for raid",
    "creeper on the roof", "spot the light tank", "dont flame pls", "he said i was dogwater lol",
    "stop calling him a noob", "ff? we cant win this", "carry me jett", "ur a legend",
    "lol i suck", "im trash today lmao", "ho fatto schifo scusate", "bella partita", "vai top",
    "uccidi il support", "ben fatto", "bravo il nostro tank",
)

# fmt: on

TUNE_CLEAN: tuple[str, ...] = TUNE_SWEARING + TUNE_OTHER_CLEAN
HELD_CLEAN: tuple[str, ...] = HELD_SWEARING + HELD_OTHER_CLEAN
