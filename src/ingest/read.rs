//! Finding and reading input files, with a clear problem for each failure.

use crate::model::Source;
use rayon::prelude::*;
use std::collections::HashSet;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

/// One readable input.
#[derive(Debug)]
pub struct Input {
    pub source: Source,
    /// Found while walking a folder (rather than named directly).
    pub from_folder: bool,
}

/// A problem with one input. Errors mean nothing was read from it;
/// warnings mean it was read with a caveat.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: PathBuf,
    pub message: String,
    pub is_error: bool,
}

impl Problem {
    pub fn new(path: &Path, message: impl Into<String>) -> Problem {
        Problem {
            path: path.to_owned(),
            message: message.into(),
            is_error: true,
        }
    }

    pub fn warning(path: &Path, message: impl Into<String>) -> Problem {
        Problem {
            is_error: false,
            ..Problem::new(path, message)
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = if self.is_error { "skipped" } else { "warning" };
        write!(f, "{}: {kind}: {}", display_path(&self.path), self.message)
    }
}

/// A path for a message on the terminal: control characters, bidi
/// overrides and invisible characters in file names are written as
/// `\u{..}` escapes, never passed to the terminal.
pub fn display_path(path: &Path) -> String {
    if path == Path::new("-") {
        return "<standard input>".to_owned();
    }
    let mut out = String::new();
    for c in path.display().to_string().chars() {
        let hidden = matches!(c,
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200b}'..='\u{200f}'
            | '\u{2028}' | '\u{2029}' | '\u{2060}'..='\u{2064}' | '\u{61c}' | '\u{feff}');
        if c.is_control() || hidden {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

/// File name endings read from a folder; others (JSON, images...) are not
/// articles. Files without an ending are read too.
const TEXT_ENDINGS: [&str; 5] = ["txt", "text", "news", "article", "dump"];

/// How far into a file to look for a NUL byte, the mark of a binary file.
const BINARY_SNIFF_BYTES: usize = 8192;

pub fn read_inputs<P: AsRef<Path>>(paths: &[P]) -> (Vec<Input>, Vec<Problem>) {
    let mut inputs = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        let path = path.as_ref();
        if path == Path::new("-") {
            let mut bytes = Vec::new();
            match std::io::stdin().lock().read_to_end(&mut bytes) {
                Ok(_) => keep(check_bytes(path, bytes, false), &mut inputs, &mut problems),
                Err(e) => problems.push(Problem::new(path, format!("cannot read: {e}"))),
            }
            continue;
        }
        match std::fs::metadata(path) {
            Err(e) => problems.push(Problem::new(path, io_problem(&e))),
            Ok(meta) if meta.is_dir() => {
                let before = inputs.len();
                let mut seen = HashSet::new();
                let mut found = Vec::new();
                walk(path, &mut seen, &mut found);
                // The files are read in parallel (a folder of ten thousand
                // articles: most of the load is opening them), kept in
                // name order.
                let read: Vec<Result<Input, Problem>> = found
                    .into_par_iter()
                    .map(|f| match f {
                        Found::File(file) => read_file(&file, true),
                        Found::Problem(p) => Err(p),
                    })
                    .collect();
                for r in read {
                    keep(r, &mut inputs, &mut problems);
                }
                if inputs.len() == before {
                    problems.push(Problem::new(path, "folder holds no article files"));
                }
            }
            Ok(_) => keep(read_file(path, false), &mut inputs, &mut problems),
        }
    }
    (inputs, problems)
}

fn io_problem(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder".to_owned(),
        std::io::ErrorKind::PermissionDenied => "cannot read: permission denied".to_owned(),
        _ => format!("cannot read: {e}"),
    }
}

/// The largest file read: the analysis keeps its offsets in 32 bits.
const MAX_FILE_BYTES: u64 = u32::MAX as u64;

fn too_large(len: u64) -> String {
    format!("too large ({len} bytes): hearsay reads files under 4 GiB; split it")
}

/// An input read, or the problem that kept it out, added to the lists.
fn keep(read: Result<Input, Problem>, inputs: &mut Vec<Input>, problems: &mut Vec<Problem>) {
    match read {
        Ok(input) => inputs.push(input),
        Err(p) => problems.push(p),
    }
}

/// Reads one file (one found in a folder has had its size checked).
fn read_file(path: &Path, from_folder: bool) -> Result<Input, Problem> {
    if !from_folder
        && let Ok(meta) = std::fs::metadata(path)
        && meta.len() > MAX_FILE_BYTES
    {
        return Err(Problem::new(path, too_large(meta.len())));
    }
    match std::fs::read(path) {
        Ok(bytes) => check_bytes(path, bytes, from_folder),
        // Listed in its folder a moment ago, gone now.
        Err(e) if from_folder && e.kind() == std::io::ErrorKind::NotFound => {
            Err(Problem::new(path, "disappeared while loading"))
        }
        Err(e) => Err(Problem::new(path, io_problem(&e))),
    }
}

/// Bytes held in memory, checked and decoded as a file's would be (for
/// tests and fuzzing: the same path as a file, without the disk).
pub fn read_bytes(path: &Path, bytes: Vec<u8>) -> (Vec<Input>, Vec<Problem>) {
    let mut inputs = Vec::new();
    let mut problems = Vec::new();
    keep(check_bytes(path, bytes, false), &mut inputs, &mut problems);
    (inputs, problems)
}

fn check_bytes(path: &Path, bytes: Vec<u8>, from_folder: bool) -> Result<Input, Problem> {
    if bytes.is_empty() {
        return Err(Problem::new(path, "empty file, no article"));
    }
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Problem::new(path, too_large(bytes.len() as u64)));
    }
    let sniff = &bytes[..bytes.len().min(BINARY_SNIFF_BYTES)];
    if let Some(at) = memchr::memchr(0, sniff) {
        return Err(Problem::new(
            path,
            format!("binary file (NUL byte at offset {at}), not news text"),
        ));
    }
    let source = Source::from_vec(path.to_owned(), bytes);
    Ok(Input {
        source,
        from_folder,
    })
}

