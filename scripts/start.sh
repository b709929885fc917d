#!/usr/bin/env bash
# `npm start`: install what is missing, then run the local stack and the app's dev server.
set -euo pipefail
cd "$(dirname "$0")/.."
bash stack/ensure-system-packages.sh
bash scripts/ensure-node-modules.sh
hash -r
# node_modules/.bin/node is Node 22 (the `node` devDependency), whatever the system has.
exec node_modules/.bin/node node_modules/.bin/tsx scripts/start-all.ts "$@"
