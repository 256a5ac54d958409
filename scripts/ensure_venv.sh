#!/usr/bin/env bash
# Create the project's virtual environment, installing Debian's python3-venv
# first if this Python cannot make one (a fresh Debian lacks it).
set -euo pipefail
PY="$1"; VENV="$2"
if [ -x "$VENV/bin/python" ]; then exit 0; fi
if ! "$PY" -m venv "$VENV" 2>/dev/null; then
  rm -rf "$VENV"
  ver=$("$PY" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
  if [ "$(id -u)" = 0 ]; then SUDO=""; elif sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
    echo "Cannot create a virtual environment: install python3-venv (apt-get install python3-venv) and retry." >&2; exit 1; fi
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "python${ver}-venv" || $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv
  "$PY" -m venv "$VENV"
fi
