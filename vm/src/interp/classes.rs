//! The builtin classes and the exception hierarchy, made when the VM starts.

use crate::object::types::{new_class, type_data, Builtin};
use crate::object::{Dict, ObjRef, Object, Value};
use std::collections::HashMap;

/// Every builtin class the interpreter needs by name.
pub struct Classes {
    /// `object`.
    pub object: ObjRef,
    /// `type`.
    pub type_: ObjRef,
    /// The other builtin types by kind.
    pub by_kind: Vec<(Builtin, ObjRef)>,
    /// Builtin classes by name, exceptions included.
    pub by_name: HashMap<String, ObjRef>,
}

/// The builtin exceptions: (name, base).
const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", "object"),
    ("BaseExceptionGroup", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("SystemExit", "BaseException"),
    ("Exception", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("FileNotFoundError", "OSError"),
    ("PermissionError", "OSError"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("PythonFinalizationError", "RuntimeError"),
    ("StopAsyncIteration", "Exception"),
    ("StopIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("DeprecationWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UserWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
];

/// The builtin types: (name, kind).
const TYPES: &[(&str, Builtin)] = &[
    ("NoneType", Builtin::NoneType),
    ("int", Builtin::Int),
    ("float", Builtin::Float),
    ("complex", Builtin::Complex),
    ("str", Builtin::Str),
    ("bytes", Builtin::Bytes),
    ("bytearray", Builtin::ByteArray),
    ("tuple", Builtin::Tuple),
    ("list", Builtin::List),
    ("dict", Builtin::Dict),
    ("set", Builtin::Set),
    ("frozenset", Builtin::FrozenSet),
    ("slice", Builtin::Slice),
    ("range", Builtin::Range),
    ("function", Builtin::Function),
    ("builtin_function_or_method", Builtin::BuiltinFunction),
    ("method", Builtin::Method),
    ("code", Builtin::Code),
    ("cell", Builtin::Cell),
    ("module", Builtin::Module),
    ("iterator", Builtin::Iterator),
    ("NotImplementedType", Builtin::NotImplementedType),
    ("ellipsis", Builtin::Ellipsis),
];

impl Classes {
    /// Makes every builtin class.
    pub fn new() -> Classes {
        let object = new_class(
            "object",
            "builtins",
            Vec::new(),
            Dict::new(),
            Builtin::Object,
        )
        .expect("object has no bases");
        let type_ = new_class(
            "type",
            "builtins",
            vec![object.clone()],
            Dict::new(),
            Builtin::Type,
        )
        .expect("type derives from object");
        let mut by_name = HashMap::new();
        by_name.insert("object".to_string(), object.clone());
        by_name.insert("type".to_string(), type_.clone());
        let mut by_kind = Vec::new();
        for (name, kind) in TYPES {
            let class = new_class(name, "builtins", vec![object.clone()], Dict::new(), *kind)
                .expect("single base");
            by_name.insert(name.to_string(), class.clone());
            by_kind.push((*kind, class));
        }
        for name in crate::interp::builtins::iterators::ITERATOR_CLASSES {
            let class = new_class(
                name,
                "builtins",
                vec![object.clone()],
                Dict::new(),
                Builtin::Iterator,
            )
            .expect("single base");
            by_name.insert(name.to_string(), class);
        }
        let int = by_name["int"].clone();
        let bool_ = new_class("bool", "builtins", vec![int], Dict::new(), Builtin::Bool)
            .expect("single base");
        by_name.insert("bool".to_string(), bool_.clone());
        by_kind.push((Builtin::Bool, bool_));
        for (name, base) in EXCEPTIONS {
            let base = by_name[*base].clone();
            let class = new_class(
                name,
                "builtins",
                vec![base],
                Dict::new(),
                Builtin::Exception,
            )
            .expect("single base");
            by_name.insert(name.to_string(), class);
        }
        // The one builtin exception with two bases.
        let bases = vec![
            by_name["BaseExceptionGroup"].clone(),
            by_name["Exception"].clone(),
        ];
        let group = new_class(
            "ExceptionGroup",
            "builtins",
            bases,
            Dict::new(),
            Builtin::Exception,
        )
        .expect("consistent MRO");
        by_name.insert("ExceptionGroup".to_string(), group);
        Classes {
            object,
            type_,
            by_kind,
            by_name,
        }
    }

    /// The class of a builtin kind.
    pub fn of_kind(&self, kind: Builtin) -> &ObjRef {
        self.by_kind
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or(&self.object, |(_, c)| c)
    }

    /// A builtin class by name (exceptions included).
    pub fn named(&self, name: &str) -> &ObjRef {
        self.by_name.get(name).unwrap_or(&self.object)
    }

    /// The class of any value.
    pub fn class_of(&self, v: &Value) -> ObjRef {
        let kind = match v {
            Value::Null | Value::None => Builtin::NoneType,
            Value::Bool(_) => Builtin::Bool,
            Value::Int(_) => Builtin::Int,
            Value::Float(_) => Builtin::Float,
            Value::Obj(o) => match &**o {
                Object::BigInt(_) => Builtin::Int,
                Object::Complex(..) => Builtin::Complex,
                Object::Str(_) => Builtin::Str,
                Object::Bytes(_) => Builtin::Bytes,
                Object::ByteArray(_) => Builtin::ByteArray,
                Object::Tuple(_) => Builtin::Tuple,
                Object::List(_) => Builtin::List,
                Object::Dict(_) => Builtin::Dict,
                Object::Slice(..) => Builtin::Slice,
                Object::Range(..) => Builtin::Range,
                Object::Function(_) => Builtin::Function,
                Object::Builtin(_) => Builtin::BuiltinFunction,
                Object::Method(..) => Builtin::Method,
                Object::Code(_) => Builtin::Code,
                Object::Cell(_) => Builtin::Cell,
                Object::Module(_) => Builtin::Module,
                Object::Type(t) => {
                    return t
                        .metaclass
                        .borrow()
                        .clone()
                        .unwrap_or_else(|| self.type_.clone())
                }
                Object::Instance(i) => return i.class.clone(),
                Object::Exception(e) => return e.class.clone(),
                Object::Native(n) => return self.named(n.class_name()).clone(),
                Object::Iter(s) => {
                    let name = crate::interp::builtins::iterators::type_name_of(s);
                    return self.named(name).clone();
                }
                Object::Set(_) => Builtin::Set,
                Object::FrozenSet(_) => Builtin::FrozenSet,
                Object::DictView(v) => {
                    return self
                        .named(crate::interp::builtins::dict::view_type_name(v.kind))
                        .clone()
                }
                Object::BigRange(_) => Builtin::Range,
                Object::NotImplemented => Builtin::NotImplementedType,
                Object::Ellipsis => Builtin::Ellipsis,
            },
        };
        self.of_kind(kind).clone()
    }

    /// The name of a value's class, for messages.
    pub fn type_name(&self, v: &Value) -> String {
        let class = self.class_of(v);
        let t = type_data(&class);
        if t.module != "builtins" && t.module != "__main__" {
            // Native classes registered under their dotted `tp_name`.
            let full = format!("{}.{}", t.module, t.name);
            if self
                .by_name
                .get(&full)
                .is_some_and(|c| std::rc::Rc::ptr_eq(c, &class))
            {
                return full;
            }
        }
        t.current_name()
    }
}

impl Default for Classes {
    fn default() -> Self {
        Classes::new()
    }
}
