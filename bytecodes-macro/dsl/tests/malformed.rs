//! Malformed DSL input: each case is reported at the right line and column, with
//! a message that names the problem.

use bytecodes_dsl::analyze_file;

/// Wraps definitions in the markers; the snippet's first line is line 2 of the file.
fn wrap(src: &str) -> String {
    format!("// BEGIN BYTECODES //\n{src}\n// END BYTECODES //\n")
}

/// Asserts that the snippet fails at `line:col` (in snippet lines, 1-based) with
/// a first error containing `needle`.
fn fails(src: &str, line: u32, col: u32, needle: &str) {
    let err = analyze_file("bad.c", &wrap(src)).expect_err("the input is malformed");
    let d = err.first();
    assert_eq!(
        (d.span.line, d.span.column),
        (line + 1, col),
        "position of `{}` for:\n{src}",
        d.message
    );
    assert!(
        d.message.contains(needle),
        "message `{}` lacks `{needle}`",
        d.message
    );
    assert_eq!(
        d.to_string(),
        format!("bad.c:{}:{col}: error: {}", line + 1, d.message)
    );
}

const OK_UOPS: &str = "op(_A, (x -- x)) { use(x); }\nop(_B, (c/1, x -- y)) { y = f(x, c); }\n";

#[test]
fn missing_begin_marker() {
    let err = analyze_file("bad.c", "inst(NOP, (--)) {}").unwrap_err();
    assert_eq!((err.first().span.line, err.first().span.column), (1, 1));
    assert!(err.first().message.contains("BEGIN BYTECODES"));
}

#[test]
fn missing_end_marker() {
    let err = analyze_file("bad.c", "\n// BEGIN BYTECODES //\ninst(NOP, (--)) {}").unwrap_err();
    assert_eq!(err.first().span.line, 2);
    assert!(err.first().message.contains("END BYTECODES"));
}

#[test]
fn unterminated_comment() {
    fails(
        "inst(NOP, (--)) {\n  /* never closed\n}",
        2,
        3,
        "unterminated `/*` comment",
    );
}

#[test]
fn unterminated_string() {
    fails(
        "inst(NOP, (--)) {\n  f(\"abc);\n}",
        2,
        5,
        "unterminated string literal",
    );
}

#[test]
fn unexpected_character() {
    fails(
        "inst(NOP, (--)) {\n  x = @y;\n}",
        2,
        7,
        "unexpected character `@`",
    );
}

#[test]
fn missing_separator_in_effect() {
    fails(
        "inst(A, (x y)) { }",
        1,
        12,
        "expected `--` between the inputs and outputs of `A`",
    );
}

#[test]
fn cache_entry_after_stack_item() {
    fails(
        "inst(A, (x, counter/1 -- y)) { }",
        1,
        13,
        "cache entry `counter` of `A` comes after a stack item",
    );
}

#[test]
fn cache_entry_as_output() {
    fails(
        "inst(A, (x -- counter/1)) { }",
        1,
        15,
        "cache entries can only be inputs",
    );
}

#[test]
fn unknown_top_level_word() {
    fails("instr(A, (--)) { }", 1, 1, "expected a definition");
}

#[test]
fn annotation_before_macro() {
    fails(
        "op(_X, (--)) {}\npure macro(X) = _X;",
        2,
        6,
        "expected `inst` or `op` after the annotations",
    );
}

#[test]
fn replicate_without_count() {
    fails(
        "replicate(n) inst(A, (--)) { }",
        1,
        11,
        "the count of `replicate(N)`",
    );
}

#[test]
fn unclosed_body() {
    fails(
        "inst(A, (--)) {\n  if (x) {\n    y();\n}",
        1,
        15,
        "the body of `A` is never closed",
    );
}

#[test]
fn macro_with_unknown_uop() {
    fails(
        &format!("{OK_UOPS}macro(M) = _A + _NOPE + _B;"),
        3,
        17,
        "macro `M` uses unknown uop `_NOPE`",
    );
}

#[test]
fn macro_without_semicolon() {
    fails(
        &format!("{OK_UOPS}macro(M) = _A + _B\ninst(C, (--)) {{}}"),
        4,
        1,
        "expected `;` or `+` after the parts of macro `M`",
    );
}

#[test]
fn duplicate_instruction() {
    fails(
        "inst(A, (--)) { }\ninst(A, (--)) { }",
        2,
        6,
        "duplicate definition of instruction or uop `A` (first defined at bad.c:2:6)",
    );
}

#[test]
fn op_and_macro_with_one_name() {
    fails(
        "op(_A, (--)) { }\nmacro(_A) = _A;",
        2,
        7,
        "duplicate definition",
    );
}

