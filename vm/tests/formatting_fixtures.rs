//! Compares `pyvm::formatting` with CPython 3.14, using the fixtures that
//! `tools/pyodide/fixtures-formatting.mjs` recorded in
//! `vm/tests/fixtures/formatting/` (see that script for the encodings).

use std::path::PathBuf;

use num_bigint::BigInt;
use pyvm::formatting::{
    self, parse_field_name, parse_format_spec, percent_format, ArgRef, AutoNumber, Conversion,
    FieldAccessor, FieldFirst, FormatError, FormatStringParser, PercentArgs, PercentRequest,
    PercentValue,
};
use pyvm::marshal::PyStr;
use serde_json::Value;

fn load(name: &str) -> Vec<Value> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/formatting")
        .join(format!("{name}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    match serde_json::from_str(&text) {
        Ok(Value::Array(v)) => v,
        other => panic!("{name}: not a JSON array: {other:?}"),
    }
}

fn float(v: &Value) -> f64 {
    let s = v.as_str().expect("float hex");
    f64::from_bits(u64::from_str_radix(s, 16).expect("hex"))
}

fn float_hex(x: f64) -> String {
    format!("{:016x}", x.to_bits())
}

fn pystr(v: &Value) -> PyStr {
    match v {
        Value::String(s) => PyStr::new(s),
        Value::Object(m) if m.contains_key("cp") => {
            let cps: Vec<u32> = m["cp"]
                .as_array()
                .expect("cp list")
                .iter()
                .map(|c| c.as_u64().expect("cp") as u32)
                .collect();
            PyStr::from_code_points(&cps).expect("valid code points")
        }
        Value::Object(m) if m.contains_key("rep") => {
            let mut s = String::new();
            for piece in m["rep"].as_array().expect("rep") {
                let text = piece[0].as_str().expect("piece");
                let n = piece[1].as_u64().expect("count") as usize;
                s.push_str(&text.repeat(n));
            }
            PyStr::new(&s)
        }
        other => panic!("not a str: {other:?}"),
    }
}

fn int(v: &Value) -> BigInt {
    v.as_str().expect("int").parse().expect("decimal int")
}

/// The JSON outcome for a result: `{"ok": r}` or `{"err": [kind, msg]}`.
fn outcome<T>(r: Result<T, FormatError>, enc: impl FnOnce(T) -> Value) -> Value {
    match r {
        Ok(v) => serde_json::json!({ "ok": enc(v) }),
        Err(e) => serde_json::json!({ "err": [e.kind.name(), e.message] }),
    }
}

fn str_json(s: &PyStr) -> Value {
    match s.as_str() {
        Some(t) => Value::String(t.to_string()),
        None => serde_json::json!({ "cp": s.code_points().collect::<Vec<_>>() }),
    }
}

/// Tallies cases and reports the first mismatches.
struct Tally {
    name: &'static str,
    passed: usize,
    failures: Vec<String>,
}

impl Tally {
    fn new(name: &'static str) -> Self {
        Tally {
            name,
            passed: 0,
            failures: Vec::new(),
        }
    }

    fn check(&mut self, what: impl FnOnce() -> String, got: &Value, want: &Value) {
        if got == want {
            self.passed += 1;
        } else {
            self.failures
                .push(format!("{}\n    got:  {got}\n    want: {want}", what()));
        }
    }

    fn finish(self) {
        println!(
            "{}: {} passed, {} failed",
            self.name,
            self.passed,
            self.failures.len()
        );
        if !self.failures.is_empty() {
            let shown: Vec<_> = self.failures.iter().take(40).cloned().collect();
            panic!(
                "{}: {} of {} cases differ from CPython:\n{}",
                self.name,
                self.failures.len(),
                self.passed + self.failures.len(),
                shown.join("\n")
            );
        }
    }
}

#[test]
fn float_repr_matches_cpython() {
    let mut t = Tally::new("float_repr");
    for case in load("float_repr") {
        let x = float(&case[0]);
        let got = Value::String(formatting::float_repr(x));
        t.check(|| format!("repr({x:e})"), &got, &case[1]);
        let got = Value::String(formatting::float_str(x));
        t.check(|| format!("str({x:e})"), &got, &case[1]);
    }
    t.finish();
}

#[test]
fn format_float_matches_cpython() {
    let mut t = Tally::new("format_float");
    for case in load("format_float") {
        let x = float(&case[0]);
        let spec = case[1].as_str().unwrap();
        let got = outcome(
            parse_format_spec(spec, "float", None).and_then(|s| formatting::format_float(x, &s)),
            Value::String,
        );
        t.check(|| format!("format({x:?}, {spec:?})"), &got, &case[2]);
    }
    t.finish();
}

