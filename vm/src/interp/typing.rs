//! PEP 695 type parameters and type aliases: the `typing.TypeVar`,
//! `typing.ParamSpec`, `typing.TypeVarTuple` and `typing.TypeAliasType`
//! objects the typing intrinsics of `CALL_INTRINSIC_1`/`CALL_INTRINSIC_2`
//! make, with lazily evaluated bounds, constraints, defaults and values;
//! `__type_params__` of generic functions; and the glue between the native
//! typing objects ([`TypingObj`]) and the object protocols.
//!
//! Generic aliases (`list[int]`, `Box[int]`), `typing.Generic`, `Unpack` and
//! unions live in [`super::generic_alias`].

use super::descriptors::{add_methods, as_native, Native};
use super::generic_alias::GenericAlias;
use super::Vm;
use crate::object::types::{new_class, type_data, Builtin as Kind};
use crate::object::{Builtin, Dict, NativeFn, ObjRef, Object, PyErr, PyResult, Value};
use std::cell::RefCell;

type Kwargs<'a> = &'a [(Value, Value)];

/// Class key (and `tp_name`) of `TypeVar`.
pub const TYPEVAR: &str = "typing.TypeVar";
/// Class key of `ParamSpec`.
pub const PARAMSPEC: &str = "typing.ParamSpec";
/// Class key of `TypeVarTuple`.
pub const TYPEVARTUPLE: &str = "typing.TypeVarTuple";
/// Class key of `ParamSpecArgs`.
pub const PARAMSPECARGS: &str = "typing.ParamSpecArgs";
/// Class key of `ParamSpecKwargs`.
pub const PARAMSPECKWARGS: &str = "typing.ParamSpecKwargs";
/// Class key of `TypeAliasType`.
pub const TYPEALIASTYPE: &str = "typing.TypeAliasType";
/// Class key of the type of `typing.NoDefault`.
pub const NODEFAULT: &str = "NoDefaultType";

/// The kind of a type parameter.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ParamKind {
    /// `T` (a `TypeVar`).
    TypeVar,
    /// `**P` (a `ParamSpec`).
    ParamSpec,
    /// `*Ts` (a `TypeVarTuple`).
    TypeVarTuple,
}

/// A `TypeVar`, `ParamSpec` or `TypeVarTuple`.
pub struct TypeParam {
    /// Which kind.
    pub kind: ParamKind,
    /// `__name__`.
    pub name: Value,
    /// `__bound__` once known (NULL until evaluated).
    pub bound: RefCell<Value>,
    /// The function computing the bound, or `None`.
    pub evaluate_bound: Value,
    /// `__constraints__` once known (NULL until evaluated).
    pub constraints: RefCell<Value>,
    /// The function computing the constraints, or `None`.
    pub evaluate_constraints: Value,
    /// `__default__` once known (NULL until evaluated or when there is none).
    pub default: RefCell<Value>,
    /// The function computing the default, or `None`.
    pub evaluate_default: RefCell<Value>,
    /// `__covariant__`.
    pub covariant: bool,
    /// `__contravariant__`.
    pub contravariant: bool,
    /// `__infer_variance__`.
    pub infer_variance: bool,
    /// `__module__` when set (NULL: the class's).
    pub module: Value,
}

/// A `TypeAliasType` (`type Name[T] = value`).
pub struct TypeAlias {
    /// `__name__`.
    pub name: Value,
    /// The type parameters, a tuple, or `None`.
    pub type_params: Value,
    /// The function computing the value, or `None` when the value is given.
    pub compute_value: Value,
    /// `__value__` once known (NULL until evaluated).
    pub value: RefCell<Value>,
    /// `__module__`.
    pub module: Value,
}

/// A natively implemented typing object.
pub enum TypingObj {
    /// A type parameter.
    Param(TypeParam),
    /// `P.args` (or `P.kwargs` when `kwargs`).
    ParamSpecAttr {
        /// The `ParamSpec`.
        origin: Value,
        /// Whether this is `P.kwargs`.
        kwargs: bool,
    },
    /// A type alias.
    TypeAlias(TypeAlias),
    /// `list[int]` or `Box[int]`.
    Alias(GenericAlias),
    /// `typing.Unpack[Ts]`, what `*Ts` makes.
    Unpack(Value),
    /// `int | str`.
    Union(Box<[Value]>),
    /// `typing.NoDefault`.
    NoDefault,
}

