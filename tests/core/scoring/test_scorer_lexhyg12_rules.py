"""lexhyg12 (issue 8): no ordinary word is read as a spelling variant of a lexicon word.

The lexicon reads a letter doubled, dropped or swapped, or two words run together, as
its word ("idoit", "scumm", "anidiot"). scripts/typo_collisions.py listed every variant
that a dictionary (wamerican, wbritish, witalian) holds; the ordinary ones were listed
in `[word]` (cues.txt), which every typo table now respects. Each is pinned here with the
reading it had: if a table or a new lexicon line brings one back, this fails. The
deliberate spellings the audit kept ("looser", "wats") stay read as the word.
"""

from __future__ import annotations

import pytest

from bot.core.guild_settings import SUPPORTED_LANGUAGES
from bot.core.scoring.lexicon import Lexicon
from bot.core.scoring.lexicon_compile import build_lexicon
from bot.core.scoring.scorer import Scorer

# variant -> what it was read as before this round (two words: a run-together split)
# fmt: off
FIXED: dict[str, str] = {
    "scares": "scarse",  # control12's, the first one found
    "abbronzai": "abbronzati", "aloe": "alone", "ammazzai": "ammazzati", "asse": "asses",
    "assess": "asses", "avrai": "avari", "avvelenai": "avvelenati", "avvidi": "avidi",
    "babes": "babies", "baleen": "balene", "bared": "barred", "barley": "barely",
    "barre": "barred", "basemen": "basement", "bastare": "bastarde", "beate": "beaten",
    "bests": "beasts", "bight": "bright", "bind": "blind", "bits": "brits", "bloc": "block",
    "bobs": "boobs", "boos": "boobs", "booted": "boosted", "boots": "bots", "bran": "brain",
    "brani": "brain", "breathe": "breather", "breathes": "breathers", "bride": "bridge",
    "brow": "brown", "byers": "buyers", "caches": "catches", "cains": "chains", "cams": "camps",
    "cancellai": "cancellati", "canne": "cane", "caper": "capre", "carrie": "carried",
    "cassa": "casa", "cater": "crater", "causal": "casual", "chid": "child", "chiese": "chinese",
    "chins": "chains", "christina": "christian", "closest": "closets", "clothe": "clothes",
    "cloths": "clothes", "coats": "croats", "coke": "choke", "cont": "count", "crate": "crater",
    "craw": "crawl", "creassero": "crepassero", "credette": "credete", "crepe": "creep",
    "cued": "cured", "culle": "culled", "cullo": "culo", "curd": "cured", "cures": "curse",
    "curs": "curse", "daggers": "draggers", "dama": "drama", "darin": "drain",
    "degenerai": "degenerati", "depot": "deport", "dessert": "desert", "destro": "destroy",
    "disable": "disabile", "dive": "drive", "donn": "donna", "downed": "drowned", "dram": "drama",
    "droned": "drowned", "droops": "drops", "dunne": "dune", "dyes": "dykes", "ebro": "ebreo",
    "equa": "equal", "evolve": "evolved", "expos": "expose", "fasto": "fatso", "fatte": "fate",
    "fiend": "friend", "finis": "finish", "finnish": "finish", "fiocchi": "finocchi",
    "fond": "found", "forge": "forget", "fornii": "forni", "fred": "fired", "geeks": "greeks",
    "hared": "hatred", "hatter": "hater", "hinds": "hindus", "ignorate": "ignorante",
    "ignorati": "ignoranti", "immagine": "imagine", "immigrai": "immigrati",
    "impiccai": "impiccati", "indi": "india", "inferire": "inferiore", "inox": "inbox",
    "interne": "internet", "invades": "invaders", "korans": "koreans", "lairs": "liars",
    "lathing": "loathing", "lesse": "lesser", "lesso": "lesson", "liras": "liars",
    "loath": "loathe", "locke": "locked", "manica": "maniac", "matte": "matter", "midge": "midget",
    "migrate": "migrante", "mirante": "migrante", "monito": "monitor",
    "nere": "nerve", "niggles": "nigglets", "noon": "noone", "noose": "nose", "norma": "normal",
    "origina": "original", "pace": "place", "paraste": "parasite", "parasti": "parasiti",
    "payed": "played", "pease": "paese", "penna": "pena", "perdete": "perdente",
    "peserei": "pesterei", "pignone": "piagnone", "pino": "pinoy", "plying": "playing",
    "poisson": "poison", "pols": "poles", "pone": "phone", "pratt": "prat", "pressi": "presi",
    "puck": "phuck", "rabbis": "rabbits", "rapped": "raped", "refuges": "refugees",
    "rimaniamo": "rimandiamo", "risediamo": "rispediamo", "ritardai": "ritardati",
    "ritirai": "ritirati", "robing": "robbing", "roost": "roots", "roots": "rots",
    "rotte": "rotten", "russ": "russi", "russai": "russia", "satin": "stain", "seal": "steal",
    "sealing": "stealing", "seep": "sleep", "selve": "selves", "sham": "shame", "shoo": "shoot",
    "sipped": "shipped", "sliver": "silver", "socia": "social", "sommari": "somari",
    "soot": "shoot", "sooth": "smooth", "spossate": "sposate", "staling": "stealing",
    "stan": "stain", "stani": "stain", "stave": "starve", "steep": "step", "stoke": "stroke",
    "stupii": "stupidi", "sturano": "stuprano", "tams": "teams", "tans": "trans", "teas": "teams",
    "tees": "trees", "tire": "tired", "titter": "twitter", "toddle": "toddler",
    "tolling": "trolling", "tread": "thread", "tuck": "truck", "twitt": "twit", "unti": "until",
    "valle": "vale", "vegetai": "vegetali", "ville": "vile", "wacks": "wackos", "wale": "whale",
    "waling": "walking", "waning": "warning", "waring": "warning", "whinny": "whiny",
    "whit": "white", "whits": "whites", "widow": "window", "widows": "windows",
    "wining": "whining", "woks": "works", "writs": "wrists", "wroth": "worth",
    "abridge": "a bridge", "dicessi": "di cessi", "dimezzo": "di mezzo", "intesta": "in testa",
    "perla": "per la", "sopirla": "so pirla", "tagliola": "taglio la", "tagliole": "taglio le",
    "uneasiest": "un easiest", "unselfish": "un selfish",
    "reamer": "roamer", "roomer": "roamer", "spots": "sports", "spurts": "sports",
    "sups": "supps",  # gamechat62's and hatecheck87's lines
}
# fmt: on

