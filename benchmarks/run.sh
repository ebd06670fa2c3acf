#!/usr/bin/env bash
# Builds the benchmarks, runs every one of them and prints the table that BENCHMARKS.md publishes.
#
#   benchmarks/run.sh           the full run (15–20 minutes on 2 cores)
#   benchmarks/run.sh --quick   fewer rounds and shorter JMH iterations (6–9 minutes), to try changes
#
# Needs Java 17+ and network access on the first run (Maven resolves the peers' artifacts into ~/.m2 once). Our
# Maven plugin is installed only into benchmarks/target/repo, never into ~/.m2. The parts and their sections of the
# table are written to benchmarks/target/results/; the table is also printed at the end.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
bench="$root/benchmarks"
results="$bench/target/results"

quick=false
case "${1:-}" in
  --quick) quick=true ;;
  "") ;;
  *) echo "usage: benchmarks/run.sh [--quick]" >&2; exit 2 ;;
esac

if $quick; then
  mode="quick"; rounds=2; scaling_rounds=1; warm_rounds=1; cold_runs=3; jmh_rounds=1
  calls_jmh=(-f 1 -wi 2 -i 3 -w 1s -r 1s); events_jmh=(-f 1 -wi 1 -i 3)
else
  mode="full"; rounds=5; scaling_rounds=3; warm_rounds=3; cold_runs=7; jmh_rounds=3
  calls_jmh=(-f 1 -wi 3 -i 5 -w 2s -r 2s); events_jmh=(-f 1 -wi 3 -i 8)
fi
calls_settings="${jmh_rounds} round(s) of: ${calls_jmh[*]}"
events_settings="${jmh_rounds} round(s) of: ${events_jmh[*]}"

step() { printf '\n=== %s (%s)\n' "$1" "$(date +%H:%M:%S)" >&2; }
classpath() { echo "$bench/$1/target/classes:$(cat "$bench/$1/target/classpath.txt")"; }

step "build (./mvnw -Pbenchmarks package)"
"$root/mvnw" -B -q -Pbenchmarks package -DskipTests \
  -pl benchmarks/harness,benchmarks/openapi-generator-client,benchmarks/coldstart-parallel4j,benchmarks/coldstart-anthropic,benchmarks/jmh,benchmarks/warm-generation -am

rm -rf "$results"
mkdir -p "$results"
load_before="$(uptime)"
harness=(java -cp "$(classpath harness)" -Dbench.root="$root" -Dbench.results="$results")

step "generation: parallel4j vs OpenAPI Generator, and scaling"
"${harness[@]}" -Dbench.rounds="$rounds" -Dbench.scalingRounds="$scaling_rounds" \
  dev.parallel4j.benchmarks.generation.GenerationBenchmark

step "generation in a warm JVM: parallel4j vs OpenAPI Generator"
"${harness[@]}" -Dbench.warmRounds="$warm_rounds" dev.parallel4j.benchmarks.generation.WarmGenerationBenchmark >/dev/null

jmh=(java -cp "$(classpath jmh)" org.openjdk.jmh.Main -foe true -prof gc -jvmArgsAppend -Xmx2g -rf json)
for round in $(seq 1 "$jmh_rounds"); do
  step "JMH round $round of $jmh_rounds: FindAll calls"
  "${jmh[@]}" "${calls_jmh[@]}" -rff "$results/jmh-calls-$round.json" FindAllCallBenchmark
  step "JMH round $round of $jmh_rounds: event stream"
  "${jmh[@]}" "${events_jmh[@]}" -rff "$results/jmh-events-$round.json" FindAllEventStreamBenchmark
done
"${harness[@]}" dev.parallel4j.benchmarks.report.JmhReport "$results"/jmh-calls-*.json "$results"/jmh-events-*.json >/dev/null

step "footprint and cold start"
"${harness[@]}" -Dbench.runs="$cold_runs" dev.parallel4j.benchmarks.startup.StartupBenchmark >/dev/null

load_after="$(uptime)"
{
  echo "## Machine and run"
  echo
  echo "- $(date -u +%Y-%m-%d), ${mode} run (\`benchmarks/run.sh$($quick && echo ' --quick')\`), commit $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- . 2>/dev/null || echo ' + local changes')"
  echo "- $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/Mem:/ {print $2}') GiB memory"
  echo "- $(java -version 2>&1 | head -1); Maven: $("$root/mvnw" -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g')"
  echo "- load before: ${load_before#*load average: }; after: ${load_after#*load average: } (1, 5, 15 min)"
  echo "- JMH settings: calls ${calls_settings}; event stream ${events_settings}; -prof gc, -Xmx2g"
  echo
  cat "$results/generation.md"; echo
  cat "$results/warm-generation.md"; echo
  cat "$results/clients.md"; echo
  cat "$results/events.md"; echo
  cat "$results/startup.md"
} > "$results/table.md"

step "table ($results/table.md)"
cat "$results/table.md"