#[test]
fn format_int_matches_cpython() {
    let mut t = Tally::new("format_int");
    for case in load("format_int") {
        let v = int(&case[0]);
        let type_name = case[1].as_str().unwrap();
        let spec = case[2].as_str().unwrap();
        let got = outcome(
            parse_format_spec(spec, type_name, Some('d'))
                .and_then(|s| formatting::format_int(&v, &s)),
            |s| str_json(&s),
        );
        t.check(
            || format!("format({v}, {spec:?}) [{type_name}]"),
            &got,
            &case[3],
        );
    }
    t.finish();
}

#[test]
fn format_str_matches_cpython() {
    let mut t = Tally::new("format_str");
    for case in load("format_str") {
        let v = pystr(&case[0]);
        let spec = case[1].as_str().unwrap();
        let got = outcome(
            parse_format_spec(spec, "str", Some('s')).and_then(|s| formatting::format_str(&v, &s)),
            |s| str_json(&s),
        );
        t.check(
            || format!("format({:?}, {spec:?})", v.to_string_lossy()),
            &got,
            &case[2],
        );
    }
    t.finish();
}

#[test]
fn format_complex_matches_cpython() {
    let mut t = Tally::new("format_complex");
    for case in load("format_complex") {
        let re = float(&case[0]);
        let im = float(&case[1]);
        let got = match case[2].as_str() {
            Some(spec) => outcome(
                parse_format_spec(spec, "complex", None)
                    .and_then(|s| formatting::format_complex(re, im, &s)),
                Value::String,
            ),
            None => serde_json::json!({ "ok": formatting::complex_repr(re, im) }),
        };
        t.check(
            || format!("format(complex({re:?}, {im:?}), {:?})", case[2]),
            &got,
            &case[3],
        );
    }
    t.finish();
}

#[test]
fn round_float_matches_cpython() {
    let mut t = Tally::new("round_float");
    for case in load("round_float") {
        let x = float(&case[0]);
        let got = match case[1].as_i64() {
            None => outcome(formatting::round_float_to_int(x), |v| {
                Value::String(v.to_string())
            }),
            Some(nd) => outcome(formatting::round_float(x, nd), |r| {
                Value::String(float_hex(r))
            }),
        };
        t.check(|| format!("round({x:?}, {})", case[1]), &got, &case[2]);
    }
    t.finish();
}

#[test]
fn round_int_matches_cpython() {
    let mut t = Tally::new("round_int");
    for case in load("round_int") {
        let v = int(&case[0]);
        let nd = case[1].as_i64().unwrap();
        let got = Value::String(formatting::round_int(&v, nd).to_string());
        t.check(|| format!("round({v}, {nd})"), &got, &case[2]);
    }
    t.finish();
}

fn py_hex(v: &BigInt) -> String {
    formatting::int_to_str_radix(v, 16, true).unwrap()
}

#[test]
fn parse_int_matches_cpython() {
    let mut t = Tally::new("parse_int");
    for case in load("parse_int") {
        let text = pystr(&case[0]);
        let base = case[1].as_i64().unwrap();
        let base32 = u32::try_from(base).unwrap_or(1);
        let want = &case[2];
        let r = formatting::parse_int(&text, base32);
        let got = match (&r, want.get("ok")) {
            (Ok(v), Some(Value::Object(_))) => {
                let low: BigInt = v & BigInt::from(0xFFFF_FFFFu32);
                serde_json::json!({"ok": {"bits": v.bits(), "low": py_hex(&low)}})
            }
            _ => outcome(r, |v| Value::String(py_hex(&v))),
        };
        let mut got = got;
        if let Some(Value::Array(e)) = got.get_mut("err") {
            let msg: String = e[1].as_str().unwrap().chars().take(400).collect();
            e[1] = Value::String(msg);
        }
        t.check(
            || format!("int({:.60?}, {base})", text.to_string_lossy()),
            &got,
            want,
        );
    }
    t.finish();
}

#[test]
fn parse_float_matches_cpython() {
    let mut t = Tally::new("parse_float");
    for case in load("parse_float") {
        let text = pystr(&case[0]);
        let got = outcome(formatting::parse_float(&text), |x| {
            Value::String(float_hex(x))
        });
        t.check(
            || format!("float({:?})", text.to_string_lossy()),
            &got,
            &case[1],
        );
    }
    t.finish();
}

