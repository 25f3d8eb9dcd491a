//! Template strings (PEP 750): the `string.templatelib.Template` and
//! `string.templatelib.Interpolation` objects that `t"..."` literals build
//! with `BUILD_INTERPOLATION` and `BUILD_TEMPLATE`, their attributes,
//! iteration, concatenation, `repr` and constructors, and
//! `string.templatelib.convert`.

use super::descriptors::{as_native, Native};
use super::Vm;
use crate::object::{NativeFn, ObjRef, Object, PyErr, PyResult, Value};

type Kwargs<'a> = &'a [(Value, Value)];

/// The class key of `Template` in `vm.classes.by_name` (its `tp_name`).
pub const TEMPLATE: &str = "string.templatelib.Template";
/// The class key of `Interpolation`.
pub const INTERPOLATION: &str = "string.templatelib.Interpolation";

/// A template-string object.
pub enum TString {
    /// A `Template`.
    Template(Template),
    /// An `Interpolation`.
    Interpolation(Interpolation),
}

/// `Template(strings=..., interpolations=...)`: always one more string than
/// interpolations.
pub struct Template {
    /// The static strings, a tuple of `str`.
    pub strings: Value,
    /// The interpolations, a tuple of `Interpolation`.
    pub interpolations: Value,
}

/// One `{value!conversion:format_spec}` of a template.
pub struct Interpolation {
    /// The evaluated expression.
    pub value: Value,
    /// The expression's source text.
    pub expression: Value,
    /// `None`, or one of `'s'`, `'r'`, `'a'`.
    pub conversion: Value,
    /// The format spec, a `str`.
    pub format_spec: Value,
}

impl TString {
    /// The class key (and `tp_name`) of this object's class.
    pub fn class_name(&self) -> &'static str {
        match self {
            TString::Template(_) => TEMPLATE,
            TString::Interpolation(_) => INTERPOLATION,
        }
    }
}

fn wrap(t: TString) -> Value {
    Value::obj(Object::Native(Native::TString(t)))
}

