#!/usr/bin/env bash
# Regenerates every application icon file from the one source SVG (resources/icons/marketdesk.svg) beside
# it: the PNGs (the window's icons in the Qt resources, and the hicolor sizes for Linux), marketdesk.ico for
# Windows and marketdesk.icns for macOS. The results are committed, so a build needs none of these tools;
# run this only after changing the SVG.
# Tools (Debian): librsvg2-bin (rsvg-convert), icoutils (icotool), icnsutils (png2icns);
# `packaging/install-deps-debian.sh --icon-tools` installs them.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
source_svg="$root/resources/icons/marketdesk.svg"
out="$root/resources/icons"

missing=()
for tool in rsvg-convert icotool png2icns; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -ne 0 ]; then
    echo "generate-icons: missing ${missing[*]}; run packaging/install-deps-debian.sh --icon-tools" >&2
    exit 1
fi

# The freedesktop hicolor sizes (which include those resources/CMakeLists.txt compiles in); .ico and .icns
# take their subsets of the same files.
hicolor_sizes=(16 22 24 32 48 64 128 256 512)
ico_sizes=(16 24 32 48 64 128)   # 256 is added below as a PNG-compressed entry, as Windows Vista+ expects
icns_sizes=(16 32 48 128 256 512)

mkdir -p "$out"
for size in "${hicolor_sizes[@]}"; do
    rsvg-convert --width "$size" --height "$size" --format png --output "$out/marketdesk-$size.png" "$source_svg"
done

ico_inputs=()
for size in "${ico_sizes[@]}"; do
    ico_inputs+=("$out/marketdesk-$size.png")
done
icotool --create --output "$out/marketdesk.ico" "${ico_inputs[@]}" --raw="$out/marketdesk-256.png"

icns_inputs=()
for size in "${icns_sizes[@]}"; do
    icns_inputs+=("$out/marketdesk-$size.png")
done
png2icns "$out/marketdesk.icns" "${icns_inputs[@]}" >/dev/null

echo "generate-icons: wrote ${#hicolor_sizes[@]} PNGs, marketdesk.ico and marketdesk.icns to ${out#"$root/"}"
