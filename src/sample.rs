//! The bundled sample corpus (`assets/sample/`), compiled into the binary.

/// `(file name, text)` of each sample article file, in name order.
pub const FILES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/sample_files.rs"));

/// The path shown for sample articles.
pub fn display_name(file: &str) -> String {
    format!("sample/{file}")
}
