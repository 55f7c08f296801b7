"""The seventh game-chat probe's lines (issue 8), written before reading the rules.

Settings earlier probes under-used: MMO party and raid chat, battle-royale squads,
fighting-game lobbies, racing, sports games (FIFA, NBA 2K), Roblox and Minecraft servers
with kids, chess.com chat, Twitch chat about a streamer's play, and MOBA and shooter lines
as voice-to-text types them; about 40 Italian lines. Hostile lines are aimed at a player
(by name, character, role or "you"), the team, the lobby or the streamer; clean lines are
untargeted swearing, complaints about the game, gaming verbs that sound violent,
self-blame, praise, banter, calls, counter-speech and reported speech.

TUNE_* were studied; HELD_* (about 100 lines) were written after the rest and measured
only at the start and the end of the round, never read for misses. SWEARING_* are the
clean lines that swear at nothing (the held-out game-chat floor's control).
"""

from __future__ import annotations

# fmt: off

# Aimed at a player, the team, the lobby or the streamer (studied).
TUNE_HOSTILE: tuple[str, ...] = (
    # MMO party and raid chat
    "tank pulled again without waiting wtf is wrong with him", "healer is afk again useless",
    "our healer cant heal for shit", "kick the hunter hes clueless",
    "this dps is doing less than the tank lmao what a joke", "vote kick the warrior hes a moron",
    "pug tanks are all idiots", "ur a terrible healer just quit",
    "why does this mage keep standing in fire braindead",
    "rogue ninja looted the sword thieving prick", "learn ur rotation noob",
    "dude read the tactics before joining u clown", "this raid is full of morons",
    "worst pug of my life bunch of mouthbreathers", "priest go back to leveling you suck",
    "kicked the paladin good riddance trash", "ur dps is pathetic", "are you even trying healer",
    "tank is a clown 🤡", "go back to lfr scrub",
    # battle-royale squads
    "bro why did u land there ur so dumb", "this random is a bot",
    "my teammate is braindead he just ran into the storm", "thanks for the rez NOT u idiot",
    "ur a rat stop hiding", "camping loser", "sweaty tryhard no life",
    "u have no life get a job", "ur parents must be so disappointed",
    "random duo useless as always", "drop ur loot and uninstall", "wraith ur garbage",
    "my squad is full of idiots", "this kid is so annoying mute him",
    "shut up kid nobody cares", "why are my teammates so stupid", "default skin noob lol",
    "bot fill squad again absolute trash teammates", "stop stealing my kills u leech",
    "u cant aim for shit",
    # fighting-game lobbies
    "spam merchant", "ken players are brainless", "mash more scrub", "ur so free lmao",
    "zoning coward", "learn to block idiot", "ragequit like the baby u are",
    "stay mad loser", "cheap ass player", "ur the reason this game is dead",
    # racing
    "that guy rammed me on purpose fucking idiot", "learn to brake moron",
    "divebomb merchant ur a menace", "whoever is in the red car is a complete idiot",
    "ppl in this lobby cant drive for shit", "nice punt u donkey",
    # sports games
    "ur keeper is shit", "pace abuser no skill", "ur so bad at fifa its embarrassing",
    "my teammates in 2k are ballhogs and trash", "pass the ball u selfish idiot",
    "center cant rebound for his life useless", "lucky goal u trash player",
    "ur a scripted bot", "quit the game coward",
    "imagine needing meta players to win lmao ur terrible",
    # Roblox and Minecraft servers with kids
    "ur a noob and ur house is ugly", "stop griefing my house u idiot",
    "ur so annoying nobody wants u on the server", "go away nobody likes u",
    "ur poor no robux lol", "ur trash at bedwars", "leave the server loser",
    "this admin is abusing power what a loser", "ur a baby", "ur mom", "ur mom is fat",
    "ur dumb and ugly", "u smell", "im gonna ban u from the world forever noob",
    # chess.com
    "stalling loser just resign", "ur a cheater engine user", "how are u 1500 ur so bad",
    "lucky idiot", "you play like a 5 year old", "pathetic opening clown",
    "go back to 800 elo", "ur a disgrace to chess",
    # Twitch chat about the streamer's play
    "this streamer is so bad lmao", "hes so washed", "streamer is braindead",
    "xqc is a clown", "streamer can't aim 💀 uninstall",
    "hes literally the worst player ive ever watched", "ratio streamer is a fraud",
    "bro thinks hes good 😂 trash", "chat this guy is so stupid", "this dude is a fraud",
    "mods ban this idiot", "streamer go outside",
    # MOBA and shooter, voice-to-text style
    "hey jungle you need to stop being so useless", "okay our mid laner is actually braindead",
    "yo pudge youre so bad man", "invoker is throwing on purpose report him",
    "that sova has no idea what hes doing", "reyna is the worst player on this server",
    "can someone tell the sage to stop being an idiot", "tracer has zero game sense",
    "widow go back to qp", "lucio ur useless",
    # put-downs game chat shares across games
    "touch grass", "go touch grass nerd", "go outside", "get a life", "uninstall pls",
    "uninstall and never come back", "ur a waste of a slot",
    # roles, the team and the lobby as targets
    "tanks are braindead this game", "supports in this game lol", "whole team throwing",
    "our whole team is throwing", "everyone on my team is garbage",
    "enemy team are cheaters and losers", "supports never heal in this game trash",
    "dps players are so selfish and stupid", "you people are hopeless", "u guys are the worst",
    "this lobby is full of bots", "carried by my team lol u did nothing",
    # sarcasm
    "nice job genius", "great call captain obvious", "wow amazing play einstein",
    "thanks a lot genius", "10/10 throw bro",
    # a player judged by name or role, emoji
    "our jungler is a bot", "that mercy is useless", "jett 🤡🤡🤡", "healer 🗑️", "ur trash 😂",
    "u r garbage lmfao",
    # threats and wishes of harm
    "i hope ur house burns down", "im gonna find u and beat u up", "i know ur ip",
    "hope u crash and die", "ill make sure u get banned and ur account deleted",
    "id punch u irl", "wait till i find u after school",
    "hope ur keyboard breaks and ur life too", "i will end u", "kys loser",
    # typos, repeated letters, all caps, obfuscation
    "ur sooooo baddd", "STUPIDDDD", "IDIOTTT TANK", "u r a n00b", "fkn idi0t", "ur so trsh",
    "retrd", "stfuuuu", "shuttt upppp", "ur brain is smol",
    # Italian
    "sei scarsissimo disinstalla", "che niubbo che sei", "il jungler è un idiota",
    "la nostra squadra fa schifo", "siete tutti scarsi",
    "tornatene a giocare a fortnite bambino", "sei un bot", "support inutile",
    "ma sei cieco o cosa", "coglione hai buttato la partita", "stai zitto ragazzino",
    "vai a toccare l'erba", "esci di casa sfigato", "il tank è un deficiente",
    "sei proprio un incapace", "mamma tua", "ti trovo e ti ammazzo",
    "spero che ti si rompa il pc", "team di ritardati", "che scemo questo mid",
    "gioca meglio idiota", "ma sei ritardato", "sei una pippa", "bravo genio complimenti",
    "reportate il jungla è un troll",
)

