//! The lines of the article body and of a person's quotes, wrapped to a
//! width. Pure: `update` uses them to scroll to a quote, the renderer to
//! draw. Each glyph keeps its byte offset so spans can be styled.

use super::index::{Index, QuoteRef};
use crate::display::{self, Glyph};
use crate::model::{ArticleIdx, Corpus, EntityIdx, Span};

/// Offset given to glyphs that are not article text (labels, metadata).
pub const NOT_TEXT: usize = usize::MAX;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Headline,
    Caption,
    Meta,
    Text,
    Blank,
    /// A person's quotes: the article heading a group.
    Group(ArticleIdx),
    /// A person's quotes: a line of one quote's context.
    Quote(QuoteRef),
    /// A line of explanation (nothing found, and so on).
    Note,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub kind: LineKind,
    pub glyphs: Vec<Glyph>,
}

impl Line {
    fn blank() -> Line {
        Line {
            kind: LineKind::Blank,
            glyphs: Vec::new(),
        }
    }

    fn label(kind: LineKind, text: &str) -> Line {
        Line {
            kind,
            glyphs: display::glyphs(text, 0)
                .into_iter()
                .map(|g| Glyph { at: NOT_TEXT, ..g })
                .collect(),
        }
    }

    /// The first offset of article text on the line.
    pub fn first_offset(&self) -> Option<usize> {
        self.glyphs.iter().map(|g| g.at).find(|&a| a != NOT_TEXT)
    }
}

fn wrapped(kind: LineKind, glyphs: &[Glyph], width: usize, out: &mut Vec<Line>) {
    for r in display::wrap(glyphs, width) {
        out.push(Line {
            kind,
            glyphs: glyphs[r].to_vec(),
        });
    }
}

fn span_glyphs(corpus: &Corpus, article: ArticleIdx, span: Span) -> Vec<Glyph> {
    let a = &corpus.articles[article];
    display::glyphs(corpus.text(a, span), span.start)
}

/// The article body: headline, caption, credit line, paragraphs.
pub fn article(corpus: &Corpus, article: ArticleIdx, width: usize) -> Vec<Line> {
    let mut out = Vec::new();
    let Some(a) = corpus.articles.get(article) else {
        return out;
    };
    wrapped(
        LineKind::Headline,
        &span_glyphs(corpus, article, a.title),
        width,
        &mut out,
    );
    out.push(Line::blank());
    if let Some(c) = a.caption {
        wrapped(
            LineKind::Caption,
            &span_glyphs(corpus, article, c),
            width,
            &mut out,
        );
    }
    let mut meta = Vec::new();
    if let Some(c) = a.credit {
        meta.push(format!("Photo: {}", display::clean(corpus.text(a, c))));
    }
    if let Some(s) = a.source_line {
        meta.push(display::clean(corpus.text(a, s)));
    }
    if let Some(d) = &a.date {
        meta.push(display::clean(d));
    }
    meta.push(display::clean(
        &corpus.source_of(a).path.display().to_string(),
    ));
    let meta = Line::label(LineKind::Meta, &meta.join(" · "));
    wrapped(LineKind::Meta, &meta.glyphs, width, &mut out);
    for p in &a.paragraphs {
        out.push(Line::blank());
        wrapped(
            LineKind::Text,
            &span_glyphs(corpus, article, *p),
            width,
            &mut out,
        );
    }
    out
}

/// The line where text at `offset` starts showing (the first line with
/// article text at or after it).
pub fn line_of(lines: &[Line], offset: usize) -> Option<usize> {
    lines
        .iter()
        .position(|l| l.glyphs.iter().any(|g| g.at != NOT_TEXT && g.at >= offset))
}

/// How many lines of context a quote shows at most in a person's list.
const MAX_QUOTE_LINES: usize = 8;

/// Every quote of an entity, grouped by article (title, date), each as its
/// paragraph's lines around the quote: cue, speaker mention and context.
pub fn person(corpus: &Corpus, index: &Index, entity: EntityIdx, width: usize) -> Vec<Line> {
    let quotes = index
        .quotes_by_speaker
        .get(entity)
        .map_or(&[][..], |v| v.as_slice());
    let mut out = Vec::new();
    if quotes.is_empty() {
        out.push(unquoted_note());
        let n = index.articles_naming(entity).len();
        unquoted_rows(index, entity, 0..n, &mut out);
    } else {
        person_quotes(corpus, index, quotes, 0..quotes.len(), width, &mut out);
    }
    out
}

/// The first line of the view of an entity never quoted.
pub fn unquoted_note() -> Line {
    Line::label(LineKind::Note, "Not quoted in these articles. Named in:")
}

/// Appends to `out` the rows `range` of the view of an entity never
/// quoted, after its note: one row for each article naming it, to choose
/// and open (laid out as far as the screen needs: a place may be named in
/// tens of thousands).
pub fn unquoted_rows(
    index: &Index,
    entity: EntityIdx,
    range: std::ops::Range<usize>,
    out: &mut Vec<Line>,
) {
    for &a in &index.articles_naming(entity)[range] {
        let a = a as usize;
        let n = index.entities_by_article[a]
            .iter()
            .find(|c| c.entity == entity)
            .map_or(0, |c| c.mentions);
        let head = format!("{} · {n} mention{}", index.titles[a], display::plural(n));
        out.push(Line::label(LineKind::Group(a), &head));
    }
}

