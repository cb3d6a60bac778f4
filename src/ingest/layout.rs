//! The two layouts of news text files, told apart per file.
//!
//! - News dump: several articles, each opening with a header: headline,
//!   photo caption (often twice), a short source line (`TT`), then the
//!   headline and caption again. Bodies run to the next header.
//! - Single article: the title on the first line, then paragraphs.

use super::blocks::{Block, blocks};
use super::caption;
use crate::model::Span;

/// An article's fields as spans, before it joins a corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleParts {
    pub title: Span,
    pub caption: Option<Span>,
    pub credit: Option<Span>,
    pub source_line: Option<Span>,
    pub date: Option<String>,
    pub paragraphs: Vec<Span>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    NewsDump,
    SingleArticle,
}

/// A headline longer than this is body text, not a header (and keeps the
/// header search linear on files of huge lines).
const MAX_HEADLINE_BYTES: usize = 400;
/// How many blocks after a headline its repeat may come.
const REPEAT_WINDOW: usize = 4;
/// A source line (`TT`, `Reuters`) is short.
const MAX_SOURCE_LINE_CHARS: usize = 40;

struct Header {
    title: Span,
    caption: Option<Span>,
    source_line: Option<Span>,
    /// First block after the header.
    body_start: usize,
}

fn same(text: &str, a: Span, b: Span) -> bool {
    a.len() == b.len() && text[a.range()] == text[b.range()]
}

/// A news-dump header starting at `blocks[i]`: a one-line headline whose
/// text comes back as a one-line block within the next few blocks.
fn header_at(text: &str, blocks: &[Block], i: usize) -> Option<Header> {
    let first = &blocks[i];
    if first.lines.len() != 1 || first.lines[0].len() > MAX_HEADLINE_BYTES {
        return None;
    }
    let title = first.lines[0];
    let repeat = (i + 1..blocks.len().min(i + 1 + REPEAT_WINDOW))
        .find(|&j| blocks[j].lines.len() == 1 && same(text, blocks[j].lines[0], title))?;
    let between: Vec<Span> = blocks[i + 1..repeat]
        .iter()
        .flat_map(|b| b.lines.iter().copied())
        .collect();
    let is_source_line = |l: Span| {
        let s = &text[l.range()];
        s.chars().count() <= MAX_SOURCE_LINE_CHARS
            && s.split_whitespace().count() <= 4
            && !s.ends_with('.')
            && !s.contains('(')
    };
    // The source line is the last of several lines, or a lone short line;
    // the caption is the first other line.
    let source_line = between.last().copied().filter(|&l| is_source_line(l));
    let caption = between.iter().copied().find(|&l| Some(l) != source_line);
    // After the repeated headline, the caption is printed again: skip it.
    let mut body_start = repeat + 1;
    if let (Some(cap), Some(next)) = (caption, blocks.get(body_start)) {
        let repeats_caption = next
            .lines
            .iter()
            .all(|&l| same(text, l, cap) || Some(l) == source_line.filter(|&s| same(text, s, l)));
        if repeats_caption {
            body_start += 1;
        }
    }
    Some(Header {
        title,
        caption,
        source_line,
        body_start,
    })
}

pub fn detect(text: &str, blocks: &[Block]) -> Layout {
    if !blocks.is_empty() && header_at(text, blocks, 0).is_some() {
        Layout::NewsDump
    } else {
        Layout::SingleArticle
    }
}

/// Splits a text into articles, detecting its layout. `file_date` is a date
/// known from outside the text (the file name), used when a caption has none.
pub fn split(text: &str, file_date: Option<&str>) -> (Layout, Vec<ArticleParts>) {
    let blocks = blocks(text);
    let layout = detect(text, &blocks);
    let articles = match layout {
        Layout::NewsDump => split_dump(text, &blocks),
        Layout::SingleArticle => split_single(&blocks).into_iter().collect(),
    };
    let articles = articles
        .into_iter()
        .map(|mut a| {
            if a.date.is_none() {
                a.date = file_date.map(str::to_owned);
            }
            a
        })
        .collect();
    (layout, articles)
}

