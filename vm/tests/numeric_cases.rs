//! Hand-picked cases of `pyvm::numeric`: big-number edges, size limits,
//! `float.hex`/`fromhex` round trips, and a sweep that runs every
//! operation on extreme operands to show that none panics.

use std::rc::Rc;

use num_bigint::BigInt;
use pyvm::formatting::{complex_repr, float_repr};
use pyvm::numeric::{self, BinOp, CmpOp, ExcKind, Num, NumResult};

fn pow10(n: u32) -> Num {
    Num::from_bigint(BigInt::from(10u8).pow(n))
}

fn pow2(n: u32) -> Num {
    Num::from_bigint(BigInt::from(2u8).pow(n))
}

fn err(r: NumResult) -> (ExcKind, String) {
    let e = r.expect_err("expected an exception");
    (e.kind, e.message)
}

fn float(r: NumResult) -> f64 {
    match r.unwrap() {
        Num::Float(f) => f,
        other => panic!("not a float: {other:?}"),
    }
}

#[test]
fn huge_int_true_division() {
    assert_eq!(float(numeric::truediv(&pow10(400), &pow10(399))), 10.0);
    assert_eq!(
        float(numeric::truediv(&Num::Int(1), &pow10(400))).to_bits(),
        0.0f64.to_bits()
    );
    assert_eq!(
        err(numeric::truediv(&pow10(400), &Num::Int(3))),
        (
            ExcKind::OverflowError,
            "integer division result too large for a float".into()
        )
    );
    // 0 / negative is -0.0, as in CPython
    assert!(float(numeric::truediv(&Num::Int(0), &Num::Int(-5))).is_sign_negative());
    assert!(float(numeric::truediv(&Num::Int(0), &pow10(30).clone())).is_sign_positive());
}

#[test]
fn int_float_equality_is_exact() {
    let big = numeric::add(&pow2(53), &Num::Int(1)).unwrap();
    let f = Num::Float(9007199254740992.0);
    assert!(!numeric::eq(&big, &f));
    assert!(numeric::richcompare(CmpOp::Gt, &big, &f).unwrap());
    assert!(numeric::eq(&pow2(53), &f));
    assert!(!numeric::eq(&pow10(400), &Num::Float(f64::INFINITY)));
    assert!(numeric::richcompare(CmpOp::Lt, &pow10(400), &Num::Float(f64::INFINITY)).unwrap());
    let nan = Num::Float(f64::NAN);
    assert!(!numeric::eq(&nan, &nan));
    assert!(numeric::richcompare(CmpOp::Ne, &nan, &Num::Int(1)).unwrap());
    assert!(!numeric::richcompare(CmpOp::Le, &nan, &Num::Int(1)).unwrap());
    assert!(numeric::eq(&Num::Complex(2.0, 0.0), &Num::Int(2)));
    assert!(!numeric::eq(&Num::Complex(2.0, 1.0), &Num::Int(2)));
}

