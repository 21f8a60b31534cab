# Shared by run.sh and test.sh: install what is missing, then build in build/.
set -euo pipefail

KIJI_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KIJI_BUILD="${KIJI_BUILD:-$KIJI_ROOT/build}"

KIJI_PACKAGES=(
  cmake ninja-build g++ ccache pkg-config
  qt6-base-dev qt6-webengine-dev qt6-webchannel-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
  libcmark-gfm-dev libcmark-gfm-extensions-dev cmark-gfm libyaml-cpp-dev libgumbo-dev libmecab-dev mecab-ipadic-utf8
  qt6-translations-l10n xvfb xauth fonts-ipafont-gothic poppler-utils
)

kiji_install_packages() {
  local missing=()
  local package
  for package in "${KIJI_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$package")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  echo "kiji: installing ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
}

kiji_build() {
  if [ ! -f "$KIJI_BUILD/build.ninja" ]; then
    cmake -S "$KIJI_ROOT" -B "$KIJI_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
  fi
  cmake --build "$KIJI_BUILD" --parallel "$(nproc)"
}