fn split_dump(text: &str, blocks: &[Block]) -> Vec<ArticleParts> {
    let mut out = Vec::new();
    let mut i;
    let mut header = header_at(text, blocks, 0);
    while let Some(h) = header.take() {
        // The body runs to the next header.
        let mut paragraphs = Vec::new();
        i = h.body_start;
        while i < blocks.len() {
            if let Some(next) = header_at(text, blocks, i) {
                header = Some(next);
                break;
            }
            paragraphs.push(blocks[i].span());
            i += 1;
        }
        let credit = h.caption.and_then(|c| caption::credit(text, c));
        let date = h.caption.and_then(|c| caption::date(&text[c.range()]));
        out.push(ArticleParts {
            title: h.title,
            caption: h.caption,
            credit,
            source_line: h.source_line,
            date,
            paragraphs,
        });
    }
    out
}

fn split_single(blocks: &[Block]) -> Option<ArticleParts> {
    let first = blocks.first()?;
    let title = first.lines[0];
    let mut paragraphs = Vec::new();
    if first.lines.len() > 1 {
        let rest = &first.lines[1..];
        paragraphs.push(Span::new(rest[0].start, rest[rest.len() - 1].end));
    }
    paragraphs.extend(blocks[1..].iter().map(Block::span));
    Some(ArticleParts {
        title,
        caption: None,
        credit: None,
        source_line: None,
        date: None,
        paragraphs,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const DUMP: &str = "Head One\n\nA caption on May 2, 2024 (AFP)\nA caption on May 2, 2024 (AFP)\nTT\n\nHead One\n\nA caption on May 2, 2024 (AFP)\nA caption on May 2, 2024 (AFP)\n\nBody one.\n\nBody two.\n\n\n\nHead Two\n\nCap two (AP)\nTT\n\nHead Two\n\nCap two (AP)\n\nSecond body.\n";

    fn t(text: &str, s: Span) -> &str {
        &text[s.range()]
    }

    #[test]
    fn dump_headers_are_fields_not_body() {
        let (layout, arts) = split(DUMP, None);
        assert_eq!(layout, Layout::NewsDump);
        assert_eq!(arts.len(), 2);
        assert_eq!(t(DUMP, arts[0].title), "Head One");
        assert_eq!(
            t(DUMP, arts[0].caption.unwrap()),
            "A caption on May 2, 2024 (AFP)"
        );
        assert_eq!(t(DUMP, arts[0].credit.unwrap()), "AFP");
        assert_eq!(t(DUMP, arts[0].source_line.unwrap()), "TT");
        assert_eq!(arts[0].date.as_deref(), Some("2024-05-02"));
        let bodies: Vec<&str> = arts[0].paragraphs.iter().map(|&p| t(DUMP, p)).collect();
        assert_eq!(bodies, ["Body one.", "Body two."]);
        assert_eq!(t(DUMP, arts[1].credit.unwrap()), "AP");
        assert_eq!(arts[1].paragraphs.len(), 1);
    }

    #[test]
    fn single_article_title_is_first_line() {
        let text = "The Title\n\nFirst para.\n\nSecond para.\n";
        let (layout, arts) = split(text, Some("2016-09-12"));
        assert_eq!(layout, Layout::SingleArticle);
        assert_eq!(t(text, arts[0].title), "The Title");
        assert_eq!(arts[0].paragraphs.len(), 2);
        assert_eq!(arts[0].date.as_deref(), Some("2016-09-12"));
    }

    #[test]
    fn a_repeated_line_deep_in_an_article_is_not_a_header() {
        let text = "Title\n\nPara.\n\nRefrain\n\nx\n\nRefrain\n";
        let (layout, arts) = split(text, None);
        assert_eq!(layout, Layout::SingleArticle);
        assert_eq!(arts[0].paragraphs.len(), 4);
    }
}
