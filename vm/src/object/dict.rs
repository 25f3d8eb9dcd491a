//! `dict`: insertion-ordered, keyed by Python hash and equality.
//!
//! The table stores each key's hash; callers pass the hash of the key they look
//! for and an equality test, so that the dict itself never runs Python code.

use super::Value;
use hashbrown::HashTable;
use std::sync::atomic::{AtomicU64, Ordering};

/// Spreads a Python hash over all bits for the index: Python hashes of small
/// ints are the ints themselves, whose high bits (which the table's control
/// bytes use) would otherwise all be equal.
fn slot_hash(hash: i64) -> u64 {
    (hash as u64)
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        .rotate_left(26)
}

/// A fresh keys version, unique among all dicts of the process.
fn next_keys_version() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// An insertion-ordered hash table of Python values.
#[derive(Default, Clone)]
pub struct Dict {
    entries: Vec<Option<Entry>>,
    index: HashTable<usize>,
    len: usize,
    keys_version: u64,
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

    /// Names the set of keys and where each entry is: it changes whenever a
    /// key is added or removed or entries move, and no two dicts share a
    /// version unless their keys and positions are the same (an empty dict is 0).
    /// Caches of where a name was found stay valid while it is unchanged.
    pub fn keys_version(&self) -> u64 {
        self.keys_version
    }

    /// Number of items.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether there are no items.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The position in the entry array of the key with this hash that `eq` accepts.
    pub fn find(&self, hash: i64, mut eq: impl FnMut(&Value) -> bool) -> Option<usize> {
        let entries = &self.entries;
        self.index
            .find(slot_hash(hash), |&i| {
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
        self.push_new(hash, key, value);
        None
    }

    /// Replaces the value at a position [`Dict::find`] returned; the previous value.
    pub fn replace_at(&mut self, i: usize, value: Value) -> Option<Value> {
        let entry = self.entries.get_mut(i)?.as_mut()?;
        Some(std::mem::replace(&mut entry.value, value))
    }

    /// Appends a key the caller knows is absent.
    pub fn push_new(&mut self, hash: i64, key: Value, value: Value) {
        let i = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.index.insert_unique(slot_hash(hash), i, |&j| {
            entries[j].as_ref().map_or(0, |e| slot_hash(e.hash))
        });
        self.len += 1;
        self.keys_version = next_keys_version();
    }

    /// Removes a key; returns its entry.
    pub fn remove(&mut self, hash: i64, eq: impl FnMut(&Value) -> bool) -> Option<Entry> {
        let i = self.find(hash, eq)?;
        if let Ok(slot) = self.index.find_entry(slot_hash(hash), |&j| j == i) {
            slot.remove();
        }
        self.len -= 1;
        self.keys_version = next_keys_version();
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
                index.insert_unique(slot_hash(e.hash), i, |&j| {
                    entries[j].as_ref().map_or(0, |e| slot_hash(e.hash))
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

    /// The value at a position [`Dict::find`] returned.
    pub fn value_at(&self, i: usize) -> Option<&Value> {
        self.entries.get(i)?.as_ref().map(|e| &e.value)
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
        if let Ok(slot) = self.index.find_entry(slot_hash(hash), |&j| j == i) {
            slot.remove();
        }
        self.len -= 1;
        self.keys_version = next_keys_version();
        self.entries[i].take()
    }
}
