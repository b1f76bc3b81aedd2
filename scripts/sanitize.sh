# Shared by scripts/test --sanitize and scripts/fuzz: the clang build with AddressSanitizer,
# UndefinedBehaviorSanitizer and the fuzz targets, in build-sanitize/. Sourced after common.sh.
BUILD_DIR="${SANITIZE_BUILD_DIR:-$ROOT/build-sanitize}"

# Any report stops the program with an error; leaks are not looked for (Qt, fontconfig and
# GLib keep caches to the end on purpose, and the fuzz targets look for crashes and UB).
export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=0:strict_string_checks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

configure_sanitized() {
    local generator=()
    command -v ninja >/dev/null && generator=(-G Ninja)
    if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
        # -O1: the sanitizers' usual level, quicker to build than -O2 on a small machine.
        CC=clang CXX=clang++ cmake -S "$ROOT" -B "$BUILD_DIR" "${generator[@]}" \
            -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" \
            -DDIALOGUEDESK_SANITIZE=ON -DDIALOGUEDESK_BUILD_FUZZ=ON \
            -DDIALOGUEDESK_BUILD_BENCH=OFF -DDIALOGUEDESK_BUILD_TESTS=ON
    fi
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}
