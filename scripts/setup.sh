#!/usr/bin/env bash
# Sets up a fresh machine for Tifa: Node 22 (from the npm registry), Debian's chromium (with
# its Chinese UI, chromium-l10n), firefox-esr, CJK fonts and GNU parallel, and the project's npm dependencies. Safe to run again; skips what is there.
#   bash scripts/setup.sh                  install everything
#   bash scripts/setup.sh npm test         install everything, then run a command with Node 22
#   bash scripts/setup.sh --print-path     print the directory holding Node 22's binary
set -euo pipefail
NODE_PREFIX="${TIFA_NODE_PREFIX:-$HOME/.cache/tifa-node22}"
NODE_BIN="$NODE_PREFIX/node_modules/.bin"

if [ "${1:-}" = "--print-path" ]; then echo "$NODE_BIN"; exit 0; fi
cd "$(dirname "$0")/.."

if ! "$NODE_BIN/node" --version 2>/dev/null | grep -q '^v22\.'; then
  echo "setup: installing Node 22 into $NODE_PREFIX"
  mkdir -p "$NODE_PREFIX"
  # The `node` package's preinstall fetches the platform binary, also from the npm registry.
  npm install --prefix "$NODE_PREFIX" --no-save --no-audit --no-fund node@22 >/dev/null
fi
export PATH="$NODE_BIN:$PATH"

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || need_apt+=(firefox-esr)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need_apt+=(fonts-noto-cjk)
# The browser tests check Tifa's Chinese UI in a Chromium whose own UI is Chinese.
dpkg -s chromium-l10n >/dev/null 2>&1 || need_apt+=(chromium-l10n)
# GNU parallel shards a corpus over tifa-annotate --jsonl workers (README, and its test).
# moreutils ships another program called parallel, hence the version check.
[[ "$(parallel --version 2>/dev/null || true)" == "GNU parallel"* ]] || need_apt+=(parallel)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing ${need_apt[*]} from Debian"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if [ -z "${TIFA_SKIP_NPM_CI:-}" ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund
fi

if [ $# -gt 0 ]; then
  echo "setup: done; running $*"
  exec "$@"
fi
