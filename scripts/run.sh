#!/usr/bin/env bash
# Installs what is missing, builds, and opens Kiji on FILE (default: the bundled sample).
# With --install: builds and installs kiji, kiji-gui, the preview's engine, the desktop entry and the icon to /usr/local.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

kiji_install_packages
kiji_build

if [ "${1:-}" = "--install" ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
  fi
  exec $sudo cmake --install "$KIJI_BUILD" --prefix /usr/local
fi

file="${1:-$KIJI_ROOT/resources/samples/sample-article.md}"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "kiji: no display found (DISPLAY and WAYLAND_DISPLAY are unset); printing the outline of $file instead" >&2
  exec "$KIJI_BUILD/bin/kiji" outline "$file"
fi
if [ "$(id -u)" -eq 0 ]; then
  export QTWEBENGINE_DISABLE_SANDBOX=1
fi
exec "$KIJI_BUILD/bin/kiji" "$file"
