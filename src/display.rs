//! Text made safe for a terminal, and wrapped by display width.
//!
//! Pure functions, no terminal code. Article text is shown as text: tabs
//! are expanded, ANSI/OSC escape sequences and other control characters,
//! bidi overrides and zero-width characters are neutralised. Every shown
//! character keeps the byte offset it came from, so spans (quotes, cues,
//! mentions) can be highlighted inside wrapped lines.

use unicode_width::UnicodeWidthChar;

/// Columns a tab advances to (the next multiple of this).
pub const TAB_WIDTH: usize = 4;

/// One character as shown, with the byte offset of the text it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Glyph {
    /// Byte offset in the original text (plus the base given).
    pub at: usize,
    pub ch: char,
}

impl Glyph {
    pub fn width(&self) -> usize {
        self.ch.width().unwrap_or(0)
    }
}

/// What to do with one character of the input.
enum Treat {
    Keep,
    Drop,
    Space,
    Tab,
    /// A control character shown as its visible Unicode picture.
    Picture(char),
}

fn treat(c: char) -> Treat {
    match c {
        '\t' => Treat::Tab,
        '\n' | '\r' | '\u{0b}' | '\u{0c}' | '\u{85}' | '\u{2028}' | '\u{2029}' => Treat::Space,
        // Bidi embeddings, overrides and isolates; directional marks.
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}' => {
            Treat::Drop
        }
        // Zero-width space, joiners, word joiner, invisible operators, BOM,
        // soft hyphen.
        '\u{200b}'..='\u{200d}' | '\u{2060}'..='\u{2064}' | '\u{feff}' | '\u{ad}' => Treat::Drop,
        // Variation selectors: `❤️` is one column to some terminals and two
        // to others (and to ratatui); without the selector it is one to all.
        '\u{fe00}'..='\u{fe0f}' => Treat::Drop,
        '\u{7f}' => Treat::Picture('\u{2421}'),
        c if (c as u32) < 0x20 => Treat::Picture(char::from_u32(0x2400 + c as u32).unwrap_or('?')),
        // C1 controls.
        '\u{80}'..='\u{9f}' => Treat::Picture('\u{fffd}'),
        _ => Treat::Keep,
    }
}

/// Length in bytes of an escape sequence starting at `s` (which starts
/// with ESC or the C1 CSI/OSC), or 0 if `s` does not start one.
fn escape_len(s: &str) -> usize {
    let b = s.as_bytes();
    let (body, intro) = if s.starts_with('\u{1b}') {
        match b.get(1) {
            Some(b'[') => (2, b'['),
            Some(b']') | Some(b'P') | Some(b'_') | Some(b'^') | Some(b'X') => (2, b']'),
            // nF escapes: intermediate bytes, then a final byte
            // (`ESC ( 0` picks a character set).
            Some(c) if (0x20..0x30).contains(c) => {
                let n = b[1..]
                    .iter()
                    .take_while(|c| (0x20..0x30).contains(*c))
                    .count();
                return match b.get(1 + n) {
                    Some(f) if (0x30..0x7f).contains(f) => 2 + n,
                    _ => 1 + n,
                };
            }
            // Two-byte escapes: ESC followed by one printable ASCII byte.
            Some(c) if (0x30..0x7f).contains(c) => return 2,
            _ => return 1,
        }
    } else if s.starts_with('\u{9b}') {
        (2, b'[')
    } else if s.starts_with('\u{9d}') {
        (2, b']')
    } else {
        return 0;
    };
    let rest = &b[body..];
    if intro == b'[' {
        // CSI: parameter and intermediate bytes, then one final byte.
        for (i, &c) in rest.iter().enumerate() {
            if (0x40..0x7f).contains(&c) {
                return body + i + 1;
            }
            if !(0x20..0x40).contains(&c) {
                return body + i;
            }
        }
        b.len()
    } else {
        // OSC / DCS / APC / PM / SOS: up to BEL or ST (ESC \), or the end.
        let mut i = 0;
        while i < rest.len() {
            match rest[i] {
                0x07 => return body + i + 1,
                0x1b if rest.get(i + 1) == Some(&b'\\') => return body + i + 2,
                b'\n' => return body + i,
                _ => i += 1,
            }
        }
        b.len()
    }
}