impl TypingObj {
    /// The class key (and `tp_name`) of this object's class.
    pub fn class_name(&self) -> &'static str {
        match self {
            TypingObj::Param(p) => match p.kind {
                ParamKind::TypeVar => TYPEVAR,
                ParamKind::ParamSpec => PARAMSPEC,
                ParamKind::TypeVarTuple => TYPEVARTUPLE,
            },
            TypingObj::ParamSpecAttr { kwargs: false, .. } => PARAMSPECARGS,
            TypingObj::ParamSpecAttr { kwargs: true, .. } => PARAMSPECKWARGS,
            TypingObj::TypeAlias(_) => TYPEALIASTYPE,
            TypingObj::Alias(a) => a.class_name(),
            TypingObj::Unpack(_) => super::generic_alias::UNPACK,
            TypingObj::Union(_) => super::generic_alias::UNION,
            TypingObj::NoDefault => NODEFAULT,
        }
    }
}

/// Wraps a typing object as a value.
pub fn wrap(t: TypingObj) -> Value {
    Value::obj(Object::Native(Native::Typing(t)))
}

/// The typing object a value is, if any.
pub fn as_typing(v: &Value) -> Option<&TypingObj> {
    match as_native(v) {
        Some(Native::Typing(t)) => Some(t),
        _ => None,
    }
}

/// The type parameter a value is, if any.
pub fn as_param(v: &Value) -> Option<&TypeParam> {
    match as_typing(v) {
        Some(TypingObj::Param(p)) => Some(p),
        _ => None,
    }
}

thread_local! {
    static NO_DEFAULT: Value = wrap(TypingObj::NoDefault);
}

/// The `typing.NoDefault` singleton.
pub fn no_default() -> Value {
    NO_DEFAULT.with(Value::clone)
}