/// Appends the lines of `quotes[range]` (a person's quotes, in article
/// order) to `out`, which holds those of the quotes before: each quote
/// after a blank line, under its article's heading when it is the
/// article's first. (A person quoted ten thousand times is laid out as
/// far as the screen needs, not whole before the first frame.)
pub fn person_quotes(
    corpus: &Corpus,
    index: &Index,
    quotes: &[QuoteRef],
    range: std::ops::Range<usize>,
    width: usize,
    out: &mut Vec<Line>,
) {
    let width = width.max(1);
    for i in range {
        let qr = quotes[i];
        if i > 0 {
            out.push(Line::blank());
        }
        if i == 0 || quotes[i - 1].article != qr.article {
            let a = &corpus.articles[qr.article];
            // An article's quotes are together (the index lists them in
            // article order): counted from here, not over all the person's
            // quotes for each article, which grew with their square.
            let n = quotes[i..]
                .iter()
                .take_while(|q| q.article == qr.article)
                .count();
            let mut head = index.titles[qr.article].clone();
            if let Some(d) = &a.date {
                head.push_str(&format!(" · {}", display::clean(d)));
            }
            head.push_str(&format!(" · {n} quote{}", display::plural(n)));
            let head = Line::label(LineKind::Group(qr.article), &head);
            wrapped(LineKind::Group(qr.article), &head.glyphs, width, out);
        }
        out.extend(quote_context(corpus, qr, width));
    }
}

/// Where the sentence holding byte `at` starts, within `limit`.
fn sentence_start(text: &str, limit: Span, at: usize) -> usize {
    // Look back a bounded way from the quote, so that a paragraph holding
    // thousands of quotes costs each of them the same.
    let at = at.max(limit.start);
    let mut from = at.saturating_sub(CONTEXT_BYTES).max(limit.start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..at];
    for (i, c) in before.char_indices().rev() {
        if c.is_whitespace() {
            let head = before[..i].trim_end_matches(['”', '’', '"', '\'', ')']);
            if head.ends_with(['.', '?', '!']) {
                return from + i + c.len_utf8();
            }
        }
    }
    from
}

/// How far around a quote its sentence is looked for, in bytes.
const CONTEXT_BYTES: usize = 2000;

/// Where the sentence holding byte `at` ends, within `limit`.
fn sentence_end(text: &str, limit: Span, at: usize) -> usize {
    let mut from = at.clamp(limit.start, limit.end);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = limit.end.min(from + CONTEXT_BYTES);
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let after = &text[from..to];
    let mut prev_end = false;
    for (i, c) in after.char_indices() {
        if c.is_whitespace() && prev_end {
            return from + i;
        }
        if matches!(c, '.' | '?' | '!') {
            prev_end = true;
        } else if !matches!(c, '”' | '’' | '"' | '\'' | ')') {
            prev_end = false;
        }
    }
    to
}

/// One quote in a person's list: the sentences holding it, and, when its
/// cue or speaker is outside them, a line naming them (`— Lavrov said`).
fn quote_context(corpus: &Corpus, qr: QuoteRef, width: usize) -> Vec<Line> {
    let a = &corpus.articles[qr.article];
    let q = &a.quotes[qr.quote];
    let text = &corpus.source_of(a).text;
    let kind = LineKind::Quote(qr);
    let c = q.content();
    // The paragraphs the quote touches bound the context.
    // Paragraphs are in text order: a binary search finds them.
    let first = a.paragraphs.partition_point(|p| p.end <= c.start);
    let paras: Vec<Span> = a.paragraphs[first..]
        .iter()
        .copied()
        .take_while(|p| p.start < c.end.max(c.start + 1))
        .filter(|p| c.start < p.end)
        .collect();
    let limit = match (paras.first(), paras.last()) {
        (Some(f), Some(l)) => Span::new(f.start, l.end),
        _ => c,
    };
    let span = Span::new(
        sentence_start(text, limit, c.start),
        sentence_end(text, limit, c.end.saturating_sub(1).max(c.start)),
    );
    let glyphs = span_glyphs(corpus, qr.article, span);
    let ranges = display::wrap(&glyphs, width);
    let mut out: Vec<Line> = ranges
        .iter()
        .take(MAX_QUOTE_LINES)
        .map(|r| Line {
            kind,
            glyphs: glyphs[r.clone()].to_vec(),
        })
        .collect();
    if ranges.len() > MAX_QUOTE_LINES {
        out.push(Line::label(kind, "…"));
    }
    let outside = |s: Option<Span>| s.filter(|s| !span.contains(*s));
    let who = outside(q.speaker_mention());
    let cue = outside(q.cue());
    if who.is_some() || cue.is_some() {
        // Keep the offsets so the cue and speaker are marked as in the body.
        let mut parts: Vec<Span> = [who, cue].into_iter().flatten().collect();
        parts.sort();
        parts.dedup();
        let mut g = display::glyphs("— ", 0)
            .into_iter()
            .map(|g| Glyph { at: NOT_TEXT, ..g })
            .collect::<Vec<_>>();
        for (i, p) in parts.iter().enumerate() {
            if i > 0 {
                g.push(Glyph {
                    at: NOT_TEXT,
                    ch: ' ',
                });
            }
            g.extend(span_glyphs(corpus, qr.article, *p));
        }
        wrapped(kind, &g, width, &mut out);
    }
    out
}
