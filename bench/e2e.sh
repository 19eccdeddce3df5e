#!/usr/bin/env bash
# End-to-end benchmark of igbridge on loopback: a signature-only Spring Boot baseline, then the real jar on its
# embedded H2 and on a throwaway PostgreSQL; saturation throughput (wrk), ack latency at a fixed rate, delivery →
# Graph API call latency, RSS after many deliveries. Method and figures: docs/benchmarks.md, "End-to-end (wrk)".
#
#   bench/e2e.sh [baseline] [h2] [postgresql] [all] [--quick] [--rss]
#
# No target means all three. --quick is a smoke run of the harness: short phases, 50,000 deliveries instead of
# 1,000,000. --rss runs only what the RSS target needs: igbridge's warm-up, then its bulk phase (1,000,000
# deliveries, or 50,000 with --quick), RSS, catching up, RSS again; the other phases and the baseline are skipped. The results table (Markdown) is printed at the end and kept with every log in target/bench/e2e-<time>/.
#
# Environment (all optional):
#   JAVA_HOME           the JDK that builds and runs everything (default: java on PATH); 21+ runs Tomcat on
#                       virtual threads
#   E2E_JAVA_OPTS       JVM options of the measured JVMs, baseline and igbridge alike (default: none)
#   E2E_RSS_RETRY_OPTS  added to them for a second RSS run when the first one ends above 512 MB without -Xmx
#                       (default: -Xmx256m; empty: no second run)
#   E2E_KEEP=1          keep the temporary data directories (H2 files, PostgreSQL cluster)
set -euo pipefail
export LC_ALL=C

usage() {
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
}

targets=()
quick=false
rss_only=false
for arg in "$@"; do
  case "$arg" in
    --quick) quick=true ;;
    --rss) rss_only=true ;;
    baseline | h2 | postgresql) targets+=("$arg") ;;
    all) targets+=(baseline h2 postgresql) ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
