#!/usr/bin/env bash
# Fuzzes Kader with libFuzzer: the framework loader, the response loader, the expression
# parser and checker (with the evaluator behind them, held to the shared expression corpus),
# the renderers (every format of a result, a comparison and a group, checked for raw control
# characters, markup and JSON without NaN), and the survey import of CSV exports.
#
#     Fuzz/run.sh [SECONDS] [TARGET...]     # default: 60 seconds for each of the five targets
#     FUZZ_SEED=1 Fuzz/run.sh 8             # a fixed seed makes a run repeatable (CI uses this)
#
# The core (Kader, the libyaml it reads with, and its JSON escaping in C), the reports and the
# import (with the CSV package) are built with coverage and AddressSanitizer into .build-fuzz/, each target in Fuzz/ is linked against it with -sanitize=fuzzer,address, and run
# for SECONDS on a corpus seeded from Frameworks/, Examples/, docs/ and earlier findings. A crash,
# hang (-timeout) or memory blow-up (-rss_limit_mb, -malloc_limit_mb) stops the run and leaves
# its input in .build-fuzz/findings/; turn it into a test in Tests/KaderTests/FuzzRegressionTests.swift
# with the input in Tests/KaderTests/Fixtures/fuzz/. Exit status: 0 nothing found, 1 a finding.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(framework response expression renderer csv)

scratch=.build-fuzz
for module in Kader KaderReports KaderImport; do
  echo "== building $module with -sanitize=fuzzer,address"
  swift build --scratch-path "$scratch" --target "$module" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library \
    -Xcc -fsanitize=fuzzer-no-link,address 2>&1 | grep -Ev "^\[|^Building|Compiling|Write|Emitting" || true
done
build="$scratch/debug"
for module in Kader KaderReports KaderImport; do
  [ -f "$build/Modules/$module.swiftmodule" ] || { echo "$module did not build"; exit 2; }
done
core=$(ls "$build"/Kader.build/*.o "$build"/CYaml.build/src/*.o "$build"/CKaderJSON.build/*.o)
cyaml_include=$(find "$scratch/checkouts/Yams/Sources/CYaml/include" -maxdepth 0)
json_include=Sources/CKaderJSON/include
# The reports write Word files with ZIPFoundation, which reads zlib through its CZlib module map.
zip_objects=$(ls "$build"/ZIPFoundation.build/*.o)
czlib_include=$(find "$scratch/checkouts/ZIPFoundation/Sources/CZLib" -maxdepth 0)

mkdir -p "$scratch/bin" "$scratch/findings"
for target in "${targets[@]}"; do
  case "$target" in
    framework) source=Fuzz/FuzzFramework.swift; objects=$core ;;
    response) source=Fuzz/FuzzResponse.swift; objects=$core ;;
    # The expression target reads the shared expression corpus with the test suite's reader.
    expression) source="Fuzz/FuzzExpression.swift Sources/KaderTestSupport/ExpressionCases.swift"; objects=$core ;;
    renderer) source="Fuzz/FuzzRenderer.swift Fuzz/FuzzSupport.swift"; objects="$core $(ls "$build"/KaderReports.build/*.o) $zip_objects" ;;
    csv) source="Fuzz/FuzzCSVImport.swift Fuzz/FuzzSupport.swift"; objects="$core $(ls "$build"/KaderImport.build/*.o "$build"/CSV.build/*.o)" ;;
    *) echo "unknown target $target (framework, response, expression, renderer, csv)"; exit 2 ;;
  esac
  echo "== linking fuzz-$target"
  # shellcheck disable=SC2086
  swiftc -sanitize=fuzzer,address -parse-as-library -Onone -g \
    -I "$build/Modules" -Xcc -I -Xcc "$cyaml_include" -Xcc -I -Xcc "$json_include" \
    -Xcc -I -Xcc "$czlib_include" -lz \
    $source $objects -o "$scratch/bin/fuzz-$target" 2>&1 | grep -v "Cannot export local symbol" || true
  [ -x "$scratch/bin/fuzz-$target" ] || { echo "fuzz-$target did not link"; exit 2; }
done

# Seeds: the bundled files, the YAML and expressions in the docs, the sources of the shared
# expression corpus (Tests/ExpressionCases/), and every earlier finding.
seed() {
  local name="$1" corpus="$scratch/corpus/$1"
  mkdir -p "$corpus"
  case "$name" in
    framework)
      cp Frameworks/*.yaml "$corpus/"
      python3 - "$corpus" <<'PY'
import re, sys, pathlib
out = pathlib.Path(sys.argv[1])
for doc in pathlib.Path("docs").glob("*.md"):
    for i, block in enumerate(re.findall(r"```yaml\n(.*?)```", doc.read_text(), re.S)):
        (out / f"{doc.stem}-{i}.yaml").write_text(block)
PY
      ;;
    response|renderer)
      find Examples -name "*.yaml" -exec cp {} "$corpus/" \; ;;
    csv)
      cp Tests/KaderTests/Fixtures/csv/*.csv "$corpus/" ;;
    expression)
      python3 - "$corpus" <<'PY'
import re, sys, pathlib
out = pathlib.Path(sys.argv[1])
found = set()
for path in list(pathlib.Path("Frameworks").glob("*.yaml")) + list(pathlib.Path("docs").glob("*.md")):
    text = path.read_text()
    found.update(re.findall(r'(?:when|relevant|expression|requires|formula): "([^"]+)"', text))
    found.update(re.findall(r"^\| `([^`|]+)` \|", text, re.M))
for path in pathlib.Path("Tests/ExpressionCases/cases").glob("*.yaml"):
    found.update(re.findall(r'^    source: "([^"]+)"', path.read_text(), re.M))
for i, expression in enumerate(sorted(found)):
    (out / f"e{i:04d}").write_text(expression)
PY
      ;;
  esac
  if [ -d "Tests/KaderTests/Fixtures/fuzz/$name" ]; then cp Tests/KaderTests/Fixtures/fuzz/"$name"/* "$corpus/" 2>/dev/null || true; fi
}

status=0
for target in "${targets[@]}"; do
  seed "$target"
  echo "== fuzz-$target for ${seconds}s"
  # Leak reports are off: the Swift runtime keeps its metadata caches to the end on purpose.
  # The Swift backtracer is off: a Swift trap is then reported by ASan/libFuzzer directly.
  if ! ASAN_OPTIONS=detect_leaks=0 SWIFT_BACKTRACE=enable=no KADER_FUZZ_FRAMEWORK=Frameworks/moskeeonderwijs.yaml \
      KADER_EXPRESSION_CASES=Tests/ExpressionCases "$scratch/bin/fuzz-$target" \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=1024 -detect_leaks=0 \
      -max_len=131072 -print_final_stats=1 -seed="${FUZZ_SEED:-0}" \
      -artifact_prefix="$scratch/findings/$target-" "$scratch/corpus/$target" 2> "$scratch/fuzz-$target.log"; then
    status=1
    echo "   finding: see $scratch/fuzz-$target.log and $scratch/findings/"
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|stat::new_units_added" "$scratch/fuzz-$target.log" | sort -u | sed 's/^/   /' || true
  grep -E "^(==[0-9]+==ERROR|SUMMARY|Test unit written|.*Fatal error)|ALARM|out-of-memory" "$scratch/fuzz-$target.log" | head -5 | sed 's/^/   /' || true
done
exit $status
