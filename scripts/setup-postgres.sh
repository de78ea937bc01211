#!/usr/bin/env bash
# Starts the machine's PostgreSQL 15 cluster and creates the test role and database (idempotent).
# Prints the TEST_DATABASE_URL to use. Needs root (or the postgres user) on a Debian machine.
set -euo pipefail
if ! command -v pg_ctlcluster >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
fi
if ! pg_lsclusters -h | grep -q '^15 \+main'; then
  pg_createcluster 15 main >/dev/null
fi
pg_ctlcluster 15 main start >/dev/null 2>&1 || true
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
run_psql() { su postgres -c "psql -v ON_ERROR_STOP=1 -qtAX $*"; }
if [ "$(run_psql "-c \"SELECT 1 FROM pg_roles WHERE rolname='shuangcheng'\"")" != "1" ]; then
  run_psql "-c \"CREATE ROLE shuangcheng LOGIN PASSWORD 'shuangcheng'\""
fi
# The tests create databases (backup round trips) and roles (least privilege of the running app).
run_psql "-c \"ALTER ROLE shuangcheng CREATEDB CREATEROLE\""
if [ "$(run_psql "-c \"SELECT 1 FROM pg_database WHERE datname='shuangcheng_test'\"")" != "1" ]; then
  run_psql "-c \"CREATE DATABASE shuangcheng_test OWNER shuangcheng\""
fi
echo "postgres://shuangcheng:shuangcheng@127.0.0.1:5432/shuangcheng_test"
