#!/usr/bin/env bash
# Checks of the Debian package, run by ctest (label "packaging"): `build` makes the .deb with cpack from the
# already-built tree and unpacks it into a throwaway root with dpkg -x; every other check reads that root.
# Usage: deb-checks.sh CHECK BUILD_DIR WORK_DIR APP_ID VERSION FIXTURE
set -euo pipefail

check="$1" build_dir="$2" work="$3" app_id="$4" version="$5" fixture="$6"
root="$work/root"
installed="$root/usr/bin/marketdesk"

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# Runs the installed binary as a user would: nothing from the build environment leaks in.
run_installed() {
    env -u LD_LIBRARY_PATH -u QT_PLUGIN_PATH -u QT_QPA_PLATFORM_PLUGIN_PATH "$installed" "$@"
}

deb_file() {
    local deb
    deb="$(cat "$work/deb-path" 2>/dev/null)" || fail "no package: the packaging.deb.build test did not run"
    echo "$deb"
}

case "$check" in
build)
    rm -rf "$work"
    mkdir -p "$work/packages"
    cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/packages" >"$work/cpack.log" 2>&1 \
        || { cat "$work/cpack.log" >&2; fail "cpack -G DEB failed"; }
    debs=("$work"/packages/*.deb)
    [ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one .deb in $work/packages, found: ${debs[*]}"
    dpkg-deb -x "${debs[0]}" "$root"
    echo "${debs[0]}" >"$work/deb-path"
    echo "built $(basename "${debs[0]}") ($(stat -c %s "${debs[0]}") bytes), unpacked into $root"
    ;;

layout)
    [ -x "$installed" ] || fail "usr/bin/marketdesk is missing or not executable"
    for file in "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml" \
                "usr/share/icons/hicolor/scalable/apps/$app_id.svg"; do
        [ -f "$root/$file" ] || fail "$file is missing"
    done
    for size in 16 22 24 32 48 64 128 256 512; do
        icon="usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
        [ -f "$root/$icon" ] || fail "$icon is missing"
        file -b "$root/$icon" | grep -q "PNG image data, $size x $size," || fail "$icon is not a ${size}x${size} PNG"
    done
    cmp "$root/usr/share/applications/$app_id.desktop" "$build_dir/packaging/$app_id.desktop" \
        || fail "the packaged .desktop file differs from the validated one"
    cmp "$root/usr/share/metainfo/$app_id.metainfo.xml" "$build_dir/packaging/$app_id.metainfo.xml" \
        || fail "the packaged metainfo differs from the validated one"
    stray="$(cd "$root" && find . -type f ! -path './usr/bin/*' ! -path './usr/share/*')"
    [ -z "$stray" ] || fail "files outside usr/bin and usr/share: $stray"
    # Nothing points back into the build tree: an RPATH/RUNPATH may only name $ORIGIN-relative folders
    # (qt_standard_project_setup() adds $ORIGIN/../lib); Qt itself comes from the system's library path.
    runpath="$(readelf -d "$installed" | sed -n 's/.*R\(UN\)\?PATH.*\[\(.*\)\]/\2/p')"
    for entry in ${runpath//:/ }; do
        case "$entry" in
        '$ORIGIN' | '$ORIGIN/'*) ;;
        *) fail "the installed binary searches $entry for libraries" ;;
        esac
    done
    echo "layout ok: binary, .desktop, metainfo, 9 hicolor PNGs and the scalable SVG"
    ;;

control)
    deb="$(deb_file)"
    [ "$(dpkg-deb -f "$deb" Package)" = "marketdesk" ] || fail "package name is not marketdesk"
    [ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version $(dpkg-deb -f "$deb" Version) != $version"
    depends="$(dpkg-deb -f "$deb" Depends)"
    echo "Depends: $depends"
    has_dependency() { echo ", $depends," | grep -Eq "[ ,]$1( \([^)]*\))?,"; }
    # Every Qt library (and Gumbo) the executable links must be a dependency, found through dpkg-shlibdeps.
    needed="$(readelf -d "$installed" | sed -n 's/.*Shared library: \[\(lib\(Qt6\|gumbo\)[^]]*\)\].*/\1/p')"
    [ -n "$needed" ] || fail "readelf found no Qt libraries in the installed binary"
    for lib in $needed; do
        package="$(dpkg -S "*/$lib" 2>/dev/null | head -n1 | cut -d: -f1)"
        [ -n "$package" ] || fail "no installed package owns $lib"
        has_dependency "$package" || fail "$lib comes from $package, which is not in Depends"
    done
    # Plugins Qt loads at run time, which dpkg-shlibdeps cannot see.
    for package in libqt6gui6 libqt6widgets6 libqt6sql6-sqlite; do
        has_dependency "$package" || fail "$package is not in Depends"
    done
    # The Urdu face the reader and lists set Urdu in (Noto Naskh Arabic; ui/urdufonts.h).
    has_dependency fonts-noto-core || fail "fonts-noto-core is not in Depends"
    echo "control ok: $(echo "$needed" | wc -w) linked libraries, the plugin packages and the Urdu font are dependencies"
    ;;

apt)
    # What `apt install ./marketdesk_*.deb` would do, without doing it: every dependency must resolve.
    deb="$(deb_file)"
    output="$(apt-get install --simulate --no-install-recommends -o Debug::NoLocking=1 "$deb" 2>&1)" \
        || { echo "$output" >&2; fail "apt-get cannot install $(basename "$deb")"; }
    echo "$output" | grep -Eq '^Inst marketdesk |marketdesk is already the newest version' \
        || { echo "$output" >&2; fail "apt-get would not install marketdesk"; }
    echo "$output" | grep -E '^(Inst|Conf) ' || true
    ;;

appstream-tree)
    # The installed metainfo together with what it names: the launchable .desktop file must be there too.
    appstreamcli validate-tree --no-net "$root" || fail "appstreamcli validate-tree failed on the unpacked package"
    ;;

version)
    out="$(run_installed --version)"
    [ "$out" = "MarketDesk $version" ] || fail "installed --version printed '$out', expected 'MarketDesk $version'"
    echo "$out"
    ;;

dump-json)
    mkdir -p "$work/run"
    cd "$work/run"
    run_installed --dump-json "$fixture" >installed.json || fail "installed --dump-json exited $?"
    "$build_dir/app/marketdesk" --dump-json "$fixture" >build-tree.json
    cmp installed.json build-tree.json || fail "the installed binary's JSON differs from the build tree's"
    grep -q '"symbol": "OGDC"' installed.json || fail "the JSON has no OGDC quote"
    echo "dump-json ok: $(stat -c %s installed.json) bytes, identical to the build tree's"
    ;;

screenshot)
    mkdir -p "$work/run"
    shot="$work/run/screenshot.png"
    rm -f "$shot"
    QT_QPA_PLATFORM=offscreen timeout 45 env -u LD_LIBRARY_PATH -u QT_PLUGIN_PATH -u QT_QPA_PLATFORM_PLUGIN_PATH \
        "$installed" --screenshot "$shot" "$fixture" || fail "installed --screenshot exited $? (124: still running after 45 s)"
    [ -s "$shot" ] || fail "no screenshot written"
    file -b "$shot" | grep -q '^PNG image data' || fail "the screenshot is not a PNG: $(file -b "$shot")"
    echo "screenshot ok: $(file -b "$shot")"
    ;;

*)
    fail "unknown check '$check'"
    ;;
esac
