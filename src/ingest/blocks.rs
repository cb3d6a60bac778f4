//! Lines and blank-line-separated blocks of a text, as spans.

use crate::model::Span;

/// A maximal run of non-blank lines.
#[derive(Debug, Clone)]
pub struct Block {
    /// Each line without its line ending or surrounding whitespace.
    pub lines: Vec<Span>,
    /// Number of blank lines before this block (a run of them separates
    /// articles in some dumps).
    pub blank_lines_before: usize,
}

impl Block {
    /// From the first line's start to the last line's end.
    pub fn span(&self) -> Span {
        Span::new(self.lines[0].start, self.lines[self.lines.len() - 1].end)
    }
}

/// Whitespace for our purposes, including the byte-order mark and the
/// zero-width no-break space it doubles as.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// The span of `text[start..end]` with surrounding whitespace removed.
pub fn trim(text: &str, start: usize, end: usize) -> Span {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start_matches(is_space).len();
    let trimmed = s.trim_matches(is_space);
    Span::new(start + lead, start + lead + trimmed.len())
}

/// Splits a text into blocks in one pass. `\n`, `\r\n` and a lone `\r` all
/// end a line.
pub fn blocks(text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut current: Vec<Span> = Vec::new();
    let mut blanks = 0;
    let bytes = text.as_bytes();
    let mut line_start = 0;
    let mut i = 0;
    loop {
        // The next line end, found by memchr (SIMD) rather than byte by byte.
        i = memchr::memchr2(b'\n', b'\r', &bytes[i..]).map_or(bytes.len(), |k| i + k);
        let at_end = i >= bytes.len();
        let line = trim(text, line_start, i);
        if line.is_empty() {
            if !current.is_empty() {
                out.push(Block {
                    lines: std::mem::take(&mut current),
                    blank_lines_before: blanks,
                });
                blanks = 0;
            }
            blanks += 1;
        } else {
            current.push(line);
        }
        if at_end {
            break;
        }
        if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            i += 1;
        }
        i += 1;
        line_start = i;
    }
    if !current.is_empty() {
        out.push(Block {
            lines: current,
            blank_lines_before: blanks,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(text: &'a str, b: &Block) -> Vec<&'a str> {
        b.lines.iter().map(|l| &text[l.range()]).collect()
    }

    #[test]
    fn crlf_bom_and_blank_runs() {
        let text = "\u{feff}Title\r\n\r\n  One\r\nTwo  \r\n\r\n\r\n\r\nThree";
        let b = blocks(text);
        assert_eq!(b.len(), 3);
        assert_eq!(texts(text, &b[0]), ["Title"]);
        assert_eq!(texts(text, &b[1]), ["One", "Two"]);
        assert_eq!(b[2].blank_lines_before, 3);
        assert_eq!(texts(text, &b[2]), ["Three"]);
    }

    #[test]
    fn whitespace_only_text_has_no_blocks() {
        assert!(blocks(" \n\t\r\n\u{feff}\n").is_empty());
        assert!(blocks("").is_empty());
    }
}
