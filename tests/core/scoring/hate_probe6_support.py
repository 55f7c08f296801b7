"""The sixth hate probe's groups and template filling (issue 8, hateprobe6).

Built the way a functional hate-speech suite is: each functionality is a few templates
with a group slot, and every template is filled with every group, so a rule that works
for one group must work for all of them (the suite counts each group).
"""

from __future__ import annotations

from collections.abc import Mapping

Case = tuple[str, str, str, str]  # (functionality, group key, text, language)

EN_GROUPS: dict[str, dict[str, str]] = {
    "women": {"G": "women", "S": "woman", "SLUR": "bitch", "SLURS": "bitches"},
    "trans": {"G": "trans people", "S": "trans person", "SLUR": "tranny", "SLURS": "trannies"},
    "gay": {"G": "gay people", "S": "gay person", "SLUR": "fag", "SLURS": "fags"},
    "black": {"G": "black people", "S": "black person", "SLUR": "nigger", "SLURS": "niggers"},
    "disabled": {
        "G": "disabled people",
        "S": "disabled person",
        "SLUR": "retard",
        "SLURS": "retards",
    },
    "muslims": {"G": "Muslims", "S": "Muslim", "SLUR": "raghead", "SLURS": "ragheads"},
    "immigrants": {"G": "immigrants", "S": "immigrant", "SLUR": "wetback", "SLURS": "wetbacks"},
    "jews": {"G": "Jews", "S": "Jew", "SLUR": "kike", "SLURS": "kikes"},
}

_M = {"o": "i", "tutti": "tutti", "li": "li", "un": "un", "unico": "unico", "buono": "buono"}
_F = {"o": "e", "tutti": "tutte", "li": "le", "un": "una", "unico": "unica", "buono": "buona"}


def _it(
    pl: str, art: str, sg: str, slur: str, gender: Mapping[str, str], **kw: str
) -> dict[str, str]:
    """One Italian group: bare plural, article, singular, a slur and the agreement endings."""
    di = {"i": "dei", "gli": "degli", "le": "delle"}[art]
    a = {"i": "ai", "gli": "agli", "le": "alle"}[art]
    fields = {
        "G": pl,
        "AG": f"{art} {pl}",
        "diAG": f"{di} {pl}",
        "aAG": f"{a} {pl}",
        "S": sg,
        "SLURS": slur,
        "morto": "morto" if gender is _M else "morta",
        **gender,
    }
    fields.update(kw)
    return fields


IT_GROUPS: dict[str, dict[str, str]] = {
    "donne": _it("donne", "le", "donna", "troie", _F),
    "trans": _it("persone trans", "le", "persona trans", "travoni", _F),
    "gay": _it("gay", "i", "gay", "froci", _M),
    "neri": _it("neri", "i", "nero", "negri", _M),
    "disabili": _it("disabili", "i", "disabile", "mongoloidi", _M),
    "musulmani": _it("musulmani", "i", "musulmano", "islamici di merda", _M),
    "immigrati": _it("immigrati", "gli", "immigrato", "clandestini", _M),
    "ebrei": _it("ebrei", "gli", "ebreo", "giudei", _M),
    "zingari": _it("zingari", "gli", "zingaro", "zingari", _M, un="uno"),
    "rom": _it("rom", "i", "rom", "zingari", _M),
    "meridionali": _it("meridionali", "i", "meridionale", "terroni", _M),
}


def _spaced(word: str) -> str:
    return " ".join(word)


def _dropped(word: str) -> str:
    """The group word with one inner letter missing (the longest word of the phrase)."""
    parts = word.split(" ")
    i = max(range(len(parts)), key=lambda k: len(parts[k]))
    w = parts[i]
    mid = len(w) // 2
    parts[i] = w[:mid] + w[mid + 1 :]
    return " ".join(parts)


def _swapped(word: str) -> str:
    """The group word with two inner letters swapped."""
    parts = word.split(" ")
    i = max(range(len(parts)), key=lambda k: len(parts[k]))
    w = parts[i]
    mid = max(1, len(w) // 2 - 1)
    parts[i] = w[:mid] + w[mid + 1] + w[mid] + w[mid + 2 :]
    return " ".join(parts)


_LEET = str.maketrans("eaios", "34105")


def _leet(word: str) -> str:
    return word.translate(_LEET)


def _fields(group: Mapping[str, str]) -> dict[str, str]:
    out = dict(group)
    base = group["AG"] if "AG" in group else group["G"]
    out["Gc"] = group["G"][0].upper() + group["G"][1:]
    if "AG" in group:
        out["AGc"] = base[0].upper() + base[1:]
    out["Gsp"] = _spaced(group["G"].replace(" ", ""))
    out["Gdel"] = _dropped(group["G"])
    out["Gswap"] = _swapped(group["G"])
    out["Gleet"] = _leet(group["G"])
    out["Gns"] = group["G"].replace(" ", "")
    if "un" in group:
        out["Un"] = group["un"][0].upper() + group["un"][1:]
    return out


def fill(
    templates: tuple[tuple[str, str], ...], groups: Mapping[str, Mapping[str, str]], lang: str
) -> tuple[Case, ...]:
    """Every template filled with every group: (functionality, group, text, language)."""
    cases: list[Case] = []
    for func, template in templates:
        for key, group in groups.items():
            text = template
            for name, value in sorted(_fields(group).items(), key=lambda kv: -len(kv[0])):
                text = text.replace("{" + name + "}", value)
            cases.append((func, key, text, lang))
    return tuple(cases)
