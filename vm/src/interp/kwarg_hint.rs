//! The message of a call with an unexpected keyword argument, with the
//! "Did you mean" hint CPython adds when a parameter name is close.

/// `"{func}() got an unexpected keyword argument '{key}'"`, followed by
/// `". Did you mean '{name}'?"` when one of `params` is a close match.
pub fn unexpected_keyword(func: &str, key: &str, params: &[&str]) -> String {
    let candidates: Vec<String> = params.iter().map(|p| p.to_string()).collect();
    let hint = super::suggestions::calculate(&candidates, key)
        .map(|s| format!(". Did you mean '{s}'?"))
        .unwrap_or_default();
    format!("{func}() got an unexpected keyword argument '{key}'{hint}")
}
