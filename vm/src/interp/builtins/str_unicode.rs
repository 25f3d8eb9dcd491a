//! Unicode character properties and case mappings as CPython's `str`
//! methods use them (`isalpha`, `isspace`, `upper`, `title`, `casefold`, ...),
//! on code points (lone surrogates have no properties and map to themselves).
//!
//! General categories come from `unicode-general-category` (Unicode 16.0, as
//! Python 3.14); the derived properties `Lowercase`/`Uppercase` and the full
//! upper/lower mappings from Rust's `char` (also Unicode 16.0); the few
//! titlecase and case-folding mappings that differ from those are tabled
//! here.

use unicode_general_category::{get_general_category, GeneralCategory as Gc};

fn category(c: u32) -> Gc {
    match char::from_u32(c) {
        Some(ch) => get_general_category(ch),
        None => Gc::Surrogate,
    }
}

/// `Py_UNICODE_ISSPACE`: the `White_Space` characters plus the separators
/// U+001C..U+001F.
pub fn is_space(c: u32) -> bool {
    match c {
        0x09..=0x0D | 0x1C..=0x20 => true,
        _ if c < 0x80 => false,
        _ => char::from_u32(c).is_some_and(char::is_whitespace),
    }
}

/// The line boundaries of `str.splitlines`.
pub fn is_linebreak(c: u32) -> bool {
    matches!(
        c,
        0x0A | 0x0B | 0x0C | 0x0D | 0x1C | 0x1D | 0x1E | 0x85 | 0x2028 | 0x2029
    )
}

/// `str.isalpha` for one code point: the letter categories.
pub fn is_alpha(c: u32) -> bool {
    if c < 0x80 {
        return (c as u8).is_ascii_alphabetic();
    }
    matches!(
        category(c),
        Gc::UppercaseLetter
            | Gc::LowercaseLetter
            | Gc::TitlecaseLetter
            | Gc::ModifierLetter
            | Gc::OtherLetter
    )
}

/// `str.isdecimal` for one code point: category Nd.
pub fn is_decimal(c: u32) -> bool {
    if c < 0x80 {
        return (c as u8).is_ascii_digit();
    }
    category(c) == Gc::DecimalNumber
}

/// Code points of category No whose Numeric_Type is Digit (superscripts,
/// circled and parenthesized digits, ...).
const DIGIT_RANGES: &[(u32, u32)] = &[
    (0x00B2, 0x00B3),
    (0x00B9, 0x00B9),
    (0x1369, 0x1371),
    (0x19DA, 0x19DA),
    (0x2070, 0x2070),
    (0x2074, 0x2079),
    (0x2080, 0x2089),
    (0x2460, 0x2468),
    (0x2474, 0x247C),
    (0x2488, 0x2490),
    (0x24EA, 0x24EA),
    (0x24F5, 0x24FD),
    (0x24FF, 0x24FF),
    (0x2776, 0x277E),
    (0x2780, 0x2788),
    (0x278A, 0x2792),
    (0x10A40, 0x10A43),
    (0x10E60, 0x10E68),
    (0x11052, 0x1105A),
    (0x1F100, 0x1F10A),
];

/// Letters (mostly CJK ideographs) that have a numeric value.
const LETTER_NUMERIC: &[u32] = &[
    0x3405, 0x3483, 0x382A, 0x3B4D, 0x4E00, 0x4E03, 0x4E07, 0x4E09, 0x4E24, 0x4E5D, 0x4E8C, 0x4E94,
    0x4E96, 0x4EAC, 0x4EBF, 0x4EC0, 0x4EDF, 0x4EE8, 0x4F0D, 0x4F70, 0x4FE9, 0x5006, 0x5104, 0x5146,
    0x5169, 0x516B, 0x516D, 0x5341, 0x5343, 0x5344, 0x5345, 0x534C, 0x53C1, 0x53C2, 0x53C3, 0x53C4,
    0x56DB, 0x58F1, 0x58F9, 0x5E7A, 0x5EFE, 0x5EFF, 0x5F0C, 0x5F0D, 0x5F0E, 0x5F10, 0x62D0, 0x62FE,
    0x634C, 0x67D2, 0x6D1E, 0x6F06, 0x7396, 0x767E, 0x7695, 0x79ED, 0x8086, 0x842C, 0x8CAE, 0x8CB3,
    0x8D30, 0x920E, 0x94A9, 0x9621, 0x9646, 0x964C, 0x9678, 0x96F6, 0xF96B, 0xF973, 0xF978, 0xF9B2,
    0xF9D1, 0xF9D3, 0xF9FD, 0x20001, 0x20064, 0x200E2, 0x20121, 0x2092A, 0x20983, 0x2098C, 0x2099C,
    0x20AEA, 0x20AFD, 0x20B19, 0x22390, 0x22998, 0x23B1B, 0x2626D, 0x2F890,
];

