#!/usr/bin/env bash
# Installs what MarketDesk needs to build, test and package on Debian 12 / Ubuntu 22.04+, skipping what is
# already there. Uses sudo when not run as root.
#   --icon-tools   also the tools packaging/icons/generate-icons.sh needs (only to redraw the icon)
#   --sanitizers   also clang and its sanitizer/libFuzzer runtimes (the hardening build of .ci/run)
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config git
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite qt6-l10n-tools qt6-tools-dev libgl-dev
    libgumbo-dev zlib1g-dev libgtest-dev libgmock-dev libbenchmark-dev
    fonts-dejavu-core fonts-noto-core
    dpkg-dev file desktop-file-utils appstream
)
for arg in "$@"; do
    case "$arg" in
    --icon-tools) packages+=(librsvg2-bin icoutils icnsutils) ;;
    --sanitizers) packages+=(clang libclang-rt-14-dev) ;;
    *) echo "install-deps: unknown option $arg (known: --icon-tools, --sanitizers)" >&2; exit 2 ;;
    esac
done

missing=()
for pkg in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$pkg")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: everything is already installed"
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
