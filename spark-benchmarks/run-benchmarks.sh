#!/usr/bin/env bash
# Runs the whole benchmark suite and writes spark-benchmarks/target/benchmarks.md.
#
#   spark-benchmarks/run-benchmarks.sh
#
# Environment:
#   TRANSPORTS   transports to compare with the baseline (default: every transport in the jar)
#   JMH_OPTS     JMH options replacing the defaults below (e.g. "-f 1 -wi 0 -i 1 -r 1s" for a quick look)
#   CALL_OPTS    the same for the single-call benchmarks, whose warm-up is set per benchmark
#   ROUNDS       how many rounds of JMH benchmarks to pool (default 2)
#   RECHECK      the clients measured again after the first round (default: baseline,jdk; "all" for every client)
#   CPU_OPTS     options of the client-CPU run (e.g. "--rounds 5"; see ClientCpu)
#   SKIP_BUILD=1 use the benchmarks.jar and the jlink image already built
#   BUILD_ALSO_MAKE=0  build this module alone against the sibling artifacts in ~/.m2 (no -am)
# Takes about 11 minutes on 2 cores, the build included. Run it on a quiet machine: the load average is recorded.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
target="$here/target"
jar="$target/benchmarks.jar"

cd "$root"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  if [[ "${BUILD_ALSO_MAKE:-1}" == 1 ]]; then
    ./mvnw -B -q -pl spark-benchmarks,spark-image -am package -DskipTests
  else
    ./mvnw -B -q -pl spark-benchmarks,spark-image package -DskipTests
  fi
fi

java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if [[ -z "${TRANSPORTS:-}" ]]; then
  TRANSPORTS="$("$java_bin" -cp "$jar" io.ciscosparkapi.benchmarks.Transports)"
fi
clients="baseline,$TRANSPORTS"
load="load average $(cut -d' ' -f1-3 /proc/loadavg) at start"
echo "Comparing the baseline with: $TRANSPORTS ($load)"

jmh_opts=(${JMH_OPTS:--f 1 -wi 3 -w 1s -i 2 -r 1s})
call_opts=(${CALL_OPTS:--f 1 -i 2 -r 1s})
rounds="${ROUNDS:-2}"
mkdir -p "$target"
rm -f "$target"/jmh-*.json "$target/process.tsv" "$target/async.tsv" "$target/servers.tsv" "$target/cpu.tsv"
start=$(date +%s)

# The JMH benchmarks run in rounds, the baseline first in odd rounds and last in even ones, and
# the report pools the rounds. A machine that drifts during the run (other tenants, thermal
# limits) then weighs on the SDK and on the baseline alike.
# Later rounds measure again only the clients the bar is set on (the baseline and the default
# `jdk` transport); the other transports, far from it, are measured once, which keeps the whole
# suite within 10 minutes on 2 cores.
recheck="${RECHECK:-baseline,jdk}"
if [[ "$recheck" == all ]]; then recheck="$clients"; fi
recheck="$(echo "$recheck" | tr ',' '\n' | grep -Fxf <(echo "$clients" | tr ',' '\n') | paste -sd, -)"
for round in $(seq 1 "$rounds"); do
  order="$clients"
  if (( round > 1 )); then order="$recheck"; fi
  if (( round % 2 == 0 )); then order="$(echo "$order" | tr ',' '\n' | tac | paste -sd, -)"; fi
  echo "Round $round of $rounds: $order"
  # 1. Listing against the fake Spark (10,000 messages; the fake renders the whole page for
  #    every request, so 100,000 would take long to seed), then against the synthetic server,
  #    whose pages cost next to nothing to make, for 10,000 and 100,000.
  "$java_bin" -jar "$jar" ListingBenchmark "${jmh_opts[@]}" -p client="$order" -p server=fake -p items=10000 \
    -rf json -rff "$target/jmh-listing-fake-$round.json"
  "$java_bin" -jar "$jar" ListingBenchmark "${jmh_opts[@]}" -p client="$order" -p server=synthetic -p items=10000,100000 \
    -rf json -rff "$target/jmh-listing-synthetic-$round.json"
  # 2. Single calls over loopback HTTP, and the in-process fake. Their warm-up is set per
  #    benchmark, longer than the listings' (see CallBenchmark).
  "$java_bin" -jar "$jar" CallBenchmark "${call_opts[@]}" -p client="$order" -rf json -rff "$target/jmh-calls-$round.json"
  variants="baseline,sdk"
  if (( round % 2 == 0 )); then variants="sdk,baseline"; fi
  "$java_bin" -jar "$jar" InProcessBenchmark "${call_opts[@]}" -p variant="$variants" -rf json -rff "$target/jmh-inprocess-$round.json"
done
# 3. Whole processes: a million messages in -Xmx32m, and start-up.
"$java_bin" -cp "$jar" io.ciscosparkapi.benchmarks.WholeProcess "$target/process.tsv" \
  --clients "$clients" --image "$root/spark-image/target/maven-jlink/default/bin/spark"
# 3b. The async client: 1,000 creates in flight from one thread, and a listing, against sendAsync.
"$java_bin" -cp "$jar" io.ciscosparkapi.benchmarks.AsyncBurst "$target/async.tsv" --clients "$clients"
# 4. Client CPU per listed message: each client in child processes taking turns, the SDK against
#    the bare clients and a Python client (skipped, with a note, when python3 is absent).
"$java_bin" -cp "$jar" io.ciscosparkapi.benchmarks.ClientCpu "$target/cpu.tsv" \
  --clients "baseline,bare-okhttp,bare-apache,$TRANSPORTS,python,python-plain" ${CPU_OPTS:-}
# 5. The fake Spark as a server against WireMock serving the same answers, each server in a JVM
#    of its own (WireMock's class path is written by the build), and the in-process fake.
"$java_bin" -cp "$jar" io.ciscosparkapi.benchmarks.ServerBenchmark "$target/servers.tsv" \
  --classpath "$jar:$(cat "$target/wiremock.classpath")"
# 6. The table.
load="$load, $(cut -d' ' -f1-3 /proc/loadavg) at end, $(( $(date +%s) - start )) s in all; JMH: $rounds rounds of ${jmh_opts[*]} (single calls: ${call_opts[*]}, warm-up 4–8 s), pooled; rounds after the first: $recheck"
jsons=$(ls "$target"/jmh-*.json | paste -sd, -)
"$java_bin" -cp "$jar" io.ciscosparkapi.benchmarks.Report "$jsons" \
  "$target/process.tsv,$target/async.tsv,$target/cpu.tsv,$target/servers.tsv" "$target/benchmarks.md" "$load"
echo "Wrote $target/benchmarks.md"
