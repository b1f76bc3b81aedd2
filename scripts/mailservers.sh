# Sourced by scripts/test: a private Dovecot IMAP server and an SMTP sink for the mail tests
# (issue 16), in a temporary folder, on free local ports, stopped when the script exits
# (even when tests fail). The tests find them through the DD_TEST_* variables.
#
#   DD_TEST_IMAP_PORT     plain IMAP on 127.0.0.1 (mailbox "dd" / "matkhau-thu", INBOX and
#                         the label "Đối thoại 2021" empty)
#   DD_TEST_IMAPS_PORT    IMAP over TLS with a self-signed certificate for another host name
#   DD_TEST_IMAPS_CA      that certificate, to trust it and still see the name refused
#   DD_TEST_SMTP_PORT     the sink: every message as NNNN.eml + NNNN.envelope in
#   DD_TEST_SMTP_DIR
#   DD_TEST_MAILDIR       the Maildir the tests drop messages into

free_port() {
    /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

stop_mail_servers() {
    if [ -n "${DD_MAIL_SINK_PID:-}" ]; then
        kill "$DD_MAIL_SINK_PID" 2>/dev/null || true
        wait "$DD_MAIL_SINK_PID" 2>/dev/null || true
    fi
    if [ -n "${DD_MAIL_ROOT:-}" ] && [ -f "$DD_MAIL_ROOT/dovecot.conf" ]; then
        dovecot -c "$DD_MAIL_ROOT/dovecot.conf" stop 2>/dev/null || true
        # dovecot stop returns before its processes are gone.
        for _ in 1 2 3 4 5 6 7 8 9 10; do
            [ -e "$DD_MAIL_ROOT/run/master.pid" ] || break
            sleep 0.2
        done
    fi
    [ -n "${DD_MAIL_ROOT:-}" ] && rm -rf "$DD_MAIL_ROOT"
    return 0
}

start_mail_servers() {
    DD_MAIL_ROOT="$(mktemp -d /tmp/dd-mail.XXXXXX)"
    chmod 755 "$DD_MAIL_ROOT"
    trap stop_mail_servers EXIT
    local imap_port imaps_port smtp_port user group uid gid
    imap_port="$(free_port)"
    imaps_port="$(free_port)"
    smtp_port="$(free_port)"
    if [ "$(id -u)" -eq 0 ]; then
        # Dovecot never serves mail as root: the mailbox belongs to nobody.
        user=dovecot; group=dovecot
        uid="$(id -u nobody)"; gid="$(id -g nobody)"
    else
        user="$(id -un)"; group="$(id -gn)"
        uid="$(id -u)"; gid="$(id -g)"
    fi
    mkdir -p "$DD_MAIL_ROOT/run" "$DD_MAIL_ROOT/state" "$DD_MAIL_ROOT/home/Maildir"/{cur,new,tmp}
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=not-this-host.example" \
        -keyout "$DD_MAIL_ROOT/key.pem" -out "$DD_MAIL_ROOT/cert.pem" 2>/dev/null
    printf 'dd:{PLAIN}matkhau-thu::::::\n' > "$DD_MAIL_ROOT/passwd"
    cat > "$DD_MAIL_ROOT/dovecot.conf" <<CONF
base_dir = $DD_MAIL_ROOT/run
state_dir = $DD_MAIL_ROOT/state
log_path = $DD_MAIL_ROOT/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <$DD_MAIL_ROOT/cert.pem
ssl_key = <$DD_MAIL_ROOT/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = $user
default_internal_group = $group
default_login_user = $user
first_valid_uid = 1
mail_location = maildir:$DD_MAIL_ROOT/home/Maildir
mail_uid = $uid
mail_gid = $gid
namespace inbox {
  inbox = yes
  separator = /
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $DD_MAIL_ROOT/passwd
}
userdb {
  driver = static
  args = uid=$uid gid=$gid home=$DD_MAIL_ROOT/home
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $imap_port
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $imaps_port
    ssl = yes
  }
}
service anvil {
  chroot =
}
service imap-login {
  chroot =
}
CONF
    # The Gmail-like label with accents, in IMAP's modified UTF-7.
    mkdir -p "$DD_MAIL_ROOT/home/Maildir/.&ARAe0Q-i tho&HqE-i 2021"/{cur,new,tmp}
    chown -R "$uid:$gid" "$DD_MAIL_ROOT/home"
    if ! dovecot -c "$DD_MAIL_ROOT/dovecot.conf"; then
        cat "$DD_MAIL_ROOT/dovecot.log" 2>/dev/null || true
        echo "The test IMAP server (Dovecot) did not start." >&2
        return 1
    fi
    mkdir -p "$DD_MAIL_ROOT/sink"
    /usr/bin/python3 "$ROOT/tests/support/smtpsink.py" "$smtp_port" "$DD_MAIL_ROOT/sink" &
    DD_MAIL_SINK_PID=$!
    # Both answer before the tests start.
    for _ in $(seq 1 50); do
        if /usr/bin/python3 - "$imap_port" "$smtp_port" <<'PY' 2>/dev/null
import socket, sys
for p in sys.argv[1:]:
    socket.create_connection(("127.0.0.1", int(p)), timeout=1).close()
PY
        then break; fi
        sleep 0.1
    done
    export DD_TEST_IMAP_PORT="$imap_port" DD_TEST_IMAPS_PORT="$imaps_port"
    export DD_TEST_IMAPS_CA="$DD_MAIL_ROOT/cert.pem"
    export DD_TEST_SMTP_PORT="$smtp_port" DD_TEST_SMTP_DIR="$DD_MAIL_ROOT/sink"
    export DD_TEST_MAILDIR="$DD_MAIL_ROOT/home/Maildir" DD_TEST_MAIL_UID="$uid:$gid"
    export DD_MAIL_ROOT DD_MAIL_SINK_PID
}