# Swearing at nothing: the lag, the game, oneself (studied).
TUNE_SWEARING: tuple[str, ...] = (
    "fuck this lag", "shit i missed", "holy shit that was close", "damn im so tired",
    "wtf was that hitbox", "fucking servers again", "omg shit shit shit",
    "god damn it i died", "fuck my aim today", "bruh what the hell", "this fucking storm",
    "shit ping man", "oh fuck they're pushing", "fuckkk that was so close",
    "hell yeah lets go", "damn that boss hits hard", "ugh shit forgot to repair",
    "fucking rng", "what the fuck is this matchmaking", "son of a bitch the game crashed",
    "ffs disconnected again", "bloody hell that went wrong", "shit shit he's behind us",
    "cazzo che lag", "porca miseria ho sbagliato", "merda mi hanno preso",
    "fuck yeah we won", "holy fuck what a comeback", "shit happens lets go next",
    "damn bro that was insane",
)

# Clean lines that are not swearing (studied).
TUNE_OTHER_CLEAN: tuple[str, ...] = (
    # the game, not a person
    "stupid valorant update", "this map is trash", "matchmaking is garbage today",
    "this patch is so dumb", "the new hero is broken af", "this game is dead",
    "servers are trash", "the netcode is a joke", "ranked is a mess this season",
    "who designed this stupid boss", "the storm is so annoying", "this mode sucks",
    "i hate this map", "fifa servers are the worst", "roblox is laggy today",
    "chess.com app keeps crashing",
    # gaming verbs that sound violent
    "kill the healer first", "focus the mage", "burn the boss down",
    "lets destroy them this round", "shoot the guy on the roof",
    "im gonna snipe their sniper", "murder them", "execute on b",
    "i killed him with a headshot", "third party them", "finish him", "smash the nexus",
    "stomp them next game", "push mid and kill everyone", "blow up the tank",
    "i will crush u in the rematch gg", "slaughter the adds", "hit the drone",
    # self-blame
    "im so bad today sorry", "my bad i threw", "im trash at this game lol",
    "sorry guys i suck", "im such an idiot i forgot to reload", "i'm useless this game mb",
    "i played like a bot lol", "i deserve to lose that",
    # praise
    "nice shot", "gg wp", "that mercy is insane", "our jungler is a beast", "ur cracked bro",
    "sick clutch", "this guy is insane at this game", "healer carried us ty",
    "absolute monster of a tank", "ggs everyone well played", "ur so good teach me",
    "nice save keeper", "great game friend", "streamer is cracked today", "nice job team",
    "good job tank", "sick shot mate",
    # banter among friends
    "lol rematch", "bro stop camping lmao", "nah u got lucky lol rematch",
    "ok that was dirty gg", "we got this boys", "love u guys",
    # calls and talk that names roles and players
    "reyna top site", "mercy rez me", "jungle can u gank bot", "tank go in",
    "supports stay back", "whole team push", "healer need mana", "our jungler is on dragon",
    "that sova is on a", "tanks are strong this patch", "support is the hardest role",
    "bot lane is winning", "enemy team has a smurf", "their jett is cracked",
    "kid mode on roblox is cute", "my little brother is playing on my account sorry",
    "mom says i have to get off in 10 min", "i need to touch grass lol",
    "going outside for a bit brb", "uninstalling this game its too laggy",
    "my mom made dinner brb", "check mate nice game", "good luck have fun",
    "can u pass the ball", "whoever is in the red car nice drive",
    # counter-speech and reported speech
    "he called me trash lol whatever", "dont call people noobs thats rude",
    "chill guys no need to flame", "stop being toxic to the healer",
    "someone told me to uninstall lmao", "saying kys is not ok",
    # Italian
    "ti spacco in ranked stasera", "ammazza il healer", "che giocata pazzesca",
    "sono scarso oggi scusate", "questa mappa fa schifo", "il server è lento",
    "bravo bella giocata", "uccidete il tank prima", "ho buttato la partita colpa mia",
    "gg ben giocato",
)