/// Makes the two classes (they are found through `string.templatelib`).
pub fn install(vm: &mut Vm) {
    let template_methods: &[(&'static str, NativeFn)] =
        &[("__add__", template_add), ("__radd__", template_radd)];
    let template = super::typing::register_class(
        vm,
        "Template",
        "string.templatelib",
        TEMPLATE,
        template_methods,
    );
    super::typing::set_static_new(&template, "Template", template_new);
    let interpolation = super::typing::register_class(
        vm,
        "Interpolation",
        "string.templatelib",
        INTERPOLATION,
        &[],
    );
    super::typing::set_static_new(&interpolation, "Interpolation", interpolation_new);
    let match_args = Value::tuple(
        ["value", "expression", "conversion", "format_spec"]
            .iter()
            .map(|s| Value::str(s))
            .collect(),
    );
    super::typing::set_class_attr(&interpolation, "__match_args__", match_args);
}

/// The classes for the `string.templatelib` module.
pub fn classes(vm: &Vm) -> (ObjRef, ObjRef) {
    (
        vm.classes.named(TEMPLATE).clone(),
        vm.classes.named(INTERPOLATION).clone(),
    )
}

fn tuple_items(v: &Value) -> &[Value] {
    match v.as_obj().map(|o| &**o) {
        Some(Object::Tuple(items)) => items,
        _ => &[],
    }
}

fn as_template(v: &Value) -> Option<&Template> {
    match as_native(v) {
        Some(Native::TString(TString::Template(t))) => Some(t),
        _ => None,
    }
}

fn is_interpolation(v: &Value) -> bool {
    matches!(
        as_native(v),
        Some(Native::TString(TString::Interpolation(_)))
    )
}

impl Vm {
    /// `BUILD_INTERPOLATION`: `{value!conversion:format}` with the expression
    /// text `expression`; `oparg >> 2` is the conversion (0 none, 1 `s`, 2 `r`,
    /// 3 `a`) and `format` holds the spec when `oparg & 1`.
    pub fn build_interpolation_impl(
        &mut self,
        oparg: u32,
        value: Value,
        expression: Value,
        format: &mut [Value],
    ) -> PyResult<Value> {
        let conversion = match oparg >> 2 {
            0 => Value::None,
            1 => Value::str("s"),
            2 => Value::str("r"),
            3 => Value::str("a"),
            n => {
                return Err(self.new_error(
                    "SystemError",
                    &format!("Interpolation() argument 'conversion' must be one of 's', 'a' or 'r' (got {n})"),
                ))
            }
        };
        let format_spec = match format.first_mut() {
            Some(f) => std::mem::take(f),
            None => Value::str(""),
        };
        Ok(wrap(TString::Interpolation(Interpolation {
            value,
            expression,
            conversion,
            format_spec,
        })))
    }

    /// `BUILD_TEMPLATE`: a `Template` from the tuple of strings and the tuple
    /// of interpolations.
    pub fn build_template_impl(
        &mut self,
        strings: Value,
        interpolations: Value,
    ) -> PyResult<Value> {
        let ok = |v: &Value| matches!(v.as_obj().map(|o| &**o), Some(Object::Tuple(_)));
        if !ok(&strings) || !ok(&interpolations) {
            return Err(self.type_error("Template() arguments must be tuples"));
        }
        if tuple_items(&strings).len() != tuple_items(&interpolations).len() + 1 {
            return Err(self.type_error("Template() requires one more string than interpolations"));
        }
        Ok(wrap(TString::Template(Template {
            strings,
            interpolations,
        })))
    }

    /// The attributes of template objects.
    pub fn tstring_attr(&mut self, t: &TString, name: &str) -> PyResult<Option<Value>> {
        Ok(match t {
            TString::Template(t) => match name {
                "strings" => Some(t.strings.clone()),
                "interpolations" => Some(t.interpolations.clone()),
                "values" => {
                    let mut values = Vec::new();
                    for i in tuple_items(&t.interpolations) {
                        if let Some(Native::TString(TString::Interpolation(i))) = as_native(i) {
                            values.push(i.value.clone());
                        }
                    }
                    Some(Value::tuple(values))
                }
                _ => None,
            },
            TString::Interpolation(i) => match name {
                "value" => Some(i.value.clone()),
                "expression" => Some(i.expression.clone()),
                "conversion" => Some(i.conversion.clone()),
                "format_spec" => Some(i.format_spec.clone()),
                _ => None,
            },
        })
    }

    /// The `repr` of template objects.
    pub fn tstring_repr(&mut self, t: &TString) -> PyResult<String> {
        Ok(match t {
            TString::Template(t) => format!(
                "Template(strings={}, interpolations={})",
                self.repr(&t.strings)?,
                self.repr(&t.interpolations)?
            ),
            TString::Interpolation(i) => format!(
                "Interpolation({}, {}, {}, {})",
                self.repr(&i.value)?,
                self.repr(&i.expression)?,
                self.repr(&i.conversion)?,
                self.repr(&i.format_spec)?
            ),
        })
    }

    /// `iter(template)`: the non-empty strings and the interpolations, in
    /// order; `None` for an interpolation (not iterable).
    pub fn tstring_iter(&mut self, t: &TString) -> PyResult<Option<Value>> {
        let TString::Template(t) = t else {
            return Ok(None);
        };
        let strings = tuple_items(&t.strings);
        let interpolations = tuple_items(&t.interpolations);
        let mut items = Vec::new();
        for (k, s) in strings.iter().enumerate() {
            if s.as_str().is_some_and(|s| !s.is_empty()) {
                items.push(s.clone());
            }
            if let Some(i) = interpolations.get(k) {
                items.push(i.clone());
            }
        }
        self.iter(&Value::tuple(items)).map(Some)
    }

    /// The message for assigning a read-only attribute of a template object.
    pub fn tstring_readonly(&self, t: &TString, name: &str) -> Option<PyErr> {
        let member = match t {
            TString::Template(_) => matches!(name, "strings" | "interpolations"),
            TString::Interpolation(_) => {
                matches!(name, "value" | "expression" | "conversion" | "format_spec")
            }
        };
        if member {
            return Some(self.new_error("AttributeError", "readonly attribute"));
        }
        if matches!(t, TString::Template(_)) && name == "values" {
            return Some(self.new_error(
                "AttributeError",
                &format!("attribute 'values' of '{TEMPLATE}' objects is not writable"),
            ));
        }
        None
    }
}

/// Concatenates two templates: the last string of `a` joins the first of `b`.
fn concat(vm: &mut Vm, a: &Template, b: &Template) -> PyResult<Value> {
    let (sa, sb) = (tuple_items(&a.strings), tuple_items(&b.strings));
    let mut strings: Vec<Value> = sa[..sa.len().saturating_sub(1)].to_vec();
    let last = sa.last().cloned().unwrap_or_else(|| Value::str(""));
    let first = sb.first().cloned().unwrap_or_else(|| Value::str(""));
    strings.push(vm.binary_op(0, &last, &first)?);
    strings.extend(sb.iter().skip(1).cloned());
    let mut interpolations = tuple_items(&a.interpolations).to_vec();
    interpolations.extend(tuple_items(&b.interpolations).iter().cloned());
    Ok(wrap(TString::Template(Template {
        strings: Value::tuple(strings),
        interpolations: Value::tuple(interpolations),
    })))
}

/// `Template.__add__`: templates concatenate; anything else is refused.
fn template_add(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = super::descriptors::bound(this, args);
    let [other] = args else {
        return Err(vm.type_error(format!("expected 1 argument, got {}", args.len())));
    };
    let Some(a) = as_template(this) else {
        return Err(vm.type_error(format!(
            "descriptor '__add__' requires a '{TEMPLATE}' object but received a '{}'",
            vm.classes.type_name(this)
        )));
    };
    if let Some(b) = as_template(other) {
        return concat(vm, a, b);
    }
    Err(vm.type_error(format!(
        "can only concatenate {TEMPLATE} (not \"{}\") to {TEMPLATE}",
        super::typing::qualified_type_name(vm, other)
    )))
}

/// `Template.__radd__`: `str + Template` is refused.
fn template_radd(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (_, args) = super::descriptors::bound(this, args);
    if let [other] = args {
        if other.as_str().is_some() {
            return Err(vm.type_error(format!(
                "can only concatenate str (not \"{TEMPLATE}\") to str"
            )));
        }
    }
    Ok(Value::obj(Object::NotImplemented))
}

/// `Template.__new__(cls, *args)`: consecutive strings are joined and an
/// empty string goes between consecutive interpolations.
fn template_new(vm: &mut Vm, _: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let Some(args) = args.get(1..) else {
        return Err(vm.type_error(format!("{TEMPLATE}.__new__(): not enough arguments")));
    };
    if !kwargs.is_empty() {
        return Err(vm.type_error("Template.__new__ only accepts *args arguments"));
    }
    let mut strings: Vec<Value> = Vec::new();
    let mut interpolations = Vec::new();
    let mut pending: Option<String> = None;
    for a in args {
        if let Some(s) = a.as_str() {
            pending
                .get_or_insert_with(String::new)
                .push_str(&s.to_string_lossy());
        } else if is_interpolation(a) {
            strings.push(Value::str(&pending.take().unwrap_or_default()));
            interpolations.push(a.clone());
        } else {
            return Err(vm.type_error(format!(
                "Template.__new__ *args need to be of type 'str' or 'Interpolation', got {}",
                super::typing::qualified_type_name(vm, a)
            )));
        }
    }
    strings.push(Value::str(&pending.take().unwrap_or_default()));
    Ok(wrap(TString::Template(Template {
        strings: Value::tuple(strings),
        interpolations: Value::tuple(interpolations),
    })))
}

/// `Interpolation.__new__(cls, value, expression='', conversion=None, format_spec='')`.
fn interpolation_new(
    vm: &mut Vm,
    _: &Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> PyResult<Value> {
    const NAMES: [&str; 4] = ["value", "expression", "conversion", "format_spec"];
    let Some(args) = args.get(1..) else {
        return Err(vm.type_error(format!("{INTERPOLATION}.__new__(): not enough arguments")));
    };
    if args.len() + kwargs.len() > 4 {
        return Err(vm.type_error(format!(
            "Interpolation() takes at most 4 arguments ({} given)",
            args.len() + kwargs.len()
        )));
    }
    let mut slots: [Option<Value>; 4] = Default::default();
    for (k, a) in args.iter().enumerate() {
        slots[k] = Some(a.clone());
    }
    let mut unknown = None;
    for (k, v) in kwargs {
        let key = k
            .as_str()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let Some(pos) = NAMES.iter().position(|n| *n == key) else {
            unknown.get_or_insert(key);
            continue;
        };
        if slots[pos].is_some() {
            return Err(vm.type_error(format!(
                "argument for Interpolation() given by name ('{key}') and position ({})",
                pos + 1
            )));
        }
        slots[pos] = Some(v.clone());
    }
    let [value, expression, conversion, format_spec] = slots;
    let Some(value) = value else {
        return Err(vm.type_error("Interpolation() missing required argument 'value' (pos 1)"));
    };
    if let Some(key) = unknown {
        return Err(vm.type_error(format!(
            "Interpolation() got an unexpected keyword argument '{key}'"
        )));
    }
    let expression = expression.unwrap_or_else(|| Value::str(""));
    if expression.as_str().is_none() {
        return Err(vm.type_error(format!(
            "Interpolation() argument 'expression' must be str, not {}",
            vm.classes.type_name(&expression)
        )));
    }
    let conversion = conversion.unwrap_or(Value::None);
    match &conversion {
        Value::None => {}
        c => match c.as_str() {
            None => {
                return Err(vm.type_error(format!(
                    "Interpolation() argument 'conversion' must be str, not {}",
                    vm.classes.type_name(c)
                )))
            }
            Some(s) if matches!(s.as_str(), Some("s" | "r" | "a")) => {}
            Some(_) => {
                return Err(vm.value_error(
                    "Interpolation() argument 'conversion' must be one of 's', 'a' or 'r'",
                ))
            }
        },
    }
    let format_spec = format_spec.unwrap_or_else(|| Value::str(""));
    if format_spec.as_str().is_none() {
        return Err(vm.type_error(format!(
            "Interpolation() argument 'format_spec' must be str, not {}",
            vm.classes.type_name(&format_spec)
        )));
    }
    Ok(wrap(TString::Interpolation(Interpolation {
        value,
        expression,
        conversion,
        format_spec,
    })))
}

/// `string.templatelib.convert(obj, /, conversion)`.
pub fn convert(vm: &mut Vm, _: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let mut obj = args.first().cloned();
    let mut conversion = args.get(1).cloned();
    for (k, v) in kwargs {
        match k.as_str().and_then(|s| s.as_str()) {
            Some("conversion") if conversion.is_none() => conversion = Some(v.clone()),
            Some("conversion") => {
                return Err(vm.type_error("convert() got multiple values for argument 'conversion'"))
            }
            Some(other) => {
                return Err(vm.type_error(format!(
                    "convert() got an unexpected keyword argument '{other}'"
                )))
            }
            None => return Err(vm.type_error("keywords must be strings")),
        }
    }
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "convert() takes 2 positional arguments but {} were given",
            args.len()
        )));
    }
    let Some(o) = obj.take() else {
        return Err(vm.type_error(
            "convert() missing 2 required positional arguments: 'obj' and 'conversion'",
        ));
    };
    let Some(c) = conversion else {
        return Err(vm.type_error("convert() missing 1 required positional argument: 'conversion'"));
    };
    if matches!(c, Value::None) {
        return Ok(o);
    }
    match c.as_str().and_then(|s| s.as_str()) {
        Some("r") => Ok(Value::str(&vm.repr(&o)?)),
        Some("s") => Ok(Value::str(&vm.str_of(&o)?)),
        Some("a") => Ok(Value::str(&super::builtins::str::ascii_of(vm, &o)?)),
        _ => {
            let text = vm.str_of(&c)?;
            Err(vm.value_error(format!("invalid conversion specifier: {text}")))
        }
    }
}
