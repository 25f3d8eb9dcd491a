//! `pyvm::traceback` on arbitrary input: random sources (odd whitespace,
//! wide and combining characters, unbalanced brackets, deep nesting) and
//! random positions (beyond the line, end before start, huge numbers) must
//! never panic, and the output keeps its shape. Also the small public
//! helpers.

use pyvm::traceback::{
    format_exception, format_exception_only, format_frame, format_stack, qualified_type_name,
    Frame, NoSources, Report, SourceLines, SourceMap, MAX_GROUP_DEPTH,
};

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

const PIECES: &[&str] = &[
    "a", "b", "foo", "x.y", "f(", ")", "(", "[", "]", "{", "}", " + ", "-", "**", "//", " ", "  ",
    "\t", "\x0c", "\r", "\\", "#", "'", "\"", "\"\"\"", "f'{", "}", ":", ",", "=", " = ",
    "return ", "lambda ", "not ", " if ", " else ", "é", "漢字", "🐍", "\u{301}", "\u{3000}",
    "\u{a0}", "1", "0x", "1.5e", "yield", "await ", "*", "@", "$", "\0", "\u{2028}", "\x1c", ";",
    "...", "x = f(a)", "a[1]", "f(x)",
];

fn random_line(rng: &mut Rng) -> String {
    let n = rng.below(12);
    (0..n).map(|_| *rng.pick(PIECES)).collect()
}

fn random_source(rng: &mut Rng) -> String {
    let n = rng.below(8);
    let mut s = String::new();
    for _ in 0..n {
        s.push_str(&random_line(rng));
        let newline: &&str = rng.pick(&["\n", "\n", "\r\n", "\r"]);
        s.push_str(newline);
    }
    s
}

fn random_pos(rng: &mut Rng) -> Option<u32> {
    match rng.below(10) {
        0 => None,
        1 => Some(u32::MAX - rng.below(3) as u32),
        2 => Some(0),
        _ => Some(rng.below(40) as u32),
    }
}

fn random_frame(rng: &mut Rng, files: &[&str]) -> Frame {
    let lineno = match rng.below(8) {
        0 => None,
        1 => Some(u32::MAX - rng.below(2) as u32),
        _ => Some(rng.below(10) as u32),
    };
    let end_lineno = match rng.below(5) {
        0 => None,
        1 => lineno.map(|l| l.saturating_sub(1)),
        2 => Some(rng.below(12) as u32),
        3 if rng.below(50) == 0 => Some(u32::MAX),
        _ => lineno.map(|l| l.saturating_add(rng.below(4) as u32)),
    };
    Frame {
        filename: rng.pick(files).to_string(),
        lineno,
        end_lineno,
        col: random_pos(rng),
        end_col: random_pos(rng),
        name: rng.pick(&["<module>", "f", "名前", ""]).to_string(),
    }
}

fn random_report(rng: &mut Rng, files: &[&str], depth: usize) -> Report {
    let mut r = Report::new(
        *rng.pick(&["ValueError", "pkg.E", "X"]),
        *rng.pick(&["", "msg", "a\nb", "\r|\x0c"]),
    );
    if rng.below(4) == 0 {
        r.message = None;
    }
    for _ in 0..rng.below(6) {
        r.frames.push(random_frame(rng, files));
    }
    for _ in 0..rng.below(3) {
        r.notes
            .push(rng.pick(&["n", "", "x\ny", "\u{2028}z"]).to_string());
    }
    if depth < 4 {
        if rng.below(3) == 0 {
            r.cause = Some(Box::new(random_report(rng, files, depth + 1)));
        }
        if rng.below(3) == 0 {
            r.context = Some(Box::new(random_report(rng, files, depth + 1)));
        }
        r.suppress_context = rng.below(2) == 0;
        if rng.below(8) == 0 {
            let n = rng.below(if depth == 0 { 20 } else { 4 });
            r.exceptions = Some(
                (0..n)
                    .map(|_| random_report(rng, files, depth + 1))
                    .collect(),
            );
        }
    }
    r
}

