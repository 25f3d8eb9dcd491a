//! Checks `pyvm::numeric` against results recorded from CPython 3.14 by
//! `tools/pyodide/fixtures-numeric.mjs` (see that script for the encoding).

use std::path::PathBuf;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use pyvm::formatting::{complex_repr, float_repr};
use pyvm::numeric::{self, CmpOp, Num, NumError, NumResult};
use serde_json::Value;

fn load(name: &str) -> Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/numeric")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    serde_json::from_str(&text).unwrap()
}

fn float_of_hex(h: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(h, 16).unwrap())
}

/// Decodes an operand: "i:DEC", "f:HEX16", "c:HEX16:HEX16".
fn operand(s: &str) -> Num {
    let (tag, rest) = s.split_once(':').unwrap();
    match tag {
        "i" => Num::from_bigint(rest.parse::<BigInt>().unwrap()),
        "f" => Num::Float(float_of_hex(rest)),
        "c" => {
            let (re, im) = rest.split_once(':').unwrap();
            Num::Complex(float_of_hex(re), float_of_hex(im))
        }
        _ => panic!("bad operand {s}"),
    }
}

fn int_repr(v: &BigInt) -> String {
    let a = v.abs();
    if a < BigInt::from(10u8).pow(39) {
        return v.to_string();
    }
    let p = BigInt::from((1u64 << 61) - 1);
    let m9 = BigInt::from(1_000_000_000u64);
    format!(
        "{}#{}:{}:{}",
        if v.is_negative() { "-" } else { "" },
        a.bits(),
        (&a % &p).to_u64().unwrap(),
        (&a % &m9).to_u64().unwrap()
    )
}

fn repr(n: &Num) -> String {
    match n {
        Num::Int(i) => i.to_string(),
        Num::Big(b) => int_repr(b),
        Num::Float(f) => float_repr(*f),
        Num::Complex(re, im) => complex_repr(*re, *im),
    }
}

fn bool_repr(b: bool) -> String {
    if b { "True" } else { "False" }.to_string()
}

fn err_repr(e: &NumError) -> String {
    format!("{}: {}", e.kind.name(), e.message)
}

fn res(r: NumResult<String>) -> String {
    match r {
        Ok(s) => s,
        Err(e) => format!("!{}", err_repr(&e)),
    }
}

fn num(r: NumResult) -> String {
    res(r.map(|n| repr(&n)))
}

fn pair(r: NumResult<(Num, Num)>) -> String {
    res(r.map(|(a, b)| format!("({}, {})", repr(&a), repr(&b))))
}

fn cmp(op: CmpOp, a: &Num, b: &Num) -> String {
    res(numeric::richcompare(op, a, b).map(bool_repr))
}

