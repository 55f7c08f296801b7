"""The fifth game-chat probe's lines (issue 8), by kind, written before reading the rules.

Researchers' game-chat logs are short, lower-case, typo-ridden lines with player and
champion names, caps bursts, swearing at the game or oneself, jargon and other
languages. These were written for games the earlier probes under-cover: League of
Legends (tribunal-style), World of Tanks and War Thunder team chat, CS2 matchmaking,
Minecraft and Roblox servers, Fortnite and Call of Duty voice-to-text lines and
Rocket League quick and typed chat, with Italian lobby lines. Each tuple is one kind:
TARGETED lines are hostile (aimed at a player, the team, the enemy team or an identity
group); every other kind is clean. Decided borderline, as CONDA's annotators decide:
"report X <reason>" is an action (clean), "gg", "get rekt", "you lucky bastard" are
banter, swearing at lag, the map, the patch or oneself is untargeted swearing.
"""

from __future__ import annotations

# fmt: off
TARGETED: tuple[str, ...] = (
    # league of legends
    "ff 15 this jungler is braindead", "yasuo 0 8 uninstall", "our adc is actually retarded",
    "teemo ur a waste of oxygen",
    "jungle diff this guy is useless", "support go afk you're worthless",
    "why is our top so fucking bad", "lee sin ur trash kid", "noob team ff",
    "mid is inting again what a clown", "thresh kill yourself", "hope you get cancer yi",
    "ezreal youre so bad its embarrassing",
    "fucking silver animals", "stupid kid go do your homework",
    "lux ur a dumb bitch", "bot lane is full of monkeys", "draven main brain dead",
    "useless jungler never ganks", "stfu zed nobody asked", "you inting piece of shit",
    # world of tanks / war thunder
    "arty scum", "noob td sitting in base all game", "red team full of bots",
    "t34 you idiot you blocked my shot", "fucking retards on my team all went left",
    "that light tank is a moron", "300 games in tier 10 clueless idiot", "stupid arty kys",
    "braindead team again", "fuck you heavy",
    "idiot team threw the game", "russians are all cheaters",
    # cs2 / cs:go matchmaking
    "this awper is so fucking bad", "kick the russian retard", "shut up you silver",
    "our igl is braindead", "you suck at this game", "ur mom is a whore", "dumbass teamkiller",
    "kill yourself rusher", "go back to deathmatch noob", "fucking turk idiot", "why are u so shit",
    "nice aim you blind fuck", "get off my team loser", "this team is a joke",
    "you're such a useless cunt",
    # minecraft / roblox servers
    "ur a noob go away", "stop griefing my house you idiot", "steve123 is a stupid kid",
    "you're so annoying leave", "everyone on this server is dumb", "shut up nobody likes you",
    "ur ugly and fat", "go die in lava loser", "dont be a retard", "this admin is a corrupt idiot",
    "stupid bacon hair", "ur so cringe nobody wants u here",
    # fortnite / call of duty voice-to-text
    "bro you are so trash at this game", "shut the fuck up kid", "your mom is fat",
    "i will find you and kill you", "you sweaty loser get a life", "yo this dude is a fucking bot",
    "fucking campers are pathetic", "go back to fortnite you little bitch", "you fucking faggot",
    "shut up before i smack you", "you play like a girl", "girls cant play cod",
    "this kid is autistic", "he's so ass at the game",
    # rocket league
    "what a save! you're garbage", "ball chaser idiot", "stop hitting my ball you moron",
    "you are the worst teammate ever", "nice one idiot", "go back to bronze",
    "my teammate is a literal monkey", "learn to rotate you dumb fuck", "worst player in diamond",
    "calculated. trash",
    # identity groups
    "women shouldnt be allowed to play ranked", "all brazilians are monkeys",
    "gay people ruin every game", "muslims are terrorists lol", "i hate indians in my lobby",
    "go back to your country", "fucking pajeets", "niggers on my team again",
    "trans people are mentally ill", "disabled kids shouldnt play online",
    "girls are only good for support", "chinese players are all hackers", "poles are thieves",
    # the team, the lobby, the enemy team
    "you all are bots", "gg noobs uninstall", "what a team of idiots", "worst team ever",
    "enemy team is full of cheaters and losers", "this lobby is braindead",
    "thanks for nothing team of clowns", "stop talking you all suck",
    # caps, obfuscation, typos
    "UR SO FUCKING BAD", "STUPID NOOB", "f u c k you", "ur a n00b", "idi0t jungler", "kys retrd",
    "stfu fagg0t", "IDIOT TEAM", "u r so dumb omg", "bro ur trash", "u suck",
    # italian
    "sei un idiota", "giungla di merda", "che squadra di ritardati", "stai zitto coglione",
    "vaffanculo support", "sei proprio scarso", "ma sei stupido?", "team di scimmie",
    "ammazzati noob", "il nostro mid è un deficiente", "disinstalla il gioco coglione",
    "che cesso di compagno", "sei una merda", "napoletani di merda", "ti spacco la faccia",
    "imbecille smettila di rubare le kill", "tutti i rumeni sono ladri", "frocio del cazzo",
)

