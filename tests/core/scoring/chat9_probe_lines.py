"""The chat9 probe's lines (issue 8): Discord servers and in-game chat of games other than
Dota 2 (League, Valorant, CS, Overwatch, Fortnite, Minecraft, Rocket League, Among Us,
Roblox), written before reading the rules.

Hostile lines flame a teammate by role or champion name, blame, threaten a person or
their things, wish harm through a third party, call for raids and pile-ons on a server or
a person, threaten to dox ("i know where you live"), exclude ("nobody wants you here",
"kick him from the server"), mock a named person's looks, or tell someone to leave or die
in game slang. Clean lines are trash talk about games, items and maps, self-blame,
friendly profanity, callouts ("kill the healer first"), banter marked as banter, game
mechanics with violent verbs, reporting procedures, and bots, NPCs and AI teammates
called names. TUNE_* were studied; HELD_* (chat9_holdout_lines.py) were written after
them and before any rule, and are counted only at the start and the end of the round.
"""

from __future__ import annotations

# fmt: off

# Known misses and false flags named in the brief, from earlier rounds.
BRIEF_HOSTILE: tuple[str, ...] = (
    "someone should set fire to your house", "i'll break every window in your house",
    "lets raid their discord", "you threw the whole match", "sarah is so ugly lol",
)
BRIEF_CLEAN: tuple[str, ...] = ("the ai teammate is trash", "the computer goalie is garbage")

TUNE_HOSTILE: tuple[str, ...] = (
    # flaming a teammate by role or champion name
    "our jungler is braindead", "yasuo you are the worst player i have ever seen",
    "jett ur actually trash", "mercy main with zero brain cells", "our awper cant hit a barn",
    "this adc is a walking int machine", "our goalie is a clown", "sova go uninstall",
    "supp ur useless as hell", "mid is feeding on purpose", "lux is a brainlet",
    "the reyna on my team is the dumbest human alive", "our tank is pathetic",
    "ana you absolute donkey", "top laner is a waste of space",
    # blaming
    "you threw the game for us", "you cost us the round idiot", "we lost because of you",
    "this is all your fault jungle", "thanks for throwing the match genius",
    "you single handedly lost us this game", "u threw the whole round",
    "our mid threw the game", "cypher threw every round",
    # threats to a person or their things
    "i will burn your house down", "ill smash your monitor", "i'm going to break your legs",
    "ill slash your tires", "i will find you and hurt you", "watch your back at school tomorrow",
    "ill wreck your car", "i'll smash every window you own", "im gonna beat you up irl",
    "ill burn your stuff", "i will destroy your pc", "say that again and ill hurt you",
    # third-party harm wishes
    "someone should burn his house down", "i hope someone breaks your legs",
    "somebody needs to punch that kid", "hope your house burns down",
    "someone should smash his face in", "i hope your dog dies",
    "someone go beat him up", "hope someone runs you over",
    # raids and pile-ons
    "lets raid his server", "everyone go spam her dms", "raid their discord tonight",
    "lets mass report his account", "everyone flood his twitch chat",
    "go harass him in his dms", "lets all dogpile him", "spam his channel with slurs",
    "raid this server boys", "lets brigade her stream",
    # doxxing threats
    "i know where you live", "ill find your address", "i have your ip address",
    "i know your real name and your school", "ill leak your address",
    "i will post your address in the discord", "i know which house is yours",
    "ill dox you", "gonna find out where u live", "your ip is 192 something, see you soon",
    # exclusion
    "nobody wants you here", "kick him from the server", "ban this loser from the discord",
    "leave the server nobody likes you", "get out of our discord", "no one wants you in the vc",
    "kick this kid from the party", "you are not welcome here", "remove him from the clan",
    "nobody invited you", "get this guy out of the lobby", "vote kick the jett",
    # mocking appearance of a named person
    "sarah is so ugly", "jake looks like a potato lol", "emma is fat and gross",
    "tom has the ugliest face i've ever seen", "lily looks like a goblin",
    "kevin is a fat slob", "mike is hideous", "ashley looks like a thumb lmao",
    # leave or die in game slang
    "go die", "kys", "unalive yourself", "just alt f4 and never come back",
    "uninstall and jump off a bridge", "go drink bleach", "leave the game and die",
    "quit the game forever nobody wants you", "delete the game and yourself",
    "log off and touch a noose", "dodge next time and do us all a favour, die",
    "neck yourself noob", "go afk forever",
    # Italian
    "il jungler è un idiota", "so dove abiti", "nessuno ti vuole qui",
    "cacciatelo dal server", "hai perso la partita per colpa tua", "ti spacco la macchina",
)