#[test]
fn size_limits_raise_instead_of_exhausting_memory() {
    let memory = (ExcKind::MemoryError, String::new());
    let too_many = (
        ExcKind::OverflowError,
        "too many digits in integer".to_string(),
    );
    assert_eq!(err(numeric::pow(&Num::Int(2), &pow10(30), None)), memory);
    assert_eq!(err(numeric::pow(&Num::Int(-3), &pow2(40), None)), memory);
    assert_eq!(err(numeric::pow(&pow2(10_000), &pow2(20), None)), memory);
    assert_eq!(err(numeric::lshift(&Num::Int(1), &pow2(62))), memory);
    assert_eq!(err(numeric::lshift(&Num::Int(1), &pow2(64))), memory);
    assert_eq!(err(numeric::lshift(&Num::Int(1), &pow10(30))), too_many);
    assert_eq!(err(numeric::lshift(&Num::Int(-1), &pow2(70))), too_many);
    // trivial cases stay cheap whatever the size
    assert_eq!(
        numeric::pow(&Num::Int(-1), &pow10(400), None)
            .unwrap()
            .as_i64(),
        Some(1)
    );
    assert_eq!(
        numeric::pow(
            &Num::Int(-1),
            &numeric::add(&pow10(400), &Num::Int(1)).unwrap(),
            None
        )
        .unwrap()
        .as_i64(),
        Some(-1)
    );
    assert_eq!(
        numeric::pow(&Num::Int(0), &pow10(400), None)
            .unwrap()
            .as_i64(),
        Some(0)
    );
    assert_eq!(
        numeric::pow(&Num::Int(2), &pow10(400), Some(&Num::Int(7)))
            .unwrap()
            .as_i64(),
        Some(2)
    );
    assert_eq!(
        numeric::lshift(&Num::Int(0), &pow10(400)).unwrap().as_i64(),
        Some(0)
    );
    assert_eq!(
        numeric::rshift(&Num::Int(-5), &pow10(400))
            .unwrap()
            .as_i64(),
        Some(-1)
    );
    assert_eq!(
        numeric::rshift(&pow2(1000), &pow2(64)).unwrap().as_i64(),
        Some(0)
    );
    assert_eq!(
        numeric::rshift(&numeric::neg(&pow2(1000)), &Num::Int(999))
            .unwrap()
            .as_i64(),
        Some(-2)
    );
    assert_eq!(
        err(numeric::pow(&Num::Float(2.0), &pow10(400), None)),
        (
            ExcKind::OverflowError,
            "int too large to convert to float".into()
        )
    );
    assert_eq!(
        err(numeric::pow(&pow10(400), &Num::Int(-1), None)),
        (
            ExcKind::OverflowError,
            "int too large to convert to float".into()
        )
    );
    assert_eq!(
        err(numeric::pow(&Num::Float(10.0), &Num::Int(400), None)),
        (
            ExcKind::OverflowError,
            "(34, 'Numerical result out of range')".into()
        )
    );
}

/// Where `x << n` stops being a `MemoryError` (allocation failure) and
/// becomes `OverflowError: too many digits in integer` (the size exceeds
/// 64-bit CPython's limit of 2**61 - 7 thirty-bit digits), as observed on a
/// native 64-bit CPython.
#[test]
fn shift_size_limit_boundary() {
    let m = BigInt::from(2_305_843_009_213_693_945u64); // MAX_LONG_DIGITS
    let cases: [(i64, i64, bool); 12] = [
        // (count - 30 * M, x, raises OverflowError)
        (-30, 1, false),
        (-30, 1 << 29, false),
        (-30, 1 << 30, true),
        (-30, -1, false),
        (-29, 1, true),
        (-29, -1, true),
        (0, 1, true),
        (0, -1, true),
        (-31, 1, false),
        (-31, 1 << 29, false),
        (-31, 1 << 30, true),
        (-31, -1, false),
    ];
    for (offset, x, overflow) in cases {
        let n = Num::from_bigint(&m * 30 + offset);
        let (kind, _) = err(numeric::lshift(&Num::Int(x), &n));
        let expected = if overflow {
            ExcKind::OverflowError
        } else {
            ExcKind::MemoryError
        };
        assert_eq!(kind, expected, "{x} << (30 * M + {offset})");
    }
    let (kind, _) = err(numeric::lshift(&Num::Int(1), &pow2(66)));
    assert_eq!(kind, ExcKind::OverflowError);
    let (kind, _) = err(numeric::lshift(&Num::Int(1), &pow2(63)));
    assert_eq!(kind, ExcKind::MemoryError);
}

