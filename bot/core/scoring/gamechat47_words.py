"""Words of the gamechat47 round (issue 8): flaming in the chat of League, Valorant,
Counter-Strike, Overwatch, Fortnite, Minecraft, Roblox and Call of Duty, read by
targeting_gamechat47.py."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat20_words as g20

# fmt: off
# A player named by role, by the agent or champion they play, or as a kid: the person a
# put-down before it is said of ("hardstuck iron jungler", "bot frag sova", "tilted child").
PLAYERS: Final[frozenset[str]] = g20.ROLES | frozenset({
    "player", "ad", "entry", "lurker", "sniper", "main", "teammate", "kid", "child",
    "kiddo", "boy", "baby", "andy",
    # Valorant agents, League champions and Overwatch heroes that chat names players by
    "sova", "jett", "reyna", "phoenix", "sage", "omen", "raze", "cypher", "killjoy",
    "neon", "chamber", "yoru", "skye", "breach", "viper", "brimstone", "astra", "yasuo",
    "yone", "zed", "teemo", "lux", "ezreal", "vayne", "draven", "master", "yi", "riven",
    "katarina", "mercy", "genji", "hanzo", "widow", "widowmaker", "tracer", "reinhardt",
    "rein", "moira", "soldier",
})
# Words between the put-down and the player: a rank and its division, a lane, "frag"
# of "bot frag" ("hardstuck iron 4 jungler", "bronze brain mid laner").
BETWEEN: Final[frozenset[str]] = frozenset({
    "iron", "bronze", "silver", "gold", "plat", "platinum", "diamond", "wood", "elo",
    "1", "2", "3", "4", "5", "i", "ii", "iii", "iv", "frag", "mid", "top", "bot",
    "jungle", "jg",
})
BETWEEN_REACH: Final = 4
FRAG: Final = "frag"
# Put-downs that are verbs said to a player, read by the older rules ("cry viper").
VERBS: Final[frozenset[str]] = frozenset({
    "cry", "cope", "seethe", "mald", "learn", "stop", "go", "get", "stay", "sit", "shut",
})
# The run after the put-down: words between and the player, who ends it.
NAMING: Final[frozenset[str]] = BETWEEN | PLAYERS
# What may close the line after the player: chat's tails, and a region or the world it
# is the worst of ("worst jungle in na", "worst adc in euw").
TAILS: Final[frozenset[str]] = g20.BLAME_TAILS | frozenset({
    "in", "on", "of", "the", "na", "euw", "eu", "eune", "oce", "kr", "br", "lan", "las",
    "world", "history", "server", "ranked", "ever", "alive",
})
TAIL_REACH: Final = 3
# Before the put-down: nothing, or a determiner that points at a player ("our", "this").
POINTERS: Final[frozenset[str]] = frozenset({
    "our", "ur", "your", "this", "that", "the", "their", "lol", "bro", "omg",
    "wtf", "report", "ffs",
})
POINTER_REACH: Final = 2
# A game a player is sent back to ("go back to playing cod", "stick to fortnite").
GAMES: Final[frozenset[str]] = frozenset({
    "fortnite", "minecraft", "roblox", "cod", "league", "val", "valorant", "csgo",
    "cs", "overwatch", "ow", "apex", "brawlstars", "clash", "mobile", "candy", "tetris",
    "pokemon",
})
# "go back to [playing] cod", "stick to [playing] fortnite".
PLAYING: Final[frozenset[str]] = frozenset({"playing", "play", "your", "ur"})
# The tails of a sending-off said whole ("stick to fortnite kid").
SEND_TAILS: Final[frozenset[str]] = g20.BLAME_TAILS | frozenset({
    "mobile", "kiddo", "little", "boy", "child", "please", "loser", "trash", "bot",
})
# The openers of "stick to ...": the sentence starts there, maybe after a chat lead.
STICK: Final = "stick"
LEADS: Final[frozenset[str]] = frozenset({"just", "pls", "plz", "bro", "lol", "man", "dude"})
# A game's mode or a time after the game sent to: a plan ("go back to minecraft survival
# mode", "go play fortnite after school").
MODES: Final[frozenset[str]] = frozenset({
    "survival", "creative", "hardcore", "skyblock", "bedwars", "zombies", "mode", "modes",
    "server", "servers", "world", "battle", "season", "after", "later", "tomorrow",
    "tonight",
})
# The round's lexicon lines (en/exclusion.txt, en/insult.txt): their new words ("roblox")
# stay unknown to the other rules (lexicon_compile._ROUNDS_OWN_TERMS), as "stupid roblox
# update" needs.
RANKS_PLAYED: Final[tuple[str, ...]] = ("a bronze", "a silver", "a wood", "a herald", "an iron")
OWN_TERMS: Final[frozenset[str]] = frozenset(
    {"go back to roblox", "go play roblox"}
    | {f"{reader} play like {rank}" for reader in ("you", "u") for rank in RANKS_PLAYED}
)
