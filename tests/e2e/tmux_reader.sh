#!/usr/bin/env bash
# End-to-end: the real binary in tmux on the seed corpus. Needs the
# analysis engine (Sergei Lavrov's quotes in both seed articles).
#
#   bash tests/e2e/tmux_reader.sh     (HEARSAY_E2E_PROFILE=release, HEARSAY_BIN=...)
source "$(dirname "$0")/lib.sh"

SEED="$SHARED/corpus/seed/two-articles.txt"
[ -f "$SEED" ] || { echo "e2e: no seed at $SEED" >&2; exit 2; }
build
start_shell 120 40
CHECKS=0; check() { CHECKS=$((CHECKS + 1)); "$@"; }

send_line "'$BIN' '$SEED'"
check expect "reader opens on the seed" 'Articles 1/2'

send_text '/'
check expect "finder opens" 'Find: articles, people, places, quotes'
send_text 'lavrov'
check expect "finder lists Sergei Lavrov as a person" '▶ person +Sergei Lavrov'
send Enter
check expect "Sergei Lavrov's quotes from both articles" 'Quotes of Sergei Lavrov · [0-9]+ in 2 articles'
check expect "first article's group" '■ Europeans Expect Iranian Missiles'
if [ "$(screen | grep -c '■ ')" -ge 2 ]; then CHECKS=$((CHECKS + 1)); ok "two article groups"; else CHECKS=$((CHECKS + 1)); fail "two article groups"; fi
check expect "a quote is selected" '│▶ '

send Enter
check expect "Enter lands in the quote's article" '▸ Article [12]/2'
check expect "status names the speaker" 'Quote [0-9]+/[0-9]+ · Sergei Lavrov'
check expect "the quote is selected in the body" '│▌ '

send Escape
check expect "Esc returns to the quotes" 'Quotes of Sergei Lavrov'

send_text 'q'
check expect_not "reader is gone" 'Quotes of Sergei Lavrov'
CHECKS=$((CHECKS + 4)); expect_terminal_restored

finish "$CHECKS"
