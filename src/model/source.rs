use super::Span;
use std::path::PathBuf;

/// Index of a source in [`super::Corpus::sources`].
pub type SourceId = usize;

/// The text of one input (a file, standard input or a bundled asset), held
/// once for all the articles it contains.
///
/// Valid UTF-8 is held byte for byte (a byte-order mark and `\r` included,
/// so offsets equal file offsets). Invalid bytes are replaced by U+FFFD;
/// `shifts` records where that moved offsets so spans still map back to
/// the file's own bytes.
#[derive(Debug, Clone)]
pub struct Source {
    /// The path as given on the command line or found in a folder.
    pub path: PathBuf,
    pub text: String,
    /// `(text offset, file offset)` at every point after a replacement,
    /// sorted; empty for valid UTF-8.
    shifts: Vec<(usize, usize)>,
    /// File offset of the first invalid byte, if any.
    pub first_invalid_byte: Option<usize>,
}

impl Source {
    /// `from_bytes` for bytes it may keep: valid UTF-8 becomes the text
    /// without a copy.
    pub fn from_vec(path: PathBuf, bytes: Vec<u8>) -> Source {
        match String::from_utf8(bytes) {
            Ok(text) => Source {
                path,
                text,
                shifts: Vec::new(),
                first_invalid_byte: None,
            },
            Err(e) => Source::from_bytes(path, e.as_bytes()),
        }
    }

    /// Decodes raw bytes; invalid UTF-8 is replaced, not skipped.
    pub fn from_bytes(path: PathBuf, bytes: &[u8]) -> Source {
        match std::str::from_utf8(bytes) {
            Ok(text) => Source {
                path,
                text: text.to_owned(),
                shifts: Vec::new(),
                first_invalid_byte: None,
            },
            Err(_) => {
                let mut text = String::with_capacity(bytes.len() + 16);
                let mut shifts = Vec::new();
                let mut first_invalid_byte = None;
                let mut file_pos = 0;
                for chunk in bytes.utf8_chunks() {
                    text.push_str(chunk.valid());
                    file_pos += chunk.valid().len();
                    let bad = chunk.invalid();
                    if !bad.is_empty() {
                        first_invalid_byte.get_or_insert(file_pos);
                        text.push(char::REPLACEMENT_CHARACTER);
                        file_pos += bad.len();
                        shifts.push((text.len(), file_pos));
                    }
                }
                Source {
                    path,
                    text,
                    shifts,
                    first_invalid_byte,
                }
            }
        }
    }

    pub fn from_text(path: PathBuf, text: String) -> Source {
        Source {
            path,
            text,
            shifts: Vec::new(),
            first_invalid_byte: None,
        }
    }

    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.range()]
    }

    /// Maps an offset into the held text to an offset into the raw file.
    /// An offset inside a replacement character maps to its start.
    pub fn file_offset(&self, text_offset: usize) -> usize {
        let i = self.shifts.partition_point(|&(t, _)| t <= text_offset);
        if i == 0 {
            return text_offset;
        }
        let (t, f) = self.shifts[i - 1];
        f + (text_offset - t)
    }

    pub fn file_span(&self, span: Span) -> Span {
        Span::new(self.file_offset(span.start), self.file_offset(span.end))
    }

    /// 1-based line number of a text offset, for messages and editors.
    /// (Counts from the start: for many offsets of one source, see
    /// [`LineStarts`].)
    pub fn line_of(&self, text_offset: usize) -> usize {
        1 + self.text.as_bytes()[..text_offset.min(self.text.len())]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
    }
}

/// Where each line of a text starts: a line number costs a binary search,
/// not a count from the start of the file (a news dump holds thousands of
/// articles).
pub struct LineStarts(Vec<usize>);

impl LineStarts {
    pub fn of(text: &str) -> LineStarts {
        LineStarts(
            std::iter::once(0)
                .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1))
                .collect(),
        )
    }

    /// 1-based line number of a text offset, as [`Source::line_of`].
    pub fn line_of(&self, text_offset: usize) -> usize {
        self.0.partition_point(|&s| s <= text_offset)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_starts_number_lines_as_counting_does() {
        let text = "one\ntwo\n\nfour é\n";
        let source = Source::from_vec("a.txt".into(), text.as_bytes().to_vec());
        let starts = LineStarts::of(&source.text);
        for offset in 0..=text.len() + 3 {
            assert_eq!(
                starts.line_of(offset),
                source.line_of(offset),
                "offset {offset}"
            );
        }
    }

    #[test]
    fn invalid_bytes_map_back_to_file_offsets() {
        let raw = b"ab\xffcd\xfe\xfeef";
        let s = Source::from_bytes("x".into(), raw);
        assert_eq!(s.first_invalid_byte, Some(2));
        let c = s.text.find('c').unwrap();
        assert_eq!(s.file_offset(c), 3);
        let e = s.text.find('e').unwrap();
        assert_eq!(s.file_offset(e), 7);
        assert_eq!(s.file_offset(s.text.len()), raw.len());
    }
}