TUNE_CLEAN: tuple[str, ...] = (
    # trash talk about games, items, maps
    "this map is garbage", "the new patch is trash", "vandal is so broken rn",
    "this skin is ugly as hell", "ranked is a dumpster fire", "the servers are trash today",
    "this champ is useless now", "the matchmaking is a joke", "inferno is a terrible map",
    "the battle pass is a scam", "this gun is absolute garbage", "overwatch 2 is dead",
    "the crosshair is ugly", "minecraft caves are so ugly now",
    # self-blame
    "i threw the whole match sorry guys", "my bad i threw", "i lost us the round",
    "i'm so trash at this game", "i'm the worst jungler ever lol", "my fault, i fed",
    "i am useless today", "i threw that fight",
    # callouts and mechanics with violent verbs
    "kill the healer first", "focus the support", "burn the tower down",
    "break their shields", "someone kill the sniper", "destroy the nexus",
    "smash the crates for loot", "burn their base", "we need to kill the baron",
    "blow up the reactor", "raid the village at night", "break the windows to get in",
    "execute them at the wall", "shoot the jett she's low", "finish him off",
    "i'll die on site a", "burn down their house with flint and steel",
    "set fire to their base", "the creeper blew up my house", "kill the imposter",
    "vote out red he's sus", "eject blue", "the raid boss is tough",
    "we raided the enemy base", "lets raid the end city", "pick off the medic",
    "kill yourself with a rocket jump to get up there",
    # reporting procedures
    "how do i report someone in valorant", "report him to the mods if he spams",
    "if someone harasses you use the report button", "you can report cheaters in the menu",
    "open a ticket to report harassment",
    # banter between friends, marked as such
    "ur trash lol jk love u", "jk bro ur cracked", "lmao i'm kidding you're goated",
    "we roast each other all the time, dw", "ur so bad haha jk ily",
    # bots, NPCs, AI teammates
    "bots are so dumb in this game",
    "the npc villager is an idiot", "the ai in this game is braindead",
    "my bot teammate is useless", "the cpu players are terrible",
    "the npc keeps walking into lava lol stupid", "the training bot is trash",
    # friendly, other
    "gg ez game for us", "that was a crazy game", "nobody wants to play ranked tonight",
    "nobody wants the support role", "kick the ball to the goal",
    "kick the bot from the lobby", "i know where the key is", "i know where you spawn",
    "i know where you live in the game map lol", "where do you live? eu or na?",
    "leave the server when you're done", "i'll leave the game after this",
    "that boss is so ugly lmao", "the new skin makes jett look ugly",
    "get out of the fire", "dont die to the storm",
    # Italian
    "questa mappa fa schifo", "ho perso io la partita, scusate",
    "uccidi il curatore per primo", "i bot sono stupidi",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fuck this map", "holy shit that clutch", "fucking nice flick", "shit my internet died",
    "damn that was a close one", "what the fuck was that ult", "fuck yes we won",
    "god damn this patch", "bloody hell that was fast", "shit shit shit im low",
    "fuck the zone", "that was fucking insane", "holy fuck i hit the ace", "damn the lag",
    "son of a bitch i missed", "fuck i died again", "hell yeah", "shit happens gg",
    "cazzo che clutch", "porca puttana il lag",
)
