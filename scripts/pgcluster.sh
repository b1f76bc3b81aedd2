# A private PostgreSQL cluster for one test run: initdb into a temporary folder, the server
# listening only on a socket in that folder (no TCP port), run as the postgres user when we
# are root (PostgreSQL refuses to run as root). Sourced by scripts/test, not run.
#
#   pgcluster_start     exports DD_TEST_SERVER_DIR (the socket folder) and DD_TEST_SERVER_PORT,
#                       through which the tests create their databases (user dd)
#   pgcluster_stop      stops the server and removes the folder (called from a trap)

pgcluster_bin() {
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    [ -n "$dir" ] || { echo "PostgreSQL server binaries not found" >&2; return 1; }
    echo "$dir"
}

pgcluster_as() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

pgcluster_start() {
    local bin
    bin="$(pgcluster_bin)"
    PGCLUSTER_DIR="$(mktemp -d /tmp/dd-pgcluster.XXXXXX)"
    chmod 755 "$PGCLUSTER_DIR"
    [ "$(id -u)" -ne 0 ] || chown postgres: "$PGCLUSTER_DIR"
    pgcluster_as "$bin/initdb" -D "$PGCLUSTER_DIR/data" -U dd --auth=trust --encoding=UTF8 \
        --no-locale >"$PGCLUSTER_DIR/initdb.log" 2>&1 \
        || { cat "$PGCLUSTER_DIR/initdb.log" >&2; return 1; }
    # Speed over durability: the cluster lives for one run. Enough connections for the
    # tests running in parallel, each with a few processes.
    pgcluster_as "$bin/pg_ctl" -D "$PGCLUSTER_DIR/data" -l "$PGCLUSTER_DIR/server.log" -w \
        -o "-c listen_addresses='' -c unix_socket_directories='$PGCLUSTER_DIR' -p 5499 \
            -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
            -c max_connections=200" start >/dev/null \
        || { cat "$PGCLUSTER_DIR/server.log" >&2; return 1; }
    export DD_TEST_SERVER_DIR="$PGCLUSTER_DIR" DD_TEST_SERVER_PORT=5499
    echo "PostgreSQL test cluster: postgresql://dd@/postgres?host=$PGCLUSTER_DIR&port=5499"
}

pgcluster_stop() {
    [ -n "${PGCLUSTER_DIR:-}" ] && [ -d "$PGCLUSTER_DIR" ] || return 0
    pgcluster_as "$(pgcluster_bin)/pg_ctl" -D "$PGCLUSTER_DIR/data" -m immediate stop \
        >/dev/null 2>&1 || true
    rm -rf "$PGCLUSTER_DIR"
    PGCLUSTER_DIR=""
}
