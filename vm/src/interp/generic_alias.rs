//! Generic aliases and unions: `types.GenericAlias` (`list[int]`, `Alias[int]`),
//! `typing._GenericAlias` (`Box[int]` for a generic class, `Generic[T]`),
//! `typing.Unpack[Ts]`, `int | str` (`typing.Union`), the `typing.Generic`
//! base class with its `__class_getitem__` and `__init_subclass__`, type
//! parameter substitution, `__class_getitem__` lookup for subscripted
//! classes and `__mro_entries__` resolution of class bases.

use super::descriptors::add_methods;
use super::typing::{as_param, as_typing, has_default, register_class, wrap, ParamKind, TypingObj};
use super::Vm;
use crate::object::types::{lookup, type_data};
use crate::object::{NativeFn, Object, PyResult, Value};

type Kwargs<'a> = &'a [(Value, Value)];

/// Class key of `types.GenericAlias`.
pub const TYPES_ALIAS: &str = "types.GenericAlias";
/// Class key of `typing._GenericAlias`.
pub const TYPING_ALIAS: &str = "typing._GenericAlias";
/// Class key of `typing._UnpackGenericAlias`.
pub const UNPACK: &str = "typing._UnpackGenericAlias";
/// Class key of `typing.Union`.
pub const UNION: &str = "typing.Union";
/// Class key of `typing.Generic`.
pub const GENERIC: &str = "typing.Generic";

/// A parameterized class or alias.
pub struct GenericAlias {
    /// `typing._GenericAlias` (a generic class subscripted) rather than
    /// `types.GenericAlias` (a builtin class or type alias subscripted).
    pub typing: bool,
    /// `__origin__`.
    pub origin: Value,
    /// `__args__`, a tuple.
    pub args: Value,
    /// `__parameters__`, a tuple.
    pub parameters: Value,
}

impl GenericAlias {
    /// The class key of this alias's class.
    pub fn class_name(&self) -> &'static str {
        if self.typing {
            TYPING_ALIAS
        } else {
            TYPES_ALIAS
        }
    }
}

/// The builtin classes that can be subscripted (`list[int]`).
const SUBSCRIPTABLE: &[&str] = &["list", "dict", "tuple", "set", "frozenset", "type"];

