//! The hostile corpus: files built by the tests, each one kind of trouble
//! that news text from anywhere can bring into a terminal.

use std::path::{Path, PathBuf};

/// What a case should do on its own: load (possibly with a warning), or be
/// skipped with a one-line reason naming the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expect {
    Loads,
    Skipped(&'static str),
}

pub struct Case {
    pub name: &'static str,
    pub bytes: Vec<u8>,
    pub expect: Expect,
}

fn case(name: &'static str, text: impl Into<Vec<u8>>) -> Case {
    Case {
        name,
        bytes: text.into(),
        expect: Expect::Loads,
    }
}

fn skipped(name: &'static str, text: impl Into<Vec<u8>>, why: &'static str) -> Case {
    Case {
        expect: Expect::Skipped(why),
        ..case(name, text)
    }
}

/// Escape sequences a terminal would obey: clear screen, cursor moves,
/// alternate screen off, cursor hidden, colours, clipboard write (OSC 52),
/// window title (OSC 0/2), hyperlink (OSC 8), DCS, and C1 forms.
pub const ESCAPES: &str = "\x1b[2J\x1b[H\x1b[?1049l\x1b[?25l\x1b[31m\x1b]52;c;aGVsbG8=\x07\
\x1b]0;pwned\x07\x1b]2;pwned too\x1b\\\x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\\
\x1bP1$r0m\x1b\\\x1b(0\x1bc\u{9b}6n\u{9d}0;c1 title\x07\x1b[0m";

/// Characters that move or hide text: bidi embeddings, overrides,
/// isolates and marks; zero-width space, joiners, word joiner, BOM, soft
/// hyphen, invisible operators.
pub const INVISIBLE: &str = "\u{202a}\u{202b}\u{202c}\u{202d}\u{202e}\u{2066}\u{2067}\u{2068}\u{2069}\
\u{200e}\u{200f}\u{61c}\u{200b}\u{200c}\u{200d}\u{2060}\u{2061}\u{2062}\u{2063}\u{2064}\u{feff}\u{ad}";

fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes / unit.len() + 1)
}

