#!/usr/bin/env bash
# `npm test`: typecheck, lint, formatting, unit tests, then end-to-end tests against the real
# local stack (started and stopped by Playwright, or reused when `npm start` already runs it): the
# Chromium suite and the Firefox and WebKit journeys. Arguments go to Playwright, e.g.
# `npm test -- --project=firefox --project=webkit` for the other engines only.
set -euo pipefail
cd "$(dirname "$0")/.."
bash stack/ensure-system-packages.sh
bash scripts/ensure-node-modules.sh
hash -r
export PATH="$PWD/node_modules/.bin:$PATH"
mkdir -p test-reports

step() { printf '\n\033[1m▸ %s\033[0m\n' "$1"; }
step "typecheck"; npm run -s typecheck
step "lint"; npm run -s lint
step "format"; npm run -s format:check
step "unit tests"; npx vitest run --reporter=default --reporter=json --outputFile.json=test-reports/unit.json
step "end-to-end tests"
set +e
npx playwright test "$@"
e2e_status=$?
set -e
node scripts/test-summary.mjs test-reports/unit.json test-reports/e2e.json
exit $e2e_status
