"""The discord11 probe (issue 8): a week of a 5,000-member Discord server's chat as a
moderator sees it, across server kinds (study group, art, music, anime fandom,
Minecraft SMP, FPS team, role-play, tech support, memes), written before reading the
rules.

Hostile lines: server slang aimed at a member ("L + ratio", "nobody asked", "cope",
"skill issue" when aimed with an insult or an order), harassment by repetition and
orders to leave ("leave", "go away", "get out of this server", "shut up already"),
"ur so annoying", "nobody likes you", "block me then", doxxing and leak threats,
exclusion from voice chat and invites, "kys" spellings; some Italian. Clean lines:
banter between friends, self-deprecation, lyrics, rule quotes, "nobody asked but
here's my setup", "skill issue on my part", mod notices, game talk with the same words.
TUNE_* were studied; HELD_* (discord11_holdout_lines.py) were written at the same time
and counted only at the start and the end of the round.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # slang aimed at a member
    "<@123456789012345678> L + ratio + nobody asked + ur mid",
    "ratio + ur art is mid + nobody cares",
    "cope harder loser, u lost the argument", "seethe and cope, ur still wrong clown",
    "skill issue, maybe uninstall and stop ruining our games",
    "nobody asked for your opinion on the setlist",
    "who asked? genuinely nobody. go away",
    "<@123456789012345678> nobody asked bro, leave",
    "imagine thinking anyone in this server cares about you lmao",
    # kys spellings
    "k y s", "kys fr nobody would notice", "go k*s", "kill urself lmao", "unalive yourself pls",
    "just kms- i mean kys", "neck yourself",
    # harassment and orders to leave
    "leave. leave. leave. leave.", "ur so annoying omg just leave",
    "shut up already, nobody wants to hear about your oc",
    "go away, seriously, every day with you", "get out of this server",
    "ur not welcome here anymore", "nobody likes you, that's why nobody replies",
    "block me then, coward, u wont", "leave the smp nobody wants you there",
    "why are you still here, nobody wants you", "can you stop talking for once in your life",
    "pls shut up already ur voice gives me a headache",
    "stop replying to me, ur literally so annoying",
    "<@123456789012345678> go away no one wants u here",
    "why do u keep pinging me, ur the most annoying person here",
    # doxxing and leaks
    "i know where you live", "i'll leak your pics to the whole server",
    "i have your ip, keep talking", "gonna post ur address in general lol",
    "i'll send your selfies to everyone", "i know your school and your real name, watch it",
    "keep it up and ur face is going in the meme channel",
    # exclusion
    "don't invite her, she ruins every vc", "we don't want you in vc",
    "nobody invite him to the raid, he's a leech",
    "kick him from the team he's dead weight", "don't let her into the rp, she's cringe",
    "remove her from the study group, she never does anything",
    # run-downs in server kinds
    "ur art looks like ai slop, quit", "your covers are painful to listen to, stop posting them",
    "ur build is ugly and so is ur personality",
    "your rp posts are unreadable garbage, learn to write",
    "ask google instead of wasting our time, idiot",
    "weebs like you are why nobody takes this fandom seriously",
    "ur such a tryhard no wonder nobody queues with you",
    # Italian
    "nessuno ti ha chiesto niente", "esci dal server", "vattene, nessuno ti vuole qui",
    "sei così fastidioso, stai zitto", "non invitatela in vocale", "so dove abiti",
    "nessuno ti sopporta, esci dal server", "non ti vogliamo in vocale",
    "pubblico le tue foto se continui",
)

TUNE_CLEAN: tuple[str, ...] = (
    # banter and self-deprecation
    "skill issue on my part lol", "nobody asked but here's my setup", "ratio'd myself lmao",
    "L take from me ngl", "cope, i'm still mid at this game", "my skill issue is showing again",
    "i'm so annoying today sorry guys", "nobody likes me and honestly fair lol",
    "leave me alone i'm eating 😤", "ugh go away homework", "i should just leave the smp lol jk",
    "lmao ur so dumb i love you", "shut up that's so cute", "stop 😭 ur too funny",
    "kys = keep yourself safe 💙", "i would rather die than do this assignment lol",
    # lyrics and quotes
    "\"nobody likes you when you're 23\" banger song",
    "🎵 go away, go away, go away 🎵", "\"get out of my head\" is stuck in my head",
    "rule 4: \"do not tell people to leave the server\"",
    "reminder: \"nobody asked\" replies count as spam here",
    "someone said \"i know where you live\" in general, mods pls check",
    # mod and server talk
    "please leave the server if you don't agree with the rules, no hard feelings",
    "if you're not in the study group please don't join the vc",
    "don't invite bots to the server without asking", "we don't want spam in vc",
    "you're not welcome to dm the mods for roles",
    "block them and report it to the mods", "block me if the pings are too much",
    "leave the vc when you're done so others can join",
    # games and art with the same words
    "leave the nether portal open", "get out of the water, drowned spawn there",
    "kill yourself with tnt to respawn faster", "the creeper blew up my house lol",
    "the boss leaks damage if you stand there", "the devs leaked the new map",
    "i know where the stronghold is", "i'll post my address for the secret santa in dms",
    "kick him from the lobby, he's afk", "we don't want the mage in this comp",
    "your lineart is so clean", "this cover is so good, post more",
    "your build is insane", "skill issue on the boss, he ratio'd me",
    # server talk with emoji and markup
    "||he dies at the end|| sorry for the spoiler",
    ":pepe_cry: i failed the quiz", "-_- my internet again", "lmao the bot broke",
    "**shut up** and take my money", "# welcome to the server!",
    "<@123456789012345678> you left your mic on",
    "<@123456789012345678> nobody asked you to do the whole thing alone, we'll help",
    "ur not annoying at all, ask away",
    # Italian
    "nessuno mi ha chiesto niente ma ecco il mio setup", "esco dal server un attimo",
    "vattene che ridi 😂", "ma stai zitto che sei troppo forte",
    "regola 3: niente \"esci dal server\" ai nuovi", "so dove abiti, sei il mio vicino 😂",
    "non invitate bot nel server senza chiedere",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit this build", "fuck the nether", "damn the exam was hard",
    "shit my ping", "wtf this boss lmao", "fucking creepers", "hell no not again",
    "cazzo che lag", "porca miseria ho perso tutto", "fuck yeah we won",
)