/// Makes a class of native objects named `name` in `module`, registered in
/// `vm.classes.by_name` under `key` (its `tp_name`, which error messages show).
pub fn register_class(
    vm: &mut Vm,
    name: &str,
    module: &str,
    key: &'static str,
    methods: &[(&'static str, NativeFn)],
) -> ObjRef {
    let mut dict = Dict::new();
    dict.insert(
        super::hash::str_hash("__module__"),
        Value::str("__module__"),
        Value::str(module),
        |k| k.as_str().is_some_and(|s| s.as_str() == Some("__module__")),
    );
    let class = match new_class(
        name,
        module,
        vec![vm.classes.object.clone()],
        dict,
        Kind::Object,
    ) {
        Ok(c) => c,
        Err(_) => vm.classes.object.clone(),
    };
    add_methods(&class, key, methods);
    vm.classes.by_name.insert(key.to_string(), class.clone());
    class
}

/// Sets a class attribute.
pub fn set_class_attr(class: &ObjRef, name: &str, value: Value) {
    let hash = super::hash::str_hash(name);
    type_data(class)
        .dict
        .borrow_mut()
        .insert(hash, Value::str(name), value, |k| {
            k.as_str().is_some_and(|s| s.as_str() == Some(name))
        });
}

/// Gives a class a native `__new__` (a static method receiving the class
/// first).
pub fn set_static_new(class: &ObjRef, owner: &'static str, func: NativeFn) {
    let f = Value::obj(Object::Builtin(Builtin {
        name: "__new__",
        func,
        this: Value::Null,
        owner: Some(owner),
    }));
    set_class_attr(
        class,
        "__new__",
        Value::obj(Object::Native(Native::StaticMethod(f))),
    );
}

/// The fully qualified name of a value's class, as CPython's `%T` shows it:
/// `module.qualname` unless the module is `builtins` or `__main__`.
pub fn qualified_type_name(vm: &Vm, v: &Value) -> String {
    let class = vm.classes.class_of(v);
    let t = type_data(&class);
    match t.module.as_str() {
        "builtins" | "__main__" => t.qualname.clone(),
        m => format!("{m}.{}", t.qualname),
    }
}

/// Makes the typing classes (and `typing.Generic`, the generic aliases and
/// unions, and `__class_getitem__`/`|` for builtin types).
pub fn install(vm: &mut Vm) {
    let param_methods: &[(&'static str, NativeFn)] = &[
        ("has_default", param_has_default),
        ("__or__", super::generic_alias::union_or),
        ("__ror__", super::generic_alias::union_ror),
        ("__mro_entries__", no_subclass),
    ];
    let typevar = register_class(vm, "TypeVar", "typing", TYPEVAR, param_methods);
    set_static_new(&typevar, TYPEVAR, typevar_new);
    let paramspec = register_class(vm, "ParamSpec", "typing", PARAMSPEC, param_methods);
    set_static_new(&paramspec, PARAMSPEC, paramspec_new);
    let tvt_methods: &[(&'static str, NativeFn)] = &[
        ("has_default", param_has_default),
        ("__mro_entries__", no_subclass),
    ];
    let tvt = register_class(vm, "TypeVarTuple", "typing", TYPEVARTUPLE, tvt_methods);
    set_static_new(&tvt, TYPEVARTUPLE, typevartuple_new);
    register_class(vm, "ParamSpecArgs", "typing", PARAMSPECARGS, &[]);
    register_class(vm, "ParamSpecKwargs", "typing", PARAMSPECKWARGS, &[]);
    let alias_methods: &[(&'static str, NativeFn)] = &[
        ("__getitem__", typealias_getitem),
        ("__or__", super::generic_alias::union_or),
        ("__ror__", super::generic_alias::union_ror),
    ];
    let alias = register_class(vm, "TypeAliasType", "typing", TYPEALIASTYPE, alias_methods);
    set_static_new(&alias, TYPEALIASTYPE, typealias_new);
    register_class(vm, "NoDefaultType", "builtins", NODEFAULT, &[]);
    super::generic_alias::install(vm);
}

/// `has_default()`.
fn param_has_default(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, _) = super::descriptors::bound(this, args);
    match as_param(this) {
        Some(p) => Ok(Value::Bool(has_default(p))),
        None => Err(vm.type_error("has_default() requires a type parameter")),
    }
}

/// Whether a type parameter has a default.
pub fn has_default(p: &TypeParam) -> bool {
    let d = p.default.borrow();
    if !d.is_null() {
        return !is_no_default(&d);
    }
    !matches!(*p.evaluate_default.borrow(), Value::None | Value::Null)
}

fn is_no_default(v: &Value) -> bool {
    matches!(as_typing(v), Some(TypingObj::NoDefault))
}

/// `__mro_entries__` of the objects that cannot be base classes.
fn no_subclass(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = super::descriptors::bound(this, args);
    let what = match as_typing(this) {
        Some(TypingObj::Param(p)) => match p.kind {
            ParamKind::TypeVar => "TypeVar",
            ParamKind::ParamSpec => "ParamSpec",
            ParamKind::TypeVarTuple => "TypeVarTuple",
        },
        _ => "TypeVar",
    };
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "{what}.__mro_entries__() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    Err(vm.type_error(format!("Cannot subclass an instance of {what}")))
}

fn new_param(kind: ParamKind, name: Value) -> TypeParam {
    TypeParam {
        kind,
        name,
        bound: RefCell::new(Value::Null),
        evaluate_bound: Value::None,
        constraints: RefCell::new(Value::Null),
        evaluate_constraints: Value::None,
        default: RefCell::new(Value::Null),
        evaluate_default: RefCell::new(Value::None),
        covariant: false,
        contravariant: false,
        infer_variance: true,
        module: Value::Null,
    }
}

/// Reads keyword arguments by name: unknown names are a `TypeError`.
fn keywords(
    vm: &Vm,
    func: &str,
    names: &[&str],
    kwargs: Kwargs<'_>,
) -> PyResult<Vec<Option<Value>>> {
    let mut out = vec![None; names.len()];
    for (k, v) in kwargs {
        let key = k
            .as_str()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        match names.iter().position(|n| *n == key) {
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "{func}() got an unexpected keyword argument '{key}'"
                )))
            }
        }
    }
    Ok(out)
}

