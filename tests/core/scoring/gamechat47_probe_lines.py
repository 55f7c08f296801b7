"""The gamechat47 probe (issue 8): flaming in the chat of games other than Dota 2 (League
of Legends, Valorant, Counter-Strike, Overwatch, Fortnite, Minecraft, Roblox, Call of
Duty): ranks said of a player as a put-down ("hardstuck iron", "you belong in low elo"),
game verbs for wrecking a game said of a player ("our jungle is inting", "griefer"),
"go back to fortnite kid" dismissals, and the same words in ordinary talk that must stay
clean (the writer's own rank, questions, rules talk, "go back to base"). Written before
any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # ranks said of a player
    "hardstuck iron jungler", "you are hardstuck silver for a reason", "silver trash adc",
    "bronze player detected", "you belong in low elo", "go back to iron where you belong",
    "boosted monkey", "our support is so boosted", "bronze brain mid laner",
    "ur a plat 4 hardstuck loser", "you play like a wood 5", "BOOSTED ANIMAL",
    # game verbs for wrecking a game, said of a player
    "our jungle is inting", "stop inting you clown", "yasuo is inting again report him",
    "this griefer keeps breaking my house", "you griefing noob", "camping noob",
    "bot frag sova", "you're the reason we lose", "0 map awareness jg",
    "worst jungle in na", "report our ad", "tilted child", "sit kid",
    "get rekt scrub", "ez clap bots", "uninstall league", "uninstall val you bot",
    # go back to GAME dismissals
    "go back to fortnite kid", "go back to minecraft", "go play roblox little kid",
    "go back to playing cod mobile", "stick to fortnite", "go back to fortnite you 9 year old",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the writer's own rank
    "i'm hardstuck silver lol", "silver 2 to gold today!", "finally out of iron",
    "i was bronze last season", "i'm probably boosted tbh", "my elo is so low rn",
    # ordinary game talk in the same words
    "camping the objective is smart", "ez game, gg wp", "we got boosted by that buff",
    "inting on purpose is bannable btw", "go back to base and heal", "sit on the point",
    "their jungle is on bot side", "the worst jungle path is top side", "report the bug to riot",
    "our ad needs peel", "play around bot lane", "i'm tilted, one more game then bed",
    "is he inting or just bad?", "did someone grief the base?", "no camping at spawn pls",
    "uninstall and reinstall fixed my fps", "i went back to fortnite after val",
    "go back to minecraft survival mode", "he said i was boosted lol", "gold is the average rank",
    "the clap emote is so funny", "sit here and wait for the rotate", "low elo is chaos lmao",
    "that sova had a bot frag game but still won", "map awareness wins games",
    "the griefer got banned from the server",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that clutch", "fuck yeah we won", "damn that was close as hell",
    "what the fuck was that ult lmao", "shit ping again", "this map is bullshit lol",
)
