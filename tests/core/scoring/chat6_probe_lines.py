"""The sixth Discord chat probe's tuning lines (issue 8), by kind, written before reading the rules.

Discord chat is short, lower-case, emoji-laden and typed fast: "ur", "u r", repeated
letters, leetspeak, spaced letters. These lines are in the voice of six kinds of
server: a study server, an art server, a Minecraft SMP, a Valorant/Apex team server,
a fandom server and an Italian gaming server (about 50 Italian lines). Hostile lines
are aimed at a person or group: insults, harassment, exclusion, threats, identity
attacks, telling someone to self-harm. Every other kind is clean: friendly profanity
and swearing at a thing or oneself, banter, gaming talk, server chat, counter-speech,
asking for help about being bullied and quoting an insult to report it.

Decided borderline: swearing at the game, the map, a mob, homework or oneself is
untargeted swearing (clean); a fictional villain or a pet called a name is clean;
killing an enemy in the game is gaming talk; "ur a menace lmao" is banter.
"""

from __future__ import annotations

# fmt: off
TARGETED: tuple[str, ...] = (
    # study server
    "ur literally the dumbest person in this server", "nobody wants you in this study group",
    "imagine failing calc twice lmao ur hopeless", "stop asking stupid questions idiot",
    "you're too dumb for uni tbh just drop out", "this guy copies everyones homework what a leech",
    "@jake ur notes are trash and so are u", "go back to middle school kid",
    "no one asked for ur opinion nerd", "she only got in bc shes a girl lol",
    "can someone kick the loser who keeps pinging everyone", "u r so annoying pls leave",
    "why are you even here, nobody likes you", "you're a waste of a seat in that lecture hall",
    "women cant do math anyway", "kys nerd",
    # art server
    "your art is garbage and you should quit", "tracer lmao you cant even draw hands you fraud",
    "this artist is a thief and a liar", "ur style is ugly just like u",
    "nobody would commission someone as talentless as you", "stop posting ur ugly furry shit",
    "u should honestly just stop drawing forever", "ai bros are parasites",
    "just delete ur account already nobody likes ur art", "shes a fat ugly cow",
    "that mod is a power tripping clown",
    # minecraft smp
    "whoever griefed my base is a fucking loser", "steve_99 is a griefing little rat",
    "ban this idiot he blew up spawn", "get off our smp nobody wants you here",
    "youre a thief and a liar, give back my diamonds",
    "i will find where u live and burn ur house irl",
    "i swear ill dox you", "bedrock players are all braindead kids",
    "ur builds are ugly af just like ur face", "this server is full of toxic idiots",
    "shut up you little kid go to bed", "this noob is so bad at building lmao",
    # valorant / apex team server
    "jett ur so bad uninstall", "our sova is actually brain dead",
    "reyna diff, this girl is useless",
    "go back to the kitchen where u belong", "shes trash cuz shes a woman",
    "wraith u absolute clown stop pushing alone",
    "this team is full of braindead monkeys", "stfu and play u bot",
    "u sound like a 12 yo, mute urself",
    "ur mic is fine its ur brain thats broken", "bloodhound kys", "i hope your house burns down",
    "lmao ur so trash at this game its sad", "fuck u and ur whole family", "u r a fckn idi0t",
    "f u c k  u", "s t f u noob", "r3tard", "ur such a l0ser", "stupiddd teammatesss",
    "IDIOTTTT stop pushing", "you're dogwater", "ur actual dogshit at this game",
    "koreans are all cheaters in valo", "our duo is a fucking liability", "trash sage no heals",
    # fandom server
    "anyone who ships that is a disgusting freak", "ur fave is trash and so r u",
    "stans like you are the reason this fandom is dying", "kpop fans are all mentally ill",
    "ur a pedo for liking that ship", "go die in a ditch", "nobody in this fandom likes you, leave",
    "shut up you delusional swiftie", "trans people are ruining this fandom",
    "gay people shouldnt be allowed in this server", "you're a disgrace to this fandom",
    "antis are brainless sheep", "u should unalive urself", "jump off a bridge",
    "the world would be better off without u", "kill yourself lol", "hope u choke",
    "i'm going to stab u next time i see u", "you fat pig", "ugly ass bitch",
    # anywhere, chat spelling
    "ur so stupid omg", "u r a clown 🤡", "u are such a 🤡", "stupidd bitchh", "dumbasss",
    "shut uppp ur so annoyinggg", "idiooooot stop", "ur moms a hoe", "ppl like u make me sick",
    "u disgust me", "ew ur so weird, nobody wants u here", "muslims are terrorists",
    "immigrants should go back where they came from", "black ppl are so dumb",
    "the jews control all the banks", "autistic ppl are annoying af",
    "old people should just die already",
    "girls are useless at fps games",
)

