#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test headless.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

kiji_install_packages
kiji_build

export QT_QPA_PLATFORM=offscreen
export QTWEBENGINE_DISABLE_SANDBOX=1
cd "$KIJI_BUILD"
ctest --output-on-failure --parallel "$(nproc)" --timeout 600