/// `str.isdigit` for one code point: Numeric_Type Decimal or Digit.
pub fn is_digit(c: u32) -> bool {
    is_decimal(c) || DIGIT_RANGES.iter().any(|&(lo, hi)| (lo..=hi).contains(&c))
}

/// `str.isnumeric` for one code point: any Numeric_Type.
pub fn is_numeric(c: u32) -> bool {
    if c < 0x80 {
        return (c as u8).is_ascii_digit();
    }
    matches!(
        category(c),
        Gc::DecimalNumber | Gc::LetterNumber | Gc::OtherNumber
    ) || LETTER_NUMERIC.binary_search(&c).is_ok()
}

/// `str.isalnum` for one code point.
pub fn is_alnum(c: u32) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

/// Rust's case tables may be of a newer Unicode version than Python's:
/// the characters Python does not know yet have no case.
fn known(ch: char) -> bool {
    ch.is_ascii() || get_general_category(ch) != Gc::Unassigned
}

/// The `Lowercase` property.
pub fn is_lower(c: u32) -> bool {
    // U+0295 lost `Lowercase` after Unicode 16.
    c == 0x295 || char::from_u32(c).is_some_and(|ch| ch.is_lowercase() && known(ch))
}

/// The `Uppercase` property.
pub fn is_upper(c: u32) -> bool {
    char::from_u32(c).is_some_and(|ch| ch.is_uppercase() && known(ch))
}

/// Category Lt.
pub fn is_titlecase(c: u32) -> bool {
    c >= 0x80 && category(c) == Gc::TitlecaseLetter
}

/// The `Cased` property.
pub fn is_cased(c: u32) -> bool {
    is_lower(c) || is_upper(c) || is_titlecase(c)
}

/// The `Case_Ignorable` property.
fn is_case_ignorable(c: u32) -> bool {
    matches!(
        c,
        0x27 | 0x2E
            | 0x3A
            | 0x5E
            | 0x60
            | 0xA8
            | 0xAD
            | 0xAF
            | 0xB4
            | 0xB7
            | 0xB8
            | 0x2018
            | 0x2019
            | 0x2024
            | 0xFE13
            | 0xFE52
            | 0xFE55
            | 0xFF07
            | 0xFF0E
            | 0xFF1A
    ) || matches!(
        category(c),
        Gc::NonspacingMark
            | Gc::EnclosingMark
            | Gc::Format
            | Gc::ModifierLetter
            | Gc::ModifierSymbol
    )
}

/// `str.isidentifier`: XID_Start (or `_`) then XID_Continue characters,
/// approximated by their general categories.
pub fn is_identifier(cps: &[u32]) -> bool {
    let Some((&first, rest)) = cps.split_first() else {
        return false;
    };
    (first == u32::from('_') || is_id_start(first)) && rest.iter().all(|&c| is_id_continue(c))
}

/// `XID_Start`: the letters and letter numbers, with the few exceptions
/// listed (`Other_ID_Start` in, `Pattern_Syntax` and the characters NFKC
/// would change out).
fn is_id_start(c: u32) -> bool {
    if c < 0x80 {
        return (c as u8).is_ascii_alphabetic();
    }
    let letter = matches!(
        category(c),
        Gc::UppercaseLetter
            | Gc::LowercaseLetter
            | Gc::TitlecaseLetter
            | Gc::ModifierLetter
            | Gc::OtherLetter
            | Gc::LetterNumber
    );
    let flipped = matches!(
        c,
        0x37A | 0xE33 | 0xEB3 | 0x1885 | 0x1886 | 0x2118 | 0x212E | 0x2E2F | 0xFC5E
            ..=0xFC63
                | 0xFDFA
                | 0xFDFB
                | 0xFE70
                | 0xFE72
                | 0xFE74
                | 0xFE76
                | 0xFE78
                | 0xFE7A
                | 0xFE7C
                | 0xFE7E
                | 0xFF9E
                | 0xFF9F
    );
    letter != flipped
}

/// `XID_Continue`.
fn is_id_continue(c: u32) -> bool {
    if c < 0x80 {
        return (c as u8).is_ascii_alphanumeric() || c == u32::from('_');
    }
    is_id_start(c)
        || matches!(
            c,
            0xB7 | 0x387 | 0xE33 | 0xEB3 | 0x1369
                ..=0x1371 | 0x19DA | 0x200C | 0x200D | 0x30FB | 0xFF65 | 0xFF9E | 0xFF9F
        )
        || matches!(
            category(c),
            Gc::NonspacingMark | Gc::SpacingMark | Gc::DecimalNumber | Gc::ConnectorPunctuation
        )
}