/// Our result for `op` applied to `args`, encoded like the fixture
/// (errors as "!Type: message"); `None` if the op does not apply.
fn eval(op: &str, args: &[Num]) -> Option<String> {
    let a = &args[0];
    let b = args.get(1);
    Some(match (op, b) {
        ("+", Some(b)) => num(numeric::add(a, b)),
        ("-", Some(b)) => num(numeric::sub(a, b)),
        ("*", Some(b)) => num(numeric::mul(a, b)),
        ("/", Some(b)) => num(numeric::truediv(a, b)),
        ("//", Some(b)) => num(numeric::floordiv(a, b)),
        ("%", Some(b)) => num(numeric::modulo(a, b)),
        ("divmod", Some(b)) => pair(numeric::divmod(a, b)),
        ("**", Some(b)) => num(numeric::pow(a, b, None)),
        ("<<", Some(b)) => num(numeric::lshift(a, b)),
        (">>", Some(b)) => num(numeric::rshift(a, b)),
        ("&", Some(b)) => num(numeric::and(a, b)),
        ("|", Some(b)) => num(numeric::or(a, b)),
        ("^", Some(b)) => num(numeric::xor(a, b)),
        ("@", Some(b)) => num(numeric::matmul(a, b)),
        ("==", Some(b)) => cmp(CmpOp::Eq, a, b),
        ("!=", Some(b)) => cmp(CmpOp::Ne, a, b),
        ("<", Some(b)) => cmp(CmpOp::Lt, a, b),
        ("<=", Some(b)) => cmp(CmpOp::Le, a, b),
        (">", Some(b)) => cmp(CmpOp::Gt, a, b),
        (">=", Some(b)) => cmp(CmpOp::Ge, a, b),
        ("pow3", Some(b)) => num(numeric::pow(a, b, Some(&args[2]))),
        ("neg", None) => repr(&numeric::neg(a)),
        ("pos", None) => repr(&numeric::pos(a)),
        ("invert", None) => num(numeric::invert(a)),
        ("abs", None) => num(numeric::abs(a)),
        ("bool", None) => bool_repr(numeric::is_true(a)),
        ("int", None) => num(numeric::to_int(a)),
        ("float", None) => res(numeric::to_float(a).map(float_repr)),
        ("complex", None) => res(numeric::to_complex(a).map(|(re, im)| complex_repr(re, im))),
        ("bit_length", None) => numeric::bit_length(a)?.to_string(),
        ("bit_count", None) => numeric::bit_count(a)?.to_string(),
        ("int_as_integer_ratio", None) => {
            a.is_int().then_some(())?;
            format!("({}, 1)", repr(&numeric::pos(a)))
        }
        ("as_integer_ratio", None) => match a {
            Num::Float(f) => pair(numeric::float_as_integer_ratio(*f)),
            _ => return None,
        },
        ("is_integer", None) => match a {
            Num::Float(f) => bool_repr(numeric::float_is_integer(*f)),
            _ => return None,
        },
        ("hex", None) => match a {
            Num::Float(f) => format!("'{}'", numeric::float_hex(*f)),
            _ => return None,
        },
        _ => panic!("unknown op {op} with {} operands", args.len()),
    })
}

/// Parses a float or complex repr ("1.5", "(1-2j)", "3j", "(nan+infj)").
fn parse_complex(s: &str) -> Option<(f64, f64)> {
    if let Some(inner) = s.strip_prefix('(').and_then(|t| t.strip_suffix("j)")) {
        let bytes = inner.as_bytes();
        let split = (1..bytes.len())
            .rev()
            .find(|&i| (bytes[i] == b'+' || bytes[i] == b'-') && bytes[i - 1] != b'e')?;
        return Some((inner[..split].parse().ok()?, inner[split..].parse().ok()?));
    }
    match s.strip_suffix('j') {
        Some(im) => Some((0.0, im.parse().ok()?)),
        None => Some((s.parse().ok()?, 0.0)),
    }
}

/// Results computed with libm's transcendental functions (`hypot`, `pow`,
/// `exp`, `log`, `atan2`, `sin`, `cos`) for complex `abs` and `**`: pyodide
/// links musl, native CPython on Linux (and this crate) glibc, and the two
/// differ in the last bits. Such results must agree to 1e-12 of the
/// result's modulus. (Every such difference in these fixtures was checked
/// to be exactly native CPython's result on glibc.)
fn libm_close(op: &str, args: &[Num], expected: &str, got: &str) -> bool {
    let libm_op = match op {
        "abs" => matches!(args[0], Num::Complex(..)),
        "**" => expected.ends_with('j') || expected.ends_with("j)"),
        _ => false,
    };
    if !libm_op {
        return false;
    }
    let (Some(e), Some(g)) = (parse_complex(expected), parse_complex(got)) else {
        return false;
    };
    let scale = e.0.abs().max(e.1.abs());
    scale.is_finite() && (e.0 - g.0).abs().max((e.1 - g.1).abs()) <= 1e-12 * scale
}

/// Compares and tallies; keeps the first failures for the report.
#[derive(Default)]
struct Tally {
    passed: usize,
    /// Passed within the libm tolerance (see `libm_close`).
    libm: usize,
    failed: Vec<String>,
}