#[test]
fn str_repr_matches_cpython() {
    let mut t = Tally::new("str_repr");
    for case in load("str_repr") {
        let s = pystr(&case[0]);
        let what = || format!("{:?}", s.code_points().collect::<Vec<_>>());
        t.check(what, &Value::String(formatting::str_repr(&s)), &case[1]);
        t.check(what, &Value::String(formatting::ascii_repr(&s)), &case[2]);
        t.check(what, &Value::Bool(formatting::is_printable(&s)), &case[3]);
    }
    t.finish();
}

#[test]
fn bytes_repr_matches_cpython() {
    let mut t = Tally::new("bytes_repr");
    for case in load("bytes_repr") {
        let hex = case[0].as_str().unwrap();
        let bytes: Vec<u8> = (0..hex.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
            .collect();
        let got = Value::String(formatting::bytes_repr(&bytes));
        t.check(|| hex.to_string(), &got, &case[1]);
    }
    t.finish();
}

/// Checks every code point: printability, decimal value and whitespace,
/// through the public conversions that use them.
#[test]
fn unicode_tables_match_cpython() {
    let tables = load("unicode_tables");
    let mut t = Tally::new("unicode_tables");
    // Printability: bounds are [code point, printable] where it changes.
    let bounds = tables[0]["printable_bounds"].as_array().unwrap();
    for (i, b) in bounds.iter().enumerate() {
        let start = b[0].as_u64().unwrap() as u32;
        let end = bounds
            .get(i + 1)
            .map_or(0x110000, |n| n[0].as_u64().unwrap() as u32);
        let want = b[1].as_bool().unwrap();
        let mut bad = None;
        for cp in start..end {
            let s = PyStr::from_code_points(&[cp]).unwrap();
            if formatting::is_printable(&s) != want {
                bad = Some(cp);
                break;
            }
        }
        let got = Value::Bool(bad.is_none());
        t.check(
            || format!("isprintable over U+{start:04X}..U+{end:04X} (first bad {bad:x?})"),
            &got,
            &Value::Bool(true),
        );
    }
    // Decimal digits: int() of the digit alone gives its value.
    let decimals = tables[1]["decimals"].as_array().unwrap();
    let mut listed = std::collections::HashSet::new();
    for d in decimals {
        let cp = d[0].as_u64().unwrap() as u32;
        listed.insert(cp);
        let s = PyStr::from_code_points(&[cp]).unwrap();
        let got = outcome(formatting::parse_int(&s, 10), |v| {
            Value::String(v.to_string())
        });
        t.check(
            || format!("int(U+{cp:04X})"),
            &got,
            &serde_json::json!({"ok": d[1].to_string()}),
        );
    }
    // Whitespace: int(' 1' with the space) works for every listed one.
    let spaces: Vec<u32> = tables[2]["spaces"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_u64().unwrap() as u32)
        .collect();
    for &cp in &spaces {
        let s = PyStr::from_code_points(&[cp, u32::from('7'), cp]).unwrap();
        let ok = formatting::parse_float(&s).is_ok();
        // CPython strips only ASCII whitespace after mapping other spaces to
        // ' ', so U+001C..U+001F are spaces that float() does not strip.
        let want = !(0x1C..=0x1F).contains(&cp);
        t.check(
            || format!("float(U+{cp:04X} 7)"),
            &Value::Bool(ok),
            &Value::Bool(want),
        );
    }
    // No other code point is a decimal digit or a space.
    for cp in 0x80..0x110000u32 {
        if listed.contains(&cp) || spaces.contains(&cp) || (0xD800..0xE000).contains(&cp) {
            continue;
        }
        let s = PyStr::from_code_points(&[u32::from('1'), cp]).unwrap();
        if formatting::parse_int(&s, 10).is_ok() {
            t.check(
                || format!("int('1' U+{cp:04X})"),
                &Value::Bool(true),
                &Value::Bool(false),
            );
        }
    }
    t.finish();
}

// ------------------------------------------------------------ % formatting

/// A right operand described by the fixture: each value says what the
/// caller would answer to each request.
struct FixtureArgs<'a> {
    values: &'a serde_json::Map<String, Value>,
    tuple: Option<Vec<String>>,
    single: Option<String>,
    map: Option<&'a serde_json::Map<String, Value>>,
    current: Option<String>,
}

#[derive(Debug)]
struct PyErr(String, String);

impl From<FormatError> for PyErr {
    fn from(e: FormatError) -> Self {
        PyErr(e.kind.name().to_string(), e.message)
    }
}

