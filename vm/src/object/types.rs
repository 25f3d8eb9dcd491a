//! Classes: builtin types and user classes share [`TypeObject`].

use super::{Dict, ObjRef, Object, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// Which builtin type a class is, for behaviour implemented in Rust.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builtin {
    /// `object`.
    Object,
    /// `type`.
    Type,
    /// `NoneType`.
    NoneType,
    /// `bool`.
    Bool,
    /// `int`.
    Int,
    /// `float`.
    Float,
    /// `complex`.
    Complex,
    /// `str`.
    Str,
    /// `bytes`.
    Bytes,
    /// `bytearray`.
    ByteArray,
    /// `tuple`.
    Tuple,
    /// `list`.
    List,
    /// `dict`.
    Dict,
    /// `set`.
    Set,
    /// `frozenset`.
    FrozenSet,
    /// `slice`.
    Slice,
    /// `range`.
    Range,
    /// `function`.
    Function,
    /// `builtin_function_or_method`.
    BuiltinFunction,
    /// `method`.
    Method,
    /// `code`.
    Code,
    /// `cell`.
    Cell,
    /// `module`.
    Module,
    /// The builtin iterators.
    Iterator,
    /// `NotImplementedType`.
    NotImplementedType,
    /// `ellipsis`.
    Ellipsis,
    /// `BaseException` and the builtin exceptions.
    Exception,
}

/// A class.
pub struct TypeObject {
    /// `__name__`.
    pub name: String,
    /// `__qualname__`.
    pub qualname: String,
    /// `__module__`.
    pub module: String,
    /// `__bases__`.
    pub bases: Vec<ObjRef>,
    /// `__mro__`, this class first.
    pub mro: RefCell<Vec<ObjRef>>,
    /// The class namespace.
    pub dict: RefCell<Dict>,
    /// The builtin type whose behaviour instances have, inherited from bases.
    pub builtin: Builtin,
    /// The metaclass, when it is not `type`.
    pub metaclass: RefCell<Option<ObjRef>>,
    /// `__name__` and `__qualname__` once assigned after creation.
    pub renamed: RefCell<(Option<String>, Option<String>)>,
}

impl TypeObject {
    /// The current `__name__` (as assigned, else as created).
    pub fn current_name(&self) -> String {
        self.renamed
            .borrow()
            .0
            .clone()
            .unwrap_or_else(|| self.name.clone())
    }

    /// The current `__module__`: the str its namespace holds, else the
    /// module it was created in.
    pub fn current_module(&self) -> String {
        let hash = crate::interp::hash::str_hash("__module__");
        let dict = self.dict.borrow();
        match dict.get(hash, |k| {
            k.as_str().is_some_and(|s| s.as_str() == Some("__module__"))
        }) {
            Some(v) => match v.as_str() {
                Some(s) => s.to_string_lossy().into_owned(),
                None => self.module.clone(),
            },
            None => self.module.clone(),
        }
    }

    /// The current `__qualname__` (as assigned, else as created).
    pub fn current_qualname(&self) -> String {
        self.renamed
            .borrow()
            .1
            .clone()
            .unwrap_or_else(|| self.qualname.clone())
    }

    /// Whether `self` has `other` in its MRO.
    pub fn is_subtype(this: &ObjRef, other: &ObjRef) -> bool {
        match &**this {
            Object::Type(t) => t.mro.borrow().iter().any(|c| Rc::ptr_eq(c, other)),
            _ => false,
        }
    }
}

/// The class behind a type object reference.
pub fn type_data(class: &ObjRef) -> &TypeObject {
    match &**class {
        Object::Type(t) => t,
        _ => unreachable_type(),
    }
}

#[cold]
fn unreachable_type() -> ! {
    // Class references are only ever made from `Object::Type` values; the
    // constructors below are the only way to make one.
    panic!("a class reference does not point at a class")
}

/// Makes a class; `mro` is computed with C3 linearization.
pub fn new_class(
    name: &str,
    module: &str,
    bases: Vec<ObjRef>,
    dict: Dict,
    builtin: Builtin,
) -> Result<ObjRef, String> {
    new_qualified_class(name, name, module, bases, dict, builtin)
}

/// Makes a class with a qualified name (`Outer.Inner`).
pub fn new_qualified_class(
    name: &str,
    qualname: &str,
    module: &str,
    bases: Vec<ObjRef>,
    dict: Dict,
    builtin: Builtin,
) -> Result<ObjRef, String> {
    let class = Rc::new(Object::Type(TypeObject {
        name: name.to_string(),
        qualname: qualname.to_string(),
        module: module.to_string(),
        bases: bases.clone(),
        mro: RefCell::new(Vec::new()),
        dict: RefCell::new(dict),
        builtin,
        metaclass: RefCell::new(None),
        renamed: RefCell::new((None, None)),
    }));
    let mro = c3(&class, &bases).map_err(|blocked| {
        let names: Vec<String> = blocked.iter().map(|b| type_data(b).name.clone()).collect();
        format!(
            "Cannot create a consistent method resolution order (MRO) for bases {}",
            names.join(", ")
        )
    })?;
    *type_data(&class).mro.borrow_mut() = mro;
    Ok(class)
}

/// The C3 linearization; on failure, the heads that could not be merged (in
/// the order CPython names them).
fn c3(class: &ObjRef, bases: &[ObjRef]) -> Result<Vec<ObjRef>, Vec<ObjRef>> {
    let mut seqs: Vec<Vec<ObjRef>> = bases
        .iter()
        .map(|b| type_data(b).mro.borrow().clone())
        .collect();
    seqs.push(bases.to_vec());
    let mut out = vec![class.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let head = seqs
            .iter()
            .map(|s| s[0].clone())
            .find(|h| !seqs.iter().any(|s| s[1..].iter().any(|x| Rc::ptr_eq(x, h))));
        let Some(head) = head else {
            let mut blocked: Vec<ObjRef> = Vec::new();
            for s in &seqs {
                if !blocked.iter().any(|b| Rc::ptr_eq(b, &s[0])) {
                    blocked.push(s[0].clone());
                }
            }
            return Err(blocked);
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &head) {
                s.remove(0);
            }
        }
        out.push(head);
    }
}

/// Looks a name up along the MRO of a class.
pub fn lookup(class: &ObjRef, name: &str) -> Option<Value> {
    let hash = crate::interp::hash::str_hash(name);
    for c in type_data(class).mro.borrow().iter() {
        let found = type_data(c)
            .dict
            .borrow()
            .get(hash, |k| {
                k.as_str().is_some_and(|s| s.as_str() == Some(name))
            })
            .cloned();
        if found.is_some() {
            return found;
        }
    }
    None
}
