#!/usr/bin/env bash
# The pipeline's capacity on H2: how many replies a second igbridge gets to the Graph API while it drains a
# backlog, and the CPU it spends per reply (the whole process, and without the JIT compiler's threads). Method and
# figures: docs/benchmarks.md, "Pipeline capacity".
#
#   bench/pipeline.sh [LABEL] [JAR]
#
# Builds target/igbridge.jar unless JAR is given (e.g. a jar of another commit, to compare). Runs the jar with a fresh
# H2 file and the benchmark's fake Graph API; warms it up with 150 DMs a second for 45 s; posts 20,000 more DMs at
# 1,000 a second (a backlog); then, once they are all acknowledged, measures the drain until the last reply (the
# replies sent, over the time from then to the last one; no reply for 5 s ends it). Each DM comes from a
# person of its own and says hello, so each gets one reply. Prints one RESULT line; logs in target/bench/pipeline-*/.
#
# Sustained traffic instead of a backlog: PIPELINE_SUSTAINED="RATE..." (e.g. "200 300 500"). The warm-up is then
# PIPELINE_WARMUP_RATE DMs a second (default 150) for PIPELINE_WARMUP_SECONDS (default 40, plus 5 not counted), its
# replies' latency reported too; then, for each RATE, 10 s of warm-up and 30 s measured at that rate, each reply's
# latency from the DM's due time to its arrival at the fake (graph_p50_ms, graph_p99_ms) and the DMs' acknowledgement
# latency (graph_ack_*), up to 60 s waited for the last replies. Before each rate the script waits (up to 300 s) until
# no delivery waits to be processed and no action is due (from 2026-12-07 21:10; before, a queue left by the warm-up
# or by the rate before carried over).
#
# PIPELINE_KEEP=1 keeps the H2 file (removed at the end: it reaches gigabytes in a run at these rates).
#
# On PostgreSQL instead: PIPELINE_DATASOURCE_URL (a fresh, empty database), PIPELINE_DATASOURCE_USERNAME and
# PIPELINE_DATASOURCE_PASSWORD. The CPU figures are then the JVM's only, not the database server's.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
LABEL=${1:-pipeline}
OUT=$ROOT/target/bench/pipeline-$LABEL-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT"
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
SECRET=e2e-benchmark-webhook-secret

./mvnw -q -Pbenchmarks -DskipTests package dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" \
  > "$OUT/build.log" 2>&1 || { echo "build failed: $OUT/build.log" >&2; exit 1; }
JAR_COPY=$OUT/igbridge.jar
cp "${2:-$ROOT/target/igbridge.jar}" "$JAR_COPY"
BENCH_CP="$ROOT/target/test-classes:$(cat "$OUT/classpath.txt")"

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
bench_tool() { INSTAGRAM_WEBHOOK_SECRET=$SECRET "$JAVA" -cp "$BENCH_CP" io.igbridge.benchmarks.e2e.EndToEndBench "$@"; }
PIDS=()
# H2's file reaches gigabytes in a run (about 2.5 GB at 150 DMs a second: docs/benchmarks.md): removed at the end
# unless PIPELINE_KEEP=1.
finish() {
  kill "${PIDS[@]}" 2> /dev/null || true
  wait 2> /dev/null || true
  [ "${PIPELINE_KEEP:-}" = 1 ] || rm -rf "$OUT/data"
}
trap finish EXIT

FAKE_PORT=$(free_port)
"$JAVA" -cp "$BENCH_CP" io.igbridge.benchmarks.e2e.EndToEndBench fake-graph "$FAKE_PORT" > "$OUT/fake-graph.log" 2>&1 &
PIDS+=($!)
PORT=$(free_port)
(cd "$OUT" && exec env -i PATH="$PATH" HOME="$HOME" LANG=C.UTF-8 SERVER_PORT="$PORT" IGBRIDGE_DATA_DIR="$OUT/data" \
  IGBRIDGE_ENV_FILE= INSTAGRAM_WEBHOOK_SECRET="$SECRET" INSTAGRAM_VERIFY_TOKEN=e2e-verify-token \
  INSTAGRAM_ACCESS_TOKEN=e2e-access-token INSTAGRAM_PAGE_ID=17841400000009999 \
  INSTAGRAM_GRAPH_API_URL="http://127.0.0.1:$FAKE_PORT" IGBRIDGE_ADMIN_TOKEN=e2e-admin-token \
  ${PIPELINE_DATASOURCE_URL:+SPRING_DATASOURCE_URL="$PIPELINE_DATASOURCE_URL"} \
  ${PIPELINE_DATASOURCE_USERNAME:+SPRING_DATASOURCE_USERNAME="$PIPELINE_DATASOURCE_USERNAME"} \
  ${PIPELINE_DATASOURCE_PASSWORD:+SPRING_DATASOURCE_PASSWORD="$PIPELINE_DATASOURCE_PASSWORD"} \
  "$JAVA" ${PIPELINE_JAVA_OPTS:-} -jar "$JAR_COPY") > "$OUT/igbridge.log" 2>&1 &
