//! Fields a photo caption carries: the agency credit and the date.

use crate::model::Span;

/// The agency in parentheses closing a caption: `AFP` in `... 2024 (AFP)`.
pub fn credit(text: &str, caption: Span) -> Option<Span> {
    let s = &text[caption.range()];
    let body = s.trim_end_matches(|c: char| c == '.' || c.is_whitespace());
    let inner_end = body.strip_suffix(')')?.len();
    let open = body[..inner_end].rfind('(')?;
    let inner = &body[open + 1..inner_end];
    let inner_trimmed = inner.trim();
    let looks_like_agency = !inner_trimmed.is_empty()
        && inner_trimmed.chars().count() <= 40
        && inner_trimmed
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase())
        && !inner_trimmed.chars().any(|c| c.is_ascii_digit());
    if !looks_like_agency {
        return None;
    }
    let lead = inner.len() - inner.trim_start().len();
    let start = caption.start + open + 1 + lead;
    Some(Span::new(start, start + inner_trimmed.len()))
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| {
            *m == w || (w.len() >= 3 && m.starts_with(&w) && (w.len() == 3 || w == "sept"))
        })
        .map(|i| i as u32 + 1)
}

fn day(word: &str) -> Option<u32> {
    let w = word.trim_end_matches([',', '.']);
    let w = w.trim_end_matches(|c: char| c.is_ascii_alphabetic()); // 5th, 1st
    let d: u32 = w.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

fn year(word: &str) -> Option<u32> {
    let w = word.trim_end_matches(|c: char| !c.is_ascii_digit());
    if w.len() != 4 {
        return None;
    }
    let y: u32 = w.parse().ok()?;
    (1800..=2200).contains(&y).then_some(y)
}

/// The first date written as `August 5, 2024`, `Jan. 14, 2025` or
/// `5 August 2024`, as ISO 8601.
pub fn date(text: &str) -> Option<String> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '(' || c == ')')
        .filter(|w| !w.is_empty())
        .collect();
    for (i, w) in words.iter().enumerate() {
        let Some(m) = month_number(w) else { continue };
        // Month Day, Year
        if let (Some(d), Some(y)) = (
            words.get(i + 1).and_then(|w| day(w)),
            words.get(i + 2).and_then(|w| year(w)),
        ) {
            return Some(format!("{y:04}-{m:02}-{d:02}"));
        }
        // Day Month Year
        if let (Some(d), Some(y)) = (
            i.checked_sub(1).and_then(|j| day(words[j])),
            words.get(i + 1).and_then(|w| year(w)),
        ) {
            return Some(format!("{y:04}-{m:02}-{d:02}"));
        }
    }
    None
}

/// A `YYYY-MM-DD` inside a file name, as news archives often name files.
pub fn date_in_file_name(name: &str) -> Option<String> {
    let b = name.as_bytes();
    (0..b.len().saturating_sub(9)).find_map(|i| {
        let w = &b[i..i + 10];
        let digits = |r: std::ops::Range<usize>| w[r].iter().all(u8::is_ascii_digit);
        let ok = digits(0..4) && w[4] == b'-' && digits(5..7) && w[7] == b'-' && digits(8..10);
        let before_ok = i == 0 || !b[i - 1].is_ascii_digit();
        let after_ok = b.get(i + 10).is_none_or(|c| !c.is_ascii_digit());
        if !(ok && before_ok && after_ok) {
            return None;
        }
        let s = std::str::from_utf8(w).ok()?;
        let month: u32 = s[5..7].parse().ok()?;
        let day: u32 = s[8..10].parse().ok()?;
        ((1..=12).contains(&month) && (1..=31).contains(&day)).then(|| s.to_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn credit_of(s: &str) -> Option<&str> {
        credit(s, Span::new(0, s.len())).map(|sp| &s[sp.range()])
    }

    #[test]
    fn credit_is_the_closing_parenthesis() {
        assert_eq!(
            credit_of("Shoigu meets Pezeshkian on August 5, 2024 (AFP)"),
            Some("AFP")
        );
        assert_eq!(
            credit_of("Lavrov smiles, Tuesday, Jan. 14, 2025. (AP)"),
            Some("AP")
        );
        assert_eq!(credit_of("A dog (left) runs"), None);
        assert_eq!(credit_of("Taken in (2024)"), None);
    }

    #[test]
    fn caption_dates() {
        assert_eq!(
            date("in Tehran on August 5, 2024 (AFP)").as_deref(),
            Some("2024-08-05")
        );
        assert_eq!(
            date("Moscow, Russia, Tuesday, Jan. 14, 2025. (AP)").as_deref(),
            Some("2025-01-14")
        );
        assert_eq!(date("on 3 March 2026").as_deref(), Some("2026-03-03"));
        assert_eq!(date("Sept. 11, 2001").as_deref(), Some("2001-09-11"));
        assert_eq!(date("May I say 5, 2024"), None);
        assert_eq!(date("no date here"), None);
    }

    #[test]
    fn file_name_dates() {
        assert_eq!(
            date_in_file_name("breitbart_2016-09-12_stealth.txt").as_deref(),
            Some("2016-09-12")
        );
        assert_eq!(date_in_file_name("12016-09-12.txt"), None);
        assert_eq!(date_in_file_name("2016-13-12.txt"), None);
    }
}