# Held back: written after everything above, measured only at the start and the end.
HELD_HOSTILE: tuple[str, ...] = (
    "our support is a literal potato", "this rammus is brain damaged",
    "pls someone carry this idiot healer", "kick the druid hes useless",
    "the shaman is a moron", "random teammate is a clown", "ur the worst duo ever",
    "learn to drive idiot", "keeper is asleep useless", "ur a lagswitcher and a loser",
    "stop crying kid", "get off the server nobody wants u", "ur building is trash and so are u",
    "go back to 400 elo noob", "streamer is so mid its painful",
    "this dude cant play for shit", "chat he is so bad lol", "genji ur a disgrace",
    "whole team is braindead", "tanks in this lobby are useless",
    "healers never do their job idiots", "u guys are so trash", "everyone here is a bot",
    "great job einstein", "wow thanks genius now we lost", "uninstall u bot",
    "go touch grass loser", "get a job", "ur mom is ugly", "hope u break ur hands",
    "im gonna beat u up irl", "i know where u live kid", "kill yourself", "stfu idiot",
    "IDIOTTTT", "u r sooo dumbbbb", "n00b t34m", "ur so ass", "fat loser", "u suck",
    "this kid is trash", "shut up u nerd", "no one likes u", "ur a fraud",
    "reported u noob", "hunter is doing 0 dps what a waste", "ur dps is a joke",
    "that pudge is so dumb", "lina 🤡", "our carry 💩",
    "sei proprio scarso", "il support è un idiota", "squadra di incapaci",
    "stai zitto bambino", "disinstalla coglione", "ti vengo a prendere sotto casa",
    "sei un ritardato", "bravo genio",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck i lagged", "shit that hurt", "damn good game", "wtf is this ping",
    "holy shit im alive", "fucking hell the boss one shot me", "cazzo ho sbagliato",
    "merda di lag",
)

HELD_OTHER_CLEAN: tuple[str, ...] = (
    "this update is garbage", "the matchmaking is stupid", "kill their support first",
    "destroy the turret", "headshot him", "burst the healer", "im garbage today sorry",
    "my fault guys", "nice play healer", "the tank is a god", "our support is insane",
    "gg close one", "ty for the carry", "rez pls", "jungle top needs help",
    "we threw that one", "i threw so hard lol", "going outside brb",
    "don't tell him to uninstall thats mean", "he said i was trash lmao",
    "lo uccido io il tank", "bella partita ragazzi", "sono un idiota ho dimenticato la cura",
    "this map sucks", "chess.com premium is a scam", "the new skin is ugly",
    "nice drive mate", "fifa is so scripted", "roblox servers down again",
    "streamer is cracked",
)

# fmt: on

TUNE_CLEAN: tuple[str, ...] = TUNE_SWEARING + TUNE_OTHER_CLEAN
HELD_CLEAN: tuple[str, ...] = HELD_SWEARING + HELD_OTHER_CLEAN
