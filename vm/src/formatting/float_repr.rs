//! `repr(float)` and CPython's `PyOS_double_to_string` layouts.
//!
//! Every float-to-text conversion in CPython goes through one routine that
//! first asks for decimal digits (shortest round-trip, N significant digits,
//! or N digits after the point, always correctly rounded with ties to even
//! on the exact binary value) and then lays them out in one of four styles:
//! `e`, `f`, `g` or `r` (repr). This module reproduces both halves; the
//! digits come from Rust's own correctly rounded float formatting.

/// Options of [`double_to_string`], after CPython's `Py_DTSF_*` flags.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DtoaFlags {
    /// Always write a sign (`+` for non-negative numbers).
    pub sign: bool,
    /// Write `.0` after an integral value laid out without exponent (`r`
    /// and `g` as used by `format(x, '')` and `format(x, '.3')`).
    pub add_dot_0: bool,
    /// Alternate form (`#`): keep the decimal point and, for `g`, the
    /// trailing zeros.
    pub alt: bool,
    /// `z`: a value that rounds to zero is written without a minus sign.
    pub no_neg_0: bool,
}

/// Decimal digits of a finite float: the value is `0.DIGITS × 10^decpt`
/// (with `neg` giving the sign bit). `digits` has no leading or trailing
/// zeros, except that zero is `"0"` with `decpt == 1`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Digits {
    pub neg: bool,
    pub digits: Vec<u8>,
    pub decpt: i64,
}

impl Digits {
    fn from_parts(neg: bool, mut digits: Vec<u8>, mut decpt: i64) -> Digits {
        let lead = digits.iter().take_while(|&&d| d == b'0').count();
        digits.drain(..lead);
        decpt -= lead as i64;
        while digits.last() == Some(&b'0') {
            digits.pop();
        }
        if digits.is_empty() {
            return Digits {
                neg,
                digits: vec![b'0'],
                decpt: 1,
            };
        }
        Digits { neg, digits, decpt }
    }

    fn is_zero(&self) -> bool {
        self.digits == b"0"
    }
}

/// Splits Rust's `{:e}` output (`d.ddde-5`) into digits and exponent.
fn split_exp(s: &str) -> (Vec<u8>, i64) {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let digits: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    (digits, exp.parse().unwrap_or(0))
}

/// Shortest digits that read back as `x` (David Gay's mode 0).
///
/// Among the shortest strings that round-trip, CPython picks the one
/// nearest to `x`, breaking exact ties to even; Rust's shortest formatter
/// finds the length but may break such a tie upwards, so the correctly
/// rounded string of that length is preferred whenever it round-trips.
pub(crate) fn shortest_digits(x: f64) -> Digits {
    let (digits, exp) = split_exp(&format!("{:e}", x.abs()));
    if x.is_finite() && digits.len() > 1 {
        let s = format!("{:.*e}", digits.len() - 1, x.abs());
        if s.parse::<f64>().ok() == Some(x.abs()) {
            let (d2, e2) = split_exp(&s);
            return Digits::from_parts(x.is_sign_negative(), d2, e2 + 1);
        }
    }
    Digits::from_parts(x.is_sign_negative(), digits, exp + 1)
}

/// A double has at most 767 significant decimal digits; asking for more
/// only appends zeros, so requests are capped here (Rust's formatter also
/// refuses precisions above `u16::MAX`).
const MAX_SIG: usize = 800;
/// The exact expansion of a double ends at most 1074 digits after the point.
const MAX_FRAC: usize = 1100;

/// `n` (at least 1) significant digits, correctly rounded (mode 2).
pub(crate) fn significant_digits(x: f64, n: usize) -> Digits {
    let n = n.clamp(1, MAX_SIG);
    let (digits, exp) = split_exp(&format!("{:.*e}", n - 1, x.abs()));
    Digits::from_parts(x.is_sign_negative(), digits, exp + 1)
}

/// Digits rounded to `n` places after the decimal point (mode 3).
pub(crate) fn fixed_digits(x: f64, n: usize) -> Digits {
    let n = n.min(MAX_FRAC);
    let s = format!("{:.*}", n, x.abs());
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let mut digits = int.as_bytes().to_vec();
    digits.extend_from_slice(frac.as_bytes());
    Digits::from_parts(x.is_sign_negative(), digits, int.len() as i64)
}

/// Python's `repr(float)`: the shortest digits that round-trip, in fixed
/// notation for `1e-4 <= |x| < 1e16` (with `.0` added to integral values)
/// and in exponent notation (`1e+16`, `1.5e-05`) otherwise.
pub fn float_repr(x: f64) -> String {
    double_to_string(
        x,
        'r',
        0,
        DtoaFlags {
            add_dot_0: true,
            ..DtoaFlags::default()
        },
    )
}

/// Python's `str(float)`, which is the same as `repr` since Python 3.2.
pub fn float_str(x: f64) -> String {
    float_repr(x)
}

/// CPython's `PyOS_double_to_string`: formats `x` with `code` one of
/// `e E f F g G r` (`r`: shortest round-trip, `precision` ignored).
///
/// `e` writes `precision` digits after the point with an exponent of at
/// least two digits; `f` writes `precision` digits after the point; `g`
/// writes `precision` significant digits (0 counts as 1), switching to
/// exponent notation when the exponent is below -4 or not below the
/// precision, and drops trailing zeros unless `flags.alt`. Upper-case
/// codes upper-case `e`, `inf` and `nan`. Any other code is treated as `r`.
///
/// Precisions above 2**28 are treated as 2**28 (CPython would need
/// gigabytes for them; the formatters refuse them before calling this).
pub fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let precision = precision.min(super::MAX_LAYOUT);
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let mut out = String::new();
    if x.is_nan() {
        // CPython never writes a sign for a NaN, whatever its sign bit.
        if flags.sign {
            out.push('+');
        }
        out.push_str(if upper { "NAN" } else { "nan" });
        return out;
    }
    if x.is_infinite() {
        if x < 0.0 {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(if upper { "INF" } else { "inf" });
        return out;
    }
    let (d, precision) = match code {
        'e' => {
            let p = precision.saturating_add(1);
            (significant_digits(x, p), p)
        }
        'f' => (fixed_digits(x, precision), precision),
        'g' => {
            let p = precision.max(1);
            (significant_digits(x, p), p)
        }
        _ => (shortest_digits(x), 17),
    };
    let mut neg = d.neg;
    if flags.no_neg_0 && d.is_zero() {
        neg = false;
    }
    let digits_len = d.digits.len() as i64;
    let mut decpt = d.decpt;
    let precision = precision as i64;
    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }
    vdigits_end = vdigits_end.max(digits_len);

    if neg {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let digits = std::str::from_utf8(&d.digits).unwrap_or("0");
    // Leading zeros, with the point among them when decpt <= 0.
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    // The digits, with the point inside them when it falls there.
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(digits);
    }
    // Trailing zeros, with the point among them when decpt > digits_len.
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push('0');
        }
        out.push_str(&e.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_basics() {
        assert_eq!(float_repr(1.0), "1.0");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1e15), "1000000000000000.0");
        assert_eq!(float_repr(1e-5), "1e-05");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(-0.0), "-0.0");
        assert_eq!(float_repr(1.5e300), "1.5e+300");
        assert_eq!(float_repr(f64::INFINITY), "inf");
        assert_eq!(float_repr(f64::NAN), "nan");
        assert_eq!(float_repr(0.1 + 0.2), "0.30000000000000004");
    }
}
