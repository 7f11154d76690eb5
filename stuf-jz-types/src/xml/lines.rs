//! Line and column of a byte offset: the line starts are found once (a
//! line ends at LF, CR-LF or a lone CR, XML 1.0 §2.11), a position is a
//! binary search, and the column is counted from the last position asked
//! on the same line, so that many positions on one long line cost linear
//! time when asked in document order.

use crate::error::Position;

/// Positions in one document: where its lines start, found once.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// The last answer: line index, byte offset, 0-based column.
    last: Option<(usize, usize, usize)>,
}

impl LineIndex {
    /// Indexes `text`.
    pub fn new(text: &str) -> Self {
        let b = text.as_bytes();
        let mut starts = vec![0];
        // Line ends found a vector at a time; a CR followed by LF ends its
        // line at the LF.
        for i in memchr::memchr2_iter(b'\n', b'\r', b) {
            if b[i] == b'\n' || b.get(i + 1) != Some(&b'\n') {
                starts.push(i + 1);
            }
        }
        LineIndex { starts, last: None }
    }

    /// The 1-based line and column (in characters) of `offset` in `text`
    /// (the text this index was built from), without remembering anything:
    /// a binary search and the characters before it on its line.
    pub fn locate(&self, text: &str, offset: usize) -> Position {
        let offset = char_boundary(text, offset);
        let line = self.line_of(offset);
        let column = text[self.starts[line]..offset].chars().count();
        Position {
            line: line as u32 + 1,
            column: column as u32 + 1,
        }
    }

    /// The 0-based line of the byte offset `offset`.
    fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset) - 1
    }

    /// [`LineIndex::locate`], counting the column from the last position
    /// asked when it is on the same line and not after `offset`: positions
    /// asked in document order cost linear time in all, even on one long
    /// line.
    pub fn position(&mut self, text: &str, offset: usize) -> Position {
        let offset = char_boundary(text, offset);
        let line = self.line_of(offset);
        let start = self.starts[line];
        let (from, column) = match self.last {
            Some((l, at, col)) if l == line && at <= offset => (at, col),
            _ => (start, 0),
        };
        let column = column + text[from..offset].chars().count();
        self.last = Some((line, offset, column));
        Position {
            line: line as u32 + 1,
            column: column as u32 + 1,
        }
    }
}

/// `offset`, or the start of the character it falls in, within `text`.
fn char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_ends_of_every_kind() {
        let text = "a\r\nb\rc\nd";
        let mut index = LineIndex::new(text);
        let at = |i: &mut LineIndex, o| {
            let p = i.position(text, o);
            (p.line, p.column)
        };
        assert_eq!(at(&mut index, 0), (1, 1));
        assert_eq!(at(&mut index, 3), (2, 1));
        assert_eq!(at(&mut index, 5), (3, 1));
        assert_eq!(at(&mut index, 7), (4, 1));
        assert_eq!(at(&mut index, 8), (4, 2));
        assert_eq!(at(&mut index, 7), (4, 1));
        for offset in 0..=text.len() {
            assert_eq!(
                index.locate(text, offset),
                LineIndex::new(text).position(text, offset)
            );
        }
    }

    #[test]
    fn every_line_end_is_found_in_long_texts() {
        let mut text = String::new();
        for i in 0..500 {
            text.push_str(&"x".repeat(i % 70));
            text.push_str(["\n", "\r\n", "\r", "\r\r\n", "é\n"][i % 5]);
        }
        let naive: Vec<usize> = std::iter::once(0)
            .chain((0..text.len()).filter_map(|i| {
                let b = text.as_bytes();
                let end = b[i] == b'\n' || (b[i] == b'\r' && b.get(i + 1) != Some(&b'\n'));
                end.then_some(i + 1)
            }))
            .collect();
        assert_eq!(LineIndex::new(&text).starts, naive);
    }

    #[test]
    fn columns_count_characters() {
        let text = "<é>ü</é>";
        let mut index = LineIndex::new(text);
        assert_eq!(index.position(text, 4).column, 4);
        assert_eq!(index.position(text, 6).column, 5);
    }
}
