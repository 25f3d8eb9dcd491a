//! `dict`: insertion-ordered, keyed by Python hash and equality.
//!
//! The table stores each key's hash; callers pass the hash of the key they look
//! for and an equality test, so that the dict itself never runs Python code.

use super::Value;
use hashbrown::HashTable;

/// An insertion-ordered hash table of Python values.
#[derive(Default, Clone)]
pub struct Dict {
    entries: Vec<Option<Entry>>,
    index: HashTable<usize>,
    len: usize,
}

/// One key-value pair with the key's hash.
#[derive(Clone)]
pub struct Entry {
    /// The key's Python hash.
    pub hash: i64,
    /// The key.
    pub key: Value,
    /// The value.
    pub value: Value,
}

impl Dict {
    /// An empty dict.
    pub fn new() -> Self {
        Dict::default()
    }

    /// Number of items.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether there are no items.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn find(&self, hash: i64, mut eq: impl FnMut(&Value) -> bool) -> Option<usize> {
        let entries = &self.entries;
        self.index
            .find(hash as u64, |&i| {
                entries[i]
                    .as_ref()
                    .is_some_and(|e| e.hash == hash && eq(&e.key))
            })
            .copied()
    }

    /// The value for the key with this hash that `eq` accepts.
    pub fn get(&self, hash: i64, eq: impl FnMut(&Value) -> bool) -> Option<&Value> {
        self.find(hash, eq)
            .and_then(|i| self.entries[i].as_ref())
            .map(|e| &e.value)
    }

    /// Sets the value for a key; returns the previous value. An existing key keeps its place.
    pub fn insert(
        &mut self,
        hash: i64,
        key: Value,
        value: Value,
        eq: impl FnMut(&Value) -> bool,
    ) -> Option<Value> {
        if let Some(i) = self.find(hash, eq) {
            let entry = self.entries[i]
                .as_mut()
                .expect("indexed entries are present");
            return Some(std::mem::replace(&mut entry.value, value));
        }
        let i = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.index.insert_unique(hash as u64, i, |&j| {
            entries[j].as_ref().map_or(0, |e| e.hash as u64)
        });
        self.len += 1;
        None
    }

    /// Removes a key; returns its entry.
    pub fn remove(&mut self, hash: i64, eq: impl FnMut(&Value) -> bool) -> Option<Entry> {
        let i = self.find(hash, eq)?;
        if let Ok(slot) = self.index.find_entry(hash as u64, |&j| j == i) {
            slot.remove();
        }
        self.len -= 1;
        let removed = self.entries[i].take();
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        removed
    }

    fn compact(&mut self) {
        self.entries.retain(Option::is_some);
        let entries = &self.entries;
        let mut index = HashTable::with_capacity(entries.len());
        for (i, e) in entries.iter().enumerate() {
            if let Some(e) = e {
                index.insert_unique(e.hash as u64, i, |&j| {
                    entries[j].as_ref().map_or(0, |e| e.hash as u64)
                });
            }
        }
        self.index = index;
    }

    /// Removes every item.
    pub fn clear(&mut self) {
        *self = Dict::default();
    }

    /// The items in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// The entry at a position of the entry array, for iterators that resume.
    pub fn entry_at(&self, position: usize) -> Option<(usize, &Entry)> {
        self.entries
            .iter()
            .enumerate()
            .skip(position)
            .find_map(|(i, e)| e.as_ref().map(|e| (i, e)))
    }

    /// The last entry before a position of the entry array, for reverse iterators.
    pub fn entry_before(&self, position: usize) -> Option<(usize, &Entry)> {
        let end = position.min(self.entries.len());
        self.entries[..end]
            .iter()
            .enumerate()
            .rev()
            .find_map(|(i, e)| e.as_ref().map(|e| (i, e)))
    }

    /// One past the last position of the entry array.
    pub fn entry_span(&self) -> usize {
        self.entries.len()
    }

    /// Removes and returns the last item.
    pub fn pop_last(&mut self) -> Option<Entry> {
        let i = self.entries.iter().rposition(Option::is_some)?;
        let hash = self.entries[i].as_ref()?.hash;
        if let Ok(slot) = self.index.find_entry(hash as u64, |&j| j == i) {
            slot.remove();
        }
        self.len -= 1;
        self.entries[i].take()
    }
}
