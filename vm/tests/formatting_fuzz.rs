//! Throws deterministic pseudo-random inputs at every parser and formatter
//! of `pyvm::formatting`: none may panic, hang or allocate without bound,
//! whatever the spec, template or text.

use num_bigint::BigInt;
use pyvm::formatting::{
    self, parse_field_name, parse_format_spec, percent_format, ArgRef, AutoNumber, DtoaFlags,
    FormatError, FormatStringParser, PercentArgs, PercentRequest, PercentValue,
};
use pyvm::marshal::PyStr;

/// A small xorshift generator: deterministic and dependency-free.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// A string of up to `max` characters drawn from `alphabet`.
    fn text(&mut self, alphabet: &[char], max: usize) -> String {
        let n = self.below(max + 1);
        (0..n)
            .map(|_| alphabet[self.below(alphabet.len())])
            .collect()
    }
}

const SPEC_CHARS: &[char] = &[
    '<', '>', '=', '^', '+', '-', ' ', 'z', '#', '0', '1', '2', '9', ',', '_', '.', 'b', 'c', 'd',
    'o', 'x', 'X', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', 's', 'r', 'a', '{', '}', '!', ':', '[',
    ']', '(', ')', '*', 'h', 'l', 'L', '\u{e9}', '\u{661}', '\u{85}', '\0', 'q',
];

fn ints() -> Vec<BigInt> {
    let mut v: Vec<BigInt> = [0i64, 1, -1, 65, -65, 0x10FFFF, 0xD800, i64::MAX, i64::MIN]
        .iter()
        .map(|&i| BigInt::from(i))
        .collect();
    v.push(BigInt::from(10u8).pow(40) + 7);
    v
}

const FLOATS: &[f64] = &[
    0.0,
    -0.0,
    1.5,
    -2.5,
    1e300,
    5e-324,
    f64::MAX,
    f64::INFINITY,
    f64::NEG_INFINITY,
    f64::NAN,
    123.456,
];

#[test]
fn format_specs_never_panic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let ints = ints();
    let text = PyStr::from_code_points(&[0x61, 0xD800, 0xE9]).unwrap();
    for round in 0..6000 {
        let mut spec = rng.text(SPEC_CHARS, 8);
        if round % 50 == 0 {
            // enormous widths and precisions
            spec = format!(
                "{}{}",
                spec,
                ["9999999999", ".999999999", "99999999999999999999"][round % 3]
            );
        }
        if let Ok(s) = parse_format_spec(&spec, "int", Some('d')) {
            for v in &ints {
                let _ = formatting::format_int(v, &s);
            }
        }
        if let Ok(s) = parse_format_spec(&spec, "float", None) {
            for &x in FLOATS {
                let _ = formatting::format_float(x, &s);
                let _ = formatting::format_complex(x, -x, &s);
            }
        }
        if let Ok(s) = parse_format_spec(&spec, "str", Some('s')) {
            let _ = formatting::format_str(&text, &s);
        }
    }
}

#[test]
fn format_templates_never_panic() {
    let mut rng = Rng(0x0123_4567_89AB_CDEF);
    for _ in 0..6000 {
        let template = rng.text(SPEC_CHARS, 14);
        let _ = formatting::parse_format_string(&template);
        let mut auto = AutoNumber::new();
        for chunk in FormatStringParser::new(&template) {
            let Ok(chunk) = chunk else { break };
            if let Some(f) = chunk.field {
                let _ = parse_field_name(&f.name, &mut auto);
                if let Some(c) = f.conversion {
                    let _ = formatting::Conversion::from_char(c);
                }
                for nested in FormatStringParser::new(&f.spec) {
                    if nested.is_err() {
                        break;
                    }
                }
            }
        }
    }
}

/// Every argument is an int, a float or a str depending on its position.
struct Args {
    n: Option<usize>,
}

impl PercentArgs for Args {
    type Error = FormatError;

    fn tuple_len(&self) -> Option<usize> {
        self.n
    }

    fn is_mapping(&self) -> bool {
        self.n.is_none()
    }

    fn select_key(&mut self, key: &PyStr) -> Result<(), FormatError> {
        if key.len().is_multiple_of(2) {
            Ok(())
        } else {
            Err(FormatError::value("missing key"))
        }
    }

    fn convert(
        &mut self,
        arg: ArgRef,
        request: PercentRequest,
    ) -> Result<PercentValue, FormatError> {
        let i = match arg {
            ArgRef::Item(i) => i,
            ArgRef::Whole => 3,
        };
        Ok(match (i % 4, request) {
            (_, PercentRequest::Str | PercentRequest::Repr | PercentRequest::Ascii) => {
                PercentValue::Text(PyStr::from_code_points(&[0x78, 0xDC00]).unwrap())
            }
            (0, _) => PercentValue::Int(BigInt::from(-(i as i64) * 1_000_000_007)),
            (1, _) => PercentValue::Float(FLOATS[i % FLOATS.len()]),
            (2, _) => PercentValue::Text(PyStr::new("ab")),
            _ => PercentValue::WrongType("object".into()),
        })
    }
}

#[test]
fn percent_templates_never_panic() {
    let mut rng = Rng(0xDEAD_BEEF_CAFE_F00D);
    let chars: Vec<char> = SPEC_CHARS
        .iter()
        .copied()
        .chain(['%', '%', '%', 'i', 'u'])
        .collect();
    for round in 0..8000 {
        let mut template = rng.text(&chars, 10);
        if round % 40 == 0 {
            template.push_str("%.999999999f%99999999999999999999999d");
        }
        let mut args = Args {
            n: if round % 3 == 0 {
                None
            } else {
                Some(rng.below(5))
            },
        };
        let _ = percent_format(&PyStr::new(&template), &mut args);
    }
}

#[test]
fn parsers_and_rounding_never_panic() {
    let mut rng = Rng(0x1234_5678_9ABC_DEF1);
    let chars: Vec<char> = "0123456789abcdefxobXOB_+-. \t\u{a0}\u{661}\u{ff11}eEinfatyINF\u{e9}\0"
        .chars()
        .collect();
    for _ in 0..20000 {
        let t = rng.text(&chars, 12);
        let s = PyStr::new(&t);
        let base = [0u32, 2, 8, 10, 16, 36, 1, 37, 99][rng.below(9)];
        let _ = formatting::parse_int(&s, base);
        let _ = formatting::parse_float(&s);
    }
    for _ in 0..20000 {
        let x = f64::from_bits(rng.next());
        let nd = (rng.next() as i64) >> rng.below(64);
        let _ = formatting::round_float(x, nd);
        let _ = formatting::round_float_to_int(x);
        let _ = formatting::float_repr(x);
        let code = ['e', 'E', 'f', 'F', 'g', 'G', 'r', '?'][rng.below(8)];
        let prec = rng.below(40);
        let flags = DtoaFlags {
            sign: rng.below(2) == 0,
            add_dot_0: rng.below(2) == 0,
            alt: rng.below(2) == 0,
            no_neg_0: rng.below(2) == 0,
        };
        let s = formatting::double_to_string(x, code, prec, flags);
        assert!(!s.is_empty());
        let v = BigInt::from(rng.next() as i64) * BigInt::from(rng.next());
        let _ = formatting::round_int(&v, nd);
        let _ = formatting::round_int(&v, -(rng.below(60) as i64));
    }
    let _ = formatting::round_int(&BigInt::from(5), i64::MIN);
}