/// What walking a folder found, in name order: a file to read, or a
/// problem.
enum Found {
    File(PathBuf),
    Problem(Problem),
}

/// Walks a folder recursively in name order, skipping hidden entries and
/// files that are not text; `seen` guards against symlink loops.
fn walk(dir: &Path, seen: &mut HashSet<PathBuf>, found: &mut Vec<Found>) {
    if let Ok(canonical) = dir.canonicalize()
        && !seen.insert(canonical)
    {
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            found.push(Found::Problem(Problem::new(dir, io_problem(&e))));
            return;
        }
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with('.') {
            continue;
        }
        match std::fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => walk(&path, seen, found),
            // A pipe, socket or device in a folder would block or never
            // end; named on the command line, a pipe is read.
            Ok(meta) if !meta.is_file() && is_text_name(&path) => found.push(Found::Problem(
                Problem::new(&path, "not a regular file (a pipe, socket or device)"),
            )),
            Ok(meta) if is_text_name(&path) && meta.len() > MAX_FILE_BYTES => {
                found.push(Found::Problem(Problem::new(&path, too_large(meta.len()))))
            }
            Ok(_) if is_text_name(&path) => found.push(Found::File(path)),
            Ok(_) => {}
            // Listed, then gone; or a link to nothing.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let what = if path.is_symlink() {
                    "a link to nothing (no such file)"
                } else {
                    "disappeared while loading"
                };
                found.push(Found::Problem(Problem::new(&path, what)))
            }
            Err(e) => found.push(Found::Problem(Problem::new(&path, io_problem(&e)))),
        }
    }
}

fn is_text_name(path: &Path) -> bool {
    match path.extension() {
        None => true,
        Some(ext) => {
            let ext = ext.to_string_lossy().to_ascii_lowercase();
            TEXT_ENDINGS.contains(&ext.as_str())
        }
    }
}
