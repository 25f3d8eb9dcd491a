//! Deterministic randomized tests of `pyvm::numeric`:
//!
//! * every int operation's `i64` fast path against the big-integer path
//!   (the same values passed as `Num::Big`, which the operations accept
//!   unnormalised) and against exact `i128` arithmetic;
//! * int/int true division and int to float conversion against an exact
//!   rational check of correct rounding (half to even);
//! * int/float comparisons against exact rational comparisons.

use std::cmp::Ordering;
use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use pyvm::numeric::{self, BinOp, CmpOp, ExcKind, Num, NumResult};

/// xorshift64*: a small deterministic generator.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// An i64 drawn from edge values and from random bit widths.
    fn int(&mut self) -> i64 {
        const EDGES: [i64; 16] = [
            0,
            1,
            -1,
            2,
            -2,
            i64::MAX,
            i64::MIN,
            i64::MIN + 1,
            i64::MAX - 1,
            1 << 31,
            -(1 << 31),
            1 << 32,
            1 << 53,
            -(1 << 53) - 1,
            1 << 62,
            -(1 << 62),
        ];
        if self.below(5) == 0 {
            return EDGES[self.below(EDGES.len() as u64) as usize];
        }
        let bits = self.below(65) as u32;
        let v = if bits == 0 {
            0
        } else {
            (self.next() >> (64 - bits)) as i64
        };
        if self.below(2) == 0 {
            v.wrapping_neg()
        } else {
            v
        }
    }

    /// A random big integer of up to `max_bits` bits, either sign.
    fn big(&mut self, max_bits: u64) -> BigInt {
        let bits = self.below(max_bits + 1);
        let mut v = BigInt::zero();
        let mut have = 0;
        while have < bits {
            v = (v << 64u32) + BigInt::from(self.next());
            have += 64;
        }
        v >>= (have - bits) as usize;
        if self.below(2) == 0 {
            -v
        } else {
            v
        }
    }
}

fn big_num(v: i64) -> Num {
    Num::Big(Rc::new(BigInt::from(v)))
}

/// A canonical description of a result: variant + value, so that an
/// unnormalised result (a `Big` holding an i64 value) is caught.
fn describe(r: &NumResult) -> String {
    match r {
        Ok(Num::Int(i)) => format!("Int({i})"),
        Ok(Num::Big(b)) => {
            assert!(b.to_i64().is_none(), "unnormalised Big result {b}");
            format!("Big({b})")
        }
        Ok(Num::Float(f)) => format!("Float({:#x})", f.to_bits()),
        Ok(Num::Complex(re, im)) => format!("Complex({:#x}, {:#x})", re.to_bits(), im.to_bits()),
        Err(e) => format!("{}: {}", e.kind.name(), e.message),
    }
}

fn describe_pair(r: &NumResult<(Num, Num)>) -> String {
    match r {
        Ok((q, m)) => format!(
            "({}, {})",
            describe(&Ok(q.clone())),
            describe(&Ok(m.clone()))
        ),
        Err(e) => format!("{}: {}", e.kind.name(), e.message),
    }
}

/// Exact expected results from i128 arithmetic, where it is simple.
fn expected_i128(op: BinOp, x: i64, y: i64) -> Option<String> {
    let (a, b) = (i128::from(x), i128::from(y));
    let int = |v: i128| match i64::try_from(v) {
        Ok(i) => format!("Int({i})"),
        Err(_) => format!("Big({v})"),
    };
    let zero = "ZeroDivisionError: division by zero".to_string();
    Some(match op {
        BinOp::Add => int(a + b),
        BinOp::Sub => int(a - b),
        BinOp::Mul => int(a * b),
        BinOp::FloorDiv => {
            if b == 0 {
                zero
            } else {
                int(Integer::div_floor(&a, &b))
            }
        }
        BinOp::Mod => {
            if b == 0 {
                zero
            } else {
                int(Integer::mod_floor(&a, &b))
            }
        }
        BinOp::And => int(a & b),
        BinOp::Or => int(a | b),
        BinOp::Xor => int(a ^ b),
        BinOp::RShift => {
            if b < 0 {
                "ValueError: negative shift count".into()
            } else {
                int(a >> b.min(127))
            }
        }
        _ => return None,
    })
}

