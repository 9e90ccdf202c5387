#!/usr/bin/env bash
# Lines of generated code per file for the 7-stream reference record (RobotState), from the
# golden files the processor's GoldenTest keeps in step with the generator. A line counts as code
# unless it is blank or a comment line (starting with //, /*, * or */ after indentation); the
# @Generated annotation and imports count as code.
#   usage: docs/generated-code-size.sh [golden-case-dir]
set -euo pipefail
dir=${1:-"$(dirname "$0")/../shmx-processor/src/test/resources/goldens/GoldenTest/robot-state"}
total_code=0; total_all=0
printf '%-28s %6s %6s\n' file code lines
for f in "$dir"/*.java; do
  code=$(awk '
    /^[[:space:]]*$/ { next }
    /^[[:space:]]*(\/\/|\/\*|\*)/ { next }
    { n++ } END { print n + 0 }' "$f")
  all=$(wc -l < "$f")
  printf '%-28s %6d %6d\n' "$(basename "$f" .java | sed 's/.*\.//')" "$code" "$all"
  total_code=$((total_code + code)); total_all=$((total_all + all))
done
printf '%-28s %6d %6d\n' total "$total_code" "$total_all"
