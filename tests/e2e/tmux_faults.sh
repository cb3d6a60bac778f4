#!/usr/bin/env bash
# End-to-end faults: the real binary in tmux on the bundled sample, with
# data in private XDG folders. SIGTERM and SIGHUP end the reader with the
# reading state saved and the terminal restored; so does a panic on the UI
# thread and one in the loading worker (through the test hook
# HEARSAY_TEST_PANIC=draw|load, documented in src/tui.rs). A panic in the
# analysis of a large corpus, shown before its analysis, leaves its
# articles readable. After each, the shell works and `stty -g` is as
# before.
#
#   bash tests/e2e/tmux_faults.sh     (HEARSAY_E2E_PROFILE=release, HEARSAY_BIN=...)
source "$(dirname "$0")/lib.sh"

build
start_shell 100 30

private_folders

# The reader's pid: the pane's shell's only child.
reader_pid() {
  local shell
  shell=$(tm list-panes -t "$SESSION" -F '#{pane_pid}')
  pgrep -P "$shell" | head -n 1
}

for sig in TERM HUP; do
  send_line "clear; '$BIN'; echo \"exit=\$?\""
  expect "SIG$sig: the reader opens" 'Articles 1/[0-9]+'
  send Enter
  expect "SIG$sig: an article is opened (and marked read)" '▸ Article 1/'
  pid=$(reader_pid)
  holds "SIG$sig: the reader's pid is found" "[ -n '$pid' ]"
  kill -s "$sig" "$pid"
  code=$((128 + $(kill -l "$sig")))
  expect "SIG$sig: the reader ends with status $code" "^exit=$code\$"
  holds "SIG$sig: the reading state was saved" "grep -q '\"last\"' '$DATA/state.json'"
  holds "SIG$sig: no temporary file left" "! ls -A '$DATA' | grep -q tmp"
  expect_terminal_restored
  rm -rf "$DATA"
done

# Closing the terminal: its window goes with the reader in it (its own
# pane, no shell). The reader must end, not spin on a dead terminal, and
# save the reading state.
tm new-session -d -s closing -x 100 -y 30 \
  "env XDG_CONFIG_HOME=$WORK/config XDG_DATA_HOME=$WORK/data TERM=xterm-256color $BIN"
on_closing() { tm capture-pane -p -t closing | grep -Eq -- "$1"; }
for ((i = 0; i < 100; i++)); do on_closing "Articles 1/" && break; sleep 0.1; done
tm send-keys -t closing Enter
for ((i = 0; i < 100; i++)); do on_closing "▸ Article 1/" && break; sleep 0.1; done
pid=$(tm list-panes -t closing -F "#{pane_pid}")
tm kill-session -t closing
for ((i = 0; i < 50; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
holds "closing its terminal ends the reader" "! kill -0 $pid 2>/dev/null"
holds "closing its terminal saves the reading state" "grep -q \"\\\"last\\\"\" $DATA/state.json"
kill -9 "$pid" 2>/dev/null || true # never leave a reader spinning
rm -rf "$DATA"

send_line "clear; HEARSAY_TEST_PANIC=draw '$BIN'; echo \"exit=\$?\""
expect "a panic on the UI thread prints its message" "HEARSAY_TEST_PANIC=draw: a test panic"
expect "and exits with 101" '^exit=101$'
expect_terminal_restored

send_line "clear; HEARSAY_TEST_PANIC=load '$BIN'; echo \"exit=\$?\""
expect "a panic while loading is reported after the reader ends" "hearsay: loading failed .*HEARSAY_TEST_PANIC=load: a test panic"
expect "and exits with 1" '^exit=1$'
expect_terminal_restored

TRAIN="$SHARED/corpus/polnear-train/text"
if [ -d "$TRAIN" ]; then
  send_line "clear; HEARSAY_TEST_PANIC=analysis '$BIN' '$TRAIN'; echo \"exit=\$?\""
  expect "a large corpus's articles are shown before its analysis" 'Articles 1/[0-9]+'
  expect "a panic in its analysis is shown" 'finding quotes and people failed'
  expect "the articles say quotes are unavailable, not that there are none" 'quotes unavailable'
  send_text 'j'
  send Enter
  expect "the articles stay readable: the second one opens" '▸ Article 2/'
  send_text 'q'
  expect "the panic is reported after the reader ends" "hearsay: finding quotes and people failed .*HEARSAY_TEST_PANIC=analysis: a test panic"
  expect "and the reader exits normally" '^exit=0$'
  expect_terminal_restored
else
  echo "e2e: no PolNeAR train at $TRAIN: the analysis panic is not checked" >&2
fi

finish