/// Complex powers and moduli go through libm (`hypot`, `pow`, `atan2`,
/// `exp`, `log`, `sin`, `cos`). These are the results of native CPython on
/// Linux/glibc, which pyodide (musl) misses in the last bits.
#[test]
fn libm_results_match_native_cpython() {
    let cases: [(Num, Num, &str); 4] = [
        (
            Num::Int(-1),
            Num::Complex(0.0, 1.0),
            "(0.04321391826377225+0j)",
        ),
        (
            Num::Int(-2),
            Num::Complex(-1.5, -0.5),
            "(0.5777094671598981+1.5996369433878534j)",
        ),
        (
            Num::Complex(1.0, 2.0),
            Num::Complex(1.0, 2.0),
            "(-0.22251715680177267+0.10070913113607541j)",
        ),
        (
            Num::Float(-1.0),
            Num::Float(20.26744965094652),
            "(0.6673005830813334+0.7447885148277412j)",
        ),
    ];
    for (a, b, expected) in cases {
        match numeric::pow(&a, &b, None).unwrap() {
            Num::Complex(re, im) => assert_eq!(complex_repr(re, im), expected),
            other => panic!("{other:?}"),
        }
    }
    let abs = |re, im| float(numeric::abs(&Num::Complex(re, im)));
    assert_eq!(
        float_repr(abs(1.493055123283824, -0.0919480814471978)),
        "1.4958837023130827"
    );
    assert_eq!(
        float_repr(abs(-1.789891887730498, -1.8007323605117231)),
        "2.538966325880981"
    );
}

#[test]
fn float_hex_round_trips() {
    let mut x: u64 = 0x1234_5678_9abc_def1;
    for _ in 0..20_000 {
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        let f = f64::from_bits(x.wrapping_mul(0x2545_f491_4f6c_dd1d));
        let back = numeric::float_fromhex(&numeric::float_hex(f)).unwrap();
        if f.is_nan() {
            assert!(back.is_nan());
        } else {
            assert_eq!(back.to_bits(), f.to_bits(), "{}", numeric::float_hex(f));
        }
    }
    assert_eq!(numeric::float_hex(1.5), "0x1.8000000000000p+0");
    assert_eq!(numeric::float_hex(-0.0), "-0x0.0p+0");
    assert_eq!(numeric::float_hex(5e-324), "0x0.0000000000001p-1022");
}

#[test]
fn conversions() {
    assert_eq!(numeric::float_to_int(-2.9).unwrap().as_i64(), Some(-2));
    assert_eq!(
        numeric::float_to_int(1e300).unwrap().to_bigint().unwrap(),
        numeric::float_as_integer_ratio(1e300)
            .unwrap()
            .0
            .to_bigint()
            .unwrap()
    );
    assert_eq!(
        numeric::float_to_int(-9_223_372_036_854_775_808.0)
            .unwrap()
            .as_i64(),
        Some(i64::MIN)
    );
    assert!(matches!(
        numeric::float_to_int(9_223_372_036_854_775_808.0).unwrap(),
        Num::Big(_)
    ));
    assert_eq!(numeric::bit_length(&Num::Int(i64::MIN)), Some(64));
    assert_eq!(numeric::bit_length(&pow2(100)), Some(101));
    assert_eq!(numeric::bit_length(&Num::Float(1.0)), None);
    assert_eq!(numeric::bit_count(&Num::Int(-255)), Some(8));
    assert!(numeric::float_is_integer(-0.0));
    assert!(!numeric::float_is_integer(f64::INFINITY));
    assert!(numeric::is_true(&Num::Float(f64::NAN)));
    assert!(!numeric::is_true(&Num::Complex(0.0, -0.0)));
    assert!(!numeric::is_true(&Num::Big(Rc::new(BigInt::from(0)))));
}

