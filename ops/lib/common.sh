# Shared by the ops scripts: messages, free ports, a throw-away PostgreSQL cluster of Debian's
# server packages, app nodes from the packaged jar, and clean-up of all of them on exit.
# Sourced, not run.

OPS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
REPO_DIR=$(cd "$OPS_DIR/.." && pwd)
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

die() { # message [exit status, default 1]
  printf '%s: %s\n' "${SCRIPT_NAME:-ops}" "$1" >&2
  exit "${2:-1}"
}

need() { # command hint
  command -v "$1" >/dev/null 2>&1 || [[ -x $1 ]] || die "$1 not found ($2)" 2
}

# A free port below the kernel's ephemeral range (32768+ on Debian): a port taken from that range
# could be handed to an outgoing connection (the nodes' pools, nginx) before it is listened on.
free_port() {
  python3 -c '
import random, socket
for _ in range(200):
    port = random.randint(20000, 32000)
    s = socket.socket()
    try:
        s.bind(("127.0.0.1", port))
    except OSError:
        continue
    finally:
        s.close()
    print(port)
    break
else:
    raise SystemExit("no free port")
'
}

# PostgreSQL refuses to run as root: under root its binaries run as the Debian package's
# "postgres" user (or nobody), which must own the data directory.
pg_os_user() {
  if [[ $(id -u) -ne 0 ]]; then
    id -un
  elif id postgres >/dev/null 2>&1; then
    echo postgres
  else
    echo nobody
  fi
}

as_pg() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u "$(pg_os_user)" -- "$@"
  else
    "$@"
  fi
}

# Processes started here, stopped in reverse order on exit whatever happens.
CLEANUP=()
on_exit() {
  local i
  for ((i = ${#CLEANUP[@]} - 1; i >= 0; i--)); do
    eval "${CLEANUP[i]}" >/dev/null 2>&1 || true
  done
}
trap on_exit EXIT

# kill_if_ours PID WORD [SIGNAL]: only if that PID is still a process of ours (its command line
# names WORD), never a process that got the number of one that died since.
kill_if_ours() {
  local pid=$1 word=$2 signal=${3:-KILL}
  [[ -r /proc/$pid/cmdline ]] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -- "$word" &&
    kill "-$signal" "$pid"
}
trap 'exit 130' INT TERM

# pg_cluster_start DIR PORT SUPERUSER_PASSWORD: a new cluster in DIR/data listening on
# 127.0.0.1:PORT only, password authentication, socket in DIR; stopped on exit.
pg_cluster_start() {
  local dir=$1 port=$2 password=$3
  need "$PG_BIN/initdb" "apt-get install -y postgresql (Debian 12: PostgreSQL 15)"
  mkdir -p "$dir"
  printf '%s\n' "$password" >"$dir/pwfile"
  chmod 600 "$dir/pwfile"
  if [[ $(id -u) -eq 0 ]]; then
    chown "$(pg_os_user)" "$dir" "$dir/pwfile"
  fi
  as_pg "$PG_BIN/initdb" -D "$dir/data" -U postgres --pwfile="$dir/pwfile" --auth=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    die "initdb failed"
  }
  rm -f "$dir/pwfile"
  CLEANUP+=("as_pg '$PG_BIN/pg_ctl' -D '$dir/data' -m immediate stop")
  as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -k $dir -c max_connections=100" start >/dev/null || {
    tail -20 "$dir/postgres.log" >&2
    die "PostgreSQL did not start"
  }
}

# pg_create_app_db DATABASE USER PASSWORD (as the superuser of the libpq environment): the
# app's user owns its database, as the README asks (the first migration creates extensions).
pg_create_app_db() {
  local db=$1 user=$2 password=$3
  psql -XAtq -v ON_ERROR_STOP=1 -d postgres \
    -c "CREATE ROLE \"$user\" LOGIN PASSWORD '$password'" \
    -c "CREATE DATABASE \"$db\" OWNER \"$user\""
}

app_jar() {
  local jar
  jar=$(ls "$REPO_DIR"/target/dondoc-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -1)
  [[ -n $jar ]] || die "no target/dondoc-*.jar: build it with ./mvnw -DskipTests package" 2
  echo "$jar"
}

# node_start NAME HTTP_PORT JDBC_URL DB_USER DB_PASSWORD LOGFILE [extra app arguments...]
# Starts the packaged jar in the background; sets NODE_PID. Stopped (hard) on exit if still up.
node_start() {
  local name=$1 port=$2 url=$3 user=$4 password=$5 logfile=$6
  shift 6
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:--Xmx512m} -jar "$(app_jar)" \
    --spring.datasource.url="$url" --spring.datasource.username="$user" \
    --spring.datasource.password="$password" \
    --server.address=127.0.0.1 --server.port="$port" --server.forward-headers-strategy=native \
    --dondoc.node-name="$name" "$@" >"$logfile" 2>&1 &
  NODE_PID=$!
  CLEANUP+=("kill_if_ours $NODE_PID dondoc")
}

# wait_ready URL PID SECONDS LOGFILE: until the node's readiness probe says UP (the demo data and
# the admin account are in place by then), or fail if the process died or time ran out.
wait_ready() {
  local url=$1 pid=$2 seconds=$3 logfile=$4 i
  for ((i = 0; i < seconds * 4; i++)); do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -30 "$logfile" >&2
      die "the node (pid $pid) died while starting; its log: $logfile"
    fi
    if curl -fsS -m 2 -o /dev/null "$url/actuator/health/readiness" 2>/dev/null; then
      return 0
    fi
    sleep 0.25
  done
  tail -30 "$logfile" >&2
  die "the node at $url was not ready after $seconds s; its log: $logfile"
}
