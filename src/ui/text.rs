//! Article text as styled terminal lines: quotes in their speaker's
//! colour, cues and speaker mentions marked, entity names marked by kind.

use super::theme::Theme;
use crate::app::App;
use crate::app::lines::{Line as TextLine, LineKind, NOT_TEXT};
use crate::model::{ArticleIdx, Span as ByteSpan};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// Styles one line of an article's text. `selected` is the selected quote.
pub fn styled(
    app: &App,
    theme: &Theme,
    article: ArticleIdx,
    line: &TextLine,
    base: Style,
    selected: Option<usize>,
) -> Line<'static> {
    let lo = line
        .glyphs
        .iter()
        .map(|g| g.at)
        .filter(|&a| a != NOT_TEXT)
        .min();
    let hi = line
        .glyphs
        .iter()
        .map(|g| g.at)
        .filter(|&a| a != NOT_TEXT)
        .max();
    let (Some(lo), Some(hi), Some(a)) = (lo, hi, app.corpus.articles.get(article)) else {
        let text: String = line.glyphs.iter().map(|g| g.ch).collect();
        return Line::from(Span::styled(text, base));
    };
    let range = ByteSpan::new(lo, hi + 1);
    let mentions: Vec<_> = a
        .mentions
        .iter()
        .filter(|m| m.span().overlaps(range))
        .collect();
    let quotes: Vec<(usize, &crate::model::Quote)> = a
        .quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| {
            q.content().overlaps(range)
                || q.cue().is_some_and(|c| c.overlaps(range))
                || q.speaker_mention().is_some_and(|s| s.overlaps(range))
        })
        .collect();
    let inside = |s: ByteSpan, at: usize| s.start <= at && at < s.end;
    let slot = |e: Option<usize>| e.and_then(|e| app.index.colour.get(e).copied().flatten());
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut cur = String::new();
    let mut cur_style = base;
    for g in &line.glyphs {
        let mut style = base;
        if g.at != NOT_TEXT {
            for m in &mentions {
                if inside(m.span(), g.at)
                    && let Some(e) = m.entity().and_then(|e| app.corpus.entities.get(e))
                {
                    style = style.patch(theme.entity(e.kind));
                }
            }
            for (i, q) in &quotes {
                let s = slot(q.speaker());
                if inside(q.content(), g.at) {
                    style = style.patch(theme.quote(s, selected == Some(*i)));
                }
                if q.speaker_mention().is_some_and(|m| inside(m, g.at)) {
                    style = style.patch(theme.speaker_mention(s));
                }
                if q.cue().is_some_and(|c| inside(c, g.at)) {
                    style = style.patch(theme.cue());
                }
            }
        }
        if style != cur_style && !cur.is_empty() {
            spans.push(Span::styled(std::mem::take(&mut cur), cur_style));
        }
        cur_style = style;
        cur.push(g.ch);
    }
    if !cur.is_empty() {
        spans.push(Span::styled(cur, cur_style));
    }
    Line::from(spans)
}

/// Whether a line shows part of quote `q` of the article.
pub fn shows_quote(app: &App, article: ArticleIdx, line: &TextLine, q: Option<usize>) -> bool {
    let Some(q) = q.and_then(|q| app.corpus.articles.get(article)?.quotes.get(q)) else {
        return false;
    };
    line.glyphs
        .iter()
        .any(|g| g.at != NOT_TEXT && q.content().start <= g.at && g.at < q.content().end)
}

/// Indexes of the lines where a starred quote of the article begins.
pub fn starred_starts(app: &App, article: ArticleIdx, lines: &[TextLine]) -> Vec<usize> {
    app.ui
        .starred_quotes
        .range((article, 0)..=(article, usize::MAX))
        .filter_map(|&(_, q)| {
            lines
                .iter()
                .position(|l| shows_quote(app, article, l, Some(q)))
        })
        .collect()
}

/// The base style of a kind of line.
pub fn base_style(theme: &Theme, kind: LineKind) -> Style {
    match kind {
        LineKind::Headline => theme.headline(),
        LineKind::Caption => theme.caption(),
        LineKind::Meta | LineKind::Note => theme.dim(),
        LineKind::Group(_) => theme.heading(),
        LineKind::Text | LineKind::Blank | LineKind::Quote(_) => Style::new(),
    }
}
