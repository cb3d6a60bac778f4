//! Words and punctuation of a stretch of text, as byte spans, and the
//! sentences they form. Quotation marks are single punctuation tokens so
//! the quote finder can pair them.

use crate::model::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    Word,
    Punct,
}

#[derive(Debug, Clone, Copy)]
pub struct Token {
    pub span: Span,
    pub kind: TokKind,
    /// Inside quotation marks (set by the quote finder).
    pub in_quote: bool,
}

/// Abbreviations whose period belongs to the word, not the sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "st", "jr",
    "sr", "prof", "rev", "hon", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov",
    "dec", "inc", "corp", "co", "ltd", "no", "vs", "v", "mt", "ft", "pres", "adm", "cmdr", "maj",
    "messrs", "atty", "supt", "dept", "est", "approx", "etc", "al", "del", "sens", "reps", "govs",
];

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || is_combining(c)
}

/// Latin-1 symbols inside a word are UTF-8 read as Latin-1 somewhere
/// upstream (`FranÃ§ois`): they join the word rather than split a name.
/// Not « » (quotation marks) nor the no-break space.
fn is_mojibake_joiner(c: char) -> bool {
    matches!(c as u32, 0xa2..=0xaa | 0xac..=0xba | 0xbc..=0xbf)
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036f | 0x1ab0..=0x1aff | 0x20d0..=0x20ff | 0xfe20..=0xfe2f)
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Tokenises `text[span]`; token spans are offsets into `text`.
pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    let s = &text[span.range()];
    let base = span.start;
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let end_of = |k: usize| chars.get(k).map_or(s.len(), |&(b, _)| b);
    while i < chars.len() {
        let (b, c) = chars[i];
        if c == '\u{1b}' {
            // A terminal escape sequence is no text: no token (and so no
            // quote or name span) may start inside one.
            i = skip_escape(&chars, i);
            continue;
        }
        if c.is_whitespace() || c == '\u{feff}' || c.is_control() {
            i += 1;
            continue;
        }
        if !is_word_char(c) {
            // One token for a possessive ’s and for a doubled '' (a quote
            // mark in some archives).
            let possessive = is_apostrophe(c)
                && chars.get(i + 1).is_some_and(|&(_, n)| n == 's' || n == 'S')
                && !chars.get(i + 2).is_some_and(|&(_, n)| is_word_char(n))
                && i > 0
                && is_word_char(chars[i - 1].1);
            let doubled = (c == '\'' && chars.get(i + 1).is_some_and(|&(_, n)| n == '\''))
                || (c == '`' && chars.get(i + 1).is_some_and(|&(_, n)| n == '`'));
            let len = if possessive || doubled { 2 } else { 1 };
            out.push(Token {
                span: Span::new(base + b, base + end_of(i + len)),
                kind: TokKind::Punct,
                in_quote: false,
            });
            i += len;
            continue;
        }
        let start = i;
        i += 1;
        loop {
            match chars.get(i) {
                Some(&(_, c)) if is_word_char(c) => i += 1,
                Some(&(_, c))
                    if is_mojibake_joiner(c)
                        && chars[i + 1..]
                            .iter()
                            .find(|&&(_, n)| !is_mojibake_joiner(n))
                            .is_some_and(|&(_, n)| is_word_char(n)) =>
                {
                    i += 1
                }
                // don't, O’Brien, Kyiv-based, 3.5, U.S.
                Some(&(_, c))
                    if (is_apostrophe(c) || c == '-' || c == '.' || c == '&')
                        && chars.get(i + 1).is_some_and(|&(_, n)| is_word_char(n)) =>
                {
                    // A possessive ’s is its own token.
                    let possessive = is_apostrophe(c)
                        && chars.get(i + 1).is_some_and(|&(_, n)| n == 's' || n == 'S')
                        && !chars.get(i + 2).is_some_and(|&(_, n)| is_word_char(n));
                    if possessive {
                        break;
                    }
                    if c == '.' {
                        // Only inside initialisms and numbers: U.S., 3.5,
                        // R-S.C.
                        let prev_single = i - start == 1
                            || (i >= start + 2 && matches!(chars[i - 2].1, '.' | '-'));
                        let digits =
                            chars[i - 1].1.is_ascii_digit() && chars[i + 1].1.is_ascii_digit();
                        if !(prev_single || digits) {
                            break;
                        }
                    }
                    i += 2;
                }
                _ => break,
            }
        }
        let word = &s[chars[start].0..end_of(i)];
        // Keep an abbreviation's or initial's period: Mr. U.S. J.
        if chars.get(i).is_some_and(|&(_, c)| c == '.') {
            // The list is ASCII and no other letter lowercases to one of
            // its letters, so an ASCII comparison is the lowercase one.
            let abbreviation =
                word.is_ascii() && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word));
            let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
            let initialism = word.contains('.') && !word.chars().any(|c| c.is_ascii_digit());
            if abbreviation || initial || initialism {
                i += 1;
            }
        }
        out.push(Token {
            span: Span::new(base + chars[start].0, base + end_of(i)),
            kind: TokKind::Word,
            in_quote: false,
        });
    }
    out
}