UNTARGETED_SWEARING: tuple[str, ...] = (
    "fuck this lag", "shit i missed", "wtf was that spawn", "omg im so bad lmao", "this map is ass",
    "im so trash today", "fuck my life", "holy shit that was close", "damn it", "bullshit hitbox",
    "what the fuck was that", "fucking servers", "this game is trash", "riot fix your shit",
    "god damn it i died again", "shit shit shit", "fuck this patch", "lag is fucking insane",
    "my ping is ass", "i suck at this champ", "im such an idiot forgot flash",
    "i'm a fucking moron lol", "fuck i forgot to buy", "omg i fucking hate this map",
    "ugh this matchmaking is garbage", "wtf is this rng", "this queue is so shit", "fucking hell",
    "bloody hell", "fucking creeper blew up my house", "shit i fell in lava",
    "this server is dogshit", "holy fuck", "what the hell", "my aim is dogshit today",
    "damn i choked", "fuck me that hurt", "jesus christ these graphics", "god this map is awful",
    "stupid controller drift", "dumb ass bug again", "this stupid game crashed",
    "the hitreg is fucked", "shit spawn", "wtf why did my car flip", "that bounce was bullshit",
    "fucking wifi", "shit im out of ammo", "fuck yeah we won", "fucking finally",
    "oh shit rotate", "that was fucking sick", "holy shit what a shot", "fucking nice",
    "shit my bad", "my bad guys im trash today", "im garbage with the awp lol",
    "i'm literally the worst", "why am i so bad", "idk wtf im doing", "wtf happened",
    "this patch is cancer", "this champ is so fucking broken", "the jungle camps are bugged af",
    "wtf this game", "the shop ui is shit", "my mouse is fucked", "i hate this map",
    "i hate ranked", "fucking rain map", "damn that was a clutch", "this game mode is so stupid",
    "matchmaking put me with diamonds wtf", "shit ping again", "i played like shit sorry",
    "that was the dumbest death of my life", "ffs the ball went through my car",
)

GAME: tuple[str, ...] = (
    "kill the adc first", "drag up in 30", "rush b", "one on a long 80hp", "heal me",
    "push mid", "ward baron", "flash down on their sup", "go go go", "nade long", "smoke cat",
    "rotate a", "eco round", "drop me an awp", "tank on the left flank", "spot the td in the bush",
    "heavy at e3", "arty targeting us", "cap the base", "hold the ridge", "focus the heavy",
    "need diamonds", "anyone got iron", "tp me to spawn", "build a base here", "sell wood 10 each",
    "third party incoming", "storm closing", "uav up", "sniper on the roof", "reviving",
    "100 pumped him", "centering", "rotating back", "what a save!", "nice shot!", "close one!",
    "i got it!", "take the shot!", "defending...", "kill him he's low", "destroy the nexus",
    "shoot the enemy tank", "headshot the sniper", "finish him", "burn their base",
    "kill jax he's 1hp", "gank top", "ill dive the tower", "he has no flash", "ss mid",
    "enemy jungler top side", "one tapped him", "report jax no ward", "report yasuo inting",
    "dont feed their carry", "their tank is on fire", "ambush at the bridge",
)

BANTER: tuple[str, ...] = (
    "gg wp", "gg", "you lucky bastard", "you sneaky rat", "lol get rekt", "you absolute madman",
    "bro you're insane", "that was sick dude", "nice one you beast", "hahaha you got me",
    "you crazy bastard how", "ur a legend", "lmaoo you're cracked", "damn you're good",
    "ok that was dirty", "you're a monster at this game", "my man carried", "rematch?",
    "fucking legend", "we are so bad lol", "you're too good for this lobby", "love you bro",
    "nah you're cracked", "that kill was filthy", "sick play mate", "carry me daddy",
    "you're killing it", "what a chad", "ur insane at this game", "damn you got lucky",
)

OTHER: tuple[str, ...] = (
    "brb", "anyone from eu", "what rank are you", "lol", "my internet is slow today",
    "im eating dinner brb", "add me after", "whats ur discord", "how do i change keybinds",
    "first game of the day", "hi", "glhf", "what time is it there", "my mom is calling me",
    "dont call him retarded thats not cool", "he called me trash after the game",
    "stop flaming guys", "someone said im a noob lol", "no need to be toxic",
    "chill guys its just a game", "we can still win dont ff", "relax no one is flaming you",
    "please dont say the n word", "racism is not ok", "girls can play just as well",
)

ITALIAN_CLEAN: tuple[str, ...] = (
    "cazzo che lag", "porca miseria ho mancato", "che schifo di mappa", "sono proprio scarso oggi",
    "merda sono morto", "madonna che partita", "dai ragazzi ce la facciamo", "vai mid",
    "attenzione dietro", "bella giocata", "ben fatto", "gg ragazzi", "che cazzo di server",
    "mannaggia ho sbagliato", "uccidi il carro a sinistra", "cura cura",
    "sono un idiota ho dimenticato il flash", "questo gioco fa schifo", "porca puttana che botta",
    "bravo hai fatto un gran tiro", "che culo", "non flammate dai",
)
# fmt: on

# The Italian untargeted swearing among ITALIAN_CLEAN, counted with the English kind.
ITALIAN_SWEARING: tuple[str, ...] = (
    "cazzo che lag",
    "porca miseria ho mancato",
    "che schifo di mappa",
    "sono proprio scarso oggi",
    "merda sono morto",
    "che cazzo di server",
    "mannaggia ho sbagliato",
    "sono un idiota ho dimenticato il flash",
    "questo gioco fa schifo",
    "porca puttana che botta",
)
CLEAN: tuple[str, ...] = UNTARGETED_SWEARING + GAME + BANTER + OTHER + ITALIAN_CLEAN
SWEARING: tuple[str, ...] = UNTARGETED_SWEARING + ITALIAN_SWEARING