fn name_arg(vm: &Vm, func: &str, args: &[Value]) -> PyResult<Value> {
    match args.first() {
        Some(n) if n.as_str().is_some() => Ok(n.clone()),
        Some(n) => Err(vm.type_error(format!(
            "{func}() argument 'name' must be str, not {}",
            vm.classes.type_name(n)
        ))),
        None => Err(vm.type_error(format!("{func}() missing required argument 'name' (pos 1)"))),
    }
}

impl Vm {
    fn truthy_opt(&mut self, v: &Option<Value>) -> PyResult<bool> {
        match v {
            Some(v) => self.truthy(v),
            None => Ok(false),
        }
    }

    /// The `__name__` of the module running now (for `__module__`).
    fn caller_module(&mut self) -> PyResult<Value> {
        let g = Value::Obj(self.frame().globals.clone());
        Ok(self
            .dict_get(&g, &Value::str("__name__"))?
            .unwrap_or(Value::None))
    }

    /// A default given to a constructor: `NoDefault` means none.
    fn default_slot(d: Option<Value>) -> Value {
        match d {
            Some(d) if !is_no_default(&d) => d,
            _ => Value::Null,
        }
    }
}

/// `TypeVar(name, *constraints, bound=None, covariant=False,
/// contravariant=False, infer_variance=False, default=NoDefault)`.
fn typevar_new(vm: &mut Vm, _: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let args = args.get(1..).unwrap_or(&[]);
    let kw = keywords(
        vm,
        "typevar",
        &[
            "name",
            "bound",
            "covariant",
            "contravariant",
            "infer_variance",
            "default",
        ],
        kwargs,
    )?;
    let name = match &kw[0] {
        Some(n) if args.is_empty() => name_arg(vm, "typevar", std::slice::from_ref(n))?,
        _ => name_arg(vm, "typevar", args)?,
    };
    let constraints = args.get(1..).unwrap_or(&[]).to_vec();
    let p = variant_param(vm, ParamKind::TypeVar, name, &kw)?;
    let bound = match kw[1].clone() {
        Some(Value::None) | None => Value::None,
        Some(b) => b,
    };
    if constraints.len() == 1 {
        return Err(vm.type_error("A single constraint is not allowed"));
    }
    if !constraints.is_empty() && !matches!(bound, Value::None) {
        return Err(vm.type_error("Constraints cannot be combined with bound=..."));
    }
    *p.bound.borrow_mut() = bound;
    *p.constraints.borrow_mut() = Value::tuple(constraints);
    Ok(wrap(TypingObj::Param(p)))
}

/// A TypeVar or ParamSpec from the keywords both take (`covariant`,
/// `contravariant`, `infer_variance`, `default`; `kw` in their signature's
/// order), with the variance checks both make.
fn variant_param(
    vm: &mut Vm,
    kind: ParamKind,
    name: Value,
    kw: &[Option<Value>],
) -> PyResult<TypeParam> {
    let covariant = vm.truthy_opt(&kw[2])?;
    let contravariant = vm.truthy_opt(&kw[3])?;
    let infer_variance = vm.truthy_opt(&kw[4])?;
    if covariant && contravariant {
        return Err(vm.value_error("Bivariant types are not supported."));
    }
    if infer_variance && (covariant || contravariant) {
        return Err(vm.value_error("Variance cannot be specified with infer_variance."));
    }
    let mut p = new_param(kind, name);
    *p.default.borrow_mut() = Vm::default_slot(kw[5].clone());
    p.covariant = covariant;
    p.contravariant = contravariant;
    p.infer_variance = infer_variance;
    p.module = vm.caller_module()?;
    Ok(p)
}

