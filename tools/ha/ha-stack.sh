#!/usr/bin/env bash
# The standard HA stack on loopback, from Debian's packages (patroni, etcd-server, haproxy, postgresql-15):
# one etcd, two PostgreSQL 15 nodes managed by Patroni in synchronous mode, and HAProxy sending clients to the
# leader (Patroni's REST check GET /primary). Everything lives under <dir>; the servers run as the postgres user.
#   tools/ha/ha-stack.sh start <dir> <base-port>   ports base…base+6; prints the client URL (HAProxy) when ready
#   tools/ha/ha-stack.sh kill-primary <dir>        SIGKILLs the leader node's Patroni and PostgreSQL (a dead machine)
#   tools/ha/ha-stack.sh leader <dir>              prints the name of the node that answers GET /primary
#   tools/ha/ha-stack.sh stop <dir>
set -euo pipefail
cmd=$1 dir=$2
# From /: the postgres user may not enter the checkout (a `mktemp -d` clone is mode 700), and Patroni dies on that.
as_postgres() { if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }
port() { sed -n "s/^$1=//p" "$dir/ports"; }

node_config() { # name rest-port pg-port
  cat <<YAML
scope: vendorwatch
name: $1
log: { level: WARNING }
restapi: { listen: 127.0.0.1:$2, connect_address: 127.0.0.1:$2 }
etcd3: { hosts: 127.0.0.1:$(port etcd) }
bootstrap:
  dcs:
    ttl: 10
    loop_wait: 1
    retry_timeout: 4
    synchronous_mode: true
    postgresql:
      parameters: { wal_level: replica, hot_standby: 'on', max_wal_senders: 5, max_replication_slots: 5, wal_log_hints: 'on' }
  initdb: [{ encoding: UTF8 }, { auth: trust }]
  pg_hba: ['host replication postgres 127.0.0.1/32 trust', 'host all all 127.0.0.1/32 trust', 'local all all trust']
postgresql:
  listen: 127.0.0.1:$3
  connect_address: 127.0.0.1:$3
  data_dir: $dir/$1
  bin_dir: /usr/lib/postgresql/15/bin
  pgpass: $dir/$1.pgpass
  authentication:
    superuser: { username: postgres, password: postgres }
    replication: { username: postgres, password: postgres }
  parameters: { unix_socket_directories: '$dir', fsync: 'off', max_connections: 200 }
YAML
}

haproxy_config() {
  cat <<CFG
global
  maxconn 500
defaults
  mode tcp
  timeout connect 1s
  timeout client 30m
  timeout server 30m
  timeout check 1s
listen primary
  bind 127.0.0.1:$(port haproxy)
  option httpchk GET /primary
  http-check expect status 200
  default-server inter 1s fall 2 rise 1 on-marked-down shutdown-sessions
  server node1 127.0.0.1:$(port pg1) check port $(port rest1)
  server node2 127.0.0.1:$(port pg2) check port $(port rest2)
CFG
}

leader() {
  for node in node1 node2; do
    local rest; rest=$(port "rest${node#node}")
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$rest/primary")" = 200 ]; then echo "$node"; return; fi
  done
  return 1
}

case "$cmd" in
start)
  base=$3
  mkdir -p "$dir" && chmod 700 "$dir"
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  printf 'etcd=%s\netcdpeer=%s\nrest1=%s\nrest2=%s\npg1=%s\npg2=%s\nhaproxy=%s\n' \
    "$base" $((base + 1)) $((base + 2)) $((base + 3)) $((base + 4)) $((base + 5)) $((base + 6)) >"$dir/ports"
  as_postgres etcd --name ha --data-dir "$dir/etcd" --listen-client-urls "http://127.0.0.1:$(port etcd)" \
    --advertise-client-urls "http://127.0.0.1:$(port etcd)" --listen-peer-urls "http://127.0.0.1:$(port etcdpeer)" \
    --initial-advertise-peer-urls "http://127.0.0.1:$(port etcdpeer)" \
    --initial-cluster "ha=http://127.0.0.1:$(port etcdpeer)" >"$dir/etcd.log" 2>&1 &
  for n in 1 2; do
    node_config "node$n" "$(port "rest$n")" "$(port "pg$n")" >"$dir/node$n.yml"
    chown postgres "$dir/node$n.yml" 2>/dev/null || true
  done
  as_postgres patroni "$dir/node1.yml" >"$dir/node1.log" 2>&1 &
  for _ in $(seq 60); do leader >/dev/null && break; sleep 1; done
  as_postgres patroni "$dir/node2.yml" >"$dir/node2.log" 2>&1 &
  haproxy_config >"$dir/haproxy.cfg"
  haproxy -f "$dir/haproxy.cfg" -D -p "$dir/haproxy.pid"
  url="postgres://postgres@127.0.0.1:$(port haproxy)/postgres"
  # Ready when a client reaches the leader through HAProxy and the replica is its synchronous standby.
  for _ in $(seq 90); do
    sync=$(psql "$url" -tAc "SELECT count(*) FROM pg_stat_replication WHERE sync_state = 'sync'" 2>/dev/null || true)
    [ "$sync" = 1 ] && { echo "$url"; exit 0; }
    sleep 1
  done
  echo "the HA stack did not become ready; logs in $dir" >&2
  exit 1
  ;;
leader) leader ;;
kill-primary)
  node=$(leader)
  # The wrapper runuser started, Patroni itself, then the postmaster: as if the machine died.
  patroni_pid=$(pgrep -f "patroni $dir/$node.yml" | tr '\n' ' ')
  kill -KILL $patroni_pid "$(head -n 1 "$dir/$node/postmaster.pid")"
  echo "$node"
  ;;
stop)
  [ -f "$dir/haproxy.pid" ] && kill "$(cat "$dir/haproxy.pid")" 2>/dev/null || true
  for n in 1 2; do
    pids=$(pgrep -f "patroni $dir/node$n.yml" || true)
    [ -n "$pids" ] && kill -TERM $pids 2>/dev/null || true
  done
  sleep 2
  for n in 1 2; do
    [ -f "$dir/node$n/postmaster.pid" ] && as_postgres /usr/lib/postgresql/15/bin/pg_ctl -D "$dir/node$n" -m immediate stop >/dev/null 2>&1 || true
  done
  pids=$(pgrep -f "etcd --name ha --data-dir $dir/etcd" || true)
  [ -n "$pids" ] && kill -TERM $pids 2>/dev/null || true
  rm -rf "$dir"
  ;;
*)
  echo "usage: $0 start <dir> <base-port> | kill-primary <dir> | leader <dir> | stop <dir>" >&2
  exit 2
  ;;
esac