if [ ${#targets[@]} -eq 0 ]; then
  targets=(baseline h2 postgresql)
fi
if $rss_only; then
  targets=("${targets[@]/baseline}")
  read -r -a targets <<< "${targets[*]}"
fi
want() { [[ " ${targets[*]} " == *" $1 "* ]]; }

cd "$(dirname "$0")/.."
ROOT=$PWD

# --- What is measured, and how long --------------------------------------------------------------------------
WRK_THREADS=2
WRK_CONNECTIONS=64
DISTINCT_DELIVERIES=1000   # signed bodies wrk cycles through
ACK_RATE=2000              # requests/s of the ack latency phase
GRAPH_RATE=500             # events/s of the event → Graph API phase
GRAPH_REPLY_WAIT=60        # seconds to wait for the last replies
PIPELINE_WARMUP_RATE=150   # DMs/s of the pipeline's warm-up (each answered): compiles handlers and the outbox
RSS_LIMIT_MB=512
if $quick; then
  WARMUP_SECONDS=10; PIPELINE_WARMUP_SECONDS=60; SATURATION_SECONDS=5; LATENCY_WARMUP_SECONDS=5; LATENCY_SECONDS=10
  TOTAL_DELIVERIES=50000; DRAIN_TIMEOUT=120; MODE="smoke run, --quick"
else
  WARMUP_SECONDS=30; PIPELINE_WARMUP_SECONDS=120; SATURATION_SECONDS=20; LATENCY_WARMUP_SECONDS=10; LATENCY_SECONDS=30
  TOTAL_DELIVERIES=1000000; DRAIN_TIMEOUT=900; MODE="full run"
fi
BULK_MAX_SECONDS=3600      # bound of the bulk phase, whatever happens

# Throwaway values, for this benchmark only.
SECRET=e2e-benchmark-webhook-secret
PAGE_ID=17841400000009999
PG_PASSWORD=e2e-benchmark-db-password

JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
read -r -a JAVA_OPTS <<< "${E2E_JAVA_OPTS:-}"
RSS_RETRY_OPTS=${E2E_RSS_RETRY_OPTS--Xmx256m}

RUN_ID=$(date -u +%Y%m%dT%H%M%SZ)
OUT=$ROOT/target/bench/e2e-$RUN_ID
mkdir -p "$OUT"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/igbridge-e2e.XXXXXX")
PG_DIR=""
PG_BIN=""
PG_PORT=""
declare -A R=()   # results, "<target>.<key>"
STARTED_PIDS=()

log() { printf '%s  %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# --- Processes ------------------------------------------------------------------------------------------------

# Ends a process this script started: SIGTERM, then SIGKILL after 60 s.
stop_process() {
  local pid=$1
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 600); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "process $pid did not stop within 60 s: SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}

cleanup() {
  local status=$?
  for pid in "${STARTED_PIDS[@]}"; do
    stop_process "$pid"
  done
  stop_postgresql
  if [ "${E2E_KEEP:-}" = 1 ]; then
    log "kept $TMP ${PG_DIR}"
  else
    rm -rf "$TMP"
    [ -n "$PG_DIR" ] && rm -rf "$PG_DIR"
  fi
  exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A loopback port nobody listens on, below the ephemeral range (where outgoing connections take theirs).
free_port() {
  local port low
  low=$(awk '{ print $1 }' /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
  while true; do
    port=$((10000 + RANDOM % (low - 10000)))
    if ! (exec 3<> "/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
}

# Polls until a command succeeds; fails early when the process it waits for has died.
wait_until() {
  local what=$1 timeout=$2 pid=$3
  shift 3
  local deadline=$((SECONDS + timeout))
  until "$@" > /dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null; then
      die "$what: the process ended (see its log in $OUT)"
    fi
    if [ $SECONDS -ge $deadline ]; then
      die "$what: not ready after $timeout s (see its log in $OUT)"
    fi
    sleep 0.2
  done
}

# Fails the run when the measured process has ended: a phase's figures would mean nothing.
require_alive() {
  kill -0 "$SERVICE_PID" 2>/dev/null || die "$1: the measured process ($SERVICE_PID) has ended; its log is in $OUT"
}

http_answers() { [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1")" != 000 ]; }
http_ok() { curl -sf -o /dev/null --max-time 5 "$1"; }

# The benchmark's Java tools (src/jmh/java/io/igbridge/benchmarks/e2e), on the benchmarks' test class path.
bench_tool() {
  INSTAGRAM_WEBHOOK_SECRET=$SECRET "$JAVA" -cp "$BENCH_CP" io.igbridge.benchmarks.e2e.EndToEndBench "$@"
}

# Reads key=value from the RESULT line of a file into R["<prefix><key>"].
keep_results() {
  local prefix=$1 file=$2 pair
  local line
  line=$(grep '^RESULT ' "$file" | tail -1) || die "no result in $file"
  for pair in ${line#RESULT }; do
    R["$prefix${pair%%=*}"]=${pair#*=}
  done
}

rss_mb() { awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }
hwm_mb() { awk '/^VmHWM:/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }

# --- Tools and build ------------------------------------------------------------------------------------------

install_debian_package() {
  local command=$1 package=$2
  command -v "$command" > /dev/null && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
    log "installing Debian's $package (apt-get)"
    apt-get install -y -qq "$package" > "$OUT/apt-$package.log" 2>&1 \
      || { apt-get update -qq > /dev/null 2>&1 && apt-get install -y -qq "$package" >> "$OUT/apt-$package.log" 2>&1; } \
      || die "apt-get install $package failed ($OUT/apt-$package.log)"
  else
    die "$command is missing: apt-get install $package"
  fi
}

find_postgresql() {
  if [ -z "$PG_BIN" ]; then
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2> /dev/null | sort -V | tail -1)
  fi
  [ -n "$PG_BIN" ] && [ -x "$PG_BIN/initdb" ]
}

prepare_tools() {
  install_debian_package wrk wrk
  install_debian_package curl curl
  if want postgresql && ! find_postgresql; then
    install_debian_package psql postgresql
    find_postgresql || die "PostgreSQL's initdb not found under /usr/lib/postgresql/*/bin"
  fi
}

build() {
  log "building target/igbridge.jar and the benchmark tools (./mvnw -Pbenchmarks package)"
  ./mvnw -q -Pbenchmarks -DskipTests package dependency:build-classpath \
    -Dmdep.outputFile="$OUT/classpath.txt" > "$OUT/build.log" 2>&1 || die "build failed ($OUT/build.log)"
  [ -f target/igbridge.jar ] || die "target/igbridge.jar was not built"
  # a copy of its own: a build in this work tree during the run can't change what is measured
  JAR=$TMP/igbridge-e2e-bench.jar
  cp target/igbridge.jar "$JAR"
  BENCH_CP="$ROOT/target/test-classes:$(cat "$OUT/classpath.txt")"
  DELIVERIES=$OUT/deliveries.lua
  bench_tool deliveries "$DISTINCT_DELIVERIES" "$DELIVERIES"
}

# --- The servers ---------------------------------------------------------------------------------------------

start_fake_graph() {
  FAKE_PORT=$(free_port)
  "$JAVA" -cp "$BENCH_CP" io.igbridge.benchmarks.e2e.EndToEndBench fake-graph "$FAKE_PORT" \
    > "$OUT/$1-fake-graph.log" 2>&1 &
  FAKE_PID=$!
  STARTED_PIDS+=("$FAKE_PID")
  wait_until "fake Graph API" 60 "$FAKE_PID" http_ok "http://127.0.0.1:$FAKE_PORT/bench/stats"
}

start_baseline() {
  PORT=$(free_port)
  (cd "$TMP" && exec env -i PATH="$PATH" HOME="$HOME" LANG=C.UTF-8 SERVER_PORT="$PORT" INSTAGRAM_WEBHOOK_SECRET="$SECRET" \
    "$JAVA" "${JAVA_OPTS[@]}" -cp "$BENCH_CP" io.igbridge.benchmarks.baseline.BaselineApplication) \
    > "$OUT/baseline.log" 2>&1 &
  SERVICE_PID=$!
  STARTED_PIDS+=("$SERVICE_PID")
  wait_until "baseline" 120 "$SERVICE_PID" http_answers "http://127.0.0.1:$PORT/api/instagram/webhook"
}

# start_igbridge NAME EXTRA_JAVA_OPTS [VAR=value...]: the real jar, its own working directory, a fresh H2 file
# unless a datasource is given, the fake Graph API, and nothing inherited from this shell's environment.
start_igbridge() {
  local name=$1 extra_opts=$2
  shift 2
  local extra=()
  read -r -a extra <<< "$extra_opts"
  PORT=$(free_port)
  mkdir -p "$TMP/$name"
  (cd "$TMP/$name" && exec env -i PATH="$PATH" HOME="$HOME" LANG=C.UTF-8 \
    SERVER_PORT="$PORT" IGBRIDGE_DATA_DIR="$TMP/$name/data" IGBRIDGE_ENV_FILE= \
    INSTAGRAM_WEBHOOK_SECRET="$SECRET" INSTAGRAM_VERIFY_TOKEN=e2e-verify-token \
    INSTAGRAM_ACCESS_TOKEN=e2e-access-token INSTAGRAM_PAGE_ID="$PAGE_ID" \
    INSTAGRAM_GRAPH_API_URL="http://127.0.0.1:$FAKE_PORT" IGBRIDGE_ADMIN_TOKEN=e2e-admin-token \
    "$@" "$JAVA" "${JAVA_OPTS[@]}" "${extra[@]}" -jar "$JAR") > "$OUT/$name.log" 2>&1 &
  SERVICE_PID=$!
  STARTED_PIDS+=("$SERVICE_PID")
  wait_until "igbridge ($name)" 180 "$SERVICE_PID" http_ok "http://127.0.0.1:$PORT/actuator/health"
}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# A throwaway cluster in a temporary directory, PostgreSQL's defaults (fsync and synchronous_commit on).
start_postgresql() {
  PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/igbridge-e2e-pg.XXXXXX")
  chmod 755 "$PG_DIR"
  printf '%s\n' "$PG_PASSWORD" > "$PG_DIR/pwfile"
  if [ "$(id -u)" = 0 ]; then
    chown -R postgres: "$PG_DIR"
  fi
  PG_PORT=$(free_port)
  log "PostgreSQL: initdb and start a throwaway cluster ($("$PG_BIN/postgres" --version))"
  as_postgres "$PG_BIN/initdb" -D "$PG_DIR/data" -U igbridge --pwfile="$PG_DIR/pwfile" -E UTF8 --no-locale \
    --auth-local=trust --auth-host=scram-sha-256 > "$OUT/postgresql-initdb.log" 2>&1 \
    || die "initdb failed ($OUT/postgresql-initdb.log)"
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1" start > /dev/null \
    || die "PostgreSQL did not start ($PG_DIR/server.log)"
}

create_database() {
  as_postgres "$PG_BIN/createdb" -h "$PG_DIR" -p "$PG_PORT" -U igbridge "$1"
}

stop_postgresql() {
  if [ -n "$PG_DIR" ] && [ -f "$PG_DIR/data/postmaster.pid" ]; then
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop > /dev/null 2>&1 || true
    cp "$PG_DIR/server.log" "$OUT/postgresql-server.log" 2>/dev/null || true
  fi
}

# --- Phases --------------------------------------------------------------------------------------------------

# run_wrk TARGET PHASE SECONDS: wrk at saturation, the signed deliveries in turn.
run_wrk() {
  local target=$1 phase=$2 seconds=$3
  log "$target: $phase, wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d${seconds}s"
  E2E_DELIVERIES=$DELIVERIES wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"${seconds}s" --timeout 10s \
    -s "$ROOT/bench/deliveries.lua" "http://127.0.0.1:$PORT/api/instagram/webhook" > "$OUT/$target-$phase.txt" 2>&1 \
    || die "wrk failed ($OUT/$target-$phase.txt)"
  require_alive "$target: $phase"
  keep_results "$target.$phase." "$OUT/$target-$phase.txt"
}

# run_bulk TARGET PHASE COUNT: wrk at saturation until COUNT more deliveries are answered (each wrk thread stops
# at its share and leaves a file; then wrk is interrupted, which makes it print its results).
run_bulk() {
  local target=$1 phase=$2 count=$3
  local done_dir=$TMP/$target-$phase-done
  mkdir -p "$done_dir"
  log "$target: $phase, $count deliveries with wrk -t$WRK_THREADS -c$WRK_CONNECTIONS"
  E2E_DELIVERIES=$DELIVERIES E2E_LIMIT=$count E2E_THREADS=$WRK_THREADS E2E_DONE_DIR=$done_dir \
    wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"${BULK_MAX_SECONDS}s" --timeout 10s -s "$ROOT/bench/deliveries.lua" \
    "http://127.0.0.1:$PORT/api/instagram/webhook" > "$OUT/$target-$phase.txt" 2>&1 &
  local wrk_pid=$!
  STARTED_PIDS+=("$wrk_pid")
  while kill -0 "$wrk_pid" 2>/dev/null && [ "$(ls "$done_dir" | wc -l)" -lt "$WRK_THREADS" ]; do
    if ! kill -0 "$SERVICE_PID" 2>/dev/null; then
      kill -INT "$wrk_pid" 2>/dev/null || true
      die "$target: the measured process ($SERVICE_PID) ended during $phase; its log is in $OUT"
    fi
    sleep 0.2
  done
  kill -INT "$wrk_pid" 2>/dev/null || true
  wait "$wrk_pid" || true
  require_alive "$target: $phase"
  keep_results "$target.$phase." "$OUT/$target-$phase.txt"
}

ack_latency() {
  local target=$1
  log "$target: ack latency at $ACK_RATE/s (${LATENCY_WARMUP_SECONDS}s warm-up, ${LATENCY_SECONDS}s measured)"
  bench_tool ack-latency "http://127.0.0.1:$PORT/api/instagram/webhook" "$ACK_RATE" "$LATENCY_WARMUP_SECONDS" \
    "$LATENCY_SECONDS" > "$OUT/$target-ack-latency.txt" 2>&1 || die "ack latency failed ($OUT/$target-ack-latency.txt)"
  require_alive "$target: ack latency"
  keep_results "$target." "$OUT/$target-ack-latency.txt"
}

# pipeline_warmup TARGET: DMs that each get a reply, at a rate the pipeline keeps up with once compiled, so that the
# latency phases measure compiled handlers and outbox, not the JIT compiler (the intake's warm-up repeats 1,000
# bodies whose events are stored after the first round: no handler or send runs). Not reported; drained after.
pipeline_warmup() {
  local target=$1
  log "$target: pipeline warm-up, $PIPELINE_WARMUP_RATE DMs/s for ${PIPELINE_WARMUP_SECONDS}s (not reported)"
  bench_tool graph-latency "http://127.0.0.1:$PORT/api/instagram/webhook" "http://127.0.0.1:$FAKE_PORT" \
    "$PIPELINE_WARMUP_RATE" 1 "$PIPELINE_WARMUP_SECONDS" 1 > "$OUT/$target-pipeline-warmup.txt" 2>&1 \
    || die "pipeline warm-up failed ($OUT/$target-pipeline-warmup.txt)"
  require_alive "$target: pipeline warm-up"
}

graph_latency() {
  local target=$1
  log "$target: event → Graph API latency at $GRAPH_RATE/s (${LATENCY_WARMUP_SECONDS}s warm-up, ${LATENCY_SECONDS}s measured)"
  bench_tool graph-latency "http://127.0.0.1:$PORT/api/instagram/webhook" "http://127.0.0.1:$FAKE_PORT" \
    "$GRAPH_RATE" "$LATENCY_WARMUP_SECONDS" "$LATENCY_SECONDS" "$GRAPH_REPLY_WAIT" > "$OUT/$target-graph-latency.txt" 2>&1 \
    || die "graph latency failed ($OUT/$target-graph-latency.txt)"
  require_alive "$target: event → Graph API latency"
  keep_results "$target." "$OUT/$target-graph-latency.txt"
}

# drain TARGET PHASE: waits until igbridge has processed every delivery and sent every due action.
drain() {
  local target=$1 phase=$2
  bench_tool drain "http://127.0.0.1:$PORT" "$DRAIN_TIMEOUT" > "$OUT/$target-drain-$phase.txt" 2>&1 \
    || die "reading the backlog failed ($OUT/$target-drain-$phase.txt)"
  require_alive "$target: waiting for the backlog after $phase"
  keep_results "$target.drain-$phase." "$OUT/$target-drain-$phase.txt"
  log "$target: caught up after $phase: ${R[$target.drain-$phase.drained]} in ${R[$target.drain-$phase.drain_seconds]} s" \
    "(deliveries waiting ${R[$target.drain-$phase.waiting]}, actions due ${R[$target.drain-$phase.due]})"
}

counts() {
  local target=$1 phase=$2
  bench_tool counts "http://127.0.0.1:$PORT" > "$OUT/$target-counts-$phase.txt" 2>&1 \
    || die "reading the counts failed ($OUT/$target-counts-$phase.txt)"
  keep_results "$target.$phase." "$OUT/$target-counts-$phase.txt"
}

fake_stats() {
  local target=$1 pair
  for pair in $(curl -sf "http://127.0.0.1:$FAKE_PORT/bench/stats"); do
    R["$target.fake.${pair%%=*}"]=${pair#*=}
  done
}

run_baseline() {
  log "baseline: starting (Spring Boot, signature check only)"
  start_baseline
  run_wrk baseline warmup "$WARMUP_SECONDS"
  ack_latency baseline
  run_wrk baseline saturation "$SATURATION_SECONDS"
  R[baseline.rss]=$(rss_mb "$SERVICE_PID")
  R[baseline.hwm]=$(hwm_mb "$SERVICE_PID")
  stop_process "$SERVICE_PID"
}

# up_to_total NAME: wrk at saturation until the instance has stored TOTAL_DELIVERIES; its RSS right then, and
# again once processing and the outbox have caught up (or DRAIN_TIMEOUT has passed).
up_to_total() {
  local name=$1
  counts "$name" before-bulk
  local stored=${R[$name.before-bulk.stored]}
  if [ "$stored" -lt "$TOTAL_DELIVERIES" ]; then
    run_bulk "$name" bulk $((TOTAL_DELIVERIES - stored))
  fi
  R[$name.rss]=$(rss_mb "$SERVICE_PID")
  R[$name.hwm]=$(hwm_mb "$SERVICE_PID")
  counts "$name" after-bulk
  drain "$name" bulk
  R[$name.rss_drained]=$(rss_mb "$SERVICE_PID")
  R[$name.hwm_drained]=$(hwm_mb "$SERVICE_PID")
  fake_stats "$name"
  stop_process "$SERVICE_PID"
  stop_process "$FAKE_PID"
  log "$name: RSS ${R[$name.rss]} MB after ${R[$name.after-bulk.stored]} deliveries"
}

# run_igbridge TARGET [VAR=value...]: every phase on one instance, from the lightest load to the heaviest; then,
# when RSS ended above the limit with the JVM's default heap, the bulk phase again on a fresh instance with
# E2E_RSS_RETRY_OPTS.
run_igbridge() {
  local target=$1
  shift
  log "$target: starting igbridge and the fake Graph API"
  start_fake_graph "$target"
  start_igbridge "$target" "" "$@"
  run_wrk "$target" warmup "$WARMUP_SECONDS"
  drain "$target" warmup
  if $rss_only; then
    up_to_total "$target"
    rss_retry_if_above "$target"
    return
  fi
  pipeline_warmup "$target"
  drain "$target" pipeline-warmup
  graph_latency "$target"
  drain "$target" graph
  ack_latency "$target"
  drain "$target" ack
  run_wrk "$target" saturation "$SATURATION_SECONDS"
  up_to_total "$target"
  rss_retry_if_above "$target"
}

rss_retry_if_above() {
  local target=$1
  if [ "${R[$target.rss]}" -gt "$RSS_LIMIT_MB" ] && [ -n "$RSS_RETRY_OPTS" ] \
    && [[ " ${JAVA_OPTS[*]} " != *" -Xmx"* ]]; then
    log "$target: RSS above $RSS_LIMIT_MB MB: the bulk phase again on a fresh instance with $RSS_RETRY_OPTS"
    "$target"_rss_retry
  fi
}

# rss_retry NAME [VAR=value...]: a fresh instance with E2E_RSS_RETRY_OPTS receives TOTAL_DELIVERIES.
rss_retry() {
  local name=$1
  shift
  start_fake_graph "$name"
  start_igbridge "$name" "$RSS_RETRY_OPTS" "$@"
  up_to_total "$name"
}

h2_rss_retry() { rss_retry h2-retry; }

run_h2() { run_igbridge h2; }

postgresql_env() {
  echo "SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/$1" SPRING_DATASOURCE_USERNAME=igbridge \
    "SPRING_DATASOURCE_PASSWORD=$PG_PASSWORD"
}

run_postgresql() {
  start_postgresql
  create_database igbridge
  # shellcheck disable=SC2046 # one word per setting
  run_igbridge postgresql $(postgresql_env igbridge)
}

postgresql_rss_retry() {
  create_database igbridge_retry
  # shellcheck disable=SC2046
  rss_retry postgresql-retry $(postgresql_env igbridge_retry)
}

# --- The report ----------------------------------------------------------------------------------------------

v() { local value=${R[$1]:-}; echo "${value:-—}"; }
thousands() { echo "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }
rate() { local value=${R[$1]:-}; [ -n "$value" ] && thousands "$(printf '%.0f' "$value")" || echo —; }
ratio() {
  local value=${R[$1]:-} base=${R[baseline.saturation.rps]:-}
  if [ -n "$value" ] && [ -n "$base" ]; then awk -v a="$value" -v b="$base" 'BEGIN { printf "%.0f %%", 100 * a / b }'
  else echo —; fi
}
pair() { if [ -n "${R[$1]:-}" ]; then echo "$(v "$1") / $(v "$2")"; else echo —; fi; }
row() { local IFS='|'; echo "| $* |"; }
for_targets() {
  # for_targets FUNCTION: the function's cell for baseline, h2, postgresql
  echo "$("$1" baseline) | $("$1" h2) | $("$1" postgresql)"
}

cell_rps() { rate "$1.saturation.rps"; }
cell_ratio() { [ "$1" = baseline ] && { [ -n "${R[baseline.saturation.rps]:-}" ] && echo "100 %" || echo —; } || ratio "$1.saturation.rps"; }
cell_errors() {
  [ -n "${R[$1.saturation.requests]:-}" ] || { echo —; return; }
  local socket=$(( ${R[$1.saturation.connect_errors]} + ${R[$1.saturation.read_errors]} \
    + ${R[$1.saturation.write_errors]} + ${R[$1.saturation.timeouts]} ))
  echo "${R[$1.saturation.non2xx]} / $socket"
}
cell_wrk_latency() { pair "$1.saturation.p50_ms" "$1.saturation.p99_ms"; }
cell_ack() { pair "$1.ack_p50_ms" "$1.ack_p99_ms"; }
cell_ack_rate() {
  [ -n "${R[$1.ack_achieved]:-}" ] || { echo —; return; }
  echo "$(rate "$1.ack_achieved")/s, ${R[$1.ack_non2xx]} non-2xx, ${R[$1.ack_failed]} failed"
}
cell_graph() { pair "$1.graph_p50_ms" "$1.graph_p99_ms"; }
cell_replies() {
  [ -n "${R[$1.graph_replies]:-}" ] || { echo —; return; }
  echo "$(thousands "${R[$1.graph_replies]}") / $(thousands "${R[$1.graph_events]}"), ${R[$1.graph_repeated]} answered twice"
}
cell_graph_ack() { pair "$1.graph_ack_p50_ms" "$1.graph_ack_p99_ms"; }
cell_rss() {
  [ -n "${R[$1.rss]:-}" ] || { echo —; return; }
  if [ "$1" = baseline ]; then echo "${R[$1.rss]} (peak ${R[$1.hwm]}), after its own phases"; return; fi
  echo "${R[$1.rss]} (peak ${R[$1.hwm]}); ${R[$1.rss_drained]} after catching up"
}
stored() {
  case "${R[$1.after-bulk.stored]:-}" in
    "") echo — ;;
    -1) echo "unreadable (webhook-info failed)" ;;
    *) thousands "${R[$1.after-bulk.stored]}" ;;
  esac
}
cell_stored() { stored "$1"; }
bulk_errors() {
  [ -n "${R[$1.bulk.requests]:-}" ] || { echo —; return; }
  echo "$(thousands "${R[$1.bulk.non2xx]}") of $(thousands "${R[$1.bulk.requests]}") (${R[$1.bulk.non2xx_statuses]})"
}
cell_bulk_errors() { bulk_errors "$1"; }
cell_catch_up() {
  local phase out=""
  for phase in warmup pipeline-warmup graph ack; do
    [ -n "${R[$1.drain-$phase.drained]:-}" ] || continue
    if [ "${R[$1.drain-$phase.drained]}" = true ]; then out+="${out:+; }$phase ${R[$1.drain-$phase.drain_seconds]} s"
    else out+="${out:+; }$phase not within $DRAIN_TIMEOUT s (${R[$1.drain-$phase.waiting]} deliveries, ${R[$1.drain-$phase.due]} actions left)"; fi
  done
  echo "${out:-—}"
}
cell_drain() {
  [ -n "${R[$1.drain-bulk.drained]:-}" ] || { echo —; return; }
  if [ "${R[$1.drain-bulk.drained]}" = true ]; then echo "${R[$1.drain-bulk.drain_seconds]} s"
  else echo "not within ${DRAIN_TIMEOUT} s: ${R[$1.drain-bulk.waiting]} deliveries, ${R[$1.drain-bulk.due]} actions left"; fi
}
cell_retry() {
  local name=$1-retry
  [ -n "${R[$name.rss]:-}" ] || { echo —; return; }
  echo "${R[$name.rss]} (peak ${R[$name.hwm]}); ${R[$name.rss_drained]} after catching up; $(stored "$name") stored; non-2xx $(bulk_errors "$name")"
}
cell_sends() {
  [ -n "${R[$1.fake.sends]:-}" ] || { echo —; return; }
  echo "$(thousands "${R[$1.fake.sends]}") DMs to $(thousands "${R[$1.fake.recipients]}") people, $(thousands "${R[$1.fake.repeated]}") of them more than one"
}

verdict() {
  # verdict VALUE OP LIMIT: yes/no, or — when not measured
  local value=$1 op=$2 limit=$3
  case "$value" in —|missing|none|"") echo "not met (${value:-not measured})"; return ;; esac
  if awk -v a="$value" -v b="$limit" "BEGIN { exit !(a $op b) }"; then echo "**yes** ($value)"; else echo "**no** ($value)"; fi
}

report() {
  local java_version cpu memory pg_version commit
  java_version=$("$JAVA" -version 2>&1 | head -1)
  cpu=$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)
  memory=$(awk '/^MemTotal:/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)
  pg_version=$([ -n "$PG_BIN" ] && "$PG_BIN/postgres" --version || echo "not run")
  commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
  local jvm_opts=${JAVA_OPTS[*]:-}
  local jvm_opts_shown=${jvm_opts:-"none (the JVM's defaults)"}
  local total
  total=$(thousands "$TOTAL_DELIVERIES")
  cat <<EOF
### End-to-end run $RUN_ID ($MODE)

- **Command:** \`bench/e2e.sh ${targets[*]}$($quick && echo " --quick")$($rss_only && echo " --rss")\`, commit $commit$(git diff --quiet HEAD 2>/dev/null || echo " (with uncommitted changes)").
- **Machine:** $(nproc) cores ($cpu), $memory RAM; $java_version; wrk $(wrk -v 2>&1 | head -1 | awk '{print $2}'); $pg_version.
- **JVM options** of the baseline and igbridge: $jvm_opts_shown; Tomcat as in \`application.properties\`
  (virtual threads on Java 21+).
- **Phases:** wrk warm-up ${WARMUP_SECONDS} s; pipeline warm-up ${PIPELINE_WARMUP_RATE} DMs/s for ${PIPELINE_WARMUP_SECONDS} s; saturation wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d${SATURATION_SECONDS}s over
  $DISTINCT_DELIVERIES signed deliveries; ack latency at $ACK_RATE/s and event → Graph API at $GRAPH_RATE/s, open loop,
  ${LATENCY_WARMUP_SECONDS} s warm-up then ${LATENCY_SECONDS} s measured; RSS once $total deliveries are stored.

| Measure | Baseline | H2 | PostgreSQL |
|---|---|---|---|
| Intake at saturation (req/s) | $(for_targets cell_rps) |
| … of the baseline's | $(for_targets cell_ratio) |
| … non-2xx / socket errors and timeouts | $(for_targets cell_errors) |
| … wrk latency p50 / p99 (ms) | $(for_targets cell_wrk_latency) |
| Ack latency at $(thousands $ACK_RATE)/s, p50 / p99 (ms) | $(for_targets cell_ack) |
| … achieved rate, non-2xx, failed | $(for_targets cell_ack_rate) |
| Event → Graph API call at $GRAPH_RATE/s, p50 / p99 (ms) | $(for_targets cell_graph) |
| … replies seen / events sent (one each expected) | $(for_targets cell_replies) |
| … their ack latency p50 / p99 (ms) | $(for_targets cell_graph_ack) |
| RSS (MB) after $total deliveries${jvm_opts:+ ($jvm_opts)} | $(for_targets cell_rss) |
| … deliveries stored then (webhook-info) | $(for_targets cell_stored) |
| … non-2xx answers while sending them at saturation | $(for_targets cell_bulk_errors) |
| … time for processing and the outbox to catch up | $(for_targets cell_drain) |
| … RSS (MB) on a fresh instance with ${RSS_RETRY_OPTS:-—} | $(for_targets cell_retry) |
| Processing and outbox caught up (between phases) | $(for_targets cell_catch_up) |
| Graph API calls seen by the fake, whole run | $(for_targets cell_sends) |

Targets (issue 6):
- durable intake ≥ 50 % of the baseline on H2: $(verdict "$(ratio h2.saturation.rps | tr -d ' %')" '>=' 50)
- durable intake ≥ 40 % of the baseline on PostgreSQL: $(verdict "$(ratio postgresql.saturation.rps | tr -d ' %')" '>=' 40)
- ack p99 ≤ 10 ms at $(thousands $ACK_RATE)/s: H2 $(verdict "$(v h2.ack_p99_ms)" '<=' 10), PostgreSQL $(verdict "$(v postgresql.ack_p99_ms)" '<=' 10)
- event → Graph API p99 ≤ 100 ms at $GRAPH_RATE/s: H2 $(verdict "$(v h2.graph_p99_ms)" '<=' 100), PostgreSQL $(verdict "$(v postgresql.graph_p99_ms)" '<=' 100)
- RSS ≤ $RSS_LIMIT_MB MB after $total deliveries: H2 $(verdict "$(v h2.rss)" '<=' $RSS_LIMIT_MB), PostgreSQL $(verdict "$(v postgresql.rss)" '<=' $RSS_LIMIT_MB)

Logs and raw results: \`target/bench/e2e-$RUN_ID/\`.
EOF
}

# --- Run -----------------------------------------------------------------------------------------------------

log "end-to-end benchmark, $MODE: ${targets[*]} (logs in $OUT)"
prepare_tools
build
want baseline && run_baseline
want h2 && run_h2
want postgresql && run_postgresql
report | tee "$OUT/results.md"
