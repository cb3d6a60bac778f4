//! Pairing quotation marks within a paragraph.
//!
//! Marks pair by kind (“ ” and « » by shape, straight " by alternation),
//! single marks nest inside double ones, and an apostrophe inside a word
//! never opens or closes. A quote left open runs to the paragraph's end and
//! no further, so one stray mark cannot swallow the article.

use super::tokens::{TokKind, Token};
use crate::model::Span;

/// One top-level quotation in a paragraph.
#[derive(Debug, Clone, Copy)]
pub struct QuoteRegion {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark; `None` when left open.
    pub close: Option<usize>,
    /// The words between the marks.
    pub inner: Span,
}

fn mark_text<'a>(text: &'a str, t: &Token) -> &'a str {
    if t.kind == TokKind::Punct {
        &text[t.span().range()]
    } else {
        ""
    }
}

/// Is the token at `i` attached to a word on its left / right (no space)?
fn glued_left(text: &str, toks: &[Token], i: usize) -> bool {
    i > 0 && toks[i - 1].span().end == toks[i].span().start && {
        let prev = &text[toks[i - 1].span().range()];
        prev.chars()
            .last()
            .is_some_and(|c| c.is_alphanumeric() || ".,!?;:…—-)".contains(c))
    }
}

fn glued_right(text: &str, toks: &[Token], i: usize) -> bool {
    toks.get(i + 1).is_some_and(|n| {
        n.span().start == toks[i].span().end
            && text[n.span().range()].chars().next().is_some_and(|c| {
                c.is_alphanumeric() || c == '(' || c == '$' || c == '‘' || c == '\'' || c == '…'
            })
    })
}