/// The index after the escape sequence starting at `chars[i]` (ESC): CSI
/// `ESC [ ... final`, OSC/DCS `ESC ] ... BEL or ESC \`, else ESC and one
/// character.
fn skip_escape(chars: &[(usize, char)], i: usize) -> usize {
    let at = |k: usize| chars.get(k).map(|&(_, c)| c);
    match at(i + 1) {
        Some('[') => {
            let mut k = i + 2;
            while let Some(c) = at(k) {
                k += 1;
                if ('@'..='~').contains(&c) {
                    break;
                }
            }
            k
        }
        Some(']' | 'P' | '_' | '^') => {
            let mut k = i + 2;
            while let Some(c) = at(k) {
                if c == '\u{7}' {
                    return k + 1;
                }
                if c == '\u{1b}' && at(k + 1) == Some('\\') {
                    return k + 2;
                }
                k += 1;
            }
            k
        }
        Some(_) => i + 2,
        None => i + 1,
    }
}

/// Where a wire dateline opening `toks[from..to]` ends (`FLINT, Mich.,
/// Oct. 4 (UPI) — ...`): the index after its dash, if there is one.
pub fn dateline_end(text: &str, toks: &[Token], from: usize, to: usize) -> Option<usize> {
    let s = |i: usize| &text[toks[i].span.range()];
    let shouted = from < to
        && toks[from].kind == TokKind::Word
        && s(from).chars().filter(|c| c.is_alphabetic()).count() >= 3
        && !s(from).chars().any(char::is_lowercase);
    if !shouted || from + 1 >= to || s(from + 1) != "," {
        return None;
    }
    (from + 2..to.min(from + 16))
        .find(|&k| matches!(s(k), "—" | "–" | "―" | "--"))
        .map(|k| k + 1)
}

pub fn is_sentence_end(t: &str) -> bool {
    matches!(t, "." | "!" | "?" | "…")
}

pub fn is_close_quote(t: &str) -> bool {
    matches!(t, "”" | "\"" | "’" | "»" | "''")
}

/// Splits tokens into sentences (ranges of token indexes). A sentence ends
/// at `.`, `!` or `?` outside quotation marks when the next token opens a
/// new one (a capital or a quotation mark), and after a closing mark that
/// follows such punctuation.
pub fn sentences(text: &str, toks: &[Token]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let t = |i: usize| &text[toks[i].span.range()];
    let starts_new = |j: usize| {
        toks.get(j).is_none_or(|n| {
            let s = &text[n.span.range()];
            s.chars().next().is_some_and(|c| {
                c.is_uppercase()
                    || c.is_ascii_digit()
                    || matches!(c, '“' | '"' | '‘' | '(' | '«' | '\'' | '`')
            })
        })
    };
    let mut i = 0;
    while i < toks.len() {
        let mut end = None;
        if is_sentence_end(t(i)) && !toks[i].in_quote {
            let mut j = i + 1;
            while j < toks.len() && is_sentence_end(t(j)) {
                j += 1;
            }
            if starts_new(j) {
                end = Some(j);
            }
        } else if is_close_quote(t(i))
            && i > 0
            && is_sentence_end(t(i - 1))
            && toks[i - 1].in_quote
            && !toks.get(i + 1).is_some_and(|n| n.in_quote)
        {
            // “... future.” New sentence — but not “...?” he asked, nor
            // “...?” Graham asked.
            let next_opens =
                starts_new(i + 1) && toks.get(i + 1).is_some_and(|n| !is_lower_word(text, n));
            let frame_follows = matches!(t(i - 1), "?" | "!") && short_frame(text, toks, i + 1);
            if (next_opens && !frame_follows) || toks.get(i + 1).is_none() {
                end = Some(i + 1);
            }
        }
        if let Some(e) = end {
            out.push(start..e);
            start = e;
            i = e;
        } else {
            i += 1;
        }
    }
    if start < toks.len() {
        out.push(start..toks.len());
    }
    out
}

/// `Graham asked.`: up to four words holding a lowercase reporting verb,
/// then the sentence's end.
fn short_frame(text: &str, toks: &[Token], from: usize) -> bool {
    let mut cue = false;
    for (k, tok) in toks.iter().enumerate().skip(from).take(5) {
        let s = &text[tok.span.range()];
        if tok.kind != TokKind::Word {
            return cue && k > from && matches!(s, "." | "," | "!" | "?");
        }
        cue |= is_lower_word(text, tok) && crate::analysis::lexicon::is_cue(&s.to_lowercase());
    }
    false
}

fn is_lower_word(text: &str, t: &Token) -> bool {
    t.kind == TokKind::Word
        && text[t.span.range()]
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, Span::new(0, text.len()))
            .iter()
            .map(|t| &text[t.span.range()])
            .collect()
    }

    #[test]
    fn abbreviations_initials_and_possessives() {
        assert_eq!(
            words("Mr. Lavrov’s U.S. trip, said Sen. J. Smith."),
            [
                "Mr.", "Lavrov", "’s", "U.S.", "trip", ",", "said", "Sen.", "J.", "Smith", "."
            ]
        );
        assert_eq!(
            words("don't Kyiv-based 3.5%"),
            ["don't", "Kyiv-based", "3.5", "%"]
        );
    }

    #[test]
    fn escape_sequences_are_not_words() {
        assert_eq!(
            words("said ''\u{1b}[2J now \u{1b}]52;c;aGk=\u{7}ok"),
            ["said", "''", "now", "ok"]
        );
    }

    #[test]
    fn sentences_split_at_ends_not_abbreviations() {
        let text = "Mr. Smith said it. “It is done.” He left. “Why?” she asked.";
        let toks = tokenize(text, Span::new(0, text.len()));
        let n = sentences(text, &toks).len();
        // Quote marks are not yet marked in_quote here, so the quoted
        // sentences split on their own periods.
        assert!(n >= 3, "{n}");
    }
}
