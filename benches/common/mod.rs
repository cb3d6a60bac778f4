//! Shared by the `analysis` bench and `examples/analyse_once`: a
//! directory's texts read into memory, and a pool of one thread.

use std::path::Path;

/// (file name, text) of every file under `dir` (its subdirectories too:
/// the bench corpus keeps files and news dumps apart), sorted by name.
pub fn read_texts(dir: &Path) -> Vec<(String, String)> {
    let mut files = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(d) = dirs.pop() {
        for entry in std::fs::read_dir(&d).unwrap_or_else(|e| panic!("{}: {e}", d.display())) {
            let path = entry
                .unwrap_or_else(|e| panic!("{}: {e}", d.display()))
                .path();
            // (`.done` is `scripts/bench.sh`'s mark of a corpus written
            // whole, no text.)
            if path.is_dir() {
                dirs.push(path);
            } else if path.file_name().is_some_and(|n| n != ".done") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text =
                std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (p.display().to_string(), text)
        })
        .collect()
}

/// A thread pool of one thread: the analysis on one core.
pub fn one_core() -> rayon::ThreadPool {
    rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap()
}
