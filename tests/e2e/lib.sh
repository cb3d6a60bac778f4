# Shared helpers for the tmux end-to-end tests of the reader. Sourced.
# Runs the real binary in a detached tmux session on a private socket,
# types keys, and reads the screen with capture-pane.

set -euo pipefail

ROOT="$(git -C "$(dirname "${BASH_SOURCE[0]}")" rev-parse --show-toplevel)"
SHARED="$ROOT/../shared"
SOCK="hearsay-e2e-$$"
SESSION=e2e
WORK="$(mktemp -d)"
FAILED=0
CHECKS=0

tm() { tmux -L "$SOCK" "$@"; }

cleanup() {
  tm kill-server 2>/dev/null || true
  rm -rf "$WORK" 2>/dev/null || true
}
trap cleanup EXIT

command -v tmux >/dev/null || { echo "e2e: tmux is not installed" >&2; exit 2; }

# The binary: $HEARSAY_BIN, else built here (HEARSAY_E2E_PROFILE=release
# for target/release, default target/debug).
build() {
  if [ -n "${HEARSAY_BIN:-}" ]; then
    BIN="$HEARSAY_BIN"
  elif [ "${HEARSAY_E2E_PROFILE:-debug}" = release ]; then
    (cd "$ROOT" && cargo build --release --quiet)
    BIN="$ROOT/target/release/hearsay"
  else
    (cd "$ROOT" && cargo build --quiet)
    BIN="$ROOT/target/debug/hearsay"
  fi
  [ -x "$BIN" ] || { echo "e2e: no binary at $BIN" >&2; exit 2; }
}

# Starts a plain shell in a W x H window.
start_shell() {
  local w=$1 h=$2
  tm new-session -d -s "$SESSION" -x "$w" -y "$h" \
    "env -i HOME=\"$WORK\" PATH=\"$PATH\" TERM=xterm-256color LANG=C.UTF-8 PS1='$ ' bash --norc --noprofile"
  wait_for '^\$' 10 || { echo 'e2e: the shell did not start' >&2; exit 2; }
  # The terminal settings before the reader runs, to compare after.
  send_line "stty -g > $WORK/stty.before"
}

send() { tm send-keys -t "$SESSION" "$@"; }
send_text() { tm send-keys -t "$SESSION" -l "$1"; }
send_line() { tm send-keys -t "$SESSION" -l "$1"; tm send-keys -t "$SESSION" Enter; }
screen() { tm capture-pane -p -t "$SESSION"; }

# Waits until the screen matches an extended regex (default 10 s).
wait_for() {
  local re=$1 secs=${2:-10} i
  for ((i = 0; i < secs * 10; i++)); do
    if screen | grep -Eq -- "$re"; then return 0; fi
    sleep 0.1
  done
  return 1
}

# Every check ends in one of these two, which count it.
ok() { CHECKS=$((CHECKS + 1)); printf 'ok   %s\n' "$1"; }
fail() {
  CHECKS=$((CHECKS + 1))
  printf 'FAIL %s\n' "$1"
  echo "---- screen ----"
  screen
  echo "----------------"
  FAILED=$((FAILED + 1))
}

# Checks that the screen shows `re` within a few seconds.
expect() {
  local what=$1 re=$2
  if wait_for "$re" "${3:-10}"; then ok "$what"; else fail "$what (wanted /$re/)"; fi
}

# Checks that the screen does not show `re` (after a short settle).
expect_not() {
  local what=$1 re=$2
  sleep 0.4
  if screen | grep -Eq -- "$re"; then fail "$what (did not want /$re/)"; else ok "$what"; fi
}

# After the reader quit: the shell answers, and stty is as before.
expect_terminal_restored() {
  expect "shell prompt is back" '^\$' 10
  send_line 'echo ok-$((1+1))'
  expect "shell runs commands again" '^ok-2$'
  send_line "stty -g > $WORK/stty.after; tput cols >/dev/null && echo tput-ok"
  expect "tput works" '^tput-ok$'
  if cmp -s "$WORK/stty.before" "$WORK/stty.after"; then
    ok "terminal settings (stty) restored"
  else
    fail "terminal settings (stty) restored: $(cat "$WORK/stty.before") vs $(cat "$WORK/stty.after")"
  fi
}

# A plain check of a shell condition.
holds() {
  if eval "$2"; then ok "$1"; else fail "$1"; fi
}

# The seed corpus from ../shared, or stop.
need_seed() {
  SEED="$SHARED/corpus/seed/two-articles.txt"
  [ -f "$SEED" ] || { echo "e2e: no seed at $SEED" >&2; exit 2; }
}

# Config and data in private XDG folders, for the shell in the window.
private_folders() {
  DATA="$WORK/data/hearsay"
  send_line "export XDG_CONFIG_HOME='$WORK/config' XDG_DATA_HOME='$WORK/data'"
}

finish() {
  local passed=$CHECKS
  if [ "$FAILED" -eq 0 ]; then
    echo "$passed passed, 0 failed"
  else
    echo "$((passed - FAILED)) passed, $FAILED failed"
    exit 1
  fi
}
