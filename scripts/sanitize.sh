# Shared by scripts/test --sanitize and scripts/fuzz: the clang build with AddressSanitizer,
# UndefinedBehaviorSanitizer and the fuzz targets, in build-sanitize/. Sourced after common.sh.
BUILD_DIR="${SANITIZE_BUILD_DIR:-$ROOT/build-sanitize}"

# Any report stops the program with an error; leaks are not looked for (Qt, fontconfig and
# GLib keep caches to the end on purpose, and the fuzz targets look for crashes and UB).
export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=0:strict_string_checks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

# What the sanitizer run builds and runs: the readers and everything behind an import (text,
# io, storage, import, questions, the command line with the hostile files), and the fuzz
# targets. The window's tests (gui), the papers' (docs) and the models' are left to the
# ordinary run: with them the whole of CI would not stay well under 45 minutes on two cores.
SANITIZED_TESTS='^(text|io|domain|core|session|edit|import|questions|cli):'
SANITIZED_TARGETS=(dialoguedesk dialoguedesk-xlsreader
    tests_text tests_io tests_domain tests_core tests_session tests_edit tests_import
    tests_questions tests_cli
    fuzz_csv fuzz_xlsx fuzz_ods fuzz_xls fuzz_email)

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
    cmake --build "$BUILD_DIR" --parallel "$(nproc)" --target "${SANITIZED_TARGETS[@]}"
}
