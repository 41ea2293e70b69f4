#!/usr/bin/env bash
# Sets up a fresh Debian machine for sopkit: Chromium, CJK fonts, poppler, tmux (apt), pnpm, and the pinned dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."

export PUPPETEER_SKIP_DOWNLOAD=1 DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi

packages="chromium fonts-noto-cjk poppler-utils tmux unzip"
missing=""
for p in $packages; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [ -n "$missing" ]; then
  echo "setup: installing$missing"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version)" != "12.21.0" ]; then
  echo "setup: installing pnpm 12.21.0"
  npm install -g pnpm@12.21.0 >/dev/null 2>&1 || $SUDO npm install -g pnpm@12.21.0 >/dev/null
fi

pnpm install --frozen-lockfile
