#!/usr/bin/env bash
# Whole-process figures on the large corpus (issue: scale and speed).
#
#   bash benches/scale.sh [DIR] [RUNS]
#
# Builds the ~25 MB BBC-derived corpus into DIR (default /tmp/centreline-scale)
# if it is not there, then reports medians over RUNS (default 5) of:
#   - `wc -w` over the same files (the floor: reading every byte once),
#   - `centreline export --no-store DIR` (load, decode, analyse, serialise to
#     /dev/null), its ratio to `wc -w`, and its peak memory against the corpus size,
#   - the store: a cold build of its cache (export into an empty store), an
#     export from the up-to-date store, a search, and the cache's size,
#   - the explorer's first screen, when its articles and speakers show
#     (from the store: its preview), its finished load and its peak memory
#     (examples/first_screen.rs), with no store and reopening from the store.
# Skips cleanly when ../shared is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-/tmp/centreline-scale}
runs=${2:-5}
if [ ! -d ../shared/data/bbc ] && [ ! -d "$dir" ]; then
  echo "scale: ../shared/data/bbc not found; skipped"
  exit 0
fi
cargo build --release --bin centreline --example build_corpus --example first_screen >/dev/null 2>&1
[ -d "$dir" ] || ./target/release/examples/build_corpus "$dir"
bin=./target/release/centreline
mapfile -d '' files < <(find "$dir" -type f \( -name '*.txt' -o -name '*.md' \) -print0)
bytes=$(cat "${files[@]}" | wc -c)
echo "corpus: ${#files[@]} files, $(awk -v b="$bytes" 'BEGIN{printf "%.1f MB", b/1e6}') in $dir; $(nproc) cores"

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
now() { date +%s.%N; }

timing=$(mktemp)
wc_times=(); export_times=(); peaks=()
for _ in $(seq "$runs"); do
  t0=$(now); wc -w "${files[@]}" >/dev/null; t1=$(now)
  wc_times+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN{print b-a}')")
  /usr/bin/time -o "$timing" -f "%e %M" "$bin" export --no-store "$dir" >/dev/null 2>&1
  out=$(tail -1 "$timing")
  export_times+=("${out% *}"); peaks+=("${out#* }")
done
wc_med=$(printf '%s\n' "${wc_times[@]}" | median)
ex_med=$(printf '%s\n' "${export_times[@]}" | median)
peak_med=$(printf '%s\n' "${peaks[@]}" | median)
awk -v w="$wc_med" -v e="$ex_med" -v p="$peak_med" -v b="$bytes" 'BEGIN {
  printf "wc -w:            median %.3f s\n", w
  printf "centreline export: median %.3f s  (%.1fx wc -w; %.1f MB/s overall)\n", e, e / w, b / 1e6 / e
  printf "peak memory:       median %.0f MB  (%.2fx the corpus)\n", p / 1024, p * 1024 / b
}'

# The store, kept out of the corpus folder so the corpus stays as built.
store=$(mktemp -d)
build_times=(); reopen_times=(); search_times=()
for _ in $(seq "$runs"); do
  rm -rf "$store"
  /usr/bin/time -o "$timing" -f "%e" "$bin" export --store "$store" "$dir" >/dev/null 2>&1
  build_times+=("$(tail -1 "$timing")")
  /usr/bin/time -o "$timing" -f "%e" "$bin" export --store "$store" "$dir" >/dev/null 2>&1
  reopen_times+=("$(tail -1 "$timing")")
  /usr/bin/time -o "$timing" -f "%e" "$bin" search --store "$store" 'local NOT council' "$dir" >/dev/null 2>&1
  search_times+=("$(tail -1 "$timing")")
done
build_med=$(printf '%s\n' "${build_times[@]}" | median)
reopen_med=$(printf '%s\n' "${reopen_times[@]}" | median)
search_med=$(printf '%s\n' "${search_times[@]}" | median)
db_bytes=$(stat -c %s "$store/cache.db")
awk -v e="$ex_med" -v b="$build_med" -v r="$reopen_med" -v s="$search_med" -v d="$db_bytes" 'BEGIN {
  printf "store, cold build:  median %.3f s  (%.2fx the cold export)\n", b, b / e
  printf "export from store:  median %.3f s  (%.1fx faster than the cold export)\n", r, e / r
  printf "search (process):   median %.3f s\n", s
  printf "cache.db:           %.0f MB\n", d / 1e6
}'
./target/release/examples/first_screen "$dir" "$runs" --no-store || true
./target/release/examples/first_screen "$dir" "$runs" --store "$store" || true
rm -rf "$store"