#[test]
fn int_fast_paths_match_big_paths() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
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
    ];
    let mut checked = 0;
    for _ in 0..20_000 {
        let x = rng.int();
        let y0 = rng.int();
        for op in ops {
            let y = if matches!(op, BinOp::Pow | BinOp::LShift) {
                // keep results small
                (y0 % 140).abs() * if rng.below(8) == 0 { -1 } else { 1 }
            } else {
                y0
            };
            let fast = describe(&numeric::binary_op(op, &Num::Int(x), &Num::Int(y)));
            for (a, b) in [
                (big_num(x), Num::Int(y)),
                (Num::Int(x), big_num(y)),
                (big_num(x), big_num(y)),
            ] {
                let slow = describe(&numeric::binary_op(op, &a, &b));
                assert_eq!(fast, slow, "{op:?} {x} {y}");
            }
            if let Some(exact) = expected_i128(op, x, y) {
                assert_eq!(fast, exact, "{op:?} {x} {y}");
            }
            checked += 1;
        }
        let y = y0;
        let fast = describe_pair(&numeric::divmod(&Num::Int(x), &Num::Int(y)));
        let slow = describe_pair(&numeric::divmod(&big_num(x), &big_num(y)));
        assert_eq!(fast, slow, "divmod {x} {y}");
        for op in [
            CmpOp::Lt,
            CmpOp::Le,
            CmpOp::Eq,
            CmpOp::Ne,
            CmpOp::Gt,
            CmpOp::Ge,
        ] {
            let fast = numeric::richcompare(op, &Num::Int(x), &Num::Int(y)).unwrap();
            let slow = numeric::richcompare(op, &big_num(x), &Num::Int(y)).unwrap();
            assert_eq!(fast, slow);
            assert_eq!(fast, op.holds(Some(x.cmp(&y))));
        }
        for (fast, slow) in [
            (numeric::neg(&Num::Int(x)), numeric::neg(&big_num(x))),
            (
                numeric::abs(&Num::Int(x)).unwrap(),
                numeric::abs(&big_num(x)).unwrap(),
            ),
            (
                numeric::invert(&Num::Int(x)).unwrap(),
                numeric::invert(&big_num(x)).unwrap(),
            ),
            (numeric::pos(&Num::Int(x)), numeric::pos(&big_num(x))),
        ] {
            assert_eq!(describe(&Ok(fast)), describe(&Ok(slow)), "unary {x}");
        }
        assert_eq!(
            numeric::hash(&Num::Int(x), 0),
            numeric::hash(&big_num(x), 0),
            "hash {x}"
        );
        assert_eq!(
            numeric::bit_length(&Num::Int(x)),
            numeric::bit_length(&big_num(x))
        );
        assert_eq!(
            numeric::bit_count(&Num::Int(x)),
            numeric::bit_count(&big_num(x))
        );
        assert_eq!(
            describe(&numeric::to_float(&Num::Int(x)).map(Num::Float)),
            describe(&numeric::to_float(&big_num(x)).map(Num::Float))
        );
        checked += 1;
    }
    assert!(checked > 200_000);
}

#[test]
fn three_argument_pow_fast_and_big_paths_agree() {
    let mut rng = Rng(12345);
    for _ in 0..3_000 {
        let (x, y, m) = (rng.int(), rng.int() % 1000, rng.int());
        let fast = describe(&numeric::pow(
            &Num::Int(x),
            &Num::Int(y),
            Some(&Num::Int(m)),
        ));
        let slow = describe(&numeric::pow(&big_num(x), &big_num(y), Some(&big_num(m))));
        assert_eq!(fast, slow, "pow({x}, {y}, {m})");
        if let Ok(Num::Int(r)) = numeric::pow(&Num::Int(x), &Num::Int(y), Some(&Num::Int(m))) {
            // the result lies between 0 and m
            assert!(if m > 0 {
                (0..m).contains(&r)
            } else {
                r <= 0 && r > m
            });
            if y >= 0 {
                let expect = BigInt::from(x).modpow(&BigInt::from(y), &BigInt::from(m).abs());
                let expect = if m < 0 && !expect.is_zero() {
                    expect + BigInt::from(m)
                } else {
                    expect
                };
                assert_eq!(BigInt::from(r), expect);
            }
        }
    }
}

/// `x == num * 2**exp` exactly.
fn exact(x: f64) -> (BigInt, i64) {
    let r = numeric::float_as_integer_ratio(x).unwrap();
    let (n, d) = (r.0.to_bigint().unwrap(), r.1.to_bigint().unwrap());
    if d.is_one() {
        (n, 0)
    } else {
        (n, -(d.bits() as i64 - 1))
    }
}

/// Sign of `a/b - num * 2**exp` (b > 0).
fn cmp_ratio(a: &BigInt, b: &BigInt, num: &BigInt, exp: i64) -> Ordering {
    if exp >= 0 {
        a.cmp(&(b * (num << exp as usize)))
    } else {
        (a << (-exp) as usize).cmp(&(b * num))
    }
}

/// Midpoint of two adjacent non-negative doubles as `(num, exp)`.
fn midpoint(x: f64, y: f64) -> (BigInt, i64) {
    let (a, ea) = exact(x);
    let (b, eb) = exact(y);
    let e = ea.min(eb);
    ((a << (ea - e) as usize) + (b << (eb - e) as usize), e - 1)
}

