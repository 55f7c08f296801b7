"""The discord40 probe lines (issue 8): slang threats of violence aimed at the reader in
Discord and teen chat ("you need your ass beat", "catch these hands", "imma pull up and
smoke you", "say that to my face and see", "i'll put you in the ground"), the clean
lines in the same words (game talk, errands, sport results, cooking, negation, reported
speech), and untargeted friendly swearing."""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    "you need your ass beat fr", "u need ur ass whooped", "you need your teeth knocked out",
    "i'll curb stomp you", "imma curb stomp ur bitch ass", "catch these hands",
    "you finna catch these hands", "keep talking and you'll catch these hands",
    "imma pull up and smoke you", "pull up on me and i'll smoke u",
    "you're gonna get clapped irl", "ima clap you irl", "i'll beat the brakes off you",
    "keep talking and see what happens", "keep running your mouth and see what happens",
    "say that to my face and see", "say it to my face and see what happens",
    "i'll put you in the ground", "i'll put u six feet under", "i'll knock you out cold",
    "square up kid", "imma whoop your ass", "i'll beat your ass after school",
    "me and the boys gonna jump you", "i'll rock your shit", "i'll fade you irl",
    "i'll lay you out", "i'll body you irl", "i'll smack the taste out your mouth",
    "you better watch your back", "i'll beat you black and blue",
    "keep running your mouth and you'll get dropped", "catch me outside and see",
    "i'll stomp you out", "you gonna get your shit rocked",
)

TUNE_CLEAN: tuple[str, ...] = (
    "you need your car washed", "he got beat in the finals", "pull up to the stream later",
    "i'll beat you to the next checkpoint", "we got clapped last round lol",
    "see what happens if you add salt", "i'll smoke mid for you",
    "you need your hair cut lol", "we got our ass beat in ranked",
    "i got curb stomped by the boss", "my hands are freezing",
    "pull up to the party at 9", "can you pull up the map", "i'll put you in the group chat",
    "keep talking, i'm listening", "say that again, i missed it",
    "they clapped us so hard that game", "i'll knock on your door when i'm there",
    "he knocked out the boss in one hit", "i'll beat your high score tonight",
    "i'll smoke a flash for you at b", "i'll drop you some loot",
    "i'll body block for you", "beat the eggs and see what happens",
    "he would never beat you up, he's chill", "she said she'd beat my ass lol",
    "nobody is gonna curb stomp you, relax", "i'll whoop you at chess later",
    "put the seeds in the ground and water them", "watch your back on the left, sniper",
    "catch me on stream tonight", "square up the corners of the photo",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that clutch was insane", "fuck yeah we pulled it off",
    "damn this beat goes hard", "shit, i forgot my charger again",
    "that set was fucking fire", "bro what the hell happened lmao",
)
