//! Many short strings held end to end in one buffer: two allocations for
//! the lot, not one a string.

#[derive(Debug, Default)]
pub struct StrList {
    buf: String,
    ends: Vec<u32>,
}

impl StrList {
    pub fn push(&mut self, s: &str) {
        self.push_with(|buf| buf.push_str(s));
    }

    /// Adds the string that `write` appends to the buffer.
    pub fn push_with(&mut self, write: impl FnOnce(&mut String)) {
        write(&mut self.buf);
        self.ends.push(self.buf.len() as u32);
    }

    /// Frees the room left for more strings.
    pub fn shrink_to_fit(&mut self) {
        self.buf.shrink_to_fit();
        self.ends.shrink_to_fit();
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    #[inline]
    pub fn get(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.buf[start..self.ends[i] as usize]
    }
}