/// Makes the alias, union and `Generic` classes, and gives builtin classes
/// `__class_getitem__` and `type` its `|`.
pub fn install(vm: &mut Vm) {
    let alias_methods: &[(&'static str, NativeFn)] = &[
        ("__call__", alias_call),
        ("__getitem__", alias_getitem),
        ("__mro_entries__", alias_mro_entries),
        ("__or__", union_or),
        ("__ror__", union_ror),
    ];
    register_class(vm, "GenericAlias", "types", TYPES_ALIAS, alias_methods);
    register_class(vm, "_GenericAlias", "typing", TYPING_ALIAS, alias_methods);
    register_class(vm, "_UnpackGenericAlias", "typing", UNPACK, &[]);
    let union_methods: &[(&'static str, NativeFn)] = &[
        ("__or__", union_or),
        ("__ror__", union_ror),
        ("__getitem__", union_getitem),
    ];
    register_class(vm, "Union", "typing", UNION, union_methods);
    let generic = register_class(vm, "Generic", "typing", GENERIC, &[]);
    let classmethods: &[(&'static str, NativeFn)] = &[
        ("__class_getitem__", generic_getitem_method),
        ("__init_subclass__", generic_init_subclass),
    ];
    add_methods(&generic, "classmethod", classmethods);
    for name in SUBSCRIPTABLE {
        let class = vm.classes.named(name).clone();
        add_methods(
            &class,
            "classmethod",
            &[("__class_getitem__", builtin_class_getitem)],
        );
    }
    let type_ = vm.classes.type_.clone();
    add_methods(
        &type_,
        "type",
        &[("__or__", union_or), ("__ror__", union_ror)],
    );
}

fn items_of(v: &Value) -> Vec<Value> {
    match v.as_obj().map(|o| &**o) {
        Some(Object::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    }
}

fn is_type(v: &Value) -> bool {
    matches!(v.as_obj().map(|o| &**o), Some(Object::Type(_)))
}

fn as_alias(v: &Value) -> Option<&GenericAlias> {
    match as_typing(v) {
        Some(TypingObj::Alias(a)) => Some(a),
        _ => None,
    }
}

fn not_implemented() -> Value {
    Value::obj(Object::NotImplemented)
}

/// The type parameters found in `args`, in order and without repeats.
pub fn collect_parameters(vm: &mut Vm, args: &[Value]) -> PyResult<Vec<Value>> {
    let mut out: Vec<Value> = Vec::new();
    collect_into(vm, args, &mut out)?;
    Ok(out)
}

fn collect_into(vm: &mut Vm, args: &[Value], out: &mut Vec<Value>) -> PyResult<()> {
    let add = |p: Value, out: &mut Vec<Value>| {
        if !out.iter().any(|q| q.is(&p)) {
            out.push(p);
        }
    };
    for a in args {
        if is_type(a) {
            continue;
        }
        match a.as_obj().map(|o| &**o) {
            Some(Object::Tuple(items)) => collect_into(vm, items, out)?,
            Some(Object::List(items)) => {
                let items = items.borrow().clone();
                collect_into(vm, &items, out)?
            }
            _ if as_param(a).is_some() => add(a.clone(), out),
            Some(Object::Instance(_) | Object::Native(_)) => {
                if let Some(ps) = vm.lookup_attr(a, "__parameters__")? {
                    for p in items_of(&ps) {
                        add(p, out);
                    }
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// A new generic alias of `origin` with `args` (`typing` chooses
/// `typing._GenericAlias` over `types.GenericAlias`).
pub fn make_alias(vm: &mut Vm, typing: bool, origin: Value, args: Vec<Value>) -> PyResult<Value> {
    let parameters = collect_parameters(vm, &args)?;
    Ok(wrap(TypingObj::Alias(GenericAlias {
        typing,
        origin,
        args: Value::tuple(args),
        parameters: Value::tuple(parameters),
    })))
}

/// How `types.GenericAlias` and unions show a type argument.
pub fn types_type_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if matches!(v.as_obj().map(|o| &**o), Some(Object::Ellipsis)) {
        return Ok("...".to_string());
    }
    if let Some(o) = v.as_obj() {
        if std::rc::Rc::ptr_eq(o, vm.classes.named("NoneType")) {
            return Ok("None".to_string());
        }
    }
    if as_alias(v).is_some() || matches!(as_typing(v), Some(TypingObj::Unpack(_))) {
        return vm.repr(v);
    }
    if let Some(Object::Type(t)) = v.as_obj().map(|o| &**o) {
        return Ok(if t.module == "builtins" {
            t.qualname.clone()
        } else {
            format!("{}.{}", t.module, t.qualname)
        });
    }
    if vm.lookup_attr(v, "__origin__")?.is_some() && vm.lookup_attr(v, "__args__")?.is_some() {
        return vm.repr(v);
    }
    let qualname = vm.lookup_attr(v, "__qualname__")?;
    let module = vm.lookup_attr(v, "__module__")?;
    match (qualname, module) {
        (Some(q), Some(m)) if !matches!(m, Value::None) => {
            let (q, m) = (vm.str_of(&q)?, vm.str_of(&m)?);
            Ok(if m == "builtins" {
                q
            } else {
                format!("{m}.{q}")
            })
        }
        _ => vm.repr(v),
    }
}

/// How `typing` shows a type argument (`typing._type_repr`).
pub fn typing_type_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v.as_obj().map(|o| &**o) {
        Some(Object::Type(t)) => Ok(if t.module == "builtins" {
            t.qualname.clone()
        } else {
            format!("{}.{}", t.module, t.qualname)
        }),
        Some(Object::Ellipsis) => Ok("...".to_string()),
        Some(Object::Function(f)) => {
            let n = f.name.borrow().clone();
            vm.str_of(&n)
        }
        Some(Object::Tuple(items)) => {
            let parts = items
                .iter()
                .map(|i| typing_type_repr(vm, i))
                .collect::<PyResult<Vec<_>>>()?;
            Ok(format!("[{}]", parts.join(", ")))
        }
        _ => vm.repr(v),
    }
}

/// The `repr` of a generic alias.
pub fn alias_repr(vm: &mut Vm, a: &GenericAlias) -> PyResult<String> {
    let args = items_of(&a.args);
    let mut parts = Vec::new();
    for arg in &args {
        parts.push(if a.typing {
            typing_type_repr(vm, arg)?
        } else if let Some(Object::List(items)) = arg.as_obj().map(|o| &**o) {
            let items = items.borrow().clone();
            let inner = items
                .iter()
                .map(|i| types_type_repr(vm, i))
                .collect::<PyResult<Vec<_>>>()?;
            format!("[{}]", inner.join(", "))
        } else {
            types_type_repr(vm, arg)?
        });
    }
    let origin = if a.typing {
        typing_type_repr(vm, &a.origin)?
    } else {
        types_type_repr(vm, &a.origin)?
    };
    let inner = if args.is_empty() {
        "()".to_string()
    } else {
        parts.join(", ")
    };
    Ok(format!("{origin}[{inner}]"))
}

/// The `repr` of a union.
pub fn union_repr(vm: &mut Vm, items: &[Value]) -> PyResult<String> {
    let parts = items
        .iter()
        .map(|i| types_type_repr(vm, i))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(parts.join(" | "))
}

/// The attributes of generic aliases: the others come from the origin.
pub fn alias_attr(vm: &mut Vm, a: &GenericAlias, name: &str) -> PyResult<Option<Value>> {
    match name {
        "__origin__" => return Ok(Some(a.origin.clone())),
        "__args__" => return Ok(Some(a.args.clone())),
        "__parameters__" => return Ok(Some(a.parameters.clone())),
        _ => {}
    }
    if a.typing {
        return match name {
            "__name__" | "__qualname__" => vm.lookup_attr(&a.origin, "__name__"),
            "_name" => Ok(Some(Value::None)),
            _ if name.starts_with("__") && name.ends_with("__") => Ok(None),
            _ => vm.lookup_attr(&a.origin, name),
        };
    }
    match name {
        "__unpacked__" => Ok(Some(Value::Bool(false))),
        "__typing_unpacked_tuple_args__" => Ok(Some(Value::None)),
        "__class__" | "__mro_entries__" | "__reduce_ex__" | "__reduce__" | "__copy__"
        | "__deepcopy__" => Ok(None),
        _ => vm.lookup_attr(&a.origin, name),
    }
}

/// Whether `|` makes a union of this value.
fn unionable(v: &Value) -> bool {
    matches!(v, Value::None)
        || is_type(v)
        || matches!(
            as_typing(v),
            Some(
                TypingObj::Alias(_)
                    | TypingObj::Union(_)
                    | TypingObj::TypeAlias(_)
                    | TypingObj::Param(_)
            )
        )
}

/// A union of `items`: nested unions are flattened, `None` becomes
/// `NoneType`, repeats go, and a single member is returned as itself.
pub fn make_union(vm: &mut Vm, items: &[Value]) -> PyResult<Value> {
    let mut flat: Vec<Value> = Vec::new();
    for i in items {
        let members = match as_typing(i) {
            Some(TypingObj::Union(m)) => m.to_vec(),
            _ if matches!(i, Value::None) => {
                vec![Value::Obj(vm.classes.named("NoneType").clone())]
            }
            _ => vec![i.clone()],
        };
        for m in members {
            let mut seen = false;
            for f in &flat {
                if vm.eq(f, &m)? {
                    seen = true;
                    break;
                }
            }
            if !seen {
                flat.push(m);
            }
        }
    }
    if flat.len() == 1 {
        return Ok(flat.remove(0));
    }
    Ok(wrap(TypingObj::Union(flat.into_boxed_slice())))
}

/// `a | b` for types and typing objects.
pub fn union_or(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    union_with(vm, this, args, false)
}

/// `b | a` for types and typing objects.
pub fn union_ror(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    union_with(vm, this, args, true)
}

/// The union of the receiver and the argument, the argument first when
/// `reflected`; `NotImplemented` when either cannot be in a union.
fn union_with(vm: &mut Vm, this: &Value, args: &[Value], reflected: bool) -> PyResult<Value> {
    let (this, args) = super::descriptors::bound(this, args);
    match args {
        [other] if unionable(this) && unionable(other) => {
            let (left, right) = if reflected {
                (other, this)
            } else {
                (this, other)
            };
            make_union(vm, &[left.clone(), right.clone()])
        }
        _ => Ok(not_implemented()),
    }
}

/// `==` between generic aliases, unions, `Unpack` and `P.args`: `None` when
/// neither operand is one of them.
pub fn native_eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let (Some(x), Some(y)) = (as_typing(a), as_typing(b)) else {
        let either = |v: &Value| {
            matches!(
                as_typing(v),
                Some(
                    TypingObj::Alias(_)
                        | TypingObj::Union(_)
                        | TypingObj::Unpack(_)
                        | TypingObj::ParamSpecAttr { .. }
                )
            )
        };
        return Ok((either(a) || either(b)).then(|| a.is(b)));
    };
    Ok(Some(match (x, y) {
        (TypingObj::Alias(p), TypingObj::Alias(q)) => {
            p.typing == q.typing && vm.eq(&p.origin, &q.origin)? && vm.eq(&p.args, &q.args)?
        }
        (TypingObj::Union(p), TypingObj::Union(q)) => {
            let mut all = p.len() == q.len();
            for i in p.iter() {
                if !all {
                    break;
                }
                let mut found = false;
                for j in q.iter() {
                    if vm.eq(i, j)? {
                        found = true;
                        break;
                    }
                }
                all = found;
            }
            all
        }
        (TypingObj::Unpack(p), TypingObj::Unpack(q)) => vm.eq(p, q)?,
        (
            TypingObj::ParamSpecAttr {
                origin: p,
                kwargs: k,
            },
            TypingObj::ParamSpecAttr {
                origin: q,
                kwargs: l,
            },
        ) => k == l && p.is(q),
        (TypingObj::Alias(_) | TypingObj::Union(_) | TypingObj::Unpack(_), _)
        | (_, TypingObj::Alias(_) | TypingObj::Union(_) | TypingObj::Unpack(_))
        | (TypingObj::ParamSpecAttr { .. }, _)
        | (_, TypingObj::ParamSpecAttr { .. }) => a.is(b),
        _ => return Ok(None),
    }))
}

/// `hash()` of generic aliases, unions and `Unpack` (consistent with
/// [`native_eq`]): `None` for other values.
pub fn native_hash(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    Ok(match as_typing(v) {
        Some(TypingObj::Alias(a)) => {
            let (o, args) = (a.origin.clone(), a.args.clone());
            Some(vm.hash(&o)? ^ vm.hash(&args)?)
        }
        Some(TypingObj::Union(items)) => {
            let mut h: i64 = 0x2f1e;
            for i in items.iter() {
                h ^= vm.hash(i)?;
            }
            Some(h)
        }
        Some(TypingObj::Unpack(ts)) => Some(vm.hash(ts)?.rotate_left(7)),
        Some(TypingObj::ParamSpecAttr { origin, kwargs }) => {
            Some(vm.hash(origin)?.rotate_left(3) ^ i64::from(*kwargs))
        }
        _ => None,
    })
}

/// `cls[key]` for a class whose metaclass has no `__getitem__`: its
/// `__class_getitem__`, else `TypeError`.
pub fn class_getitem(vm: &mut Vm, class: &Value, key: &Value) -> PyResult<Value> {
    let Some(c) = class.as_obj().filter(|o| matches!(&***o, Object::Type(_))) else {
        return Err(vm.type_error(format!(
            "'{}' object is not subscriptable",
            vm.classes.type_name(class)
        )));
    };
    match lookup(c, "__class_getitem__") {
        Some(attr) => {
            let bound = vm.descr_get(&attr, None, c)?;
            vm.call(&bound, std::slice::from_ref(key), &[])
        }
        None => Err(vm.type_error(format!("type '{}' is not subscriptable", type_data(c).name))),
    }
}

/// `list.__class_getitem__(item)` and the like: a `types.GenericAlias`.
fn builtin_class_getitem(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    _: Kwargs<'_>,
) -> PyResult<Value> {
    let (this, args) = super::descriptors::bound(this, args);
    let [key] = args else {
        return Err(vm.type_error(format!(
            "__class_getitem__() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    let items = match key.as_obj().map(|o| &**o) {
        Some(Object::Tuple(t)) => t.to_vec(),
        _ => vec![key.clone()],
    };
    make_alias(vm, false, this.clone(), items)
}

/// `Generic.__class_getitem__(params)` as a method.
fn generic_getitem_method(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    _: Kwargs<'_>,
) -> PyResult<Value> {
    let (this, args) = super::descriptors::bound(this, args);
    let [key] = args else {
        return Err(vm.type_error(if args.is_empty() {
            "_generic_class_getitem() missing 1 required positional argument: 'args'".to_string()
        } else {
            format!(
                "_generic_class_getitem() takes 2 positional arguments but {} were given",
                args.len() + 1
            )
        }));
    };
    generic_class_getitem(vm, this, key.clone())
}

/// `typing`'s conversion of type arguments: `None` means `NoneType`.
fn type_convert(vm: &Vm, v: Value) -> Value {
    match v {
        Value::None => Value::Obj(vm.classes.named("NoneType").clone()),
        v => v,
    }
}

fn is_typevar_like(v: &Value) -> bool {
    match as_typing(v) {
        Some(TypingObj::Param(p)) => p.kind != ParamKind::TypeVarTuple,
        Some(TypingObj::Unpack(ts)) => {
            matches!(as_param(ts), Some(p) if p.kind == ParamKind::TypeVarTuple)
        }
        _ => false,
    }
}

/// `cls[params]` for `Generic` and its subclasses (`typing._generic_class_getitem`).
pub fn generic_class_getitem(vm: &mut Vm, cls: &Value, params: Value) -> PyResult<Value> {
    let args: Vec<Value> = match params.as_obj().map(|o| &**o) {
        Some(Object::Tuple(t)) => t.to_vec(),
        _ => vec![params.clone()],
    };
    let mut args: Vec<Value> = args.into_iter().map(|a| type_convert(vm, a)).collect();
    let generic = vm.classes.named(GENERIC).clone();
    if cls
        .as_obj()
        .is_some_and(|c| std::rc::Rc::ptr_eq(c, &generic))
    {
        if args.is_empty() {
            return Err(vm.type_error("Parameter list to Generic[...] cannot be empty"));
        }
        if !args.iter().all(is_typevar_like) {
            return Err(vm.type_error(
                "Parameters to Generic[...] must all be type variables or parameter specification variables.",
            ));
        }
        for (i, a) in args.iter().enumerate() {
            for b in &args[..i] {
                if vm.eq(a, b)? {
                    return Err(vm.type_error("Parameters to Generic[...] must all be unique"));
                }
            }
        }
        return make_alias(vm, true, cls.clone(), args);
    }
    let params = match vm.lookup_attr(cls, "__parameters__")? {
        Some(p) => items_of(&p),
        None => Vec::new(),
    };
    for p in &params {
        args = prepare_subst(vm, cls, &params, p, args)?;
    }
    if params.is_empty() {
        let r = vm.repr(cls)?;
        return Err(vm.type_error(format!("{r} is not a generic class")));
    }
    let (actual, expected) = (args.len(), params.len());
    if actual != expected {
        let mut expect = expected.to_string();
        if actual < expected {
            let defaults = params
                .iter()
                .filter(|p| as_param(p).is_some_and(has_default))
                .count();
            expect = format!("at least {}", expected - defaults);
        }
        let r = vm.repr(cls)?;
        let many = if actual > expected { "many" } else { "few" };
        return Err(vm.type_error(format!(
            "Too {many} arguments for {r}; actual {actual}, expected {expect}"
        )));
    }
    let mut new_args = Vec::new();
    for (p, a) in params.iter().zip(args) {
        match as_param(p) {
            Some(tp) if tp.kind == ParamKind::TypeVarTuple => new_args.extend(items_of(&a)),
            _ => new_args.push(a),
        }
    }
    make_alias(vm, true, cls.clone(), new_args)
}

/// Whether an argument can stand for a `ParamSpec` (`...`, a list or tuple
/// of types, or another `ParamSpec`).
fn is_param_expr(v: &Value) -> bool {
    matches!(
        v.as_obj().map(|o| &**o),
        Some(Object::Ellipsis | Object::Tuple(_) | Object::List(_))
    ) || matches!(as_param(v), Some(p) if p.kind == ParamKind::ParamSpec)
}

/// `param.__typing_prepare_subst__(alias, args)`: defaults fill missing
/// arguments, a `TypeVarTuple` takes its arguments as one tuple, and a
/// `ParamSpec` takes a list as a tuple.
fn prepare_subst(
    vm: &mut Vm,
    alias: &Value,
    params: &[Value],
    param: &Value,
    mut args: Vec<Value>,
) -> PyResult<Vec<Value>> {
    let Some(p) = as_param(param) else {
        return Ok(args);
    };
    let i = params.iter().position(|q| q.is(param)).unwrap_or(0);
    match p.kind {
        ParamKind::TypeVar => {
            if i < args.len() {
                return Ok(args);
            }
            if i == args.len() && has_default(p) {
                let d = vm.param_default(p)?;
                args.push(d);
                return Ok(args);
            }
            let r = vm.repr(alias)?;
            Err(vm.type_error(format!(
                "Too few arguments for {r}; actual {}, expected at least {}",
                args.len(),
                i + 1
            )))
        }
        ParamKind::ParamSpec => {
            if i == args.len() && has_default(p) {
                let d = vm.param_default(p)?;
                args.push(d);
            }
            if i >= args.len() {
                let r = vm.repr(alias)?;
                return Err(vm.type_error(format!("Too few arguments for {r}")));
            }
            if params.len() == 1 && !is_param_expr(&args[0]) {
                return Ok(vec![Value::tuple(args)]);
            }
            if let Some(Object::List(items)) = args[i].as_obj().map(|o| &**o) {
                let t = Value::tuple(items.borrow().clone());
                args[i] = t;
            }
            Ok(args)
        }
        ParamKind::TypeVarTuple => {
            if params[i + 1..]
                .iter()
                .any(|q| matches!(as_param(q), Some(x) if x.kind == ParamKind::TypeVarTuple))
            {
                let r = vm.repr(alias)?;
                return Err(vm.type_error(format!("More than one TypeVarTuple parameter in {r}")));
            }
            let (alen, plen) = (args.len(), params.len());
            let (left, right) = (i, plen - i - 1);
            if left + right > alen {
                let r = vm.repr(alias)?;
                return Err(vm.type_error(format!(
                    "Too few arguments for {r}; actual {alen}, expected at least {}",
                    plen - 1
                )));
            }
            let replacement = if left == alen - right && has_default(p) {
                let d = vm.param_default(p)?;
                Value::tuple(vm.collect(&d)?)
            } else {
                Value::tuple(args[left..alen - right].to_vec())
            };
            let mut out = args[..left].to_vec();
            out.push(replacement);
            out.extend(args[alen - right..].iter().cloned());
            Ok(out)
        }
    }
}

/// `alias[key]`: substitutes the alias's type parameters.
fn alias_getitem(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = super::descriptors::bound(this, args);
    let Some(a) = as_alias(this) else {
        return Err(vm.type_error("descriptor requires a generic alias"));
    };
    let [key] = args else {
        return Err(vm.type_error(format!("expected 1 argument, got {}", args.len())));
    };
    let generic = vm.classes.named(GENERIC).clone();
    if a.typing
        && a.origin
            .as_obj()
            .is_some_and(|o| std::rc::Rc::ptr_eq(o, &generic))
    {
        let r = vm.repr(this)?;
        return Err(vm.type_error(format!("Cannot subscript already-subscripted {r}")));
    }
    let params = items_of(&a.parameters);
    let new_args = subs_parameters(vm, this, &items_of(&a.args), &params, key, a.typing)?;
    let (typing, origin) = (a.typing, a.origin.clone());
    make_alias(vm, typing, origin, new_args)
}

/// `union[key]`: substitutes the type parameters of the members.
fn union_getitem(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = super::descriptors::bound(this, args);
    let Some(TypingObj::Union(members)) = as_typing(this) else {
        return Err(vm.type_error("descriptor requires a union"));
    };
    let [key] = args else {
        return Err(vm.type_error(format!("expected 1 argument, got {}", args.len())));
    };
    let params = collect_parameters(vm, members)?;
    let new_args = subs_parameters(vm, this, members, &params, key, false)?;
    make_union(vm, &new_args)
}

/// `args` with `params` replaced by the items of `key` (after the
/// parameters prepared them and their number was checked).
fn subs_parameters(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    params: &[Value],
    key: &Value,
    typing: bool,
) -> PyResult<Vec<Value>> {
    if params.is_empty() {
        let r = vm.repr(this)?;
        return Err(vm.type_error(format!("{r} is not a generic class")));
    }
    let mut items = match key.as_obj().map(|o| &**o) {
        Some(Object::Tuple(t)) => t.to_vec(),
        _ => vec![key.clone()],
    };
    if typing {
        items = items.into_iter().map(|v| type_convert(vm, v)).collect();
    }
    for p in params {
        items = prepare_subst(vm, this, params, p, items)?;
    }
    if items.len() != params.len() {
        let r = vm.repr(this)?;
        let many = if items.len() > params.len() {
            "many"
        } else {
            "few"
        };
        return Err(vm.type_error(format!(
            "Too {many} arguments for {r}; actual {}, expected {}",
            items.len(),
            params.len()
        )));
    }
    let mut new_args = Vec::new();
    for arg in args {
        substitute(vm, arg, params, &items, &mut new_args)?;
    }
    Ok(new_args)
}

/// The classes an `isinstance()`/`issubclass()` second argument that is a
/// native typing object stands for: a union's members; parameterized
/// generics are refused.
pub fn class_spec_members(vm: &Vm, spec: &Value, func: &str) -> PyResult<Vec<Value>> {
    match as_typing(spec) {
        Some(TypingObj::Union(members)) => Ok(members.to_vec()),
        Some(TypingObj::Alias(_)) => Err(vm.type_error(format!(
            "{func}() argument 2 cannot be a parameterized generic"
        ))),
        _ => Err(vm.type_error(format!(
            "{func}() arg 2 must be a type, a tuple of types, or a union"
        ))),
    }
}

/// Pushes `arg` with the parameters replaced by their substitutions (an
/// unpacked `TypeVarTuple` contributes its items).
fn substitute(
    vm: &mut Vm,
    arg: &Value,
    params: &[Value],
    subs: &[Value],
    out: &mut Vec<Value>,
) -> PyResult<()> {
    let find = |v: &Value| params.iter().position(|p| p.is(v)).map(|i| subs[i].clone());
    if is_type(arg) {
        out.push(arg.clone());
        return Ok(());
    }
    if as_param(arg).is_some() {
        out.push(find(arg).unwrap_or_else(|| arg.clone()));
        return Ok(());
    }
    if let Some(TypingObj::Unpack(ts)) = as_typing(arg) {
        match find(ts) {
            Some(s) => out.extend(items_of(&s)),
            None => out.push(arg.clone()),
        }
        return Ok(());
    }
    match arg.as_obj().map(|o| &**o) {
        Some(Object::Tuple(items)) => {
            let mut inner = Vec::new();
            for i in items.iter() {
                substitute(vm, i, params, subs, &mut inner)?;
            }
            out.push(Value::tuple(inner));
        }
        Some(Object::List(items)) => {
            let items = items.borrow().clone();
            let mut inner = Vec::new();
            for i in &items {
                substitute(vm, i, params, subs, &mut inner)?;
            }
            out.push(Value::list(inner));
        }
        Some(Object::Native(_) | Object::Instance(_)) => {
            let sub_params = match vm.lookup_attr(arg, "__parameters__")? {
                Some(p) => items_of(&p),
                None => Vec::new(),
            };
            if sub_params.is_empty() {
                out.push(arg.clone());
            } else {
                let sub_args: Vec<Value> = sub_params
                    .iter()
                    .map(|p| find(p).unwrap_or_else(|| p.clone()))
                    .collect();
                let key = if sub_args.len() == 1 {
                    sub_args[0].clone()
                } else {
                    Value::tuple(sub_args)
                };
                out.push(vm.getitem(arg, &key)?);
            }
        }
        _ => out.push(arg.clone()),
    }
    Ok(())
}

/// Calling an alias makes an instance of its origin (with `__orig_class__`
/// set when the instance takes attributes).
fn alias_call(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = super::descriptors::bound(this, args);
    let Some(a) = as_alias(this) else {
        return Err(vm.type_error("descriptor requires a generic alias"));
    };
    let origin = a.origin.clone();
    let result = vm.call(&origin, args, kwargs)?;
    if matches!(
        result.as_obj().map(|o| &**o),
        Some(Object::Instance(_) | Object::Exception(_) | Object::Function(_))
    ) {
        if let Err(e) = vm.setattr(&result, "__orig_class__", this.clone()) {
            if !vm.is_instance_of(&e, "AttributeError") && !vm.is_instance_of(&e, "TypeError") {
                return Err(e);
            }
        }
    }
    Ok(result)
}

/// `alias.__mro_entries__(bases)`: the origin class (nothing for a
/// `Generic[...]` followed by another generic alias).
fn alias_mro_entries(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = super::descriptors::bound(this, args);
    let Some(a) = as_alias(this) else {
        return Err(vm.type_error("descriptor requires a generic alias"));
    };
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "GenericAlias.__mro_entries__() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    let generic = vm.classes.named(GENERIC).clone();
    if a.typing
        && a.origin
            .as_obj()
            .is_some_and(|o| std::rc::Rc::ptr_eq(o, &generic))
    {
        let bases = args.first().map(items_of).unwrap_or_default();
        if let Some(i) = bases.iter().position(|b| b.is(this)) {
            if bases[i + 1..]
                .iter()
                .any(|b| !b.is(this) && matches!(as_alias(b), Some(x) if x.typing))
            {
                return Ok(Value::tuple(Vec::new()));
            }
        }
    }
    Ok(Value::tuple(vec![a.origin.clone()]))
}

/// `Generic.__init_subclass__`: sets `__parameters__` from `__orig_bases__`.
fn generic_init_subclass(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> PyResult<Value> {
    let (cls, rest) = super::descriptors::bound(this, args);
    let Some(class) = cls
        .as_obj()
        .filter(|o| matches!(&***o, Object::Type(_)))
        .cloned()
    else {
        return Err(vm.type_error("__init_subclass__ requires a class"));
    };
    let generic = vm.classes.named(GENERIC).clone();
    let sup = vm.make_super(generic.clone(), cls.clone())?;
    let init = vm.getattr(&sup, "__init_subclass__")?;
    vm.call(&init, rest, kwargs)?;
    let own_orig = {
        let t = type_data(&class);
        let d = t.dict.borrow();
        d.get(super::hash::str_hash("__orig_bases__"), |k| {
            k.as_str()
                .is_some_and(|s| s.as_str() == Some("__orig_bases__"))
        })
        .cloned()
    };
    let is_generic = |v: &Value| v.as_obj().is_some_and(|o| std::rc::Rc::ptr_eq(o, &generic));
    let error = match &own_orig {
        Some(orig) => items_of(orig).iter().any(is_generic),
        None => type_data(&class)
            .bases
            .iter()
            .any(|b| std::rc::Rc::ptr_eq(b, &generic)),
    };
    if error {
        return Err(vm.type_error("Cannot inherit from plain Generic"));
    }
    let mut tvars = Vec::new();
    if let Some(orig) = own_orig {
        let bases = items_of(&orig);
        tvars = collect_parameters(vm, &bases)?;
        let mut gvars: Option<Vec<Value>> = None;
        for b in &bases {
            if let Some(a) = as_alias(b) {
                if a.typing && is_generic(&a.origin) {
                    if gvars.is_some() {
                        return Err(
                            vm.type_error("Cannot inherit from Generic[...] multiple times.")
                        );
                    }
                    gvars = Some(items_of(&a.parameters));
                }
            }
        }
        if let Some(g) = gvars {
            let missing: Vec<Value> = tvars
                .iter()
                .filter(|t| !g.iter().any(|x| x.is(t)))
                .cloned()
                .collect();
            if !missing.is_empty() {
                let s_vars = missing
                    .iter()
                    .map(|t| vm.str_of(t))
                    .collect::<PyResult<Vec<_>>>()?
                    .join(", ");
                let s_args = g
                    .iter()
                    .map(|t| vm.str_of(t))
                    .collect::<PyResult<Vec<_>>>()?
                    .join(", ");
                return Err(vm.type_error(format!(
                    "Some type variables ({s_vars}) are not listed in Generic[{s_args}]"
                )));
            }
            tvars = g;
        }
    }
    vm.setattr(cls, "__parameters__", Value::tuple(tvars))?;
    Ok(Value::None)
}

/// `__build_class__`'s resolution of bases that are not classes through
/// their `__mro_entries__`: `None` when no base has one.
pub fn resolve_bases(vm: &mut Vm, bases: &[Value]) -> PyResult<Option<Vec<Value>>> {
    let mut out = Vec::new();
    let mut changed = false;
    let all = Value::tuple(bases.to_vec());
    for b in bases {
        if is_type(b) {
            out.push(b.clone());
            continue;
        }
        let meth = match b.as_obj().map(|o| &**o) {
            Some(Object::Instance(_) | Object::Native(_)) => {
                vm.lookup_attr(b, "__mro_entries__")?
            }
            _ => None,
        };
        let Some(meth) = meth else {
            out.push(b.clone());
            continue;
        };
        let entries = vm.call(&meth, std::slice::from_ref(&all), &[])?;
        let Some(Object::Tuple(items)) = entries.as_obj().map(|o| &**o) else {
            return Err(vm.type_error("__mro_entries__ must return a tuple"));
        };
        out.extend(items.iter().cloned());
        changed = true;
    }
    Ok(changed.then_some(out))
}

/// Records `__orig_bases__` in a class namespace.
pub fn set_orig_bases(vm: &mut Vm, namespace: &Value, orig: &[Value]) -> PyResult<()> {
    let key = Value::str("__orig_bases__");
    vm.setitem(namespace, &key, Value::tuple(orig.to_vec()))
}