PID=$!
PIDS+=("$PID")
for _ in $(seq 240); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health" > /dev/null && curl -sf "http://127.0.0.1:$FAKE_PORT/bench/stats" \
    > /dev/null && break
  sleep 0.5
done

sends() { curl -s "http://127.0.0.1:$FAKE_PORT/bench/stats" | sed 's/.*sends=\([0-9]*\).*/\1/'; }
# jiffies of the whole process, and of its threads but the JIT compiler's
cpu() { awk '{ print $14 + $15 }' "/proc/$PID/stat"; }
app_cpu() {
  # a thread may end between the listing and the reading: it is skipped
  for task in /proc/"$PID"/task/*; do
    case "$(cat "$task/comm" 2> /dev/null)" in
      C1* | C2* | *Compiler* | '') ;;
      *) awk '{ print $14 + $15 }' "$task/stat" 2> /dev/null || true ;;
    esac
  done | awk '{ s += $1 } END { print s }'
}
WEBHOOK=http://127.0.0.1:$PORT/api/instagram/webhook
# dms RATE WARMUP_S SECONDS WAIT_S: signed DMs at RATE a second, one person each; prints their replies' latency
dms() { bench_tool graph-latency "$WEBHOOK" "http://127.0.0.1:$FAKE_PORT" "$@"; }
WARMUP_RATE=${PIPELINE_WARMUP_RATE:-150}
WARMUP_SECONDS=${PIPELINE_WARMUP_SECONDS:-40}
echo "warm-up: $WARMUP_RATE DMs a second for $((WARMUP_SECONDS + 5)) s" >&2
dms "$WARMUP_RATE" 5 "$WARMUP_SECONDS" 1 > "$OUT/warm-up.txt" 2>&1
if [ -n "${PIPELINE_SUSTAINED:-}" ]; then
  echo "RESULT label=$LABEL phase=warm-up $(grep -o 'graph_rate.*' "$OUT/warm-up.txt")" | tee "$OUT/result.txt"
  for rate in $PIPELINE_SUSTAINED; do
    # each rate starts without a queue: one left by the warm-up (the JIT's first minute) or by the rate before decided
    # a run's percentiles more than the jar did (docs/benchmarks.md, 2026-12-07 20:25)
    bench_tool drain "http://127.0.0.1:$PORT" 300 > "$OUT/caught-up-before-$rate.txt" 2>&1
    echo "caught up before $rate a second: $(grep -o 'RESULT.*' "$OUT/caught-up-before-$rate.txt")" >&2
    echo "sustained: $rate DMs a second, 10 s warm-up and 30 s measured" >&2
    dms "$rate" 10 30 60 > "$OUT/sustained-$rate.txt" 2>&1
    echo "RESULT label=$LABEL phase=sustained $(grep -o 'graph_rate.*' "$OUT/sustained-$rate.txt")" \
      | tee -a "$OUT/result.txt"
  done
  exit 0
fi
echo "backlog: 20,000 DMs at 1,000 a second" >&2
dms 1000 1 20 1 > "$OUT/backlog.txt" 2>&1
echo "draining: measured from now until the last reply (up to 300 s)" >&2
# The drain is measured to its end, not over a fixed window: a window the drain ended within counted the idle time
# after it (before 2026-12-07 18:10, 30 s: the rates then reported were the backlog left at its start over 30 s).
s0=$(sends); c0=$(cpu); a0=$(app_cpu); t0=$(date +%s.%N)
s1=$s0; c1=$c0; a1=$a0; t1=$t0; quiet=0
for _ in $(seq 600); do
  sleep 0.5
  now=$(sends)
  if [ "$now" -gt "$s1" ]; then
    s1=$now; c1=$(cpu); a1=$(app_cpu); t1=$(date +%s.%N); quiet=0
  else
    quiet=$((quiet + 1))
    [ "$quiet" -lt 10 ] || break # 5 s without a reply: drained
  fi
done
TICKS=$(getconf CLK_TCK)
python3 - "$LABEL" "$s0" "$s1" "$c0" "$c1" "$a0" "$a1" "$t0" "$t1" "$TICKS" << 'PY' | tee "$OUT/result.txt"
import sys
label, s0, s1, c0, c1, a0, a1, t0, t1, ticks = sys.argv[1], *map(float, sys.argv[2:])
sent, seconds = s1 - s0, t1 - t0
ms = lambda jiffies: (jiffies * 1000 / ticks) / sent if sent else float("nan")
print("RESULT label=%s replies_per_s=%.0f drained_replies=%d drain_s=%.1f cpu_ms_per_reply=%.2f"
      " app_cpu_ms_per_reply=%.2f cores=%.2f"
      % (label, sent / seconds, sent, seconds, ms(c1 - c0), ms(a1 - a0), (c1 - c0) / ticks / seconds))
PY
