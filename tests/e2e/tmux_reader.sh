#!/usr/bin/env bash
# End-to-end: the real binary in tmux on the seed corpus. Needs the
# analysis engine (Sergei Lavrov's quotes in both seed articles).
#
#   bash tests/e2e/tmux_reader.sh     (HEARSAY_E2E_PROFILE=release, HEARSAY_BIN=...)
source "$(dirname "$0")/lib.sh"

need_seed
build
start_shell 120 40

send_line "'$BIN' '$SEED'"
expect "reader opens on the seed" 'Articles 1/2'

send_text '/'
expect "finder opens" 'Find: articles, people, places, quotes'
send_text 'lavrov'
expect "finder lists Sergei Lavrov as a person" '▶ person +Sergei Lavrov'
send Enter
expect "Sergei Lavrov's quotes from both articles" 'Quotes of Sergei Lavrov · [0-9]+ in 2 articles'
expect "first article's group" '■ Europeans Expect Iranian Missiles'
if [ "$(screen | grep -c '■ ')" -ge 2 ]; then ok "two article groups"; else fail "two article groups"; fi
expect "a quote is selected" '│▶ '

send Enter
expect "Enter lands in the quote's article" '▸ Article [12]/2'
expect "status names the speaker" 'Quote [0-9]+/[0-9]+ · Sergei Lavrov'
expect "the quote is selected in the body" '│▌ '

send Escape
expect "Esc returns to the quotes" 'Quotes of Sergei Lavrov'

send_text 'q'
expect_not "reader is gone" 'Quotes of Sergei Lavrov'
expect_terminal_restored

# A corpus over 2 MB is shown before its analysis ends; quotes and people
# follow, and what the user did meanwhile stays.
TRAIN="$SHARED/corpus/polnear-train/text"
if [ -d "$TRAIN" ]; then
  send_line "clear; '$BIN' '$TRAIN'"
  expect "a large corpus opens" 'Articles 1/[0-9]+'
  send_text 'j'
  send Enter
  expect "its second article opens" '▸ Article 2/'
  expect "quotes and people arrive" 'Article 2/[0-9]+ · [0-9]+ quotes? ·' 60
  expect "people in the sidebar" 'People \([0-9]+\)'
  send_text ']'
  expect "a quote of the second article is selected" 'Quote 1/[0-9]+ · '
  # The finder's index of people follows the quotes.
  send_text '/'
  send_text 'trump'
  expect "the finder finds the people the analysis brought" 'person +Donald (J\. )?Trump'
  send Escape
  expect_not "Esc closes the finder" 'Find: articles'
  send_text 'q'
  expect_terminal_restored
else
  echo "e2e: no PolNeAR train at $TRAIN: the large corpus is not checked" >&2
fi

finish
