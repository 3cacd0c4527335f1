#!/usr/bin/env bash
# A fresh PostgreSQL 15 primary and its streaming replica (pg_basebackup -R) on loopback, for the replica e2e test
# and by hand:  tools/ha/replica-pair.sh start <dir> <primary-port> <replica-port>  |  stop <dir>
# The servers run as the postgres user (when started by root) with their data, sockets and logs under <dir>.
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/15/bin 2>/dev/null || dirname "$(command -v pg_ctl)")
# From /: the postgres user may not enter the checkout (a `mktemp -d` clone is mode 700), and Patroni dies on that.
as_postgres() { if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }
cmd=$1 dir=$2

case "$cmd" in
start)
  primary_port=$3 replica_port=$4
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  as_postgres "$bin/initdb" -D "$dir/primary" -U postgres --auth=trust -E UTF8 --no-sync >"$dir/initdb.log"
  cat >>"$dir/primary/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $primary_port
unix_socket_directories = '$dir'
wal_level = replica
max_wal_senders = 4
hot_standby = on
fsync = off
CONF
  echo "host replication postgres 127.0.0.1/32 trust" >>"$dir/primary/pg_hba.conf"
  as_postgres "$bin/pg_ctl" -D "$dir/primary" -l "$dir/primary.log" -w start >/dev/null
  as_postgres "$bin/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U postgres -D "$dir/replica" -R -X stream
  sed -i "s/^port = $primary_port/port = $replica_port/" "$dir/replica/postgresql.conf"
  as_postgres "$bin/pg_ctl" -D "$dir/replica" -l "$dir/replica.log" -w start >/dev/null
  ;;
stop)
  for node in replica primary; do
    [ -f "$dir/$node/postmaster.pid" ] && as_postgres "$bin/pg_ctl" -D "$dir/$node" -m immediate stop >/dev/null || true
  done
  rm -rf "$dir"
  ;;
*)
  echo "usage: $0 start <dir> <primary-port> <replica-port> | stop <dir>" >&2
  exit 2
  ;;
esac
