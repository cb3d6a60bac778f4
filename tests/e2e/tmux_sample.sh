#!/usr/bin/env bash
# End-to-end basics that run without the analysis engine: the real binary
# in tmux on the bundled sample. Open, navigate, find an article by title,
# help, a narrow window, quit, terminal restored; and no terminal at all.
#
#   bash tests/e2e/tmux_sample.sh     (HEARSAY_E2E_PROFILE=release, HEARSAY_BIN=...)
source "$(dirname "$0")/lib.sh"

build

# Without a terminal the reader says so, points to the export, fails.
set +e
out="$("$BIN" 2>&1 </dev/null | cat)"
code=${PIPESTATUS[0]}
set -e
if [ "$code" -ne 0 ] && grep -q 'hearsay export' <<<"$out"; then
  ok "piped: refuses and points to hearsay export"
else
  fail "piped: refuses and points to hearsay export (exit $code: $out)"
fi

start_shell 120 40
send_line "'$BIN'"
expect "reader opens on the sample" 'Articles 1/7 · 7 unread'
expect "three panes" 'Entities · article'

send_text 'j'
expect "j moves down the list" 'Articles 2/7'
send Enter
expect "Enter opens the article" '▸ Article 2/7'
expect "and marks it read" '6 unread'
send Tab
expect "Tab moves to the sidebar" '▸ Entities'
send BTab
send BTab
expect "Shift-Tab moves back to the list" '▸ Articles'

send_text '/'
expect "finder opens" 'Find: articles, people, places, quotes'
send_text 'rotterdam'
expect "finder finds the article by title" '▶ article +Rotterdam Approves Record Spending'
send Enter
expect "Enter opens it" '▸ Article 4/7'
expect "status offers the way back" 'Esc back \(1\)'
send Escape
expect "Esc goes back" '▸ Articles 2/7'
expect_not "nothing left to go back to" 'Esc back \('

send_text '?'
expect "help lists the keys" 'next quote in the article'
send Escape
expect_not "Esc closes the help" 'Help: keys'

tm resize-window -t "$SESSION" -x 50 -y 20
expect "narrow: the list alone" 'Articles 2/7'
expect_not "narrow: no sidebar" 'Entities ·'
tm resize-window -t "$SESSION" -x 120 -y 40
expect "wide again: three panes" 'Entities · article'

send_text 'q'
expect_not "reader is gone" 'Articles [0-9]'
expect_terminal_restored

finish
