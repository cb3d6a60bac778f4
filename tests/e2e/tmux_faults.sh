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
