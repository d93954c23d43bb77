#!/usr/bin/env bash
# Installs, idempotently, the editors the server's editor tests drive headless against the
# real server: Debian's neovim (test/server/neovim.test.ts) and emacs-nox with elpa-eglot
# (test/server/emacs.test.ts).
set -euo pipefail
missing=()
command -v nvim >/dev/null || missing+=(neovim)
command -v emacs >/dev/null || missing+=(emacs-nox)
dpkg -s elpa-eglot >/dev/null 2>&1 || missing+=(elpa-eglot)
if [ ${#missing[@]} -gt 0 ]; then
  echo "server test setup: apt-get install ${missing[*]}"
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
