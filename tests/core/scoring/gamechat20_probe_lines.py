"""The gamechat20 probe (issue 8): game chat of other games (League, Valorant, CS,
Overwatch, Minecraft servers) in the round's shapes: a player's skill belittled by a
likeness ("you play like my grandma"), a report call on a role ("report jungle"), a role
name-called or blamed ("jungle diff", "mid is trolling", "thanks for feeding"), an order
to quit ("uninstall pls", "delete the game"), sarcastic praise ("nice one genius"); and
clean chat that looks alike: callouts and strategy, the writer's own blame, praise, game
talk about characters, friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a likeness that belittles a player's skill
    "you play like my grandma", "u play like my grandma lol", "you aim like a bot",
    "ur aiming like a bot", "my cat plays better than you", "my dog plays better lol",
    "my little sister plays better than u", "you drive like a noob", "u play like a bot",
    # a report call on a role or position
    "report jungle", "report our mid", "report support pls", "report adc",
    "report the healer", "report our tank", "report top he's inting",
    # a role name-called or blamed
    "jungle diff", "mid diff lol", "mid is trolling", "support afk again wtf",
    "our jungle is useless", "top is inting", "adc is feeding",
    "we lost because of you", "we lost cuz of u", "thanks for feeding",
    "thx for feeding kid", "ty for throwing",
    # telling someone to quit
    "uninstall pls", "uninstall plz", "delete the game", "just delete the game",
    "go back to bronze", "go back to iron", "go back to fortnite kid",
    "quit the game", "just quit bro", "stop playing this game",
    # sarcasm
    "nice one genius", "great job idiot", "well played genius", "nice job einstein",
)

TUNE_CLEAN: tuple[str, ...] = (
    # callouts and strategy
    "bot lane push", "report the score later", "jungle ganks mid", "mid is missing",
    "top is pushing", "adc needs peel", "support ward dragon pls", "jungle can u gank top",
    "our tank should engage", "the healer is behind the wall", "report in when ready",
    "reporting in, all clear", "mid diff is huge this patch, play safe",
    # the writer's own blame
    "i'm so bad today", "sorry i'm feeding", "my bad i threw", "we lost because of me",
    "i play like a bot today lol", "we lost because of lag", "we lost cuz of the server",
    # praise
    "you play like a pro", "jungle diff, gj", "u aim like a god", "you play like faker",
    "thanks for the carry", "thx for the heal", "nice one", "great job team",
    "well played everyone", "nice job mid",
    # game talk about characters and the game
    "you have no hands in the cutscene", "the boss has no hands",
    "uninstall the old launcher first", "delete the game files and reinstall",
    "go back to base", "go back to spawn", "quit the game and restart it",
    "stop playing support, play mid", "my grandma plays this game too lol",
    "my cat plays with my mouse cable", "the bot plays like a human now",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that ult", "fuck this lag", "shit i whiffed again",
    "damn that was fucking close", "what the fuck was that play lmao",
    "this patch is shit",
)
