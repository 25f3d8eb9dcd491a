//! Hand-made malformed marshal data: each case must give a clear error (or,
//! where CPython accepts it, a value), never a panic.

use pyvm::marshal::{self, ErrorKind, MarshalValue, MAX_DEPTH};

fn err(data: &[u8]) -> String {
    match marshal::loads(data) {
        Ok(v) => panic!("expected an error, got {v:?}"),
        Err(e) => e.to_string(),
    }
}

fn le(n: i32) -> [u8; 4] {
    n.to_le_bytes()
}

fn cat(parts: &[&[u8]]) -> Vec<u8> {
    parts.concat()
}

#[test]
fn unknown_type_code() {
    assert_eq!(err(b"W"), "unknown type code 0x57 ('W') at offset 0");
    assert_eq!(err(&[b')', 1, 0x01]), "unknown type code 0x01 at offset 2");
    // 'I' (int64) is defined by marshal but CPython 3.14 cannot read it.
    assert_eq!(err(b"I"), "unknown type code 0x49 ('I') at offset 0");
}

#[test]
fn truncation_names_what_was_being_read() {
    assert_eq!(
        err(b""),
        "unexpected end of data at offset 0 while reading the type code"
    );
    assert_eq!(
        err(&cat(&[b"(", &le(2), b"i\x01"])),
        "unexpected end of data at offset 7 while reading a 4-byte int, \
         for item 0 of a tuple of 2 items at offset 0"
    );
    assert_eq!(
        err(&cat(&[b"(", &le(2), b")\x00"])),
        "unexpected end of data at offset 7 while reading the type code, \
         for item 1 of a tuple of 2 items at offset 0"
    );
    assert_eq!(
        err(b"{NT"),
        "unexpected end of data at offset 3 while reading the type code, for key 1 of a dict at offset 0"
    );
    assert_eq!(
        err(b"c\x01\x00\x00\x00"),
        "unexpected end of data at offset 5 while reading co_posonlyargcount of a code object \
         at offset 0"
    );
    assert_eq!(
        err(b"g\x00\x00"),
        "unexpected end of data at offset 3 while reading an 8-byte float"
    );
}

#[test]
fn declared_lengths_are_checked_before_allocating() {
    assert_eq!(
        err(&cat(&[b"s", &le(i32::MAX)])),
        "length 2147483647 of bytes at offset 1 is larger than the 0 bytes left"
    );
    assert_eq!(
        err(&cat(&[b"u", &le(-1)])),
        "negative length -1 for str at offset 1"
    );
    assert_eq!(
        err(&cat(&[b"(", &le(5), b"NN"])),
        "length 5 of tuple at offset 1 is larger than the 2 bytes left"
    );
    assert!(err(&cat(&[b"[", &le(1 << 30), b"N"])).contains("list"));
    assert!(err(&cat(&[b"l", &le(i32::MIN), b"\x01\x00"])).contains("an int's digits"));
    assert!(err(&[b'z', 200, b'a']).contains("larger than the 1 bytes left"));
    // Many nested containers each claiming all the rest of the input: each
    // is checked against what is left, and preallocation is capped, so this
    // is cheap and fails on the truncation.
    let mut bomb = Vec::new();
    for _ in 0..1500 {
        bomb.push(b'(');
        bomb.extend_from_slice(&le(3 * 1500));
    }
    assert!(marshal::loads(&bomb).is_err());
}

#[test]
fn nesting_depth_is_limited() {
    let nested = |depth: usize| {
        let mut v = Vec::new();
        for _ in 0..depth {
            v.extend_from_slice(&[b')', 1]);
        }
        v.push(b'N');
        v
    };
    // CPython's limit: the innermost object may be at depth MAX_DEPTH.
    let ok = marshal::loads(&nested(MAX_DEPTH - 1)).unwrap();
    let mut depth = 0;
    let mut v = &ok;
    while let MarshalValue::Tuple(t) = v {
        depth += 1;
        v = &t[0];
    }
    assert_eq!(depth, MAX_DEPTH - 1);
    drop(ok);
    let e = marshal::loads(&nested(MAX_DEPTH)).unwrap_err();
    assert_eq!(
        e.to_string(),
        format!(
            "objects nested more than 2000 levels deep at offset {}",
            2 * MAX_DEPTH
        )
    );
    // A deep dict/list/slice mix fails the same way, not with a stack overflow.
    let mut mix = Vec::new();
    for i in 0..100_000 {
        match i % 3 {
            0 => mix.extend_from_slice(b"{N"),
            1 => mix.extend_from_slice(&cat(&[b"[", &le(1)])),
            _ => mix.push(b':'),
        }
    }
    assert!(matches!(
        marshal::loads(&mix).unwrap_err().kind(),
        ErrorKind::TooDeep { .. }
    ));
}

