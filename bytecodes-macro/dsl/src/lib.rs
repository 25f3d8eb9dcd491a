//! Front end and analyzer for CPython's instruction definition DSL.
//!
//! The pipeline is [`lexer`] → [`parser`] → [`analysis`]; [`dump`] renders the result.
//! [`analyze_file`] runs all of it on a whole `bytecodes.c`.

pub mod analysis;
pub mod ast;
pub mod diagnostic;
pub mod dump;
pub mod expr;
pub mod interface;
pub mod lexer;
pub mod parser;

pub use analysis::Analysis;
pub use diagnostic::{Diagnostic, Diagnostics, Span};

/// Analyzes a whole instruction file: only the text between the
/// `// BEGIN BYTECODES //` and `// END BYTECODES //` markers is read.
pub fn analyze_file(file: &str, text: &str) -> Result<Analysis, Diagnostics> {
    let tokens = lexer::lex_file(file, text)?;
    analyze_tokens(file, text, &tokens)
}

/// Analyzes definitions written without markers, such as an inline `bytecodes!` text.
pub fn analyze_fragment(file: &str, text: &str) -> Result<Analysis, Diagnostics> {
    let tokens = lexer::lex_fragment(file, text)?;
    analyze_tokens(file, text, &tokens)
}

/// Parses a whole instruction file into its definitions, without analyzing them.
pub fn parse_file(file: &str, text: &str) -> Result<Vec<ast::Definition>, Diagnostic> {
    let tokens = lexer::lex_file(file, text)?;
    parser::parse(&tokens, &end_of(file, text, &tokens))
}

fn analyze_tokens(
    file: &str,
    text: &str,
    tokens: &[lexer::Token],
) -> Result<Analysis, Diagnostics> {
    let definitions = parser::parse(tokens, &end_of(file, text, tokens))?;
    analysis::analyze(&definitions)
}

/// The position just after the last token, where "ends too early" errors point.
fn end_of(file: &str, text: &str, tokens: &[lexer::Token]) -> Span {
    match tokens.last() {
        Some(last) => {
            let mut span = last.span.clone();
            span.column += last.text.chars().count() as u32;
            span.offset += last.text.len();
            span
        }
        None => Span {
            file: file.into(),
            line: 1,
            column: 1,
            offset: text.len(),
        },
    }
}
