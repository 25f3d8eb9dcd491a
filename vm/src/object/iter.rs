//! The states of the builtin iterators beyond plain sequences (`enumerate`,
//! `zip`, `map`, `filter`, `reversed`, dict and set iterators, ...), and dict
//! views.

use super::{ObjRef, Value};
use num_bigint::BigInt;
use std::rc::Rc;

/// Which part of a dict a view or iterator yields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewKind {
    /// `dict_keys`.
    Keys,
    /// `dict_values`.
    Values,
    /// `dict_items`.
    Items,
}

/// A dict view: `d.keys()`, `d.values()` or `d.items()`.
pub struct DictView {
    /// The dict it shows.
    pub dict: ObjRef,
    /// What it yields.
    pub kind: ViewKind,
}

/// Where a dict iterator is.
pub struct DictIter {
    /// The dict, or `None` once exhausted.
    pub dict: Option<ObjRef>,
    /// The next entry position to look at (forward), or one past it (reverse).
    pub pos: usize,
    /// The dict's size when iteration started (`di_used`); `None` after a
    /// size-change error, which is sticky.
    pub used: Option<usize>,
    /// Items left to yield.
    pub remaining: usize,
    /// What it yields.
    pub kind: ViewKind,
    /// Whether it runs from the last item to the first.
    pub reverse: bool,
}

/// The state of an iterator that is not over a list, tuple, range or str.
pub enum ExtraIter {
    /// `list_reverseiterator`: the list and the index of the next item.
    ListReverse(ObjRef, isize),
    /// `reversed` over a sequence with `__len__` and `__getitem__`.
    SeqReverse(Value, i64),
    /// `dict_keyiterator` and friends.
    Dict(DictIter),
    /// `set_iterator`: the set (or `None` once exhausted), the next table
    /// position, the size at the start and the items left.
    Set(Option<ObjRef>, usize, usize, usize),
    /// `longrange_iterator`: next value, step and items left.
    BigRange(BigInt, BigInt, BigInt),
    /// `enumerate`: the iterator and the next count.
    Enumerate(Value, Value),
    /// `zip`: the iterators and whether `strict=True`.
    Zip(Rc<[Value]>, bool),
    /// `map`: the function, the iterators and whether `strict=True`.
    Map(Value, Rc<[Value]>, bool),
    /// `filter`: the predicate (`None` for truth) and the iterator.
    Filter(Value, Value),
    /// `callable_iterator`: the callable and the sentinel; exhausted when the
    /// callable is NULL.
    Callable(Value, Value),
}

impl ExtraIter {
    /// The name of the iterator's class.
    pub fn type_name(&self) -> &'static str {
        match self {
            ExtraIter::ListReverse(..) => "list_reverseiterator",
            ExtraIter::SeqReverse(..) => "reversed",
            ExtraIter::Dict(d) => match (d.kind, d.reverse) {
                (ViewKind::Keys, false) => "dict_keyiterator",
                (ViewKind::Values, false) => "dict_valueiterator",
                (ViewKind::Items, false) => "dict_itemiterator",
                (ViewKind::Keys, true) => "dict_reversekeyiterator",
                (ViewKind::Values, true) => "dict_reversevalueiterator",
                (ViewKind::Items, true) => "dict_reverseitemiterator",
            },
            ExtraIter::Set(..) => "set_iterator",
            ExtraIter::BigRange(..) => "longrange_iterator",
            ExtraIter::Enumerate(..) => "enumerate",
            ExtraIter::Zip(..) => "zip",
            ExtraIter::Map(..) => "map",
            ExtraIter::Filter(..) => "filter",
            ExtraIter::Callable(..) => "callable_iterator",
        }
    }
}