#[test]
fn family_member_unknown() {
    fails(
        "inst(A, (--)) { }\nfamily(A, 0) = { A_FAST };",
        2,
        18,
        "family `A` member `A_FAST` is not an instruction",
    );
}

#[test]
fn family_head_unknown() {
    fails(
        "inst(A, (--)) { }\nfamily(B, 0) = { A };",
        2,
        8,
        "family head `B` is not an instruction",
    );
}

#[test]
fn family_member_with_other_cache_size() {
    fails(
        &format!(
            "{OK_UOPS}macro(H) = _B;\nmacro(H_FAST) = _A + unused/2;\nfamily(H, 1) = {{ H_FAST }};"
        ),
        5,
        18,
        "member `H_FAST` has 2 cache entries, but the head has 1",
    );
}

#[test]
fn family_size_disagrees_with_head() {
    fails(
        &format!("{OK_UOPS}macro(H) = _B;\nfamily(H, 3) = {{ }};"),
        4,
        18,
        "the list is empty",
    );
    fails(
        &format!("{OK_UOPS}macro(H) = _B;\nmacro(H2) = _B;\nfamily(H, 3) = {{ H2 }};"),
        5,
        8,
        "declares 3 cache entries but its head has 1",
    );
}

#[test]
fn deopt_and_exit_in_one_op() {
    fails(
        "op(_G, (x -- x)) {\n  DEOPT_IF(a);\n  EXIT_IF(b);\n}",
        1,
        4,
        "uses both DEOPT_IF and EXIT_IF",
    );
}

#[test]
fn cache_entry_of_bad_width() {
    fails(
        "inst(A, (version/3 --)) { }",
        1,
        10,
        "cache entry `version` of `A` is 3 code units",
    );
}

#[test]
fn pseudo_with_unknown_target() {
    fails(
        "inst(A, (--)) { }\npseudo(P, (--)) = { A, B };",
        2,
        24,
        "pseudo-op `P` target `B` is not an instruction",
    );
}

#[test]
fn pseudo_with_unknown_flag() {
    fails(
        "inst(A, (--)) { }\npseudo(P, (--), (HAS_STUFF)) = { A };",
        2,
        18,
        "unknown flag `HAS_STUFF`",
    );
}

#[test]
fn member_of_two_families() {
    fails(
        "inst(A, (--)) { }\ninst(B, (--)) { }\ninst(C, (--)) { }\nfamily(A, 0) = { C };\nfamily(B, 0) = { C };",
        5,
        18,
        "`C` is already a member of family `A`",
    );
}

#[test]
fn bad_array_size_expression() {
    fails(
        "inst(A, (x[oparg +] --)) { }",
        1,
        19,
        "expression ends too early",
    );
}

#[test]
fn unclosed_array_size() {
    fails(
        "inst(A, (x[oparg -- y)) { }",
        1,
        18,
        "unexpected `--` in the array size of `x`",
    );
}

#[test]
fn stack_mismatch_between_uops() {
    fails(
        "op(_P, (-- v[2])) { }\nop(_Q, (a, b -- )) { }\nmacro(M) = _P + _Q;",
        3,
        7,
        "stack mismatch: `_Q` takes input `b` of size `1`, but `_P` left `v` of size `2` there",
    );
}

#[test]
fn two_inputs_with_one_name() {
    fails(
        "inst(A, (x, x -- y)) { }",
        1,
        13,
        "`A` has two inputs named `x`",
    );
}

#[test]
fn preprocessor_line_between_definitions() {
    fails(
        "inst(A, (--)) { }\n#if X\ninst(B, (--)) { }",
        2,
        1,
        "preprocessor lines may only appear inside",
    );
}

#[test]
fn spilled_without_label() {
    fails(
        "spilled inst(A, (--)) { }",
        1,
        9,
        "expected `label` after `spilled`",
    );
}

#[test]
fn negative_cache_in_an_effect() {
    fails(
        "inst(A, (c/-1 --)) { }",
        1,
        12,
        "expected the size of cache entry `c`",
    );
}

#[test]
fn too_many_instructions() {
    let src: String = (0..300)
        .map(|i| format!("inst(I{i:03}, (--)) {{ }}\n"))
        .collect();
    fails(&src, 1, 6, "too many instructions");
}

#[test]
fn all_errors_are_reported_not_just_the_first() {
    let err = analyze_file(
        "bad.c",
        &wrap("inst(A, (--)) { }\ninst(A, (--)) { }\nmacro(M) = _X;"),
    )
    .unwrap_err();
    assert_eq!(err.0.len(), 2, "{err}");
}
