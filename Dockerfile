# kindness-bot as a container. With Compose (see compose.yaml):
#   docker compose up -d --build
# Without it:
#   docker build -t kindness-bot .
#   docker run -d --name kindness-bot --env-file .env -v kindness-data:/data \
#       --restart unless-stopped --stop-timeout 30 kindness-bot
#
# Two stages on the same base image. "build" installs the bot into the venv
# /opt/kindness-bot and compiles its scorer there with mypyc (scripts/compile_scorer.py):
# the C compiler, mypy and setuptools live only in this stage's own Python. The image
# is the second stage: the slim base with that venv, the compiled scorer included.

# --- build: the venv, with the scorer compiled ----------------------------------------
FROM python:3.12-slim AS build

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN apt-get update \
    && apt-get install -y --no-install-recommends gcc libc6-dev \
    && rm -rf /var/lib/apt/lists/*

# Only what `pip install` needs: the build files and the three packages; and the script
# that compiles the scorer.
COPY pyproject.toml README.md LICENSE /src/
COPY bot /src/bot
COPY cogs /src/cogs
COPY db /src/db
COPY scripts/compile_scorer.py /src/scripts/compile_scorer.py
# The bot alone into the venv; the bot with the build tools (the `native` extra) into
# this stage's Python, where mypyc type-checks and compiles the venv's copy of the
# scorer. The last line fails the build unless the venv runs the fresh compiled build.
RUN python -m venv /opt/kindness-bot \
    && /opt/kindness-bot/bin/pip install /src \
    && pip install "/src[native]" \
    && python /src/scripts/compile_scorer.py --package "$(/opt/kindness-bot/bin/python -c \
        'import bot.core.scoring as s, pathlib; print(pathlib.Path(s.__file__).parent)')" \
    && KINDNESS_SCORER_BUILD=compiled /opt/kindness-bot/bin/kindness-bot check "you idiot"

# --- the image: no compiler, no mypy ---------------------------------------------------
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH=/opt/kindness-bot/bin:$PATH

# A dedicated user with a fixed id (chown a bind-mounted folder to 10001) that owns
# only /data, where the database and its lock live.
RUN groupadd --system --gid 10001 kindness \
    && useradd --system --uid 10001 --gid kindness --home-dir /data --no-create-home \
        --shell /usr/sbin/nologin kindness \
    && mkdir /data \
    && chown kindness:kindness /data

# The venv as the build stage left it (same base image, so its python is the same).
COPY --from=build /opt/kindness-bot /opt/kindness-bot
COPY deploy/healthcheck.py /usr/local/share/kindness-bot/healthcheck.py

ENV DATABASE_PATH=/data/kindness.db \
    MPLCONFIGDIR=/tmp/matplotlib
VOLUME /data
WORKDIR /data
USER kindness

# Healthy while a bot process holds the database's instance lock and the database
# opens read-only (deploy/healthcheck.py; it does not prove the Discord connection).
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["python", "/usr/local/share/kindness-bot/healthcheck.py"]

# SIGTERM (docker stop) writes the last counts and waits up to
# KINDNESS_SHUTDOWN_GRACE_SECONDS for a summary being posted: give it --stop-timeout 30.
ENTRYPOINT ["kindness-bot"]
CMD ["run"]
