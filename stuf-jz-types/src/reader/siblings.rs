//! The 1-based index of an element among its same-named siblings, for
//! element paths (`heeftBetrekkingOp[2]`), in constant time per element
//! and without an allocation per element: the counts of every open
//! element's children live in one table shared by the whole path (only the
//! innermost open element adds to it), and an element with many distinct
//! child names gets a hash map.

use std::collections::HashMap;

/// Above this many distinct names among siblings, counts go in a map.
const MAP_FROM: usize = 16;

/// The counts of the children of one open element.
#[derive(Debug, Default)]
pub(crate) struct Siblings<'x> {
    /// Where its counts start in the shared table.
    from: usize,
    /// The counts, once there are many distinct names (boxed: one word on
    /// every open element, where a bare map would take six).
    #[allow(clippy::box_collection)]
    many: Option<Box<HashMap<&'x str, u32>>>,
}

/// The shared table of counts.
#[derive(Debug, Default)]
pub(crate) struct SiblingTable<'x> {
    counts: Vec<(&'x str, u32)>,
}

impl<'x> SiblingTable<'x> {
    /// The counts of a newly opened element (the innermost one).
    pub(crate) fn open(&self) -> Siblings<'x> {
        Siblings {
            from: self.counts.len(),
            many: None,
        }
    }

    /// Forgets the counts of a closed element's children.
    pub(crate) fn close(&mut self, siblings: &Siblings<'x>) {
        self.counts.truncate(siblings.from);
    }

    /// Counts one more child `name` of the innermost open element
    /// (`siblings`); returns its 1-based index.
    pub(crate) fn count(&mut self, siblings: &mut Siblings<'x>, name: &'x str) -> u32 {
        if let Some(map) = &mut siblings.many {
            let count = map.entry(name).or_insert(0);
            *count += 1;
            return *count;
        }
        let own = &mut self.counts[siblings.from..];
        let same = |n: &str| crate::bytes::same_bytes(n.as_bytes(), name.as_bytes());
        if let Some((_, count)) = own.iter_mut().find(|(n, _)| same(n)) {
            *count += 1;
            return *count;
        }
        if own.len() >= MAP_FROM {
            let mut map: HashMap<&'x str, u32> = own.iter().copied().collect();
            map.insert(name, 1);
            siblings.many = Some(Box::new(map));
            self.counts.truncate(siblings.from);
            return 1;
        }
        self.counts.push((name, 1));
        1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_per_parent_and_name() {
        let mut table = SiblingTable::default();
        let mut root = table.open();
        assert_eq!(table.count(&mut root, "a"), 1);
        let mut a = table.open();
        assert_eq!(table.count(&mut a, "x"), 1);
        assert_eq!(table.count(&mut a, "x"), 2);
        table.close(&a);
        assert_eq!(table.count(&mut root, "a"), 2);
        assert_eq!(table.count(&mut root, "b"), 1);
        let names: Vec<String> = (0..40).map(|i| format!("n{i}")).collect();
        let mut b = table.open();
        for name in &names {
            assert_eq!(table.count(&mut b, name), 1);
        }
        assert_eq!(table.count(&mut b, "n3"), 2);
        table.close(&b);
        assert_eq!(table.count(&mut root, "b"), 2);
    }
}