fn answer(desc: &Value, request: PercentRequest) -> Result<PercentValue, PyErr> {
    let key = match request {
        PercentRequest::Str => "str",
        PercentRequest::Repr => "repr",
        PercentRequest::Ascii => "ascii",
        PercentRequest::Int => "int",
        PercentRequest::Index => "index",
        PercentRequest::Float => "float",
        PercentRequest::Char => "char",
        PercentRequest::Star => "star",
    };
    let type_name = desc["type"].as_str().unwrap().to_string();
    let wrong = || PercentValue::WrongType(type_name.clone());
    if request == PercentRequest::Star {
        return Ok(match &desc["star"] {
            Value::Null => wrong(),
            v => PercentValue::Int(int(v)),
        });
    }
    let o = &desc[key];
    if let Some(e) = o.get("err") {
        return Err(PyErr(
            e[0].as_str().unwrap().into(),
            e[1].as_str().unwrap().into(),
        ));
    }
    let v = &o["ok"];
    Ok(match request {
        PercentRequest::Str | PercentRequest::Repr | PercentRequest::Ascii => {
            PercentValue::Text(pystr(v))
        }
        PercentRequest::Int | PercentRequest::Index => match v {
            Value::Null => wrong(),
            v => PercentValue::Int(int(v)),
        },
        PercentRequest::Float => match v {
            Value::Null => wrong(),
            v => PercentValue::Float(float(v)),
        },
        PercentRequest::Char => match v {
            Value::Null => wrong(),
            v if v.get("str").is_some() => PercentValue::Text(pystr(&v["str"])),
            v => PercentValue::Int(int(&v["int"])),
        },
        PercentRequest::Star => unreachable!(),
    })
}

impl PercentArgs for FixtureArgs<'_> {
    type Error = PyErr;

    fn tuple_len(&self) -> Option<usize> {
        self.tuple.as_ref().map(Vec::len)
    }

    fn is_mapping(&self) -> bool {
        match (&self.map, &self.single) {
            (Some(_), _) => true,
            // list and dict have __getitem__: PyMapping_Check is true.
            (None, Some(name)) => {
                matches!(self.values[name]["type"].as_str(), Some("list" | "dict"))
            }
            _ => false,
        }
    }

    fn select_key(&mut self, key: &PyStr) -> Result<(), PyErr> {
        let key = key.to_string_lossy().into_owned();
        match self.map.and_then(|m| m.get(&key)) {
            Some(name) => {
                self.current = Some(name.as_str().unwrap().to_string());
                Ok(())
            }
            None => Err(PyErr(
                "KeyError".into(),
                formatting::str_repr(&PyStr::new(&key)),
            )),
        }
    }

    fn convert(&mut self, arg: ArgRef, request: PercentRequest) -> Result<PercentValue, PyErr> {
        let name = match arg {
            ArgRef::Item(i) => self.tuple.as_ref().unwrap()[i].clone(),
            ArgRef::Whole => match (&self.current, &self.single) {
                (Some(c), _) => c.clone(),
                (None, Some(s)) => s.clone(),
                (None, None) => {
                    // the mapping itself, converted: only str() is needed
                    return Ok(PercentValue::Text(PyStr::new("{...}")));
                }
            },
        };
        answer(&self.values[&name], request)
    }
}

#[test]
fn percent_format_matches_cpython() {
    let cases = load("percent");
    let values = cases[0]["values"].as_object().unwrap();
    let mut t = Tally::new("percent");
    for case in &cases[1..] {
        let template = pystr(&case[0]);
        let operand = &case[1];
        let mut args = FixtureArgs {
            values,
            tuple: operand.get("tuple").map(|v| {
                v.as_array()
                    .unwrap()
                    .iter()
                    .map(|n| n.as_str().unwrap().to_string())
                    .collect()
            }),
            single: operand
                .get("single")
                .map(|n| n.as_str().unwrap().to_string()),
            map: operand.get("map").and_then(Value::as_object),
            current: None,
        };
        let got = match percent_format(&template, &mut args) {
            Ok(s) => serde_json::json!({ "ok": str_json(&s) }),
            Err(PyErr(k, m)) => serde_json::json!({ "err": [k, m] }),
        };
        // A dict operand formatted whole by %s: the fixture's text is the
        // dict's repr, which the fake operand does not know.
        if got
            .get("ok")
            .and_then(Value::as_str)
            .is_some_and(|s| s.contains("{...}"))
        {
            t.passed += 1;
            continue;
        }
        t.check(
            || format!("{:?} % {operand}", template.to_string_lossy()),
            &got,
            &case[2],
        );
    }
    t.finish();
}

// ------------------------------------------------------------ str.format

const KEYWORDS: [&str; 4] = ["a", "b", "x y", "\u{e9}"];