/// `ParamSpec(name, *, bound=None, covariant=False, contravariant=False,
/// infer_variance=False, default=NoDefault)`.
fn paramspec_new(vm: &mut Vm, _: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let args = args.get(1..).unwrap_or(&[]);
    let kw = keywords(
        vm,
        "paramspec",
        &[
            "name",
            "bound",
            "covariant",
            "contravariant",
            "infer_variance",
            "default",
        ],
        kwargs,
    )?;
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "paramspec() takes exactly 1 positional argument ({} given)",
            args.len()
        )));
    }
    let name = match &kw[0] {
        Some(n) if args.is_empty() => name_arg(vm, "paramspec", std::slice::from_ref(n))?,
        _ => name_arg(vm, "paramspec", args)?,
    };
    let p = variant_param(vm, ParamKind::ParamSpec, name, &kw)?;
    *p.bound.borrow_mut() = kw[1].clone().unwrap_or(Value::None);
    Ok(wrap(TypingObj::Param(p)))
}

/// `TypeVarTuple(name, *, default=NoDefault)`.
fn typevartuple_new(vm: &mut Vm, _: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let args = args.get(1..).unwrap_or(&[]);
    let kw = keywords(vm, "typevartuple", &["name", "default"], kwargs)?;
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "typevartuple() takes exactly 1 positional argument ({} given)",
            args.len()
        )));
    }
    let name = match &kw[0] {
        Some(n) if args.is_empty() => name_arg(vm, "typevartuple", std::slice::from_ref(n))?,
        _ => name_arg(vm, "typevartuple", args)?,
    };
    let mut p = new_param(ParamKind::TypeVarTuple, name);
    p.infer_variance = false;
    *p.default.borrow_mut() = Vm::default_slot(kw[1].clone());
    p.module = vm.caller_module()?;
    Ok(wrap(TypingObj::Param(p)))
}

/// `TypeAliasType(name, value, *, type_params=())`.
fn typealias_new(vm: &mut Vm, _: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let args = args.get(1..).unwrap_or(&[]);
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "typealias() takes exactly 2 positional arguments ({} given)",
            args.len()
        )));
    }
    let kw = keywords(vm, "typealias", &["name", "value", "type_params"], kwargs)?;
    let mut slots = [args.first().cloned(), args.get(1).cloned()];
    for (i, slot) in slots.iter_mut().enumerate() {
        if let Some(v) = &kw[i] {
            if slot.is_some() {
                return Err(vm.type_error(format!(
                    "argument for typealias() given by name ('{}') and position ({})",
                    ["name", "value"][i],
                    i + 1
                )));
            }
            *slot = Some(v.clone());
        }
    }
    let [name, value] = slots;
    let name = match name {
        Some(n) => name_arg(vm, "typealias", std::slice::from_ref(&n))?,
        None => return Err(vm.type_error("typealias() missing required argument 'name' (pos 1)")),
    };
    let Some(value) = value else {
        return Err(vm.type_error("typealias() missing required argument 'value' (pos 2)"));
    };
    let type_params = match kw[2].clone() {
        None => Value::None,
        Some(tp) => {
            if !matches!(tp.as_obj().map(|o| &**o), Some(Object::Tuple(_))) {
                return Err(vm.type_error("type_params must be a tuple"));
            }
            tp
        }
    };
    let module = vm.caller_module()?;
    Ok(wrap(TypingObj::TypeAlias(TypeAlias {
        name,
        type_params,
        compute_value: Value::None,
        value: RefCell::new(value),
        module,
    })))
}

/// `Alias[args]`: only generic type aliases can be subscripted.
fn typealias_getitem(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = super::descriptors::bound(this, args);
    let Some(TypingObj::TypeAlias(a)) = as_typing(this) else {
        return Err(vm.type_error("descriptor requires a 'typing.TypeAliasType' object"));
    };
    if matches!(a.type_params, Value::None) {
        return Err(vm.type_error("Only generic type aliases are subscriptable"));
    }
    let [key] = args else {
        return Err(vm.type_error(format!("expected 1 argument, got {}", args.len())));
    };
    let items = match key.as_obj().map(|o| &**o) {
        Some(Object::Tuple(t)) => t.to_vec(),
        _ => vec![key.clone()],
    };
    super::generic_alias::make_alias(vm, false, this.clone(), items)
}