ITALIAN_TARGETED: tuple[str, ...] = (
    "sei un coglione patentato", "sei proprio un idiota", "stai zitto ritardato",
    "vaffanculo a te e alla tua squadra", "questo jett è un incapace",
    "nessuno ti vuole qui vattene",
    "ammazzati pure, nessuno ti piange", "spero che tu muoia presto",
    "sei una merda a giocare, disinstalla",
    "che cesso di compagni", "squadra di ritardati", "sei un bimbominkia", "fai proprio schifo",
    "ti spacco la faccia se ti trovo", "i gay fanno schifo", "gli immigrati sono tutti delinquenti",
    "le donne non sanno giocare a valorant", "scemo di merda", "quel tizio è un deficiente",
    "sei un mongoloide fra",
    "sei un fallito totale lol", "muori male", "zitto noob", "c0glione",
    "sei proprio una testa di cazzo", "sei inutile fra",
    "porco dio sei scarsissimo",
)

UNTARGETED_SWEARING: tuple[str, ...] = (
    "holy shit this is due tomorrow", "fuck calculus honestly", "damn that lecture was long",
    "bro this fucking exam killed me", "shit i forgot to submit", "wtf is this question",
    "lmao what the hell", "this textbook is fucking useless",
    "fuck my life i have 3 exams this week",
    "i'm so dumb i forgot my login again", "i suck at drawing hands lol",
    "this brush engine is shit",
    "god damn procreate crashed again", "my lineart looks like ass today",
    "stupid creeper blew up my house", "this stupid phantom keeps killing me",
    "lag is so fucking bad rn", "shit ping tonight again", "fucking hell that was way too close",
    "this patch is trash tbh", "the new map is garbage", "holy fuck that ace",
    "that was a dumb play by me",
    "i'm trash at this game today lol", "i hate this boss so much", "fuck this boss",
    "this stupid controller", "bullshit hitreg again", "ugh the season finale was shit",
    "that episode was fucking insane", "oh my fucking god they kissed",
    "this song slaps so hard holy shit", "ugh my code is so fucking broken",
    "i'm an idiot i left the oven on", "this game is so dumb lmao", "why is this so hard wtf",
    "this quiz was bullshit", "the wifi here is shit", "bitch im so excited",
    "fuckkk i overslept", "shiiit the deadline moved up", "ffs my tablet died mid stroke",
    "this redstone is cursed as hell", "why does my farm suck so bad", "damn these endermen",
    "ranked is so fucking stressful", "i played like absolute garbage",
    "ugh this fandom drama is exhausting",
)

BANTER: tuple[str, ...] = (
    "ur such a nerd lol 😂 love u", "shut up ur so funny 💀", "lucky ass got the drop 😭",
    "bro ur cracked", "ur a legend fr", "you absolute madman 😂", "stop ur making me cry 😭😭",
    "that clutch was sick as fuck", "ok ur actually insane at this", "ur a menace lmao",
    "ur so cute it's annoying 😭", "shut up and take my money lmao", "nooo u cant just do that 😭",
    "ur killing me 💀", "youre so weird lmao i love it", "this man really said ggez 💀",
    "ur such a goof 😂", "omg ur so extra lol", "dude you're a genius", "ur evil for that pun 💀",
    "u r the best teammate ever", "lmaooo ur so dumb for that one 😂💕",
)