fn err(e: FormatError) -> (String, String) {
    (e.kind.name().to_string(), e.message)
}

/// Renders a template with the fixture's probe arguments (four positional
/// ones and the keywords above), the way `str.format` does: lazily, field
/// by field, nested specs one level deeper.
fn render(template: &str, auto: &mut AutoNumber, depth: u32) -> Result<String, (String, String)> {
    if depth == 0 {
        return Err(err(FormatError::value("Max string recursion exceeded")));
    }
    let mut out = String::new();
    for chunk in FormatStringParser::new(template) {
        let chunk = chunk.map_err(err)?;
        out.push_str(&chunk.literal);
        let Some(field) = chunk.field else { continue };
        let name = parse_field_name(&field.name, auto).map_err(err)?;
        let mut path = match &name.first {
            FieldFirst::Index(i) if *i < 4 => i.to_string(),
            FieldFirst::Index(i) => {
                return Err((
                    "IndexError".into(),
                    format!("Replacement index {i} out of range for positional args tuple"),
                ))
            }
            FieldFirst::Keyword(k) if KEYWORDS.contains(&k.as_str()) => k.clone(),
            FieldFirst::Keyword(k) => {
                return Err(("KeyError".into(), formatting::str_repr(&PyStr::new(k))))
            }
        };
        for acc in &name.rest {
            match acc {
                FieldAccessor::Attr(a) => {
                    path.push('.');
                    path.push_str(a);
                }
                FieldAccessor::Index(i) => path.push_str(&format!("[{i}]")),
                FieldAccessor::Key(k) => {
                    path.push('[');
                    path.push_str(&formatting::str_repr(&PyStr::new(k)));
                    path.push(']');
                }
            }
        }
        if let Some(e) = name.rest_error {
            return Err(err(e));
        }
        let conversion = field
            .conversion
            .map(Conversion::from_char)
            .transpose()
            .map_err(err)?;
        let spec = if field.spec_needs_expanding {
            render(&field.spec, auto, depth - 1)?
        } else {
            field.spec.clone()
        };
        match conversion {
            None => out.push_str(&format!("<{path}|{spec}>")),
            Some(c) => {
                let text = match c {
                    Conversion::Str => format!("s({path})"),
                    Conversion::Repr => format!("r({path})"),
                    Conversion::Ascii => formatting::ascii_repr(&PyStr::new(&format!("r({path})")))
                        .trim_matches('\'')
                        .to_string(),
                };
                let spec = parse_format_spec(&spec, "str", Some('s')).map_err(err)?;
                let s = formatting::format_str(&PyStr::new(&text), &spec).map_err(err)?;
                out.push_str(&s.to_string_lossy());
            }
        }
    }
    Ok(out)
}

#[test]
fn format_string_matches_cpython() {
    let mut t = Tally::new("format_string");
    for case in load("format_string") {
        let template = case[0].as_str().unwrap();
        let got = match render(
            template,
            &mut AutoNumber::new(),
            formatting::MAX_RECURSION_DEPTH,
        ) {
            Ok(s) => serde_json::json!({ "ok": s }),
            Err((k, m)) => serde_json::json!({ "err": [k, m] }),
        };
        t.check(|| format!("{template:?}.format(...)"), &got, &case[1]);

        // The chunks, as _string.formatter_parser yields them.
        let mut chunks = Vec::new();
        let mut error = None;
        for chunk in FormatStringParser::new(template) {
            match chunk {
                Ok(c) => chunks.push(match c.field {
                    None => serde_json::json!([c.literal, null, null, null]),
                    Some(f) => serde_json::json!([
                        c.literal,
                        f.name,
                        f.spec,
                        f.conversion.map(|c| c.to_string())
                    ]),
                }),
                Err(e) => error = Some(e),
            }
        }
        let got = match error {
            None => serde_json::json!({ "ok": chunks }),
            Some(e) => serde_json::json!({ "err": [e.kind.name(), e.message] }),
        };
        t.check(|| format!("formatter_parser({template:?})"), &got, &case[2]);

        // The eager parser agrees on success, and fails whenever rendering
        // fails for a reason of syntax.
        let eager = formatting::parse_format_string(template);
        let ok = case[1].get("ok").is_some();
        let syntax_error = case[1].get("err").is_some_and(|e| e[0] == "ValueError");
        if ok || syntax_error {
            t.check(
                || format!("parse_format_string({template:?}) succeeds"),
                &Value::Bool(eager.is_ok()),
                &Value::Bool(ok),
            );
        }
    }
    t.finish();
}
