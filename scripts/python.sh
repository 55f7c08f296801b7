# shellcheck shell=bash
# Sourced by scripts/run, scripts/install and scripts/test (from the repository root):
# find a Python >= 3.11, keep .venv made by it, install into it only when needed.
#
#   kb_setup base   # `pip install -e .`        (scripts/run, scripts/install)
#   kb_setup dev    # `pip install -e ".[dev]"` (scripts/test)
#   kb_compile_scorer [background]  # the mypyc build of the scorer, when needed and possible
#
# Which Python: $PYTHON if set (and only that one), else the first of python3,
# python3.14, python3.13, python3.12, python3.11 on PATH that runs and is >= 3.11.
# A .venv whose python does not run, or is another minor version, is rebuilt.
# The install is skipped when .venv/.kindness-installed-<extras> holds the same
# pyproject.toml hash and Python version as now, so a rerun starts at once.

KB_NAME="scripts/${0##*/}"
KB_MIN_MAJOR=3
KB_MIN_MINOR=11
KB_CANDIDATES=(python3 python3.14 python3.13 python3.12 python3.11)

kb_say() {
    printf '%s: %s\n' "$KB_NAME" "$*" >&2
}

# The X.Y.Z version of the interpreter $1, or a non-zero status if it does not run.
kb_version() {
    local out
    out=$("$1" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])' 2>/dev/null) || return 1
    [[ $out =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || return 1
    printf '%s\n' "$out"
}

# Whether version $1 (X.Y.Z) is at least KB_MIN_MAJOR.KB_MIN_MINOR.
kb_fits() {
    local major minor
    IFS=. read -r major minor _ <<<"$1"
    ((major > KB_MIN_MAJOR || (major == KB_MIN_MAJOR && minor >= KB_MIN_MINOR)))
}

kb_no_python() {
    local needed="$KB_MIN_MAJOR.$KB_MIN_MINOR"
    {
        if [ -n "${PYTHON:-}" ]; then
            printf '%s: kindness-bot needs Python %s or newer, and PYTHON=%s is not one:\n' \
                "$KB_NAME" "$needed" "$PYTHON"
        else
            printf '%s: kindness-bot needs Python %s or newer, and none was found on PATH:\n' \
                "$KB_NAME" "$needed"
        fi
        printf '%s' "$1"
        printf 'Install one, then run this again (or name it: PYTHON=/path/to/python3.12 ./%s):\n' \
            "$KB_NAME"
        printf '  Debian/Ubuntu:  sudo apt install python3.11 python3.11-venv\n'
        printf '  macOS:          brew install python@3.12\n'
        printf '  anywhere:       pyenv install 3.12, or https://www.python.org/downloads/\n'
    } >&2
}

# Sets KB_PYTHON (a path) and KB_PYTHON_VERSION, and says which it is; else explains.
kb_find_python() {
    local candidates cand path version found=""
    if [ -n "${PYTHON:-}" ]; then
        candidates=("$PYTHON")
    else
        candidates=("${KB_CANDIDATES[@]}")
    fi
    for cand in "${candidates[@]}"; do
        if ! path=$(command -v -- "$cand"); then
            found+="  $cand: not found"$'\n'
            continue
        fi
        [ "$path" = "$cand" ] || cand="$cand ($path)"
        if ! version=$(kb_version "$path"); then
            found+="  $cand: does not run"$'\n'
            continue
        fi
        if kb_fits "$version"; then
            KB_PYTHON=$path
            KB_PYTHON_VERSION=$version
            kb_say "using Python $version: $cand"
            return 0
        fi
        found+="  $cand: Python $version, too old"$'\n'
    done
    kb_no_python "$found"
    return 1
}

kb_hash() {
    if command -v sha256sum >/dev/null; then
        sha256sum "$1"
    else
        shasum -a 256 "$1"
    fi | cut -c1-16
}

# Removes .venv when it was made by another Python (or its python no longer runs).
kb_check_venv() {
    local have made
    [ -e .venv ] || return 0
    if have=$(kb_version .venv/bin/python); then
        [ "${have%.*}" != "${KB_PYTHON_VERSION%.*}" ] || return 0
        kb_say "rebuilding .venv: it was made by Python $have, this is $KB_PYTHON_VERSION"
    else
        made=$(sed -n -E 's/^version(_info)? *= *//p' .venv/pyvenv.cfg 2>/dev/null |
            head -n 1) || true
        kb_say "rebuilding .venv: its python does not run (made by Python ${made:-unknown})"
    fi
    rm -rf .venv
}

# kb_setup base|dev: a .venv of the chosen Python with the project installed.
kb_setup() {
    local extras=$1 spec=. key have
    [ "$extras" = base ] || spec=".[$extras]"
    kb_find_python || exit 1
    kb_check_venv
    if [ ! -e .venv ]; then
        kb_say "creating .venv with Python $KB_PYTHON_VERSION"
        if ! "$KB_PYTHON" -m venv .venv; then
            rm -rf .venv
            kb_say "could not create .venv; on Debian/Ubuntu: sudo apt install" \
                "python${KB_PYTHON_VERSION%.*}-venv"
            exit 1
        fi
    fi
    have=$(kb_version .venv/bin/python) || {
        kb_say ".venv/bin/python does not run; remove .venv and try again"
        exit 1
    }
    key="$(kb_hash pyproject.toml) $have"
    if [ "$(cat ".venv/.kindness-installed-$extras" 2>/dev/null)" = "$key" ]; then
        return 0
    fi
    kb_say "installing $spec into .venv (first run, or pyproject.toml changed)"
    .venv/bin/python -m pip install -qq --disable-pip-version-check --upgrade pip
    .venv/bin/python -m pip install -qq --disable-pip-version-check -e "$spec"
    printf '%s\n' "$key" >".venv/.kindness-installed-$extras"
    if [ "$extras" != base ]; then
        # The extras include the plain install.
        printf '%s\n' "$key" >.venv/.kindness-installed-base
    fi
}

# Compile the scorer with mypyc (scripts/compile_scorer.py) when its build is missing or
# stale and this machine can; else say why the bot runs the Python sources. Never fails:
# the sources always work. KINDNESS_SCORER_BUILD=python skips it.
#   kb_compile_scorer             # scripts/install: compile now, and wait for it
#   kb_compile_scorer background  # scripts/run: compile at low priority (nice) while the
#                                 # bot starts on the sources; its next start runs the
#                                 # build. A second run while one compiles leaves it be
#                                 # (a lock); Ctrl-C stops the bot, not the build; a
#                                 # build stopped midway leaves nothing the bot loads.
kb_compile_scorer() {
    local mode=${1:-wait} state=0 why log=.venv/compile-scorer.log
    [ "${KINDNESS_SCORER_BUILD:-auto}" != python ] || return 0
    why=$(.venv/bin/python scripts/compile_scorer.py --status) || state=$?
    case $state in
    0) ;;
    3)
        kb_say "$why"
        kb_setup native
        if [ "$mode" = background ]; then
            kb_say "compiling the scorer with mypyc in the background (a few minutes, at low" \
                "priority; progress in $log): the bot starts now on the Python sources and" \
                "runs about 1.6x faster from its next start once the log says 'compiled'" \
                "(KINDNESS_SCORER_BUILD=python skips it)"
            # A subshell's child: init, not the bot, is its parent once the subshell ends.
            (nohup nice -n 10 .venv/bin/python scripts/compile_scorer.py --background \
                --log "$log" </dev/null >/dev/null 2>&1 &)
            return 0
        fi
        kb_say "compiling the scorer with mypyc for about 1.6x its speed: a few minutes" \
            "once per update (KINDNESS_SCORER_BUILD=python skips it)"
        if ! .venv/bin/python scripts/compile_scorer.py --log "$log"; then
            kb_say "the build failed (see $log); the bot runs the Python sources"
        fi
        ;;
    *) kb_say "$why" ;;
    esac
}