/// Appends a case mapping of `c`, or `c` itself when the mapping leads
/// to a character Python's Unicode version does not have yet.
fn push_mapped(out: &mut Vec<u32>, c: u32, it: impl Iterator<Item = char> + Clone) {
    if it.clone().all(known) {
        out.extend(it.map(u32::from));
    } else {
        out.push(c);
    }
}

/// The full uppercase mapping of one code point.
pub fn upper_into(c: u32, out: &mut Vec<u32>) {
    match char::from_u32(c) {
        Some(ch) if ch.is_ascii() => out.push(u32::from(ch.to_ascii_uppercase())),
        Some(ch) if known(ch) => push_mapped(out, c, ch.to_uppercase()),
        _ => out.push(c),
    }
}

/// The full lowercase mapping of the code point at `i` in `cps`, with the
/// final-sigma rule (`Σ` at the end of a word lowers to `ς`).
pub fn lower_at(cps: &[u32], i: usize, out: &mut Vec<u32>) {
    let c = cps[i];
    if c == 0x3A3 {
        out.push(if final_sigma(cps, i) { 0x3C2 } else { 0x3C3 });
        return;
    }
    match char::from_u32(c) {
        Some(ch) if ch.is_ascii() => out.push(u32::from(ch.to_ascii_lowercase())),
        Some(ch) if known(ch) => push_mapped(out, c, ch.to_lowercase()),
        _ => out.push(c),
    }
}

/// CPython's `handle_capital_sigma`: preceded by a cased letter and not
/// followed by one (case-ignorable characters skipped both ways).
fn final_sigma(cps: &[u32], i: usize) -> bool {
    let mut j = i;
    let mut before = false;
    while j > 0 {
        j -= 1;
        let c = cps[j];
        if !is_case_ignorable(c) {
            before = is_cased(c);
            break;
        }
    }
    if !before {
        return false;
    }
    let mut after = false;
    for &c in &cps[i + 1..] {
        if !is_case_ignorable(c) {
            after = is_cased(c);
            break;
        }
    }
    !after
}

/// Titlecase mappings that are not the uppercase mapping.
const TITLE_SPECIAL: &[(u32, &[u32])] = &[
    (0x00DF, &[0x53, 0x73]),
    (0x01C4, &[0x01C5]),
    (0x01C5, &[0x01C5]),
    (0x01C6, &[0x01C5]),
    (0x01C7, &[0x01C8]),
    (0x01C8, &[0x01C8]),
    (0x01C9, &[0x01C8]),
    (0x01CA, &[0x01CB]),
    (0x01CB, &[0x01CB]),
    (0x01CC, &[0x01CB]),
    (0x01F1, &[0x01F2]),
    (0x01F2, &[0x01F2]),
    (0x01F3, &[0x01F2]),
    (0x0587, &[0x0535, 0x0582]),
    (0x1FB2, &[0x1FBA, 0x0345]),
    (0x1FB3, &[0x1FBC]),
    (0x1FB4, &[0x0386, 0x0345]),
    (0x1FB7, &[0x0391, 0x0342, 0x0345]),
    (0x1FBC, &[0x1FBC]),
    (0x1FC2, &[0x1FCA, 0x0345]),
    (0x1FC3, &[0x1FCC]),
    (0x1FC4, &[0x0389, 0x0345]),
    (0x1FC7, &[0x0397, 0x0342, 0x0345]),
    (0x1FCC, &[0x1FCC]),
    (0x1FF2, &[0x1FFA, 0x0345]),
    (0x1FF3, &[0x1FFC]),
    (0x1FF4, &[0x038F, 0x0345]),
    (0x1FF7, &[0x03A9, 0x0342, 0x0345]),
    (0x1FFC, &[0x1FFC]),
    (0xFB00, &[0x46, 0x66]),
    (0xFB01, &[0x46, 0x69]),
    (0xFB02, &[0x46, 0x6C]),
    (0xFB03, &[0x46, 0x66, 0x69]),
    (0xFB04, &[0x46, 0x66, 0x6C]),
    (0xFB05, &[0x53, 0x74]),
    (0xFB06, &[0x53, 0x74]),
    (0xFB13, &[0x0544, 0x0576]),
    (0xFB14, &[0x0544, 0x0565]),
    (0xFB15, &[0x0544, 0x056B]),
    (0xFB16, &[0x054E, 0x0576]),
    (0xFB17, &[0x0544, 0x056D]),
];

