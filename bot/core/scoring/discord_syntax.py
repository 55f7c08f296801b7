"""Discord's own syntax read as the writer meant it (issue 8, discord7).

The scorer sees a message's raw content, and Discord adds words the writer did not
say and hides words they did:

- Code (```blocks``` and `inline`), web addresses and the address half of a masked
  link are someone else's words: a stack trace that says "idiot check failed" or a
  link to r/idiotsincars insults nobody. Code becomes spaces and a link the word
  "link" (a thing the writer points at, so the sentence keeps its length and shape);
  timestamps (`<t:1700000000:R>`) and channel links (`<#123>`) are no words at all and
  become spaces. Every offset into the text stays the same, so a verdict's spans
  still point at the writer's words.
- A custom emoji (`<:pepeclown:123>`, animated `<a:clownspin:123>`) whose name holds an
  insult reads as the Unicode emoji for it ("ur a <:pepeclown:1>" is "ur a 🤡"); any
  other custom emoji becomes spaces rather than the nonsense tokens its name and id
  would make.
- A Unicode emoji used as a name ("u are such a 🤡", "ur a 🐀", "🖕 @bob") reads as its
  word. These go into folding's tables (`EMOJI_FOLDS`, `EMOJI_FLATS`), so they cost
  nothing on the scorer's path; the targeting rules still decide whether the word is
  aimed at anyone ("i'm such a 🤡 today" is self-directed, "my cat is a little 🐷" is
  about a pet). The folded form keeps the emoji in front of its word, so a rule can
  tell the gesture 🖕 from the typed words (targeting_discord7.py).

User and role mentions stay: the targeting rules read them. Markdown marks (bold,
spoilers, headings, lists) and block quotes need nothing here: folding turns the
marks into spaces, and the forum rules read a "> " line as quoted.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

# The emoji people use as a name for someone, and the word each one stands for.
# 🖕 is the gesture "fuck you"; the rest are the animal or thing the person is called.
# fmt: off
EMOJI_WORDS: Final[dict[str, str]] = {
    "🤡": "clown", "🐀": "rat", "🐁": "rat", "🐖": "pig", "🐷": "pig", "🐽": "pig",
    "🖕": "fuck you", "💩": "shit", "🗑": "trash",
    "🐍": "snakes",  # hateprobe6: "you're such a 🐍", "immigrants are 🐍🐍" (no number)
}
# fmt: on
EMOJI_CAP: Final = 16  # name emoji read as words per message; the rest become spaces
# Shorter text is not looked at for a flood: 128 characters of emoji read as words are
# fewer hits than a 4,000-character typed flood, so only long text needs the cap.
_FLOOD_LENGTH: Final = 128
_EMOJI_RE: Final = re.compile("[" + "".join(EMOJI_WORDS) + "]")
# fold(): the emoji, then its word (same length as in flatten, so offsets agree).
EMOJI_FOLDS: Final[dict[int, str]] = {ord(e): e + w for e, w in EMOJI_WORDS.items()}
# flatten(): the word alone, the emoji's place a space.
EMOJI_FLATS: Final[dict[int, str]] = {ord(e): " " + w for e, w in EMOJI_WORDS.items()}

# A custom emoji's name that holds a name-call, and the emoji it stands for.
_EMOJI_NAME_RE: Final = re.compile(r"clown|trash|garbage|(?:^|pepe)(?:rat|pig)s?$")
_NAME_EMOJI = {"clown": "🤡", "trash": "🗑", "garbage": "🗑", "rat": "🐀"}
_NAME_EMOJI |= {"rats": "🐀", "pig": "🐷", "pigs": "🐷"}
# One pass finds every kind of markup; group 1 is a custom emoji's name.
_MARKUP_RE: Final = re.compile(
    r"```.*?(?:```|\Z)"  # a code block, or one left open to the end
    r"|(?<!\w)`[^`\n]+`(?!\w)"  # inline code (not "it`s": a backtick for an apostrophe)
    r"|<a?:(\w+):\d+>"  # a custom emoji
    r"|<t:-?\d+(?::[tTdDfFR])?>"  # a timestamp
    r"|<#\d+>"  # a channel link
    r"|((?:https?://|www\.)\S+)",  # a web address (and a masked link's address half)
    re.DOTALL,
)
_LINK: Final = " link"  # a link stays a thing in the sentence ("look at this link"), a known word


def may_have_markup(text: str) -> bool:
    """A cheap test before `plain_text`: three C-level scans, and for long text that is
    not ASCII a look for a flood of name emoji."""
    if "<" in text or "`" in text or "://" in text:
        return True
    return len(text) > _FLOOD_LENGTH and not text.isascii() and _flooded(text)


def plain_text(text: str) -> str:
    """`text` with Discord's markup as the writer meant it, offsets unchanged; `text`
    itself (the same object) when there is none."""
    plain = text if _MARKUP_RE.search(text) is None else _MARKUP_RE.sub(_plain, text)
    if len(plain) > _FLOOD_LENGTH and not plain.isascii() and _flooded(plain):
        # Past the first few, name emoji add nothing but words to read: a flood of
        # 2,000 "🖕" would be 4,000 words of hits. The rest become spaces.
        seen = itertools.count()
        plain = _EMOJI_RE.sub(lambda m: m.group() if next(seen) < EMOJI_CAP else " ", plain)
    return plain


def _flooded(text: str) -> bool:
    """More than EMOJI_CAP name emoji in `text`. Each is four bytes in UTF-8, so one
    C-level encode rules out almost every text; then one C-level count per emoji (a
    regex class of these astral characters is about 100 times slower)."""
    if len(text.encode("utf-8", "surrogatepass")) - len(text) <= 3 * EMOJI_CAP:
        return False
    return sum(map(text.count, EMOJI_WORDS)) > EMOJI_CAP


def _plain(match: re.Match[str]) -> str:
    """One piece of markup as the writer meant it, as wide as it was."""
    name = match.group(1)
    width = match.end() - match.start()
    if name is not None:
        word = _EMOJI_NAME_RE.search(name.lower())
        if word is not None:
            return _NAME_EMOJI[word.group().removeprefix("pepe")].ljust(width)
    if match.group(2) is not None:
        return _LINK.ljust(width)
    if "\n" not in match.group():
        return " " * width
    return "".join("\n" if c == "\n" else " " for c in match.group())  # lines still end