impl Tally {
    fn check(&mut self, errors: &[String], op: &str, args: &[Num], expected: &Value) {
        let Some(expected) = expected.as_str() else {
            return; // not recorded
        };
        let expected = match expected.strip_prefix('!') {
            Some(i) => format!("!{}", errors[i.parse::<usize>().unwrap()]),
            None => expected.to_string(),
        };
        let got = eval(op, args);
        if got.as_deref() == Some(expected.as_str()) {
            self.passed += 1;
        } else if got
            .as_deref()
            .is_some_and(|g| libm_close(op, args, &expected, g))
        {
            self.libm += 1;
        } else {
            let args: Vec<String> = args.iter().map(repr).collect();
            self.failed.push(format!(
                "{op} {args:?}: expected {expected}, got {}",
                got.unwrap_or_else(|| "<not applicable>".into())
            ));
        }
    }

    fn finish(self, what: &str) {
        eprintln!(
            "{what}: {} passed exactly, {} within libm tolerance, {} failed",
            self.passed,
            self.libm,
            self.failed.len()
        );
        if !self.failed.is_empty() {
            for f in self.failed.iter().take(60) {
                eprintln!("  {f}");
            }
            panic!("{what}: {} mismatches", self.failed.len());
        }
    }
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn core_table() {
    let core = load("core.json");
    let errors = strings(&core["errors"]);
    let values: Vec<Num> = strings(&core["values"])
        .iter()
        .map(|s| operand(s))
        .collect();
    let n = values.len();
    let mut tally = Tally::default();
    for (op, results) in core["binary"].as_object().unwrap() {
        let results = results.as_array().unwrap();
        assert_eq!(results.len(), n * n);
        for (i, a) in values.iter().enumerate() {
            for (j, b) in values.iter().enumerate() {
                tally.check(&errors, op, &[a.clone(), b.clone()], &results[i * n + j]);
            }
        }
    }
    for (op, results) in core["unary"].as_object().unwrap() {
        let results = results.as_array().unwrap();
        for (a, r) in values.iter().zip(results) {
            tally.check(&errors, op, std::slice::from_ref(a), r);
        }
    }
    let p3: Vec<Num> = strings(&core["pow3_values"])
        .iter()
        .map(|s| operand(s))
        .collect();
    let results = core["pow3"].as_array().unwrap();
    let m = p3.len();
    for (i, a) in p3.iter().enumerate() {
        for (j, b) in p3.iter().enumerate() {
            for (k, c) in p3.iter().enumerate() {
                let args = [a.clone(), b.clone(), c.clone()];
                tally.check(&errors, "pow3", &args, &results[(i * m + j) * m + k]);
            }
        }
    }
    tally.finish("core");
}

#[test]
fn fromhex_table() {
    let core = load("core.json");
    let errors = strings(&core["errors"]);
    let inputs = strings(&core["fromhex_inputs"]);
    let results = core["fromhex"].as_array().unwrap();
    let mut tally = Tally::default();
    for (s, r) in inputs.iter().zip(results) {
        let expected = r.as_str().unwrap();
        let expected = match expected.strip_prefix('!') {
            Some(i) => format!("!{}", errors[i.parse::<usize>().unwrap()]),
            None => expected.to_string(),
        };
        let got = res(numeric::float_fromhex(s).map(float_repr));
        if got == expected {
            tally.passed += 1;
        } else {
            tally
                .failed
                .push(format!("fromhex({s:?}): expected {expected}, got {got}"));
        }
    }
    tally.finish("fromhex");
}

#[test]
fn random_cases() {
    let data = load("random.json");
    let errors = strings(&data["errors"]);
    let mut tally = Tally::default();
    for group in data["groups"].as_array().unwrap() {
        let args: Vec<Num> = strings(&group["a"]).iter().map(|s| operand(s)).collect();
        for (op, r) in group["r"].as_object().unwrap() {
            tally.check(&errors, op, &args, r);
        }
    }
    tally.finish("random");
}
