#!/usr/bin/env bash
# Email intake throughput: mails/s from a real Dovecot on loopback to committed cases.
#
# Per run: a throw-away Dovecot (config under target/bench-email, IMAP on loopback) whose INBOX is
# preloaded with N plain-text complaints written straight into its Maildir; an SMTP sink on loopback
# that swallows the acknowledgements; a fresh database (embedded H2, or PostgreSQL database $PG_DB,
# dropped and created again); then the packaged server `triagem` is started with the mailbox enabled.
# The mailbox holds WARMUP + N mails. The rate is (N - 1) / (time of the last case opened - time of the
# first after the warm-up), from the server's log line "case ... opened via EMAIL", written in the
# registering transaction just before its commit: the steady state of a running server, once the JIT
# has compiled the intake path (the first thousands of mails after a start run while the compiler
# takes most of a core). The cold rate over the warm-up mails is printed beside it. The run ends when
# all cases are opened, or after $TIMEOUT seconds (then it fails). Loopback only.
#
# Build first:  mvn -B -DskipTests package liberty:create liberty:deploy   (the script runs a copy of
#               target/triagem.war in the server's dropins/, in place of the loose application)
# Usage:        src/bench/email-throughput.sh h2|pg [N] [RUNS]       (default: h2 2000 3)
# Settings (environment): HTTP_PORT (9280), HTTPS_PORT (9643), IMAP_PORT (31280), SMTP_PORT (31281),
#   PG_DB (triagem_bench), PG_USER (postgres), POLL_MILLIS (server's triagem.mail.poll-millis, 500),
#   MAX_PER_POLL (triagem.mail.max-per-poll, server default if unset), TIMEOUT (600 s),
#   WARMUP (mails drained before the measured N, 5000; 0 measures from the first mail),
#   JFR (a file name: record a flight recording of each run under target/), JFR_SETTINGS (its .jfc, profile)
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=${1:-h2}
N=${2:-2000}
RUNS=${3:-3}
HTTP_PORT=${HTTP_PORT:-9280}
HTTPS_PORT=${HTTPS_PORT:-9643}
IMAP_PORT=${IMAP_PORT:-31280}
SMTP_PORT=${SMTP_PORT:-31281}
PG_DB=${PG_DB:-triagem_bench}
PG_USER=${PG_USER:-postgres}
POLL_MILLIS=${POLL_MILLIS:-500}
WARMUP=${WARMUP:-5000}
TOTAL=$((WARMUP + N))
TIMEOUT=${TIMEOUT:-600}
WLP=target/liberty/wlp
SERVER=$WLP/usr/servers/triagem
WORK=$(pwd)/target/bench-email
LOG=$SERVER/logs/messages.log

[ -x "$WLP/bin/server" ] && [ -d "$SERVER" ] || {
  echo "build first: mvn -B -DskipTests package liberty:create liberty:deploy" >&2; exit 2; }
case "$DB" in h2|pg) ;; *) echo "usage: $0 h2|pg [N] [RUNS]" >&2; exit 2 ;; esac

# Run the packaged WAR, not the loose application (target/classes), so that a compile during a run
# cannot change the code under measurement.
[ -f target/triagem.war ] || { echo "no target/triagem.war: build first" >&2; exit 2; }
rm -f "$SERVER/dropins/triagem.war.xml"
cp target/triagem.war "$SERVER/dropins/triagem.war"

SINK_PID=
cleanup() {
  "$WLP/bin/server" stop triagem >/dev/null 2>&1 || true
  [ -f "$WORK/dovecot.conf" ] && /usr/sbin/dovecot -c "$WORK/dovecot.conf" stop >/dev/null 2>&1 || true
  [ -n "$SINK_PID" ] && kill "$SINK_PID" 2>/dev/null || true
}
trap cleanup EXIT