fn tuple_items(v: &Value) -> Vec<Value> {
    match v.as_obj().map(|o| &**o) {
        Some(Object::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    }
}

impl Vm {
    /// `CALL_INTRINSIC_1` `TYPEVAR`, `PARAMSPEC`, `TYPEVARTUPLE`: a type
    /// parameter of a `def f[T]`, `class C[**P]` or `type A[*Ts]`.
    pub fn intrinsic_type_param(&mut self, kind: ParamKind, name: Value) -> PyResult<Value> {
        let mut p = new_param(kind, name);
        if kind == ParamKind::TypeVarTuple {
            p.infer_variance = false;
        }
        if kind == ParamKind::ParamSpec {
            *p.bound.borrow_mut() = Value::None;
        }
        Ok(wrap(TypingObj::Param(p)))
    }

    /// `CALL_INTRINSIC_2` `TYPEVAR_WITH_BOUND` (`constraints` false) and
    /// `TYPEVAR_WITH_CONSTRAINTS`: `T: bound` and `T: (a, b)`, evaluated lazily.
    pub fn intrinsic_typevar_lazy(
        &mut self,
        name: Value,
        evaluate: Value,
        constraints: bool,
    ) -> PyResult<Value> {
        let mut p = new_param(ParamKind::TypeVar, name);
        if constraints {
            p.evaluate_constraints = evaluate;
            *p.bound.borrow_mut() = Value::None;
        } else {
            p.evaluate_bound = evaluate;
            *p.constraints.borrow_mut() = Value::tuple(Vec::new());
        }
        Ok(wrap(TypingObj::Param(p)))
    }

    /// `CALL_INTRINSIC_2` `SET_TYPEPARAM_DEFAULT`: `T = default`, evaluated lazily.
    pub fn intrinsic_set_typeparam_default(
        &mut self,
        param: Value,
        evaluate: Value,
    ) -> PyResult<Value> {
        match as_param(&param) {
            Some(p) => {
                *p.evaluate_default.borrow_mut() = evaluate;
                *p.default.borrow_mut() = Value::Null;
                Ok(param)
            }
            None => {
                let r = self.repr(&param)?;
                Err(self.type_error(format!("Expected a type param, got {r}")))
            }
        }
    }

    /// `CALL_INTRINSIC_2` `SET_FUNCTION_TYPE_PARAMS`: `f.__type_params__ = params`.
    pub fn intrinsic_set_function_type_params(
        &mut self,
        func: Value,
        params: Value,
    ) -> PyResult<Value> {
        let Some(Object::Function(f)) = func.as_obj().map(|o| &**o) else {
            return Err(self.type_error("__type_params__ can only be set on a function"));
        };
        if !matches!(params.as_obj().map(|o| &**o), Some(Object::Tuple(_))) {
            return Err(self.type_error("__type_params__ must be set to a tuple"));
        }
        *f.type_params.borrow_mut() = params;
        Ok(func)
    }

    /// `CALL_INTRINSIC_1` `TYPEALIAS`: `type Name[params] = value` from the
    /// tuple `(name, type_params or None, compute_value)`.
    pub fn intrinsic_typealias(&mut self, args: Value) -> PyResult<Value> {
        let items = tuple_items(&args);
        let [name, type_params, compute_value] = items.as_slice() else {
            return Err(self.type_error("TYPEALIAS expects a 3-tuple"));
        };
        if name.as_str().is_none() {
            return Err(self.type_error("TypeAliasType name must be a str"));
        }
        let module = self.caller_module()?;
        Ok(wrap(TypingObj::TypeAlias(TypeAlias {
            name: name.clone(),
            type_params: type_params.clone(),
            compute_value: compute_value.clone(),
            value: RefCell::new(Value::Null),
            module,
        })))
    }

    /// `CALL_INTRINSIC_1` `SUBSCRIPT_GENERIC`: `Generic[*params]`, the base
    /// a `class C[T]` gets.
    pub fn intrinsic_subscript_generic(&mut self, params: Value) -> PyResult<Value> {
        let mut args = Vec::new();
        for p in tuple_items(&params) {
            match as_param(&p) {
                Some(tp) if tp.kind == ParamKind::TypeVarTuple => {
                    args.push(wrap(TypingObj::Unpack(p.clone())))
                }
                _ => args.push(p),
            }
        }
        let generic = Value::Obj(self.classes.named(super::generic_alias::GENERIC).clone());
        super::generic_alias::generic_class_getitem(self, &generic, Value::tuple(args))
    }

    /// Evaluates a lazily computed attribute: the cached value, else the
    /// evaluation function's result (then cached), else `absent`.
    fn lazy(&mut self, cell: &RefCell<Value>, evaluate: &Value, absent: Value) -> PyResult<Value> {
        let cached = cell.borrow().clone();
        if !cached.is_null() {
            return Ok(cached);
        }
        if matches!(evaluate, Value::None | Value::Null) {
            return Ok(absent);
        }
        let v = self.call(evaluate, &[], &[])?;
        *cell.borrow_mut() = v.clone();
        Ok(v)
    }

    /// The `__default__` of a type parameter (`NoDefault` when it has none).
    pub fn param_default(&mut self, p: &TypeParam) -> PyResult<Value> {
        let evaluate = p.evaluate_default.borrow().clone();
        self.lazy(&p.default, &evaluate, no_default())
    }

    /// `__value__` of a type alias.
    pub fn typealias_value(&mut self, a: &TypeAlias) -> PyResult<Value> {
        self.lazy(&a.value, &a.compute_value, Value::None)
    }

    /// The attributes of native typing objects.
    pub fn typing_attr(
        &mut self,
        obj: &Value,
        t: &TypingObj,
        name: &str,
    ) -> PyResult<Option<Value>> {
        Ok(match t {
            TypingObj::Param(p) => self.param_attr(obj, p, name)?,
            TypingObj::ParamSpecAttr { origin, .. } => match name {
                "__origin__" => Some(origin.clone()),
                _ => None,
            },
            TypingObj::TypeAlias(a) => match name {
                "__name__" => Some(a.name.clone()),
                "__value__" => Some(self.typealias_value(a)?),
                "__type_params__" => Some(match &a.type_params {
                    Value::None => Value::tuple(Vec::new()),
                    tp => tp.clone(),
                }),
                "__parameters__" => {
                    let mut out = Vec::new();
                    for p in tuple_items(&a.type_params) {
                        match as_param(&p) {
                            Some(tp) if tp.kind == ParamKind::TypeVarTuple => {
                                out.push(wrap(TypingObj::Unpack(p.clone())))
                            }
                            _ => out.push(p),
                        }
                    }
                    Some(Value::tuple(out))
                }
                "__module__" => Some(a.module.clone()),
                "evaluate_value" => Some(a.compute_value.clone()),
                _ => None,
            },
            TypingObj::Alias(a) => super::generic_alias::alias_attr(self, a, name)?,
            TypingObj::Unpack(ts) => match name {
                "__args__" | "__parameters__" => Some(Value::tuple(vec![ts.clone()])),
                _ => None,
            },
            TypingObj::Union(items) => match name {
                "__args__" => Some(Value::tuple(items.to_vec())),
                "__parameters__" => Some(Value::tuple(super::generic_alias::collect_parameters(
                    self, items,
                )?)),
                _ => None,
            },
            TypingObj::NoDefault => None,
        })
    }

    fn param_attr(&mut self, obj: &Value, p: &TypeParam, name: &str) -> PyResult<Option<Value>> {
        let variance = p.kind != ParamKind::TypeVarTuple;
        Ok(match name {
            "__name__" => Some(p.name.clone()),
            "__default__" => Some(self.param_default(p)?),
            "evaluate_default" => Some(p.evaluate_default.borrow().clone()),
            "__module__" if !p.module.is_null() => Some(p.module.clone()),
            "__bound__" if variance => Some(self.lazy(&p.bound, &p.evaluate_bound, Value::None)?),
            "__covariant__" if variance => Some(Value::Bool(p.covariant)),
            "__contravariant__" if variance => Some(Value::Bool(p.contravariant)),
            "__infer_variance__" if variance => Some(Value::Bool(p.infer_variance)),
            "__constraints__" if p.kind == ParamKind::TypeVar => Some(self.lazy(
                &p.constraints,
                &p.evaluate_constraints,
                Value::tuple(Vec::new()),
            )?),
            "evaluate_bound" if p.kind == ParamKind::TypeVar => Some(p.evaluate_bound.clone()),
            "evaluate_constraints" if p.kind == ParamKind::TypeVar => {
                Some(p.evaluate_constraints.clone())
            }
            "args" | "kwargs" if p.kind == ParamKind::ParamSpec => {
                Some(wrap(TypingObj::ParamSpecAttr {
                    origin: obj.clone(),
                    kwargs: name == "kwargs",
                }))
            }
            _ => None,
        })
    }

    /// The `repr` of native typing objects.
    pub fn typing_repr(&mut self, t: &TypingObj) -> PyResult<String> {
        Ok(match t {
            TypingObj::Param(p) => {
                let name = self.str_of(&p.name)?;
                if p.kind == ParamKind::TypeVarTuple || p.infer_variance {
                    name
                } else if p.covariant {
                    format!("+{name}")
                } else if p.contravariant {
                    format!("-{name}")
                } else {
                    format!("~{name}")
                }
            }
            TypingObj::ParamSpecAttr { origin, kwargs } => {
                let name = match as_param(origin) {
                    Some(p) => self.str_of(&p.name)?,
                    None => self.repr(origin)?,
                };
                format!("{name}.{}", if *kwargs { "kwargs" } else { "args" })
            }
            TypingObj::TypeAlias(a) => self.str_of(&a.name)?,
            TypingObj::Alias(a) => super::generic_alias::alias_repr(self, a)?,
            TypingObj::Unpack(ts) => {
                format!(
                    "typing.Unpack[{}]",
                    super::generic_alias::typing_type_repr(self, ts)?
                )
            }
            TypingObj::Union(items) => super::generic_alias::union_repr(self, items)?,
            TypingObj::NoDefault => "typing.NoDefault".to_string(),
        })
    }

    /// `iter()` of native typing objects: `*Ts` unpacks a `TypeVarTuple`.
    pub fn typing_iter(&mut self, v: &Value, t: &TypingObj) -> PyResult<Option<Value>> {
        match t {
            TypingObj::Param(p) if p.kind == ParamKind::TypeVarTuple => {
                let items = Value::tuple(vec![wrap(TypingObj::Unpack(v.clone()))]);
                self.iter(&items).map(Some)
            }
            _ => Ok(None),
        }
    }

    /// The error for assigning a read-only attribute of a native typing or
    /// template object; `None` for other objects and names.
    pub fn native_readonly(&self, n: &Native, name: &str) -> Option<PyErr> {
        match n {
            Native::TString(t) => self.tstring_readonly(t, name),
            Native::Typing(t) => {
                let class = t.class_name();
                let member = match t {
                    TypingObj::Param(p) => match name {
                        "__name__" => true,
                        "__covariant__" | "__contravariant__" | "__infer_variance__" => {
                            p.kind != ParamKind::TypeVarTuple
                        }
                        "__bound__" => p.kind == ParamKind::ParamSpec,
                        _ => false,
                    },
                    TypingObj::TypeAlias(_) => name == "__name__",
                    TypingObj::ParamSpecAttr { .. } => name == "__origin__",
                    _ => false,
                };
                if member {
                    return Some(self.new_error("AttributeError", "readonly attribute"));
                }
                let getset = match t {
                    TypingObj::Param(p) => match name {
                        "__default__" | "evaluate_default" => true,
                        "__bound__"
                        | "__constraints__"
                        | "evaluate_bound"
                        | "evaluate_constraints" => p.kind == ParamKind::TypeVar,
                        _ => false,
                    },
                    TypingObj::TypeAlias(_) => matches!(
                        name,
                        "__value__" | "__type_params__" | "__parameters__" | "__module__"
                    ),
                    _ => false,
                };
                getset.then(|| {
                    self.new_error(
                        "AttributeError",
                        &format!("attribute '{name}' of '{class}' objects is not writable"),
                    )
                })
            }
            _ => None,
        }
    }
}