/// Every operation on every pair of extreme operands: no panic, and every
/// integer result normalised.
#[test]
fn no_panics_on_extreme_operands() {
    let huge = BigInt::from(2u8).pow(1100u32);
    let values = vec![
        Num::Int(0),
        Num::Int(1),
        Num::Int(-1),
        Num::Int(2),
        Num::Int(-3),
        Num::Int(i64::MAX),
        Num::Int(i64::MIN),
        Num::Big(Rc::new(BigInt::from(0))),
        Num::Big(Rc::new(BigInt::from(i64::MIN))),
        pow2(64),
        numeric::neg(&pow2(200)),
        Num::from_bigint(huge.clone()),
        Num::from_bigint(-huge),
        Num::Float(0.0),
        Num::Float(-0.0),
        Num::Float(5e-324),
        Num::Float(f64::MAX),
        Num::Float(-f64::MAX),
        Num::Float(f64::INFINITY),
        Num::Float(f64::NEG_INFINITY),
        Num::Float(f64::NAN),
        Num::Float(-2.5),
        Num::Complex(0.0, 0.0),
        Num::Complex(f64::NAN, f64::INFINITY),
        Num::Complex(f64::MAX, -f64::MAX),
        Num::Complex(-1.0, 5e-324),
        Num::Complex(f64::INFINITY, 0.0),
    ];
    let ops = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::TrueDiv,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::Pow,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::And,
        BinOp::Or,
        BinOp::Xor,
        BinOp::MatMul,
    ];
    let normalised = |r: &NumResult| {
        if let Ok(Num::Big(b)) = r {
            assert!(num_traits::ToPrimitive::to_i64(&**b).is_none());
        }
    };
    for a in &values {
        for b in &values {
            for op in ops {
                normalised(&numeric::binary_op(op, a, b));
            }
            let _ = numeric::divmod(a, b);
            for op in [
                CmpOp::Lt,
                CmpOp::Le,
                CmpOp::Eq,
                CmpOp::Ne,
                CmpOp::Gt,
                CmpOp::Ge,
            ] {
                let _ = numeric::richcompare(op, a, b);
            }
            for m in [&Num::Int(7), &Num::Int(-1), &Num::Int(0), b] {
                if !matches!(b, Num::Big(_)) || m.is_int() {
                    normalised(&numeric::pow(a, b, Some(m)));
                }
            }
        }
        normalised(&Ok(numeric::neg(a)));
        normalised(&numeric::abs(a));
        normalised(&numeric::invert(a));
        normalised(&numeric::to_int(a));
        let _ = numeric::to_float(a);
        let _ = numeric::hash(a, 0);
        let _ = numeric::is_true(a);
        if let Num::Float(f) = a {
            let _ = numeric::float_as_integer_ratio(*f);
            let _ = numeric::float_fromhex(&numeric::float_hex(*f));
        }
    }
}

#[test]
fn fromhex_rejects_garbage_without_panicking() {
    for s in [
        "",
        "-",
        "0x",
        "0x.",
        ".",
        "p1",
        "0xp1",
        "0x1p",
        "0x1p+",
        "0x1.2.3",
        "0x1 p1",
        "--1",
        "0x1p1e",
        "\u{e9}",
        "0x1\u{e9}",
        "1_0",
        "0x1.8p1 x",
    ] {
        let e = numeric::float_fromhex(s).expect_err(s);
        assert_eq!(e.kind, ExcKind::ValueError, "{s:?}");
        assert_eq!(e.message, "invalid hexadecimal floating-point string");
    }
    // ASCII whitespace only (vertical tab and form feed included)
    assert_eq!(numeric::float_fromhex("\x0b 0x1p0\x0c\r\n").unwrap(), 1.0);
    assert!(numeric::float_fromhex("\u{a0}0x1p0").is_err());
    // long mantissas: exact powers, and ties broken by a far-away digit
    let long = format!("0x1{}p-400000", "0".repeat(100_000));
    assert_eq!(numeric::float_fromhex(&long).unwrap(), 1.0);
    let tie = format!("0x1.00000000000008{}", "0".repeat(1000));
    assert_eq!(numeric::float_fromhex(&tie).unwrap(), 1.0);
    let above = format!("{tie}1");
    assert_eq!(numeric::float_fromhex(&above).unwrap(), 1.0 + f64::EPSILON);
    let long = format!("0x{}p-99999999999999999999999", "f".repeat(5000));
    assert_eq!(numeric::float_fromhex(&long).unwrap(), 0.0);
    let long = format!("0x{}", "f".repeat(300));
    assert_eq!(
        numeric::float_fromhex(&long).unwrap_err().message,
        "hexadecimal value too large to represent as a float"
    );
}