#[test]
fn random_input_never_panics() {
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let files = ["a.py", "b.py", "missing.py"];
    for _ in 0..1500 {
        let mut sources = SourceMap::new();
        sources.insert("a.py", &random_source(&mut rng));
        sources.insert("b.py", &random_source(&mut rng));
        let report = random_report(&mut rng, &files, 0);
        let out = format_exception(&report, &mut sources);
        assert!(out.ends_with('\n'), "{out:?}");
        let frame = random_frame(&mut rng, &files);
        let text = format_frame(&frame, &mut sources);
        assert!(
            text.starts_with("  File \"") && text.ends_with('\n'),
            "{text:?}"
        );
    }
}

#[test]
fn deep_nesting_is_bounded() {
    struct One(String);
    impl SourceLines for One {
        fn line(&mut self, _: &str, lineno: u32) -> Option<String> {
            (lineno == 1).then(|| self.0.clone())
        }
    }
    for depth in [10usize, 199, 200, 201, 5000] {
        for (open, close) in [
            ("(", ")"),
            ("[", "]"),
            ("-", ""),
            ("not ", ""),
            ("lambda: ", ""),
            ("a if b else ", ""),
        ] {
            let line = format!("x = {}y + 1{}", open.repeat(depth), close.repeat(depth));
            let len = line.len() as u32;
            let frame = Frame::new("t.py", "f", 1, 1, 4, len - 1);
            let out = format_frame(&frame, &mut One(line));
            assert!(
                out.starts_with("  File \"t.py\", line 1, in f\n    x = "),
                "{out}"
            );
        }
    }
    // Groups nested far beyond the depth limit.
    let mut r = Report::new("ValueError", "leaf");
    for i in 0..(MAX_GROUP_DEPTH + 30) {
        let mut g = Report::new("ExceptionGroup", format!("level {i}"));
        g.exceptions = Some(vec![r]);
        r = g;
    }
    let out = format_exception(&r, &mut NoSources);
    assert!(out.contains("... (max_group_depth is 10)"));
}

#[test]
fn helpers() {
    assert_eq!(
        qualified_type_name(Some("builtins"), "ValueError"),
        "ValueError"
    );
    assert_eq!(qualified_type_name(Some("__main__"), "A.B"), "A.B");
    assert_eq!(qualified_type_name(Some("pkg.mod"), "E"), "pkg.mod.E");
    assert_eq!(qualified_type_name(None, "E"), "<unknown>.E");

    let mut r = Report::new("KeyError", "");
    assert_eq!(format_exception_only(&r), "KeyError\n");
    r.message = Some("'k'".into());
    r.notes = vec!["a\nb".into()];
    assert_eq!(format_exception_only(&r), "KeyError: 'k'\na\nb\n");
    assert_eq!(
        format_exception(&r, &mut NoSources),
        "KeyError: 'k'\na\nb\n"
    );

    let mut m = SourceMap::new();
    m.insert("s.py", "\u{feff}one\r\ntwo\rthree\nfour");
    assert_eq!(m.line("s.py", 1).as_deref(), Some("one"));
    assert_eq!(m.line("s.py", 2).as_deref(), Some("two"));
    assert_eq!(m.line("s.py", 3).as_deref(), Some("three"));
    assert_eq!(m.line("s.py", 4).as_deref(), Some("four"));
    assert_eq!(m.line("s.py", 5), None);
    assert_eq!(m.line("s.py", 0), None);
    assert_eq!(m.line("t.py", 1), None);

    // A whole traceback, built by hand.
    let mut src = SourceMap::new();
    src.insert("m.py", "def f(a):\n    return a + 'x'\n\nf(1)\n");
    let mut r = Report::new(
        "TypeError",
        "unsupported operand type(s) for +: 'int' and 'str'",
    );
    r.frames = vec![
        Frame::new("m.py", "<module>", 4, 4, 0, 4),
        Frame::new("m.py", "f", 2, 2, 11, 18),
    ];
    assert_eq!(
        format_exception(&r, &mut src),
        "Traceback (most recent call last):\n  File \"m.py\", line 4, in <module>\n    f(1)\n    ~^^^\n  \
         File \"m.py\", line 2, in f\n    return a + 'x'\n           ~~^~~~~\n\
         TypeError: unsupported operand type(s) for +: 'int' and 'str'\n"
    );
    let frames = vec![Frame::new("m.py", "f", 2, 2, 11, 18); 6];
    let stack = format_stack(&frames, &mut src);
    assert!(
        stack.ends_with("  [Previous line repeated 3 more times]\n"),
        "{stack}"
    );
}
