# The team server (crm-desktop serve) in a container: the application's package without Qt's
# display libraries (the server never opens a window; PySide6 is installed because the package
# depends on it, and runs headless here).
#   docker compose -f installers/compose.yaml up -d     (PostgreSQL and the server together)
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 QT_QPA_PLATFORM=offscreen \
    CRM_DATA_DIR=/var/lib/crm
RUN apt-get update && apt-get install -y --no-install-recommends libglib2.0-0 libgl1 \
    libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3 && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/crm
COPY pyproject.toml README.md ./
COPY desktop ./desktop
COPY resources ./resources
RUN pip install --no-cache-dir . && useradd --system --home /var/lib/crm crm \
    && mkdir -p /var/lib/crm && chown crm /var/lib/crm
USER crm
VOLUME /var/lib/crm
EXPOSE 8443
# the certificate: mount the administrator's at /certs (team-server.crt, team-server.key);
# without it a self-signed one is made in /var/lib/crm/team-server for trials
ENTRYPOINT ["crm-desktop", "serve", "--listen", "0.0.0.0:8443"]
