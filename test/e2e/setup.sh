#!/usr/bin/env bash
# Installs what the real-VS-Code harness needs, idempotently, into .e2e/ (gitignored):
# Debian's chromium + ripgrep (+ libkrb5-dev for code-server's native modules),
# code-server 4.100.3 (VS Code 1.100.3, the newest that runs on Node 20) and playwright-core.
# Nothing here reaches package.json or the .vsix.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
E2E=${E2E_DIR:-$ROOT/.e2e}
CS_VERSION=4.100.3
mkdir -p "$E2E/tmp" "$E2E/xdg"

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v rg >/dev/null || missing+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
for tool in make g++ python3 pkg-config; do command -v $tool >/dev/null || missing+=(build-essential python3 pkg-config); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "e2e setup: apt-get install ${missing[*]}"
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq $(printf '%s\n' "${missing[@]}" | sort -u) >/dev/null
fi

if [ ! -x "$E2E/cs/node_modules/.bin/code-server" ] || ! grep -q "\"version\": \"$CS_VERSION\"" "$E2E/cs/node_modules/code-server/package.json" 2>/dev/null; then
  echo "e2e setup: npm install code-server@$CS_VERSION (about a minute)"
  # @vscode/ripgrep's postinstall downloads rg from GitHub: seed its cache with Debian's rg.
  mkdir -p "$E2E/tmp/vscode-ripgrep-cache-1.15.11" "$E2E/tmp/rgseed"
  cp "$(command -v rg)" "$E2E/tmp/rgseed/rg"
  tar czf "$E2E/tmp/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$E2E/tmp/rgseed" rg
  mkdir -p "$E2E/cs"
  [ -f "$E2E/cs/package.json" ] || echo '{"name":"e2e-code-server","private":true}' > "$E2E/cs/package.json"
  # As root the postinstall wants unsafe-perm; node-pty runs `npx node-gyp` (yes); nodedir points
  # node-gyp at the installed Node's headers instead of downloading them.
  NODEDIR=$(node -p 'require("path").resolve(process.execPath, "../..")')
  [ -f "$NODEDIR/include/node/node.h" ] || NODEDIR=/usr
  (cd "$E2E/cs" && TMPDIR="$E2E/tmp" npm_config_unsafe_perm=true npm_config_nodedir="$NODEDIR" npm_config_yes=true \
    npm install --no-audit --no-fund --loglevel=error code-server@$CS_VERSION)
fi

if [ ! -f "$E2E/driver/node_modules/playwright-core/package.json" ]; then
  echo "e2e setup: npm install playwright-core@1"
  mkdir -p "$E2E/driver"
  [ -f "$E2E/driver/package.json" ] || echo '{"name":"e2e-driver","private":true}' > "$E2E/driver/package.json"
  (cd "$E2E/driver" && npm install --no-audit --no-fund --loglevel=error playwright-core@1)
fi
echo "e2e setup: ready in $E2E"
