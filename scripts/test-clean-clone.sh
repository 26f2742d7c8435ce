#!/usr/bin/env bash
# Clones this repository into an empty folder with no ../shared beside it and runs `npm ci && npm test` there:
# the repository must be self-contained (issue 13). Uses the committed HEAD, not the working tree.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git clone -q "$src" "$tmp/clone"
cd "$tmp/clone"
[ ! -e ../shared ] || { echo "unexpected ../shared beside the clone"; exit 1; }
npm ci --no-audit --no-fund --loglevel=error
npm test -- --ci
