#!/usr/bin/env bash
# Install the Debian packages that the interop and browser tests use.
# As root (or with passwordless sudo) they are installed; otherwise we say
# what is missing, and the tests that need them skip (outside CI).
set -uo pipefail
need=()
command -v skopeo >/dev/null || need+=(skopeo)
command -v umoci >/dev/null || need+=(umoci)
command -v docker-registry >/dev/null || need+=(docker-registry)
# The browser tests drive Debian's Chromium with Playwright (never a downloaded browser).
[ -x /usr/bin/chromium ] || need+=(chromium)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" = 0 ]; then SUDO=""; elif sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
  echo "note: not installing ${need[*]} (needs root); tests that use them will skip" >&2; exit 0; fi
if ! command -v apt-get >/dev/null; then
  echo "note: no apt-get here; tests that use ${need[*]} will skip" >&2; exit 0; fi
echo "installing Debian packages: ${need[*]}"
$SUDO apt-get update -qq || true
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null || {
  echo "warning: could not install ${need[*]}" >&2
  [ "${CI:-}" = "true" ] && exit 1
}
# apt may start the registry as a service; the tests run their own on 127.0.0.1.
exit 0
