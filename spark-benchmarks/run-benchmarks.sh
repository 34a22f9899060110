#!/usr/bin/env bash
# Runs the whole benchmark suite and writes spark-benchmarks/target/benchmarks.md.
#
#   spark-benchmarks/run-benchmarks.sh
#
# Environment:
#   TRANSPORTS   transports to compare with the baseline (default: every transport in the jar)
#   JMH_OPTS     JMH options replacing the defaults below (e.g. "-f 1 -wi 0 -i 1 -r 1s" for a quick look)
#   SKIP_BUILD=1 use the benchmarks.jar already built
#   BUILD_ALSO_MAKE=0  build this module alone against the sibling artifacts in ~/.m2 (no -am)
# Takes about 6 minutes on 2 cores, plus the build. Run it on a quiet machine: the load average is recorded.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
target="$here/target"
jar="$target/benchmarks.jar"

cd "$root"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  if [[ "${BUILD_ALSO_MAKE:-1}" == 1 ]]; then
    ./mvnw -B -q -pl spark-benchmarks -am package -DskipTests
  else
    ./mvnw -B -q -pl spark-benchmarks package -DskipTests
  fi
fi

java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if [[ -z "${TRANSPORTS:-}" ]]; then
  TRANSPORTS="$("$java_bin" -cp "$jar" io.ciscosparkapi.benchmarks.Transports)"
fi
clients="baseline,$TRANSPORTS"
load="load average $(cut -d' ' -f1-3 /proc/loadavg) at start"
echo "Comparing the baseline with: $TRANSPORTS ($load)"

jmh_opts=(${JMH_OPTS:--f 1 -wi 2 -w 1s -i 5 -r 1s})
mkdir -p "$target"
rm -f "$target"/jmh-*.json "$target/process.tsv"
start=$(date +%s)

# 1. Listing against the fake Spark (10,000 messages; the fake rebuilds the whole room for
#    every page, so 100,000 would take about a minute per listing), then against the synthetic
#    server, whose pages cost nothing to make, for 10,000 and 100,000.
"$java_bin" -jar "$jar" ListingBenchmark "${jmh_opts[@]}" -p client="$clients" -p server=fake -p items=10000 \
  -rf json -rff "$target/jmh-listing-fake.json"
"$java_bin" -jar "$jar" ListingBenchmark "${jmh_opts[@]}" -p client="$clients" -p server=synthetic -p items=10000,100000 \
  -rf json -rff "$target/jmh-listing-synthetic.json"
# 2. Single calls over loopback HTTP, and the in-process fake.
"$java_bin" -jar "$jar" CallBenchmark "${jmh_opts[@]}" -p client="$clients" -rf json -rff "$target/jmh-calls.json"
"$java_bin" -jar "$jar" InProcessBenchmark "${jmh_opts[@]}" -rf json -rff "$target/jmh-inprocess.json"
# 3. Whole processes: a million messages in -Xmx64m, and start-up.
"$java_bin" -cp "$jar" io.ciscosparkapi.benchmarks.WholeProcess "$target/process.tsv" \
  --clients "$clients" --image "$root/spark-image/target/maven-jlink/default/bin/spark"
# 4. The table.
load="$load, $(cut -d' ' -f1-3 /proc/loadavg) at end, $(( $(date +%s) - start )) s in all"
jsons=$(ls "$target"/jmh-*.json | paste -sd, -)
"$java_bin" -cp "$jar" io.ciscosparkapi.benchmarks.Report "$jsons" "$target/process.tsv" "$target/benchmarks.md" "$load"
echo "Wrote $target/benchmarks.md"
