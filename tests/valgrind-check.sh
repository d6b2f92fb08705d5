#!/bin/sh
# Runs a program under valgrind's memcheck and fails on any memory error,
# or on any block definitely lost with a frame of our own code in the
# stack that allocated it (a function mbc_… or a file mbc-….c, or the
# program's own). What the system's libraries keep until exit is listed
# in the log but is theirs to free.
#
#   valgrind-check.sh PROGRAM [ARGUMENT…]
set -u
log=$(mktemp)
trap 'rm -f "$log"' EXIT

valgrind --tool=memcheck --leak-check=full --errors-for-leak-kinds=none \
  --error-exitcode=1 --num-callers=40 --log-file="$log" "$@"
status=$?

own=$(basename "$1")
awk -v own="$own" '
  /are definitely lost in loss record/ { record = $0 "\n"; in_record = 1; next }
  in_record && /^==[0-9]+== +(at|by) / {
    record = record $0 "\n"
    if ($0 ~ / mbc_[a-z0-9_]+ \(/ || $0 ~ /\(mbc-[a-z0-9-]+\.c:[0-9]+\)/ || index($0, "(" own ".c:") > 0)
      ours = 1
    next
  }
  in_record {
    if (ours) { printf "%s", record; found = 1 }
    in_record = 0; ours = 0
  }
  END {
    if (in_record && ours) { printf "%s", record; found = 1 }
    exit found ? 1 : 0
  }
' "$log"
ours=$?

sed -n '/HEAP SUMMARY/,$p' "$log" | sed 's/^==[0-9]*== //'

if [ "$status" -ne 0 ]; then
  echo "valgrind found memory errors (exit status $status):"
  grep -B2 -A20 'Invalid\|uninitialised\|Mismatched' "$log" | head -200
  exit 1
fi
if [ "$ours" -ne 0 ]; then
  echo "Blocks definitely lost in our code: see the stacks above."
  exit 1
fi
echo "No memory error; no block definitely lost in our code."
