//! `set` and `frozenset` storage: CPython's open-addressing table
//! (`Objects/setobject.c`), emulated slot for slot so that iteration order,
//! `pop()` and resizing match CPython exactly.
//!
//! The table never runs Python code: callers find the slots whose hash matches
//! ([`SetData::candidates`]), decide equality themselves, then insert or
//! remove by slot.

use super::Value;

/// Slots in a new table (`PySet_MINSIZE`).
const MIN_SIZE: usize = 8;
/// Slots probed linearly before perturbing (`LINEAR_PROBES`).
const LINEAR_PROBES: usize = 9;
/// `PERTURB_SHIFT`.
const PERTURB_SHIFT: u32 = 5;

/// One slot of the table.
#[derive(Clone, Default)]
pub enum Slot {
    /// Never used (CPython: key NULL).
    #[default]
    Empty,
    /// Held a key that was removed (CPython: the `dummy` key, hash -1).
    Dummy,
    /// Holds a key with its hash.
    Active(i64, Value),
}

/// The table of a set or frozenset.
#[derive(Clone)]
pub struct SetData {
    table: Vec<Slot>,
    fill: usize,
    used: usize,
    finger: usize,
}

impl Default for SetData {
    fn default() -> Self {
        SetData::new()
    }
}

/// The slots a key with some hash visits, in CPython's probe order.
struct ProbeSeq {
    mask: usize,
    start: usize,
    next: usize,
    end: usize,
    perturb: u64,
}

impl ProbeSeq {
    fn new(hash: i64, mask: usize) -> ProbeSeq {
        let start = (hash as u64 as usize) & mask;
        ProbeSeq {
            mask,
            start,
            next: start,
            end: Self::run_end(start, mask),
            perturb: hash as u64,
        }
    }

    fn run_end(i: usize, mask: usize) -> usize {
        if i + LINEAR_PROBES <= mask {
            i + LINEAR_PROBES
        } else {
            i
        }
    }
}

impl Iterator for ProbeSeq {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        if self.next > self.end {
            self.perturb >>= PERTURB_SHIFT;
            self.start = (self.start as u64)
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(self.perturb) as usize
                & self.mask;
            self.next = self.start;
            self.end = Self::run_end(self.start, self.mask);
        }
        let slot = self.next;
        self.next += 1;
        Some(slot)
    }
}

