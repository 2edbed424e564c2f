# shellcheck shell=bash
# Shared helpers for bench/run and bench/conll. Sourced, not executed.
#
#   source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
#   bench_init                      # sets ROOT, SHARED, WORK, TOOLS; checks python3
#   bench_build_release             # builds build/release/cli/kgraph, sets KGRAPH
#   bench_install_compromise        # npm-installs compromise@14 under bench/.work/node
#   bench_freeze_data               # copies data/ into TMP, sets DATA_DIR
#
# Everything heavy lives in bench/tools/*.py (Python 3 standard library only) so the
# shell scripts stay a readable list of steps.

die() {
  echo "$(basename "$0"): error: $*" >&2
  exit 1
}

note() {
  [ "${BENCH_QUIET:-0}" = 1 ] || echo "$(basename "$0"): $*" >&2
}

# Repository root, the shared folder next to it, the work folder (gitignored) and tools.
bench_init() {
  ROOT="$(git -C "$(dirname "${BASH_SOURCE[0]}")" rev-parse --show-toplevel 2>/dev/null)" ||
    die "not inside the kgraph git repository"
  # shellcheck disable=SC2034  # SHARED, WORK and TOOLS are for the sourcing script
  SHARED="$ROOT/../shared"
  WORK="$ROOT/bench/.work"
  # shellcheck disable=SC2034
  TOOLS="$ROOT/bench/tools"
  command -v python3 >/dev/null || die "python3 is not on PATH"
  mkdir -p "$WORK"
}

# A temp folder removed on exit (also on error or Ctrl-C). Sets TMP.
bench_make_tmp() {
  TMP="$(mktemp -d "${TMPDIR:-/tmp}/kgraph-bench.XXXXXX")"
  # shellcheck disable=SC2064  # expand TMP now: it is fixed for this process
  trap "rm -rf '$TMP'" EXIT
  trap 'exit 130' INT TERM
}

# Builds the Release binary (incremental), unless NO_BUILD=1. Sets KGRAPH.
bench_build_release() {
  KGRAPH="${KGRAPH:-$ROOT/build/release/cli/kgraph}"
  if [ "${NO_BUILD:-0}" != 1 ]; then
    command -v cmake >/dev/null || die "cmake is not on PATH (run scripts/setup)"
    note "building Release into build/release (target kgraph)"
    cmake -S "$ROOT" -B "$ROOT/build/release" -DCMAKE_BUILD_TYPE=Release -DKG_BUILD_TESTS=OFF \
      >"$WORK/cmake-configure.log" 2>&1 ||
      die "cmake configure failed; see bench/.work/cmake-configure.log"
    if ! cmake --build "$ROOT/build/release" -j"$(nproc)" --target kgraph \
      >"$WORK/cmake-build.log" 2>&1; then
      grep -m 5 -E "error|Error" "$WORK/cmake-build.log" >&2 || true
      die "Release build failed; see bench/.work/cmake-build.log (--no-build uses the last binary)"
    fi
  fi
  [ -x "$KGRAPH" ] || die "no kgraph binary at $KGRAPH (build it, or drop --no-build)"
}

# Installs the npm package compromise@14 into bench/.work/node (once; reused after).
# Never a build dependency: only the benchmarks use it. Sets COMPROMISE_DIR.
bench_install_compromise() {
  COMPROMISE_DIR="$WORK/node"
  command -v node >/dev/null || die "node is not on PATH (needed for the compromise baseline)"
  if [ ! -f "$COMPROMISE_DIR/node_modules/compromise/package.json" ]; then
    command -v npm >/dev/null || die "npm is not on PATH (needed to install compromise)"
    note "installing compromise@14 into bench/.work/node"
    mkdir -p "$COMPROMISE_DIR"
    npm install --silent --no-audit --no-fund --prefix "$COMPROMISE_DIR" compromise@14 \
      >"$WORK/npm-install.log" 2>&1 ||
      die "npm install compromise@14 failed; see bench/.work/npm-install.log"
  fi
}

# Copies data/ into TMP so every run of one benchmark reads the same lexicons, even
# if someone edits data/ meanwhile. Sets DATA_DIR (pass it as --data-dir).
bench_freeze_data() {
  [ -d "$ROOT/data" ] || die "no data/ folder in $ROOT"
  DATA_DIR="$TMP/data"
  cp -r "$ROOT/data" "$DATA_DIR"
}
