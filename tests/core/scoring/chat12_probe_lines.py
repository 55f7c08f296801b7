"""The chat12 probe (issue 8): a look at the reader's body asked for in chat and DMs (a
picture, a video or a cam of the reader's body or a body part, the reader naked, in
underwear or with clothes off: "send me pics of ur body", "i wanna see you naked",
"turn on ur cam and show me ur body"); and the clean lines in the same words that must
stay clean (ordinary photo talk, one's own body in medical or fitness talk, reports and
help requests, negations). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a picture or video of the reader's body or a body part
    "send me pics of ur body", "send me a pic of your body", "send a pic of ur body pls",
    "can u send me a picture of ur body", "send me a vid of your body",
    "send me a pic of ur feet", "can you send me pics of your feet",
    "send me a pic of your butt", "send me a video of u in the shower",
    "send me a pic of you in ur underwear", "send me a pic of you in your bra",
    "send me a selfie in ur bikini", "send me pics of you naked",
    "send me a vid of u naked 😏", "can u send pics of u nude",
    # a look at the reader's body or the reader naked
    "show me ur body", "show me your body baby", "show me ur body on cam",
    "i wanna see you naked", "i want to see ur body", "let me see your body",
    "let me see u naked", "can i see you naked", "can i see ur body rn",
    "i wanna see u in ur underwear", "i want to see you in your bra",
    "can i see you without clothes", "i wanna see you without ur clothes on",
    "i need to see your body", "lemme see ur body 😍",
    # a cam, or clothes off for the writer
    "turn on ur cam and show me ur body", "get on cam naked",
    "take off your clothes for me", "take ur shirt off for me on cam",
    "hop on facetime and show me your body",
)

TUNE_CLEAN: tuple[str, ...] = (
    # ordinary photo talk
    "send me pics of the trip", "send me a pic of your dog", "send a pic of ur setup",
    "show me your setup", "post your build", "show me ur build", "send me a vid of the clutch",
    "can u send me a picture of the menu", "send me a pic of your new shoes",
    "i wanna see your drawings", "let me see your essay before you submit it",
    "can i see ur screen", "show me your cat pls",
    # one's own body, medical or fitness talk
    "my body hurts after leg day", "i hate how my body looks in photos",
    "your body needs rest after a hard workout", "listen to your body and stop if it hurts",
    "send me pics of your body transformation progress for the coaching plan",
    "my feet are killing me", "i sleep naked when its hot",
    "your underwear drawer is a mess lol",
    # reports, help requests, negations and questions about others
    "a guy keeps asking me for pics, what do i do",
    "he keeps telling me to send pics of my body, should i block him",
    "someone asked me to send a pic of me in my underwear and i reported him",
    "never send anyone pics of your body online",
    "don't ever send pics of you naked to strangers",
    "i don't want to see you naked lol put a shirt on",
    "the doctor asked to see my feet",
    "i saw a documentary about the human body", "the painting shows a woman naked by a river",
    "take off your shoes before you come in", "take your jacket off, it's warm in here",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit send me the pics from last night they're hilarious",
    "damn show me that fucking build again",
    "shit my body is wrecked after that match",
    "fuck yeah send the clip",
    "hell yeah lemme see the damn setup",
    "bloody hell my feet are sore",
)