#[test]
fn back_references() {
    // A flagged tuple takes slot 0 before its flagged item takes slot 1.
    let data = cat(&[b"\xa8", &le(2), b"\xe9", &le(7), b"r", &le(1)]);
    match marshal::loads(&data).unwrap() {
        MarshalValue::Tuple(t) => {
            assert_eq!(t.len(), 2);
            for item in t.iter() {
                assert!(matches!(item, MarshalValue::Int(i) if i.to_string() == "7"));
            }
        }
        v => panic!("{v:?}"),
    }
    // A reference to the tuple from inside itself is a cycle.
    let data = cat(&[b"\xa8", &le(1), b"r", &le(0)]);
    assert_eq!(
        err(&data),
        "back-reference 0 at offset 5 points to an object that is still being read \
         (a reference cycle, which is not supported)"
    );
    // Out of range, negative.
    let data = cat(&[b"(", &le(2), b"\xe9", &le(1), b"r", &le(5)]);
    assert_eq!(
        err(&data),
        "invalid back-reference 5 at offset 10 (only 1 objects so far)"
    );
    assert!(err(&cat(&[b"r", &le(-1)])).contains("invalid back-reference -1"));
    // The flag on a singleton takes no slot (as in CPython).
    let data = cat(&[b"(", &le(2), b"\xce", b"r", &le(0)]);
    assert!(err(&data).contains("only 0 objects"));
    // Code objects and slices reserve their slot when they start.
    let data = cat(&[b"(", &le(2), b"\xba\xe9", &le(1), b"NN", b"r", &le(0)]);
    match marshal::loads(&data).unwrap() {
        MarshalValue::Tuple(t) => assert!(matches!(&t[1], MarshalValue::Slice(_))),
        v => panic!("{v:?}"),
    }
    let data = cat(&[
        b"(",
        &le(2),
        b"\xba\xe9",
        &le(1),
        b"Nr",
        &le(1),
        b"r",
        &le(0),
    ]);
    match marshal::loads(&data).unwrap() {
        MarshalValue::Tuple(t) => match &t[0] {
            MarshalValue::Slice(s) => assert!(matches!(&s.step, MarshalValue::Int(_))),
            v => panic!("{v:?}"),
        },
        v => panic!("{v:?}"),
    }
}

#[test]
fn null_and_dicts() {
    assert_eq!(
        err(b"0"),
        "NULL object at offset 0 where an object is required"
    );
    assert_eq!(
        err(&cat(&[b"(", &le(1), b"0"])),
        "NULL object at offset 5 where an object is required (item 0 of a tuple of 1 items at offset 0)"
    );
    match marshal::loads(b"{NT\xe9\x01\x00\x00\x00F0").unwrap() {
        MarshalValue::Dict(d) => assert_eq!(d.len(), 2),
        v => panic!("{v:?}"),
    }
    // CPython also ends a dict at a NULL in a value's place.
    match marshal::loads(b"{NTN0").unwrap() {
        MarshalValue::Dict(d) => assert_eq!(d.len(), 1),
        v => panic!("{v:?}"),
    }
}

#[test]
fn malformed_scalars() {
    assert_eq!(
        err(&cat(&[b"l", &le(1), b"\x00\x80"])),
        "int digit 0 out of range (0x8000) at offset 0"
    );
    assert_eq!(
        err(&cat(&[b"l", &le(-2), b"\x01\x00\x00\x00"])),
        "unnormalized int (top digit is 0) at offset 0"
    );
    match marshal::loads(&cat(&[b"l", &le(0)])).unwrap() {
        MarshalValue::Int(i) => assert_eq!(i.to_string(), "0"),
        v => panic!("{v:?}"),
    }
    assert_eq!(err(b"f\x03abc"), "invalid float text \"abc\" at offset 1");
    assert_eq!(err(b"f\x02 1"), "invalid float text \" 1\" at offset 1");
    assert!(err(b"x\x011\x01?").contains("complex imaginary part text"));
    assert_eq!(
        err(&cat(&[b"u", &le(4), b"ab\xff\xfe"])),
        "invalid UTF-8 in a str (surrogatepass) at offset 7"
    );
    // 'a' strings are Latin-1, as CPython reads them.
    match marshal::loads(b"z\x02\xe9!").unwrap() {
        MarshalValue::Str(s) => assert_eq!(s.as_str(), Some("\u{e9}!")),
        v => panic!("{v:?}"),
    }
}

/// Marshal data of a code object whose fields are given.
fn code(ints: [i32; 5], fields: &[&[u8]], firstlineno: i32) -> Vec<u8> {
    let mut v = vec![b'c'];
    for i in ints {
        v.extend_from_slice(&le(i));
    }
    for f in &fields[..8] {
        v.extend_from_slice(f);
    }
    v.extend_from_slice(&le(firstlineno));
    for f in &fields[8..] {
        v.extend_from_slice(f);
    }
    v
}