impl SetData {
    /// An empty table of CPython's minimum size.
    pub fn new() -> SetData {
        SetData {
            table: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    /// Number of elements.
    pub fn len(&self) -> usize {
        self.used
    }

    /// Whether there are no elements.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// `so->mask`: the table size minus one.
    pub fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// `so->fill`: active plus dummy slots.
    pub fn fill(&self) -> usize {
        self.fill
    }

    /// The slot at a position.
    pub fn slot(&self, i: usize) -> Option<&Slot> {
        self.table.get(i)
    }

    /// The slots holding a key whose hash equals `hash`, in the order CPython's
    /// lookup compares them, with their keys.
    pub fn candidates(&self, hash: i64) -> Vec<(usize, Value)> {
        let mut out = Vec::new();
        for i in ProbeSeq::new(hash, self.mask()) {
            match &self.table[i] {
                Slot::Empty => break,
                Slot::Active(h, k) if *h == hash => out.push((i, k.clone())),
                _ => {}
            }
        }
        out
    }

    /// The slot of a key that `eq` accepts among those with this hash.
    pub fn find(&self, hash: i64, mut eq: impl FnMut(&Value) -> bool) -> Option<usize> {
        for i in ProbeSeq::new(hash, self.mask()) {
            match &self.table[i] {
                Slot::Empty => return None,
                Slot::Active(h, k) if *h == hash && eq(k) => return Some(i),
                _ => {}
            }
        }
        None
    }

    /// Adds a key known not to be present (`set_add_entry` after a failed
    /// lookup): the last dummy on its probe path is reused, otherwise the
    /// empty slot that ended the path, growing the table when it gets full.
    pub fn insert_new(&mut self, hash: i64, key: Value) {
        let mut freeslot = None;
        let mut empty = 0;
        for i in ProbeSeq::new(hash, self.mask()) {
            match &self.table[i] {
                Slot::Empty => {
                    empty = i;
                    break;
                }
                Slot::Dummy => freeslot = Some(i),
                Slot::Active(..) => {}
            }
        }
        self.used += 1;
        if let Some(i) = freeslot {
            self.table[i] = Slot::Active(hash, key);
            return;
        }
        self.table[empty] = Slot::Active(hash, key);
        self.fill += 1;
        if self.fill * 5 >= self.mask() * 3 {
            let minused = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(minused);
        }
    }

    /// `set_table_resize`: rebuilds the table with the smallest size above
    /// `minused`, dropping dummies.
    pub fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        if size == MIN_SIZE && self.table.len() == MIN_SIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; size]);
        self.fill = self.used;
        for slot in old {
            if let Slot::Active(h, k) = slot {
                self.insert_clean(h, k);
            }
        }
    }

    /// `set_insert_clean`: places a key in a table with no dummies and no equal key.
    fn insert_clean(&mut self, hash: i64, key: Value) {
        for i in ProbeSeq::new(hash, self.mask()) {
            if matches!(self.table[i], Slot::Empty) {
                self.table[i] = Slot::Active(hash, key);
                return;
            }
        }
    }

    /// Removes the key at a slot, leaving a dummy; returns it.
    pub fn remove_slot(&mut self, i: usize) -> Option<Value> {
        match std::mem::replace(&mut self.table[i], Slot::Dummy) {
            Slot::Active(_, k) => {
                self.used -= 1;
                Some(k)
            }
            other => {
                self.table[i] = other;
                None
            }
        }
    }

    /// `set.pop()`: the first key at or after the search finger.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.table[i], Slot::Active(..)) {
            i = if i >= mask { 0 } else { i + 1 };
        }
        let key = self.remove_slot(i);
        self.finger = i + 1;
        key
    }

    /// Takes the table of another set, keeping this one's `pop` finger
    /// (`set_swap_bodies`).
    pub fn take_table(&mut self, other: &SetData) {
        self.table.clone_from(&other.table);
        self.fill = other.fill;
        self.used = other.used;
    }

    /// Removes every key, back to the minimum table size.
    pub fn clear(&mut self) {
        self.table = vec![Slot::Empty; MIN_SIZE];
        self.fill = 0;
        self.used = 0;
    }

    /// The keys with their hashes, in table order (CPython's iteration order).
    pub fn iter(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.table.iter().filter_map(|s| match s {
            Slot::Active(h, k) => Some((*h, k)),
            _ => None,
        })
    }

    /// The first key at or after a table position, with its position.
    pub fn entry_at(&self, position: usize) -> Option<(usize, &Value)> {
        self.table
            .iter()
            .enumerate()
            .skip(position)
            .find_map(|(i, s)| match s {
                Slot::Active(_, k) => Some((i, k)),
                _ => None,
            })
    }

    /// The part of `set_merge` that needs no equality tests: one resize up
    /// front, then a bulk copy when this table is empty. Returns `false` when
    /// the caller must still add `other`'s keys one by one (in table order).
    pub fn merge_fast(&mut self, other: &SetData) -> bool {
        if other.used == 0 {
            return true;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.table.clone_from(&other.table);
            self.fill = other.fill;
            self.used = other.used;
            return true;
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for slot in &other.table {
                if let Slot::Active(h, k) = slot {
                    self.insert_clean(*h, k.clone());
                }
            }
            return true;
        }
        false
    }

    /// Grows the table ahead of adding `extra` keys, as `set_update_internal`
    /// does for a dict source.
    pub fn reserve_for(&mut self, extra: usize) {
        if (self.fill + extra) * 5 >= self.mask() * 3 {
            self.resize((self.used + extra) * 2);
        }
    }

    /// Dummies take more than a quarter of the table: rebuild it, as
    /// `set_difference_update_internal` does at its end.
    pub fn shrink_if_sparse(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            let minused = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(minused);
        }
    }

    /// The frozenset hash (`frozenset_hash`), from the active entries.
    pub fn frozen_hash(&self) -> i64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
        }
        let mut hash: u64 = 0;
        for (h, _) in self.iter() {
            hash ^= shuffle(h as u64);
        }
        hash ^= (self.used as u64 + 1).wrapping_mul(1_927_868_237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907_133_923);
        if hash == u64::MAX {
            hash = 590_923_713;
        }
        hash as i64
    }
}
