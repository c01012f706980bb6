#!/bin/bash
# Runs once, on the first start of an empty data volume (docker-entrypoint-initdb.d): one database per bounded
# context plus the provider's, each owned by its own login role, so a leaked service password opens one database.
# Passwords come from the container's environment (compose.yaml, .env) and are passed as psql variables, never
# spliced into SQL text.
set -euo pipefail

create() {
  local name="$1" password="$2"
  if [ -z "$password" ]; then
    echo "init-databases: no password for ${name}" >&2
    exit 1
  fi
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
       -v name="$name" -v password="$password" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name" ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
SQL
}

create membership "${MEMBERSHIP_DB_PASSWORD:-}"
create review "${REVIEW_DB_PASSWORD:-}"
create contest "${CONTEST_DB_PASSWORD:-}"
create honours "${HONOURS_DB_PASSWORD:-}"
create auth "${AUTH_DB_PASSWORD:-}"