GAME: tuple[str, ...] = (
    "kill the sage first", "push b they're stacked a", "i'll smoke heaven", "rotate rotate",
    "destroy their spawn beacon", "shoot the wraith she's one shot", "anyone wanna duo ranked",
    "i need 3 more diamonds for the pick", "who's got iron to trade",
    "mobs spawned in my base again",
    "we're getting destroyed lol", "that reyna is cracked, watch out", "enemy jett is insane",
    "their team is stacked", "headshot him he's low", "i'm gonna hunt the last one down",
    "they're camping the bridge", "gg wp all", "ff at 13?",
    "the boss one shots you if you stand there",
    "i died to fall damage again", "can we reset the nether", "who wants to build a shop district",
    "ur base is so pretty omg", "i need a healer for the raid",
    "third party incoming from the left",
    "dont peek mid they have op", "kill him before he rezzes", "nice flick!!",
    "i'm on the res, cover me",
    "who's taking the beacon", "we need a wither skull farm", "gonna blow up this hill with tnt",
    "the ender dragon is so annoying", "i keep dying to the warden", "their octane is a beast",
)

OTHER: tuple[str, ...] = (
    "does anyone have notes for chapter 4", "can someone check my essay",
    "pomodoro session starting in 5", "what program do you use for lineart",
    "commission slots are open!", "love the colours in this piece",
    "who's your favourite character",
    "the finale destroyed me emotionally", "the villain is such an evil bastard i love him",
    "i hate that character so much, best written villain",
    "my cat is an idiot he fell off the couch",
    "the killer in that movie was insane", "study vc open if anyone wants",
    "i finally passed orgo!!!", "wip of my oc, thoughts?", "the new chapter drops tonight",
    "who's watching the premiere", "can mods pin the schedule",
    "welcome to the server!! read the rules pls",
)

SUPPORT: tuple[str, ...] = (
    "someone in dms keeps calling me a retard, can a mod help",
    "he told me to kill myself in vc, what do i do", "pls dont call people slurs here",
    "saying 'go back to the kitchen' isnt a joke, its sexist", "being gay is not an insult",
    "we don't tolerate racism here, full stop",
    "i got called a fat pig at school today and i feel awful",
    "my classmates say nobody wants me around. how do i deal with it",
    "reported the guy who said kys", "calling someone autistic as an insult is not ok",
    "immigrants are people too", "women are great at fps, look at the pro scene",
    "trans people are welcome here 🏳️‍⚧️", "muslims in this server, eid mubarak!",
    "old people are often wiser than us", "i feel so stupid lately, idk what to do",
    "i'm worthless at art compared to you all", "i kinda hate myself today",
    "nobody would notice if i left the server",
    "mods, someone just posted 'you're all idiots' in general",
    "he literally said 'ur trash' and then left lol", "is 'noob' considered toxic here?",
    "don't be mean to new people pls", "being bullied for my accent, any advice?",
    "the word retard is banned here fyi",
)

ITALIAN_CLEAN: tuple[str, ...] = (
    "cazzo che clutch assurda", "porca miseria sto lag", "che schifo questa mappa",
    "sono scarsissimo oggi",
    "merda, ho perso tutto", "gg a tutti, partita tiratissima", "chi entra in ranked?",
    "uccidi la jett è a un colpo", "vado a sinistra coprimi",
    "mi sono suicidato con la granata lol",
    "che palle sto server crasha sempre", "sei fortissimo fra 😂", "ma sei un pazzo che tiro",
    "porco cazzo che ping", "non insultate gli altri per favore",
    "mi hanno dato del coglione in chat, cosa faccio?", "ho bisogno di aiuto coi compiti di mate",
    "bella build!", "oddio questo episodio mi ha distrutto", "che cazzo di bug", "madonna che fame",
    "stasera si gioca?", "sono un idiota ho dimenticato lo scudo",
    "gli immigrati sono benvenuti in questo server", "vaffanculo sto gioco",
)
# fmt: on

# The Italian untargeted swearing among ITALIAN_CLEAN, counted with the English kind.
ITALIAN_SWEARING: tuple[str, ...] = (
    "cazzo che clutch assurda",
    "porca miseria sto lag",
    "che schifo questa mappa",
    "sono scarsissimo oggi",
    "merda, ho perso tutto",
    "che palle sto server crasha sempre",
    "porco cazzo che ping",
    "che cazzo di bug",
    "sono un idiota ho dimenticato lo scudo",
    "vaffanculo sto gioco",
)
HOSTILE: tuple[str, ...] = TARGETED + ITALIAN_TARGETED
CLEAN: tuple[str, ...] = UNTARGETED_SWEARING + BANTER + GAME + OTHER + SUPPORT + ITALIAN_CLEAN
SWEARING: tuple[str, ...] = UNTARGETED_SWEARING + ITALIAN_SWEARING
