"""The ninth game-chat probe's studied lines (issue 8), written before reading the rules.

Chat from games other than Dota 2 (League, Valorant, CS2, Overwatch, Marvel Rivals,
Fortnite, Apex, PUBG, Minecraft, Rocket League, Rainbow Six, Call of Duty, Halo, WoW,
Smite, Deadlock, TF2, Brawl Stars) in the shapes players flame with: a verdict on a
player named by hero, role or position; "report X"; orders to leave, quit or uninstall;
mocking rank, skill or age ("go play with your toys"); "ez" and its gloating kin aimed at
the side that lost; blame ("mid lost us the game"); insults inside typos and run-together
words; short all-caps shouts. About a sixth is Italian.

Clean lines are untargeted swearing (its own list: the held-out game-chat floor's
control) and game talk that uses the same words without a person under them: a champion
or patch judged, self-blame, calls, "report" of a bug, quitting oneself, ages and ranks
said plainly, praise and counter-speech.

The held-back batch is in gamechat9_holdout_lines.py, written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # verdict on a player by hero, role or position
    "our bot lane is worthless", "healer is actually clueless",
    "the tank on our team is a liability",
    "our jungler is a complete waste", "entry fragger is terrible", "ashe is the weakest link here",
    "the keeper is hopeless", "bloodhound youre a liability", "cypher is absolutely brain dead",
    "mei has been useless all game", "the mage in our group is an idiot",
    "our sova has the iq of a rock", "raze is the worst ive ever seen", "lucio is a troll",
    "pos 5 has no clue what hes doing", "support has negative iq", "our awper is a joke",
    "this lurker is pointless", "the striker on blue is garbage", "storm ur a disgrace",
    "our duelist is so bad", "carry is a waste of a slot", "sniper on our team is a clown",
    "this bastion is braindead", "offlaner is a walking gold bag",
    # report X
    "report viper", "report our mid pls", "everyone report the jungler",
    "report sage for griefing", "reporting this clown", "pls report thresh",
    "REPORT THE TANK", "mass report our top", "report this loser after the game",
    "report kayle she's trolling", "report the healer useless", "rep0rt jett",
    "report brig", "reported ur trash",
    # orders to leave, quit, uninstall
    "delete the game", "just alt f4 and never come back", "quit the game pls",
    "leave the lobby noob", "log off forever", "go uninstall league", "sell your account",
    "quit ranked you dont belong here", "do us all a favor and leave", "get off my server",
    "go back to the tutorial", "stay in unrated", "go play fortnite kid",
    "uninstall and go outside", "pls never queue again", "never touch this champ again",
    "stick to minecraft", "go back to casual", "delete ur account", "just afk you do less damage",
    # mocking rank, skill, age
    "go play with your toys", "past your bedtime little guy", "does your mom know youre online",
    "how old are you 9?", "your voice hasnt even dropped lol", "12 year old behaviour",
    "shouldnt you be doing homework", "which account did you buy", "who boosted this guy",
    "how did you even get to plat", "my little brother plays better",
    "my grandma aims better than you",
    "my dog could play better than u", "u play like a toddler", "are you playing with your feet",
    "is your monitor even on", "do you even know what buttons do", "first day on a keyboard?",
    "tutorial was too hard for you huh", "mommy will take the ipad soon", "iron brain",
    "bronze player in a gold lobby lol", "u belong in silver",
    # ez and gloating at the losers
    "ezz", "ez lol", "too ez", "EZ", "ez win thanks for the free elo", "thanks for the free rr",
    "free lp", "so ez its boring", "easiest game of my life", "get rekt losers", "sit down",
    "stay mad", "cry harder", "L + ratio", "mald more", "ezpz noobs", "izi", "e z",
    "too easy yall are bots", "1-0 sit kid",
    # blame
    "mid lost us the game", "we lost because of our healer", "thanks jungle for the loss",
    "this loss is on you support", "lost cuz of the tank", "gg our adc threw",
    "our sova threw the round", "this game is lost thanks to reyna", "u cost us the match",
    "cant win with this team", "another loss thanks to bot lane", "keeper threw the game",
    "because of you we lost", "we're playing 4v5 cause of you", "you threw the lead",
    "thanks for throwing genji",
    # typos and run-together words
    "urtrash", "uridiot", "stfunoob", "fukin nub", "nubteam", "idot jungler", "brainded supp",
    "stupd healer", "shutup u noob", "garbageteam", "uselss mid", "wrost player",
    "noobteammates", "trashkid", "ur so dumbbb", "dumass", "assclown tank", "fcking noob",
    "morron", "lozer", "loosers", "noobz", "ur a nub", "u suk", "u sux", "idiotic rein",
    # short all-caps shouts at a player
    "USELESS", "HEAL ME YOU IDIOT", "ARE YOU BLIND", "STOP FEEDING", "DUMBASS", "TRASH",
    "PATHETIC", "LEARN TO PLAY", "L2P", "GET ON THE POINT YOU CLOWN", "WTF ARE YOU DOING IDIOT",
    "NOOB JETT", "MORON",
    # Italian
    "il nostro support è inutile", "il jungla ci ha fatto perdere", "abbiamo perso per colpa tua",
    "reportate il mid", "disinstalla il gioco bambino", "vai a giocare con i lego",
    "torna a fare i compiti", "ez nabbi", "troppo facile scarsi", "sei un nabbo",
    "grazie mid per la sconfitta", "esci dalla partita", "cancella l'account",
    "mia nonna mira meglio di te", "INUTILE", "sei imbarazzante", "healer incapace",
    "sei scarsissimo torna in bronzo", "cancella il gioco", "adc inutile",
)

# The clean lines that swear at nothing (lag, the game, oneself).
TUNE_SWEARING: tuple[str, ...] = (
    "fuck this lag", "shit i died", "holy fuck that ult", "fucking hell this map",
    "shit my controller disconnected", "what the fuck was that damage", "damn i missed the jump",
    "fuck me im bad today", "holy shit that shot", "shit shit shit one hp",
    "fucking stairs glitch", "god damn that storm", "wtf this spawn", "fuck the new patch",
    "bloody hell the servers", "fuck im tilted", "shit forgot my shield",
    "fucking respawn timer", "holy shit we did it", "ass game tonight lol",
    "what the hell was that",
    "damn that hurt", "fuck yes we won", "shit the bomb", "fucking creepers everywhere",
    "goddamn ping", "fucking aim assist", "shit i fell", "fuck that boss", "fucking finally",
    "this shit is hard", "fuck this rank", "damn son what a goal", "shit happens gg",
    "cazzo che lag", "merda sono morto", "porca troia che mira", "cazzo abbiamo perso",
    "che cazzo di mappa", "minchia che ult",
)

# Clean, not swearing.
TUNE_OTHER_CLEAN: tuple[str, ...] = (
    # the same words with no person under them
    "this champ is useless since the nerf", "the new map is terrible", "this patch is a joke",
    "the bots in practice are too easy", "kill the bot lane first", "the tank meta is garbage",
    "my aim is garbage today", "i threw that round my bad", "the loss is on me",
    "we lost because they had a better comp", "lost cuz of lag", "we threw as a team, next",
    "the lag cost us the match", "that was not ez gg", "ez for them lol we threw",
    "is this boss ez?", "take it easy guys", "easy rotation to b", "gg close one",
    "how do i report a bug", "reported the bug to the devs", "can someone report the server lag",
    "i'm gonna quit after this one", "leaving after this game gn", "uninstalled to free up space",
    "alt f4 by accident sorry", "quit to menu and rejoin", "delete the save and start over",
    "go back to base and heal", "go play mid i'll take top", "stay in spawn till the round starts",
    "my little brother is learning the game", "i'm 14 and just hit diamond",
    "my grandma plays minecraft with me", "my dog walked on my keyboard lol",
    "first day on keyboard switching from controller", "the tutorial was long tbh",
    "noobtube is op in this cod", "i suk at this map lol", "urgent heal pls",
    "the keeper saved it", "our healer is cracked", "the tank on our team is a beast",
    "support was the mvp", "our jungler is insane", "mid carried us",
    "we won thanks to our healer", "thanks jungle for the gank", "thanks for the heal genji",
    "report: two on b", "i was the weakest link", "the mage in the quest is useless lol",
    "im the liability today", "sit down here and wait", "cry emote lol",
    "trash talk is part of the fun", "dont say ez its rude", "dont flame our mid",
    "he told me to uninstall lol", "someone called me a lozer in all chat",
    "GG WP", "LETS GOOO", "NICE SHOT", "WHAT A PLAY", "PUSH B NOW", "BEHIND YOU", "HEAL PLS",
    "OMG THAT ACE", "TANK UP", "RUN",
    # game calls
    "ward dragon", "rotate to a", "smoke mid", "buy armor", "flank right", "boost pad left",
    "build a wall", "res me", "ping the loot", "need ammo", "stack for the pull",
    # Italian
    "questo campione è inutile dopo il nerf", "abbiamo perso per il lag", "ho perso io scusate",
    "esco dopo questa", "disinstallo per liberare spazio", "bella giocata support",
    "grazie healer", "il jungla è fortissimo", "mio fratello gioca meglio di me lol",
    "ez per loro", "questa mappa è inutile", "vai mid", "compra l'armatura",
)

# fmt: on

TUNE_CLEAN: tuple[str, ...] = TUNE_SWEARING + TUNE_OTHER_CLEAN