# Words the run-together split read as pieces, flagged said alone before this round
# (scoring every dictionary word alone found them): "fatture" as "fat tu re".
SPLIT: tuple[str, ...] = (
    "cattlemen",
    "infatuate",
    "transposition",
    "nabob",
    "fattegli",
    "fattela",
    "fatteli",
    "fattelo",
    "fatture",
    "malefatte",
    "inferiormente",
    "ingrossamento",
    "inizialmente",
    "interattivamente",
    "pervertimento",
    "pigmenti",
    "positivamente",
    "scarsamente",
    "spazialmente",
    "stupidamente",
    "transizione",
)

# Spellings people write on purpose (or the same word), kept after the audit.
KEPT: dict[str, str] = {
    "looser": "loser",
    "morns": "morons",  # spelling7's probe: "our team is full of morns"
    "wats": "whats",
    "numskull": "numbskull",
    "israels": "israelis",
    "tacci": "taci",
    "sterilize": "sterilized",
}

# Lines each collision made hostile before this round ("geeks" as "greeks", "chiese"
# as "chinese", "ammazzai" as "ammazzati").
CLEAN: tuple[str, ...] = (
    "the geeks at my school are so annoying",
    "these coats are trash",
    "the bits are disgusting",
    "those dyes are disgusting",
    "cheap hair dyes are the worst",
    "le chiese sono sporche",
    "le chiese qui sono orribili",
    "perdete sempre voi",
    "paraste le spalle",
    "ritirai i soldi, che schifo di banca",
    "ammazzai il tempo giocando",
    "muslims live here, which scares me",
    "le fatture sono arrivate",
    "fattela passare",
    "l'ha detto inizialmente",
)

# The kept spellings and the English "feminazi" (read before only as a typo of the
# Italian "femminazi", now a word of its own) still name-call.
HOSTILE: tuple[str, ...] = (
    "you are such a looser",
    "wats wrong with you idiot",
    "what a numskull",
    "you feminazi",
    "shut up you idoit",
)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return build_lexicon(SUPPORTED_LANGUAGES)


def test_no_fixed_collision_is_read_as_a_word(lexicon: Lexicon) -> None:
    back = sorted(v for v in FIXED if v in lexicon.typos or v in lexicon.joined)
    assert not back, back


def test_the_fixed_collisions_are_ordinary_words(lexicon: Lexicon) -> None:
    assert not (set(FIXED) | set(SPLIT)) - lexicon.cues["word"]


def test_deliberate_spellings_are_still_read(lexicon: Lexicon) -> None:
    assert {v: lexicon.typos.get(v) for v in KEPT} == KEPT


@pytest.mark.parametrize("line", CLEAN)
def test_ordinary_word_not_flagged(scorer: Scorer, line: str) -> None:
    assert not scorer.score(line).hostile


@pytest.mark.parametrize("line", HOSTILE)
def test_deliberate_spelling_flagged(scorer: Scorer, line: str) -> None:
    assert scorer.score(line).hostile


@pytest.mark.parametrize("word", SPLIT)
def test_ordinary_word_alone_not_flagged(scorer: Scorer, word: str) -> None:
    assert not scorer.score(word).hostile


# "nere" came back with olid47's "nerve of" lines: the group in these was read as a thing.
@pytest.mark.parametrize(
    "line", ["le persone nere sono inferiori", "le nere sono meno umane di noi"]
)
def test_italian_feminine_black_stays_a_group(scorer: Scorer, line: str) -> None:
    assert scorer.score(line).hostile