pub fn cases() -> Vec<Case> {
    let mut nul_late = String::from("Late NUL Bytes\n\n");
    // Past the 8 KB binary sniff: the NULs reach the text.
    while nul_late.len() < 9_000 {
        nul_late.push_str("“Padding,” the clerk said.\n\n");
    }
    nul_late.push_str("After \0 the \0\0 NULs, “more text,” she said.\n");

    vec![
        case(
            "ansi_osc",
            format!(
                "Title{ESCAPES} With Escapes\n\n\
                 “Stop{ESCAPES} now,” the mayor said.{ESCAPES}\n\n\
                 Minister Anna Berg said \x1b]52;c;aGVsbG8=\x07 that the \x1b[2J plan \x1b]0;pwned\x07 failed.\n\n\
                 An unterminated OSC runs to the end of the line \x1b]52;c;AAAA\n\n\
                 And a lone ESC at the end\x1b"
            ),
        ),
        case(
            "c0_c1_controls",
            "Bell\x07 Back\x08space Form\x0cfeed\n\n\
             “Vertical\x0btab and shift\x0e out\x0f,” he said.\x7f\n\n\
             C1: \u{80}\u{85}\u{8d}\u{90}\u{9b}\u{9c}\u{9f} done.\n",
        ),
        case(
            "bidi_zero_width",
            format!(
                "Bidi{INVISIBLE} Title \u{202e}desrever\u{202c}\n\n\
                 “Pay \u{202e}0001$\u{202c} now,” the bank{INVISIBLE} said.\n\n\
                 Zero\u{200b}width\u{200d}joined\u{2060}words\u{feff} and soft\u{ad}hyphens.\n"
            ),
        ),
        case(
            "tabs",
            "\tTabbed\tTitle\t\n\n\t“Indented\tquote,”\tshe\tsaid.\n\n\
             col1\tcol2\tcol3\t\t\tend\n\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\tdeep\n",
        ),
        case(
            "cjk_emoji",
            "日本語のタイトル：首相が発言 🎉🇯🇵👨‍👩‍👧‍👦\n\n\
             「平和を望む」と首相は述べた。“我们准备好了，”外交部长说。\n\n\
             Emoji with variation selectors ❤️ ☺️ ✈️ and skin tones 👍🏽👋🏿, keycaps 1️⃣ #️⃣, \
             flags 🇺🇸🇫🇷🏳️‍🌈, and a long run: 😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀\n\n\
             한국어 문장도 있습니다. “좋습니다,” 대통령이 말했다.\n",
        ),
        case(
            "combining",
            format!(
                "Cafe\u{301} Ame\u{301}lie Zalgo Z{}\n\n\
                 \u{301}\u{308} A paragraph that starts with combining marks.\n\n\
                 “Ne\u{301}e\u{301},” said Rene\u{301}e. Hangul jamo \u{1100}\u{1161}\u{11a8} and e{}\n",
                "\u{336}\u{337}\u{338}\u{34f}".repeat(40),
                "\u{300}".repeat(500),
            ),
        ),
        case(
            "rtl",
            "وزير الخارجية يتحدث عن الاتفاق\n\n\
             قال وزير الخارجية: «سنواصل المحادثات» في موسكو.\n\n\
             ראש הממשלה אמר: ”אנחנו מוכנים“ בירושלים.\n\n\
             Mixed: the minister said «نحن مستعدون» and left.\n",
        ),
        skipped("nul_start", "\0Title\n\nBody.\n", "binary file"),
        case("nul_late", nul_late),
        {
            let mut b = b"Bad \xff\xfe Bytes \xc3\x28 Title\n\n".to_vec();
            b.extend_from_slice(
                b"\xe2\x80\x9cTruncated \xe2\x80 and overlong \xc0\xaf and surrogate \xed\xa0\x80,\xe2\x80\x9d he said.\n\n",
            );
            b.extend_from_slice(b"Latin-1: caf\xe9 \xabnon\xbb \x9b2J\x9d0;x\x07 end \xf4\x90\x80\x80 \xf8\x88\x80\x80\x80\n");
            case("invalid_utf8", b)
        },
        case(
            "bom_crlf",
            "\u{feff}BOM and CRLF Title\r\n\r\n“Windows quote,” she said.\r\n\r\n\u{feff}A BOM mid-file.\r\nLone CR\rline\r\r\n",
        ),
        case(
            "cr_only",
            "Old Mac Title\r\r“Only carriage returns,” he said.\r\rSecond paragraph.\r",
        ),
        case(
            "markup",
            "<b>Bold</b><br>Title &amp; <script>alert(1)</script>\n\n\
             <p>“Markup is text,” the editor said.</p> [link](http://x) **not bold** {{template}} %s %n $(rm -rf /)\n",
        ),
        case("one_mb_line", {
            let mut t = String::from("A One Megabyte Line\n\n");
            t.push_str(&repeat_to(
                "“We will not give up,” Minister Anna Berg said, and Berg added that nothing was agreed. ",
                1_000_000,
            ));
            t.push('\n');
            t
        }),
        case("one_mb_word", {
            let mut t = String::from("A One Megabyte Word\n\n");
            t.push_str(&repeat_to("abcdefghij", 1_000_000));
            t.push_str("\n\nAfter the word, “a quote,” he said.\n");
            t
        }),
        case("ten_thousand_quotes", {
            let mut t = String::from("Ten Thousand Quotation Marks\n\n");
            t.push_str("She said ");
            t.push_str(&"“a ”".repeat(2_500));
            t.push_str(&"\"b ".repeat(2_500));
            t.push_str(&"«c ".repeat(2_500));
            t.push_str(&"'d' ".repeat(1_250));
            t.push_str("\n\nNext paragraph, he said.\n");
            t
        }),
        case("nested_quotes", {
            format!(
                "Deeply Nested Quotes\n\n“{}heart{},” the poet said.\n\n{}unclosed\n",
                "“‘«\"'".repeat(2_000),
                "'\"»’”".repeat(2_000),
                "“‘".repeat(2_000)
            )
        }),
        case(
            "long_title",
            format!("{}\n\nBody.\n", "Long title words ".repeat(2_000)),
        ),
        case("many_paragraphs", "P\n\n".repeat(20_000)),
        skipped("empty", "", "empty file"),
        skipped(
            "whitespace",
            " \t \n\n\r\n   \n\t\t\n \u{b}\u{c}\n",
            "only blank lines",
        ),
        skipped(
            "unicode_whitespace",
            "\u{a0}\u{3000}\u{2003}\u{2028}\u{2029}\u{85}\n\n\u{3000}\u{3000}\n",
            "only blank lines",
        ),
    ]
}

/// Writes every case to `dir` as `<name>.txt`; returns the paths in order.
pub fn write_all(dir: &Path) -> Vec<(PathBuf, Case)> {
    cases()
        .into_iter()
        .map(|c| {
            let p = dir.join(format!("{}.txt", c.name));
            std::fs::write(&p, &c.bytes).unwrap();
            (p, c)
        })
        .collect()
}

/// A file name that is itself hostile: escapes and a bidi override.
pub const HOSTILE_NAME: &str = "news\x1b]0;pwned\x07\x1b[2J\u{202e}txt.exe\u{202c}.txt";