/// The glyphs shown for `text`; `base` is added to every offset. Line
/// breaks become spaces; tabs expand to the next tab stop counted from the
/// start of `text`.
pub fn glyphs(text: &str, base: usize) -> Vec<Glyph> {
    let mut out = Vec::with_capacity(text.len());
    let mut col = 0;
    for (i, c) in outside_escapes(text) {
        let at = base + i;
        match treat(c) {
            Treat::Keep => {
                out.push(Glyph { at, ch: c });
                col += c.width().unwrap_or(0);
            }
            Treat::Drop => {}
            Treat::Space => {
                out.push(Glyph { at, ch: ' ' });
                col += 1;
            }
            Treat::Tab => {
                let n = TAB_WIDTH - col % TAB_WIDTH;
                for _ in 0..n {
                    out.push(Glyph { at, ch: ' ' });
                }
                col += n;
            }
            Treat::Picture(p) => {
                out.push(Glyph { at, ch: p });
                col += 1;
            }
        }
    }
    out
}

/// The characters of `text` with their byte offsets, terminal escape
/// sequences skipped.
fn outside_escapes(text: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        loop {
            let rest = text.get(i..)?;
            let esc = escape_len(rest);
            if esc > 0 {
                i += esc;
                continue;
            }
            let c = rest.chars().next()?;
            let at = i;
            i += c.len_utf8();
            return Some((at, c));
        }
    })
}

/// `text` made safe to show on one line (titles, names, list rows), with
/// runs of whitespace collapsed and the ends trimmed.
pub fn clean(text: &str) -> String {
    // What `glyphs` shows, read as it goes (no glyph list): a tab's
    // spaces collapse like any other run. Runs of printable ASCII (most
    // of any text; no escape starts in them) are copied whole, split only
    // at double spaces: the finder cleans every quote of the corpus.
    let mut s = String::with_capacity(text.len());
    let mut space = false;
    let mut push = |shown: &str| {
        if shown == " " {
            space = true;
        } else {
            if space && !s.is_empty() {
                s.push(' ');
            }
            space = false;
            s.push_str(shown);
        }
    };
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(rest) = text.get(i..) {
        let run = bytes[i..]
            .iter()
            .take_while(|b| (0x20..0x7f).contains(*b))
            .count();
        if run > 0 {
            let ascii = &rest[..run];
            let words = ascii.trim_matches(' ');
            if ascii.starts_with(' ') {
                push(" ");
            }
            if !words.contains("  ") {
                if !words.is_empty() {
                    push(words);
                }
            } else {
                for (k, word) in words.split(' ').filter(|w| !w.is_empty()).enumerate() {
                    if k > 0 {
                        push(" ");
                    }
                    push(word);
                }
            }
            if ascii.ends_with(' ') {
                push(" ");
            }
            i += run;
            continue;
        }
        let esc = escape_len(rest);
        if esc > 0 {
            i += esc;
            continue;
        }
        let Some(c) = rest.chars().next() else { break };
        i += c.len_utf8();
        let mut buf = [0; 4];
        match treat(c) {
            Treat::Keep => push(c.encode_utf8(&mut buf)),
            Treat::Drop => {}
            Treat::Space | Treat::Tab => push(" "),
            Treat::Picture(p) => push(p.encode_utf8(&mut buf)),
        }
    }
    s
}