/// The full titlecase mapping of one code point.
pub fn title_into(c: u32, out: &mut Vec<u32>) {
    if let Ok(k) = TITLE_SPECIAL.binary_search_by_key(&c, |&(k, _)| k) {
        out.extend_from_slice(TITLE_SPECIAL[k].1);
        return;
    }
    match c {
        // Greek with ypogegrammeni: the titlecase is the prosgegrammeni form.
        0x1F80..=0x1FAF => out.push(c | 8),
        // Georgian Mkhedruli letters are their own titlecase.
        0x10D0..=0x10FA | 0x10FD..=0x10FF => out.push(c),
        _ => upper_into(c, out),
    }
}

/// Simple case foldings that are not the lowercase mapping.
fn fold_simple(c: u32) -> u32 {
    match c {
        0xB5 => 0x3BC,
        0x17F => 0x73,
        0x345 | 0x1FBE => 0x3B9,
        0x3C2 => 0x3C3,
        0x3D0 => 0x3B2,
        0x3D1 => 0x3B8,
        0x3D5 => 0x3C6,
        0x3D6 => 0x3C0,
        0x3F0 => 0x3BA,
        0x3F1 => 0x3C1,
        0x3F5 => 0x3B5,
        0x1E9B => 0x1E61,
        0x1C80 => 0x432,
        0x1C81 => 0x434,
        0x1C82 => 0x43E,
        0x1C83 => 0x441,
        0x1C84 | 0x1C85 => 0x442,
        0x1C86 => 0x44A,
        0x1C87 => 0x463,
        0x1C88 => 0xA64B,
        0x13F8..=0x13FD => c - 8,
        0xAB70..=0xABBF => c - 0xAB70 + 0x13A0,
        _ => c,
    }
}

/// The full case folding of one code point (`str.casefold`).
pub fn fold_into(c: u32, out: &mut Vec<u32>) {
    match c {
        // Cherokee folds to its uppercase letters.
        0x13A0..=0x13F5 => return out.push(c),
        0x1E9E => return out.extend_from_slice(&[0x73, 0x73]),
        0x1F80..=0x1FAF => {
            let base = [0x1F00, 0x1F20, 0x1F60][((c - 0x1F80) / 16) as usize];
            return out.extend_from_slice(&[base + (c & 7), 0x3B9]);
        }
        _ => {}
    }
    let simple = fold_simple(c);
    if simple != c {
        return out.push(simple);
    }
    let Some(ch) = char::from_u32(c).filter(|&ch| known(ch)) else {
        return out.push(c);
    };
    if ch.is_ascii() {
        return out.push(u32::from(ch.to_ascii_lowercase()));
    }
    let up: Vec<char> = ch.to_uppercase().collect();
    if up.len() > 1 {
        for u in up {
            for l in u.to_lowercase() {
                out.push(fold_simple(u32::from(l)));
            }
        }
    } else {
        for l in ch.to_lowercase() {
            out.push(fold_simple(u32::from(l)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(s: &str, f: fn(u32, &mut Vec<u32>)) -> String {
        let mut out = Vec::new();
        for c in s.chars() {
            f(u32::from(c), &mut out);
        }
        out.iter().filter_map(|&c| char::from_u32(c)).collect()
    }

    #[test]
    fn mappings() {
        assert_eq!(map("straße", upper_into), "STRASSE");
        assert_eq!(map("ß", fold_into), "ss");
        assert_eq!(map("ǆ", title_into), "ǅ");
        assert_eq!(map("ﬁ", title_into), "Fi");
        assert_eq!(map("ᾳ", fold_into), "αι");
        assert_eq!(map("ς", fold_into), "σ");
        let cps: Vec<u32> = "ΟΔΟΣ".chars().map(u32::from).collect();
        let mut out = Vec::new();
        for i in 0..cps.len() {
            lower_at(&cps, i, &mut out);
        }
        assert_eq!(out.last(), Some(&0x3C2));
    }

    #[test]
    fn tables_are_sorted() {
        assert!(LETTER_NUMERIC.windows(2).all(|w| w[0] < w[1]));
        assert!(TITLE_SPECIAL.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn predicates() {
        assert!(is_space(0x1C) && is_space(0xA0) && !is_space(0x200B));
        assert!(is_numeric(u32::from('½')) && !is_digit(u32::from('½')));
        assert!(is_digit(u32::from('²')) && !is_decimal(u32::from('²')));
        assert!(is_identifier(&[0x5F, 0x61, 0x31]));
        assert!(!is_identifier(&[0x31, 0x78]));
    }
}
