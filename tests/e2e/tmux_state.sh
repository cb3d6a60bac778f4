#!/usr/bin/env bash
# End-to-end: the reading state survives a restart. The real binary in
# tmux on the seed corpus, with config and data in private XDG folders:
# read an article, star a quote, quit, start again; the article shows as
# read, the quote is starred, the reader opens where it was left. Then
# `hearsay quotes --starred` lists the quote, and a corrupt state file is set aside.
#
#   bash tests/e2e/tmux_state.sh     (HEARSAY_E2E_PROFILE=release, HEARSAY_BIN=...)
source "$(dirname "$0")/lib.sh"

need_seed
build
start_shell 120 40

private_folders
send_line "clear; '$BIN' config"
expect "hearsay config names the private folders" "state +$WORK/data/hearsay/state.json"

# First session: open the first article, select its second quote, star it.
send_line "clear; '$BIN' '$SEED'"
expect "reader opens on the seed, all unread" 'Articles 1/2 · 2 unread'
send Enter
expect "Enter opens the article and marks it read" 'Articles 1/2 · 1 unread'
send_text ']'
expect "] selects a quote" 'Quote 1/[0-9]+ · '
send_text ']'
expect "] selects the next quote" 'Quote 2/[0-9]+ · '
send_text 'f'
expect "f stars it" '★ Quote starred · Quote 2/'
expect "the starred quote is marked in the body" '│▌★'
send_text 'q'
expect_not "reader is gone" 'Articles [0-9]'
expect "shell prompt is back" '^\$'
holds "state saved in the data folder" "[ -s '$DATA/state.json' ]"
holds "no temporary file left" "! ls -A '$DATA' | grep -q tmp"

# Second session: where we were.
send_line "clear; '$BIN' '$SEED'"
expect "reader opens where it was left" 'Back where you left off: Europeans Expect Iranian Missiles'
expect "the article shows as read" 'Articles 1/2 · 1 unread'
expect "the body has the focus" '▸ Article 1/2'
expect "the starred quote is still starred and selected" '│▌★'
send_text ']'
expect "the selection is the second quote" 'Quote 3/[0-9]+ · '
send_text '['
expect "and the star shows in the status line" 'Quote 2/[0-9]+ · .* · ★'
send_text 'q'
expect_not "reader is gone" 'Articles [0-9]'

# The starred quote, listed.
send_line "clear; '$BIN' quotes --starred"
expect "hearsay quotes --starred lists it with file and line" "two-articles.txt:[0-9]+"
send_line "clear; '$BIN' quotes --starred --json | grep -c '\"speaker\"'"
expect "and as JSON" '^1$'

# A corrupt state file is set aside and the reader still starts.
send_line "clear; echo '{broken' > '$DATA/state.json'; '$BIN' '$SEED'"
expect "reader starts with a corrupt state file" 'set aside as'
expect "and nothing is read" 'Articles 1/2 · 2 unread'
send_text 'q'
expect "the warning is printed on exit too" 'hearsay: unreadable reading state set aside as'
holds "the corrupt file is kept" "grep -q broken '$DATA'/state.json.corrupt-*"

# The config: a default library opens when no path is given; an error in
# the file is reported with its line and column, and the reader does not
# start.
CONF="$WORK/config/hearsay/config.toml"
mkdir -p "$(dirname "$CONF")"
printf '[library]\npaths = ["%s"]\n' "$SEED" > "$CONF"
send_line "clear; '$BIN'"
expect "with no path, the config's library opens" 'Articles [0-9]/2 ·'
send_text 'q'
expect_not "reader is gone" 'Articles [0-9]'
printf '[panes]\nlist = 30\nsidebar = 99\n' > "$CONF"
send_line "clear; '$BIN'"
expect "a config error names file, line and column" "config.toml:3:11: expected a percent"
rm "$CONF"

expect_terminal_restored
finish