/// Finds the top-level quotations of one paragraph's tokens and marks the
/// tokens inside them.
pub fn find(text: &str, toks: &mut [Token], para_end: usize) -> Vec<QuoteRegion> {
    let mut regions = Vec::new();
    // (token index, closing mark expected)
    let mut open: Option<(usize, &'static str)> = None;
    let mut nested_open = false;
    let last_single_close = last_single_close(text, toks);
    for i in 0..toks.len() {
        // Words neither open nor close a quotation.
        if toks[i].kind != TokKind::Punct {
            continue;
        }
        let m = mark_text(text, &toks[i]);
        match open {
            None => {
                let closer = match m {
                    "“" => Some("”"),
                    // A paragraph opened with the wrong curly mark.
                    "”" if i == 0 => Some("”"),
                    "«" => Some("»"),
                    "„" => Some("“"),
                    "\"" if !glued_left(text, toks, i) || glued_right(text, toks, i) => Some("\""),
                    "''" if !glued_left(text, toks, i) || glued_right(text, toks, i) => Some("''"),
                    "``" => Some("''"),
                    "‘" if !glued_left(text, toks, i)
                        && last_single_close.is_some_and(|c| c > i) =>
                    {
                        Some("’")
                    }
                    _ => None,
                };
                if let Some(c) = closer {
                    open = Some((i, c));
                    nested_open = false;
                }
            }
            Some((o, closer)) => {
                let closes = if m == closer {
                    match m {
                        "\"" | "''" => !glued_right(text, toks, i) || glued_left(text, toks, i),
                        "’" => !glued_right(text, toks, i) && !nested_open,
                        _ => true,
                    }
                } else {
                    // ” also closes a quote opened with a straight mark, and
                    // a straight mark or a “ in closing position (after a
                    // word, before a space) one opened with “: typists mix
                    // them (`“Immunity deals ...," Chaffetz said`, `“...
                    // for her here,“ said Clyburn`).
                    (closer == "\"" && m == "”")
                        || (closer == "”"
                            && matches!(m, "\"" | "“")
                            && glued_left(text, toks, i)
                            && !glued_right(text, toks, i))
                };
                if closes {
                    regions.push(region(toks, o, Some(i), para_end));
                    open = None;
                } else if m == "‘" && closer != "’" {
                    nested_open = true;
                } else if m == "’" && nested_open && !glued_right(text, toks, i) {
                    nested_open = false;
                }
            }
        }
    }
    if let Some((o, _)) = open {
        regions.push(region(toks, o, None, para_end));
    }
    // Drop empty quotations ("" or a lone mark at the end).
    regions.retain(|r| !r.inner.is_empty());
    for r in &regions {
        let last = r.close.unwrap_or(toks.len());
        for t in &mut toks[r.open + 1..last] {
            t.in_quote = true;
        }
    }
    regions
}

/// The last ’ that can close a quotation (not an apostrophe in a word, nor
/// a plural possessive): a top-level ‘ opens only if one follows it.
fn last_single_close(text: &str, toks: &[Token]) -> Option<usize> {
    (1..toks.len()).rev().find(|&j| {
        mark_text(text, &toks[j]) == "’"
            && glued_left(text, toks, j)
            && !glued_right(text, toks, j)
            && !text[toks[j - 1].span().range()].ends_with(['s', 'S'])
    })
}

fn region(toks: &[Token], open: usize, close: Option<usize>, para_end: usize) -> QuoteRegion {
    let start = toks[open].span().end;
    let end = match close {
        Some(c) => toks[c].span().start,
        None => toks.last().map_or(para_end, |t| t.span().end).min(para_end),
    };
    // Trim to the first and last token inside.
    let inside = &toks[open + 1..close.unwrap_or(toks.len())];
    let inner = match (inside.first(), inside.last()) {
        (Some(f), Some(l)) => Span::new(f.span().start, l.span().end),
        _ => Span::new(start, start.max(end.min(start))),
    };
    QuoteRegion { open, close, inner }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn quotes(text: &str) -> Vec<(&str, bool)> {
        let mut toks = tokenize(text, Span::new(0, text.len()));
        find(text, &mut toks, text.len())
            .iter()
            .map(|r| (&text[r.inner.range()], r.close.is_some()))
            .collect()
    }

    #[test]
    fn curly_straight_and_nested() {
        assert_eq!(
            quotes("“It is ‘fine,’ really,” he said."),
            [("It is ‘fine,’ really,", true)]
        );
        assert_eq!(
            quotes("He said \"no\" and \"yes.\""),
            [("no", true), ("yes.", true)]
        );
        assert_eq!(
            quotes("It’s Trump’s ‘mocking’ campaign"),
            [("mocking", true)]
        );
    }

    #[test]
    fn mixed_marks_close_a_curly_quote_in_closing_position() {
        assert_eq!(
            quotes("“Deals are no reward,\" Chaffetz said, \"like candy.\""),
            [("Deals are no reward,", true), ("like candy.", true)]
        );
        assert_eq!(
            quotes("“It could create problems here,“ said Clyburn."),
            [("It could create problems here,", true)]
        );
        // A “ before a word is no closer.
        assert_eq!(
            quotes("“One “two three” she said."),
            [("One “two three", true)]
        );
    }

    #[test]
    fn apostrophes_never_open() {
        assert!(quotes("Russia’s top diplomat didn’t say the voters’ names").is_empty());
    }

    #[test]
    fn an_unclosed_mark_ends_at_the_paragraph() {
        assert_eq!(quotes("He said “we will go on"), [("we will go on", false)]);
    }

    #[test]
    fn ten_thousand_marks_stay_linear() {
        let started = std::time::Instant::now();
        let pairs = "\"a\" ".repeat(10_000);
        assert_eq!(quotes(&pairs).len(), 10_000);
        // Only openers: one quote, left open, to the paragraph end.
        let openers = "\"a ".repeat(10_000);
        let q = quotes(&openers);
        assert_eq!(q.len(), 1);
        assert!(!q[0].1);
        let curly = "“a ‘b ".repeat(10_000);
        assert_eq!(quotes(&curly).len(), 1);
        assert!(started.elapsed().as_secs() < 5);
    }
}