#[test]
fn code_objects_are_type_checked() {
    let empty_bytes: &[u8] = b"s\x00\x00\x00\x00";
    let empty_tuple: &[u8] = b")\x00";
    let name: &[u8] = b"z\x01f";
    let good = [
        &b"s\x02\x00\x00\x00\x01\x00"[..],
        empty_tuple,
        empty_tuple,
        b")\x01z\x01a",
        b"s\x01\x00\x00\x00\x26",
        name,
        name,
        name,
        empty_bytes,
        empty_bytes,
    ];
    let c = marshal::loads(&code([1, 0, 0, 1, 3], &good, 7)).unwrap();
    let c = c.as_code().unwrap();
    assert_eq!(c.argcount, 1);
    assert_eq!(c.firstlineno, 7);
    assert_eq!(c.localsplusnames[0].as_str(), Some("a"));

    let mut bad = good;
    bad[2] = b")\x01N";
    assert_eq!(
        err(&code([1, 0, 0, 1, 3], &bad, 7)),
        "code object: co_names item 0 must be a str, found NoneType at offset 0"
    );
    let mut bad = good;
    bad[0] = b"s\x01\x00\x00\x00\x01";
    assert!(err(&code([1, 0, 0, 1, 3], &bad, 7)).contains("co_code has an odd length (1)"));
    let mut bad = good;
    bad[4] = empty_bytes;
    assert!(err(&code([1, 0, 0, 1, 3], &bad, 7)).contains("co_localspluskinds has 0 entries"));
    let mut bad = good;
    bad[6] = empty_tuple;
    assert!(err(&code([1, 0, 0, 1, 3], &bad, 7)).contains("co_name must be a str, found tuple"));
    assert!(err(&code([-1, 0, 0, 1, 3], &good, 7)).contains("co_argcount is negative (-1)"));
    assert!(err(&code([1, 2, 0, 1, 3], &good, 7)).contains("co_posonlyargcount (2) is larger"));
    assert!(
        err(&code([2, 0, 0, 1, 3], &good, 7)).contains("1 fast locals cannot hold 2 parameters")
    );
    // Truncated just before co_firstlineno.
    let full = code([1, 0, 0, 1, 3], &good, 7);
    let cut = full.len() - 2 * empty_bytes.len() - 2;
    assert_eq!(
        err(&full[..cut]),
        format!(
            "unexpected end of data at offset {cut} while reading co_firstlineno of a code object \
             at offset 0"
        )
    );
}

#[test]
fn deepest_valid_mix_loads_and_drops() {
    // Nest lists, dicts, slices and frozensets to the limit, then drop the
    // tree (dropping is recursive, so this also checks it fits a test
    // thread's stack).
    let mut data = Vec::new();
    let mut tails: Vec<&[u8]> = Vec::new();
    for i in 0..MAX_DEPTH - 1 {
        match i % 4 {
            0 => {
                data.extend_from_slice(&cat(&[b"[", &le(1)]));
                tails.push(b"");
            }
            1 => {
                data.extend_from_slice(b"{N");
                tails.push(b"0");
            }
            2 => {
                data.push(b':');
                tails.push(b"NN");
            }
            _ => {
                data.extend_from_slice(&cat(&[b">", &le(1)]));
                tails.push(b"");
            }
        }
    }
    data.push(b'T');
    for t in tails.iter().rev() {
        data.extend_from_slice(t);
    }
    let (v, used) = marshal::loads_prefix(&data).unwrap();
    assert_eq!(used, data.len());
    assert!(matches!(v, MarshalValue::List(_)));
    drop(v);
}

#[test]
fn deeply_nested_code_objects_load_and_drop() {
    // Each level is a code object whose co_consts holds the next one: two
    // marshal levels per code object.
    let levels = (MAX_DEPTH - 1) / 2;
    let mut prefix = Vec::new();
    let mut suffix = Vec::new();
    for _ in 0..levels {
        prefix.push(b'c');
        for i in [0, 0, 0, 1, 0] {
            prefix.extend_from_slice(&le(i));
        }
        prefix.extend_from_slice(b"s\x00\x00\x00\x00");
        prefix.extend_from_slice(&cat(&[b")", &[1]]));
        let mut tail = Vec::new();
        tail.extend_from_slice(b")\x00)\x00s\x00\x00\x00\x00z\x01fz\x01fz\x01f");
        tail.extend_from_slice(&le(1));
        tail.extend_from_slice(b"s\x00\x00\x00\x00s\x00\x00\x00\x00");
        suffix.push(tail);
    }
    let mut data = prefix;
    data.push(b'N');
    for t in suffix.iter().rev() {
        data.extend_from_slice(t);
    }
    let (v, used) = marshal::loads_prefix(&data).unwrap();
    assert_eq!(used, data.len());
    let mut depth = 0;
    let mut c = v.as_code().unwrap().clone();
    while let Some(inner) = c.consts.first().and_then(|k| k.as_code()).cloned() {
        depth += 1;
        c = inner;
    }
    assert_eq!(depth, levels - 1);
    drop(c);
    drop(v);
}
