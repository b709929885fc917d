#!/usr/bin/env bash
# Installs the npm dependencies when they are missing or older than package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x node_modules/.bin/vite ] || [ ! -x node_modules/.bin/node ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "▸ installing npm dependencies (about 30 s the first time)…"
  start=$(date +%s)
  npm ci --no-audit --no-fund --loglevel=error
  echo "  done in $(( $(date +%s) - start )) s"
fi