start_dovecot() {
  rm -rf "$WORK"
  mkdir -p "$WORK/mail/sac/new" "$WORK/mail/sac/cur" "$WORK/mail/sac/tmp"
  # Dovecot's unprivileged processes must be able to reach the mailbox and the configuration.
  chmod 755 "$WORK" target
  printf 'sac:{PLAIN}bench-only\n' > "$WORK/users"
  cat > "$WORK/dovecot.conf" <<CONF
protocols = imap
listen = 127.0.0.1
base_dir = $WORK/run
state_dir = $WORK/state
log_path = $WORK/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:$WORK/mail/%u
first_valid_uid = 1
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $WORK/users
}
userdb {
  driver = static
  args = uid=dovecot gid=dovecot home=$WORK/mail/%u
}
service imap-login {
  chroot =
  inet_listener imap {
    port = $IMAP_PORT
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
CONF
  # N complaints written straight into the Maildir: far faster than N IMAP APPENDs.
  python3 - "$WORK/mail/sac/new" "$TOTAL" <<'PY'
import sys, os, uuid
folder, n = sys.argv[1], int(sys.argv[2])
topics = [("Cobrança indevida", "Fui cobrada duas vezes pela mesma compra no cartão."),
          ("Entrega atrasada", "Meu pedido não chegou e o prazo já passou."),
          ("Produto com defeito", "O aparelho não liga desde que chegou."),
          ("Cancelamento", "Quero cancelar o contrato e não consigo pelo site."),
          ("Atendimento", "Liguei três vezes e ninguém resolveu meu problema.")]
for i in range(n):
    subject, body = topics[i % len(topics)]
    mail = (f"From: Cliente {i} <cliente-{i}-{uuid.uuid4().hex[:8]}@bench.test>\r\n"
            f"To: sac@triagem.test\r\nSubject: {subject} ({i})\r\n"
            f"Message-ID: <{uuid.uuid4()}@bench.test>\r\nDate: Mon, 23 Nov 2026 10:00:00 -0300\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
            "Content-Transfer-Encoding: 8bit\r\n\r\n"
            f"{body} Pedido número {100000 + i}.\r\n\r\nAtenciosamente,\r\nCliente {i}\r\n").encode()
    with open(os.path.join(folder, f"1763900000.{i}.bench"), "wb") as f:
        f.write(mail)
PY
  chown -R dovecot:dovecot "$WORK/mail"
  /usr/sbin/dovecot -c "$WORK/dovecot.conf" > "$WORK/dovecot.out" 2>&1
  for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/127.0.0.1/$IMAP_PORT") 2>/dev/null && return 0; sleep 0.2; done
  echo "dovecot did not start: see $WORK/dovecot.log" >&2; exit 1
}

start_smtp_sink() {
  python3 -W ignore - "$SMTP_PORT" > "$WORK/smtp-sink.out" 2>&1 <<'PY' &
import asyncore, smtpd, sys
class Sink(smtpd.SMTPServer):
    def process_message(self, *args, **kwargs):
        return None
Sink(("127.0.0.1", int(sys.argv[1])), None, decode_data=False)
asyncore.loop()
PY
  SINK_PID=$!
}

fresh_database() {
  if [ "$DB" = pg ]; then
    dropdb -h 127.0.0.1 -U "$PG_USER" --if-exists "$PG_DB"
    createdb -h 127.0.0.1 -U "$PG_USER" "$PG_DB"
  else
    rm -rf "$SERVER/data"
  fi
}

configure_server() {
  {
    echo "http.port=$HTTP_PORT"
    echo "https.port=$HTTPS_PORT"
    echo "triagem.mail.enabled=true"
    echo "triagem.mail.protocol=imap"
    echo "triagem.mail.host=127.0.0.1"
    echo "triagem.mail.port=$IMAP_PORT"
    echo "triagem.mail.user=sac"
    echo "triagem.mail.password=bench-only"
    echo "triagem.mail.poll-millis=$POLL_MILLIS"
    [ -n "${MAX_PER_POLL:-}" ] && echo "triagem.mail.max-per-poll=$MAX_PER_POLL"
    echo "triagem.smtp.host=127.0.0.1"
    echo "triagem.smtp.port=$SMTP_PORT"
    echo "triagem.smtp.tls=none"
    echo "triagem.mail.from=sac@triagem.test"
    if [ "$DB" = pg ]; then
      echo "triagem.db.url=jdbc:postgresql://127.0.0.1:5432/$PG_DB"
      echo "triagem.db.datasource=org.postgresql.ds.PGSimpleDataSource"
      echo "triagem.db.user=$PG_USER"
    fi
  } > "$SERVER/bootstrap.properties"
  rm -f "$SERVER/jvm.options"
  if [ -n "${JFR:-}" ]; then
    echo "-XX:StartFlightRecording=filename=$WORK/../$JFR-$DB-run$1.jfr,settings=${JFR_SETTINGS:-profile}" > "$SERVER/jvm.options"
  fi
  rm -rf "$SERVER/logs"
}

opened() { grep -c "opened via EMAIL" "$LOG" 2>/dev/null || true; }

rates=()
for run in $(seq 1 "$RUNS"); do
  cleanup
  start_dovecot
  start_smtp_sink
  fresh_database
  configure_server "$run"
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  "$WLP/bin/server" start triagem > /dev/null
  deadline=$(( $(date +%s) + TIMEOUT ))
  while [ "$(opened)" -lt "$TOTAL" ]; do
    if [ "$(date +%s)" -ge "$deadline" ]; then
      echo "run $run: only $(opened) of $TOTAL cases after ${TIMEOUT}s" >&2; exit 1
    fi
    sleep 1
  done
  load_after=$(cut -d' ' -f1-3 /proc/loadavg)
  rate=$(grep "opened via EMAIL" "$LOG" | python3 -c '
import sys, re
def ms(line):
    h, m, s, f = map(int, re.search(r"(\d+):(\d+):(\d+):(\d+) ", line).groups())
    return ((h * 60 + m) * 60 + s) * 1000 + f
def rate(lines):
    if len(lines) < 2:
        return "-"
    first, last = ms(lines[0]), ms(lines[-1])
    if last < first:
        last += 86400000
    return f"{(len(lines) - 1) * 1000 / max(last - first, 1):.1f}"
lines = sys.stdin.read().splitlines()
warm = int(sys.argv[1])
measured = lines[warm:]
span = (ms(measured[-1]) - ms(measured[0])) % 86400000
print(f"{rate(measured)} {span / 1000:.1f} {rate(lines[:warm])}")' "$WARMUP")
  checked=""
  if [ "$DB" = pg ]; then
    checked=", $(psql -h 127.0.0.1 -U "$PG_USER" -d "$PG_DB" -tA -c "SELECT count(*) FROM complaint_case WHERE channel = 'EMAIL'") cases in the database"
  fi
  read -r steady span cold <<< "$rate"
  echo "run $run ($DB, N=$N after $WARMUP warm-up mails): $steady mails/s over $span s (warm-up: $cold mails/s)$checked; load average before $load_before, after $load_after"
  rates+=("$steady")
  "$WLP/bin/server" stop triagem > /dev/null
done
median=$(printf '%s\n' "${rates[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}')
echo "median of $RUNS runs ($DB, N=$N): $median mails/s"