/// Display width of a string (after [`clean`]).
pub fn width(s: &str) -> usize {
    s.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// The longest prefix of `s` that fits in `max` columns, with `…` when
/// something was cut.
pub fn truncate(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_owned();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut w = 0;
    for c in s.chars() {
        let cw = c.width().unwrap_or(0);
        if w + cw > max - 1 {
            break;
        }
        out.push(c);
        w += cw;
    }
    out.push('…');
    out
}

/// Word-wraps glyphs to `width` columns. Returns index ranges into
/// `glyphs`, one per line, without the spaces at the break. Breaks at
/// spaces and beside wide (CJK) characters; a word wider than the line is
/// cut by width.
pub fn wrap(glyphs: &[Glyph], width: usize) -> Vec<std::ops::Range<usize>> {
    let width = width.max(1);
    let mut lines = Vec::new();
    // The current line: start index, end index, width.
    let mut cur: Option<(usize, usize, usize)> = None;
    let mut pending_space: Option<(usize, usize)> = None; // (start, width)
    let mut i = 0;
    while i < glyphs.len() {
        if glyphs[i].ch == ' ' {
            let start = i;
            let mut w = 0;
            while i < glyphs.len() && glyphs[i].ch == ' ' {
                w += 1;
                i += 1;
            }
            if cur.is_some() {
                pending_space = Some((start, w));
            }
            continue;
        }
        // A word: a run of narrow non-space glyphs, or one wide glyph.
        let start = i;
        let mut w = glyphs[i].width();
        i += 1;
        if w < 2 {
            while i < glyphs.len() && glyphs[i].ch != ' ' && glyphs[i].width() < 2 {
                w += glyphs[i].width();
                i += 1;
            }
        }
        let space_w = pending_space.map_or(0, |(_, w)| w);
        match cur {
            Some((s, _, cw)) if cw + space_w + w <= width => {
                cur = Some((s, i, cw + space_w + w));
            }
            _ => {
                if let Some((s, e, _)) = cur.take() {
                    lines.push(s..e);
                }
                if w <= width {
                    cur = Some((start, i, w));
                } else {
                    // Cut the word by width.
                    let mut s = start;
                    let mut lw = 0;
                    for (j, g) in glyphs.iter().enumerate().take(i).skip(start) {
                        let gw = g.width();
                        if lw + gw > width && j > s {
                            lines.push(s..j);
                            s = j;
                            lw = 0;
                        }
                        lw += gw;
                    }
                    cur = Some((s, i, lw));
                }
            }
        }
        pending_space = None;
    }
    if let Some((s, e, _)) = cur {
        lines.push(s..e);
    }
    lines
}

/// The plural ending for a count: `1 quote`, `2 quotes`.
pub fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(g: &[Glyph]) -> String {
        g.iter().map(|g| g.ch).collect()
    }

    fn wrapped(s: &str, w: usize) -> Vec<String> {
        let g = glyphs(s, 0);
        wrap(&g, w).into_iter().map(|r| text_of(&g[r])).collect()
    }

    #[test]
    fn clean_is_the_glyphs_with_spaces_collapsed() {
        for s in [
            "  a\tb\t\tc  ",
            "x\x1b[31my\u{9b}2Jz\u{85}w",
            "\u{202e}\u{200b} lead\r\n\u{b}\u{c}trail \x07",
            "é “quoted” ❤\u{fe0f}\u{7f}\u{90}",
        ] {
            let mut want = String::new();
            for w in text_of(&glyphs(s, 0)).split(' ').filter(|w| !w.is_empty()) {
                if !want.is_empty() {
                    want.push(' ');
                }
                want.push_str(w);
            }
            assert_eq!(clean(s), want, "{s:?}");
        }
    }

    #[test]
    fn escape_sequences_are_removed_whole() {
        assert_eq!(clean("a\x1b[2Jb"), "ab");
        assert_eq!(clean("x\x1b]52;c;aGVsbG8=\x07y"), "xy");
        assert_eq!(
            clean("x\x1b]8;;http://e\x1b\\link\x1b]8;;\x1b\\y"),
            "xlinky"
        );
        assert_eq!(clean("\u{9b}31mred"), "red");
        assert_eq!(clean("a\x1b(0b\x1b#8c\x1bcd"), "abcd");
    }

    #[test]
    fn controls_bidi_and_zero_width_are_neutralised() {
        assert_eq!(clean("a\u{202e}b\u{200b}c\u{2066}d"), "abcd");
        assert_eq!(clean("\u{2764}\u{fe0f}"), "\u{2764}");
        assert_eq!(clean("bell\x07"), "bell\u{2407}");
        assert_eq!(clean("a\r\nb"), "a b");
    }

    #[test]
    fn tabs_expand_to_tab_stops() {
        let g = glyphs("a\tb", 0);
        assert_eq!(text_of(&g), "a   b");
        assert!(g[1..4].iter().all(|g| g.at == 1));
        assert_eq!(g[4].at, 2);
    }

    #[test]
    fn offsets_survive_sanitising() {
        let s = "é\x1b[1mx";
        let g = glyphs(s, 100);
        assert_eq!(
            g,
            vec![Glyph { at: 100, ch: 'é' }, Glyph { at: 106, ch: 'x' }]
        );
    }

    #[test]
    fn wraps_at_spaces_by_width() {
        assert_eq!(
            wrapped("the quick brown fox", 10),
            ["the quick", "brown fox"]
        );
        assert_eq!(wrapped("  lead  and   gaps ", 4), ["lead", "and", "gaps"]);
        assert_eq!(wrapped("abcdefghij", 4), ["abcd", "efgh", "ij"]);
    }

    #[test]
    fn wide_characters_are_measured_and_break_anywhere() {
        assert_eq!(wrapped("日本語のテキスト", 6), ["日本語", "のテキ", "スト"]);
        assert_eq!(wrapped("ok 🎉🎉 yes", 5), ["ok 🎉", "🎉", "yes"]);
        for line in wrapped("混ぜた mixed 文字列 text", 7) {
            assert!(width(&line) <= 7, "{line}");
        }
    }

    #[test]
    fn truncates_by_width() {
        assert_eq!(truncate("hello world", 6), "hello…");
        assert_eq!(truncate("日本語", 4), "日…");
        assert_eq!(truncate("short", 10), "short");
    }
}
