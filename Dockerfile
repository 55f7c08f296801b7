# kindness-bot as a container. With Compose (see compose.yaml):
#   docker compose up -d --build
# Without it:
#   docker build -t kindness-bot .
#   docker run -d --name kindness-bot --env-file .env -v kindness-data:/data \
#       --restart unless-stopped --stop-timeout 30 kindness-bot
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# A dedicated user with a fixed id (chown a bind-mounted folder to 10001) that owns
# only /data, where the database and its lock live.
RUN groupadd --system --gid 10001 kindness \
    && useradd --system --uid 10001 --gid kindness --home-dir /data --no-create-home \
        --shell /usr/sbin/nologin kindness \
    && mkdir /data \
    && chown kindness:kindness /data

# Only what `pip install` needs: the build files and the three packages.
COPY pyproject.toml README.md LICENSE /src/
COPY bot /src/bot
COPY cogs /src/cogs
COPY db /src/db
RUN pip install /src \
    && rm -rf /src
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