/// Checks that `q` is `a / b` (b > 0, a >= 0) rounded half to even, or that
/// the result overflows when `q` is `None`.
fn check_rounding(a: &BigInt, b: &BigInt, q: Option<f64>) {
    // the midpoint between f64::MAX and 2**1024 (not a double)
    let limit = (
        BigInt::from(2u8).pow(1024u32) - BigInt::from(2u8).pow(970u32),
        0,
    );
    let Some(q) = q else {
        assert_ne!(
            cmp_ratio(a, b, &limit.0, limit.1),
            Ordering::Less,
            "{a}/{b} should fit"
        );
        return;
    };
    assert!(q >= 0.0 && q.is_finite());
    let even = q.to_bits() & 1 == 0;
    if q > 0.0 {
        let below = f64::from_bits(q.to_bits() - 1);
        let (m, e) = midpoint(below, q);
        match cmp_ratio(a, b, &m, e) {
            Ordering::Less => panic!("{a}/{b}: {q} too large"),
            Ordering::Equal => assert!(even, "{a}/{b}: tie must go to even"),
            Ordering::Greater => {}
        }
    }
    if q < f64::MAX {
        let above = f64::from_bits(q.to_bits() + 1);
        let (m, e) = midpoint(q, above);
        match cmp_ratio(a, b, &m, e) {
            Ordering::Greater => panic!("{a}/{b}: {q} too small"),
            Ordering::Equal => assert!(even, "{a}/{b}: tie must go to even"),
            Ordering::Less => {}
        }
    } else {
        assert_eq!(cmp_ratio(a, b, &limit.0, limit.1), Ordering::Less);
    }
}

fn as_result(r: NumResult) -> Option<f64> {
    match r {
        Ok(Num::Float(f)) => Some(f.abs()),
        Err(e) => {
            assert_eq!(e.kind, ExcKind::OverflowError, "{}", e.message);
            None
        }
        Ok(other) => panic!("unexpected {other:?}"),
    }
}

#[test]
fn true_division_and_int_to_float_round_correctly() {
    let mut rng = Rng(777);
    for i in 0..4_000 {
        let a = rng.big(if i % 4 == 0 { 2200 } else { 200 });
        let mut b = rng.big(if i % 3 == 0 { 2200 } else { 120 });
        if b.is_zero() {
            b = BigInt::one();
        }
        // steer some quotients to the overflow and subnormal edges
        let a = match i % 5 {
            0 => &b << 1023usize,
            1 => (&b >> 1070usize) + BigInt::from(i),
            _ => a,
        };
        let q = as_result(numeric::truediv(
            &Num::from_bigint(a.clone()),
            &Num::from_bigint(b.clone()),
        ));
        check_rounding(&a.abs(), &b.abs(), q);
        let f = numeric::to_float(&Num::from_bigint(a.clone()));
        let f = match f {
            Ok(f) => Some(f.abs()),
            Err(e) => {
                assert_eq!(e.message, "int too large to convert to float");
                None
            }
        };
        check_rounding(&a.abs(), &BigInt::one(), f);
        // Rust's decimal parsing is correctly rounded too
        if let Some(f) = f {
            assert_eq!(f, a.abs().to_string().parse::<f64>().unwrap());
        }
    }
}

#[test]
fn int_float_comparisons_are_exact() {
    let mut rng = Rng(4242);
    for _ in 0..5_000 {
        let n = rng.big(1100);
        let f = match numeric::to_float(&Num::from_bigint(n.clone())) {
            Ok(f) => {
                let bits = f.to_bits();
                match rng.below(4) {
                    0 => f,
                    1 => f64::from_bits(bits.wrapping_add(1)),
                    2 => f64::from_bits(bits.wrapping_sub(1)),
                    _ => f * 0.5,
                }
            }
            Err(_) => f64::INFINITY,
        };
        if f.is_nan() {
            continue;
        }
        let expected = if f.is_infinite() {
            if f > 0.0 {
                Ordering::Less
            } else {
                Ordering::Greater
            }
        } else {
            let (m, e) = exact(f);
            cmp_ratio(&n, &BigInt::one(), &m, e)
        };
        let a = Num::from_bigint(n.clone());
        assert_eq!(
            numeric::partial_cmp(&a, &Num::Float(f)),
            Some(expected),
            "{n} vs {f}"
        );
        assert_eq!(
            numeric::partial_cmp(&Num::Float(f), &a),
            Some(expected.reverse())
        );
        assert_eq!(numeric::eq(&a, &Num::Float(f)), expected == Ordering::Equal);
        if expected == Ordering::Equal {
            assert_eq!(numeric::hash(&a, 0), numeric::hash(&Num::Float(f), 0));
        }
    }
}
