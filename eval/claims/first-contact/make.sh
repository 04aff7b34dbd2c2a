#!/usr/bin/env bash
# First-contact readings of the development splits (session 24, cllearn): each split read by the claim reader of the commit
# that added the split to eval/claims (the reader before any room tuned on it), item by item and piece by piece (headline,
# body sentences), for the learned blame arbiter (eval/claims/fit-blame-arbiter.ts). The old tree is taken with `git archive`
# into a temporary folder (the worktree is not touched), node_modules linked in, and read-old-tree.ts run there on the
# split file of THIS tree. Usage: bash eval/claims/first-contact/make.sh [dev-v7 dev-v8 ...] (default: every split with a
# commit after the reader existed: dev-v7, dev-v8, dev-v10..dev-v28). Development splits only: never a frozen test split.
set -euo pipefail
repo=$(git rev-parse --show-toplevel)
here="$repo/eval/claims/first-contact"
splits=("$@")
[ ${#splits[@]} -eq 0 ] && splits=(dev-v7 dev-v8 dev-v10 dev-v11 dev-v12 dev-v13 dev-v14 dev-v15 dev-v16 dev-v17 dev-v18 dev-v19 dev-v20 dev-v21 dev-v22 dev-v23 dev-v24 dev-v25 dev-v26 dev-v27 dev-v28)
for s in "${splits[@]}"; do
  case "$s" in dev|dev-v*) ;; *) echo "development splits only: $s" >&2; exit 2 ;; esac
  c=$(git -C "$repo" log --diff-filter=A --format=%H -- "eval/claims/$s.jsonl" | tail -1)
  tmp=$(mktemp -d)
  git -C "$repo" archive "$c" src knowledge package.json tsconfig.json | tar -x -C "$tmp"
  ln -s "$repo/node_modules" "$tmp/node_modules"
  cp "$here/read-old-tree.ts" "$tmp/run.ts"
  node "$here/patch-old-tree.mjs" "$tmp/src/core/narrative/claim-slots.ts"
  (cd "$tmp" && npx tsx run.ts "$repo/eval/claims/$s.jsonl" "$here/$s.jsonl")
  echo "$s ${c:0:10}" >> "$here/commits.txt.new"
  rm -rf "$tmp"
done
# the commit each split was read at (the newest line per split wins)
cat $( [ -f "$here/commits.txt" ] && echo "$here/commits.txt" ) "$here/commits.txt.new" | awk '{a[$1]=$0} END {for (k in a) print a[k]}' | sort > "$here/commits.txt.tmp"
mv "$here/commits.txt.tmp" "$here/commits.txt"
rm -f "$here/commits.txt.new"
