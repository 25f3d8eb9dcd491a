//! C expressions over `oparg` rendered as Rust `i64` arithmetic usable in `const fn`.

use bytecodes_dsl::analysis::StackSize;
use bytecodes_dsl::expr::Expr;
use proc_macro2::TokenStream;
use quote::quote;

/// Renders `expr` with `oparg` bound to a `u32` variable named `oparg`;
/// `Err` names an identifier that is not known at compile time.
pub fn expr(e: &Expr) -> Result<TokenStream, String> {
    Ok(match e {
        Expr::Int(v) => quote!((#v as i64)),
        Expr::Name(n) if n == "oparg" => quote!((oparg as i64)),
        Expr::Name(n) => return Err(n.clone()),
        Expr::Unary(op, a) => {
            let a = expr(a)?;
            match *op {
                "-" => quote!((0i64.wrapping_sub(#a))),
                "!" => quote!(((#a == 0) as i64)),
                "~" => quote!((!#a)),
                _ => a,
            }
        }
        Expr::Binary(op, a, b) => {
            let (a, b) = (expr(a)?, expr(b)?);
            match *op {
                "+" => quote!((#a).wrapping_add(#b)),
                "-" => quote!((#a).wrapping_sub(#b)),
                "*" => quote!((#a).wrapping_mul(#b)),
                "/" => quote!((match (#a).checked_div(#b) { Some(v) => v, None => -1 })),
                "%" => quote!((match (#a).checked_rem(#b) { Some(v) => v, None => -1 })),
                "<<" => quote!((#a).wrapping_shl(#b as u32)),
                ">>" => quote!((#a).wrapping_shr(#b as u32)),
                "&" => quote!((#a & #b)),
                "|" => quote!((#a | #b)),
                "^" => quote!((#a ^ #b)),
                "==" => quote!(((#a == #b) as i64)),
                "!=" => quote!(((#a != #b) as i64)),
                "<" => quote!(((#a < #b) as i64)),
                ">" => quote!(((#a > #b) as i64)),
                "<=" => quote!(((#a <= #b) as i64)),
                ">=" => quote!(((#a >= #b) as i64)),
                "&&" => quote!((((#a != 0) && (#b != 0)) as i64)),
                _ => quote!((((#a != 0) || (#b != 0)) as i64)),
            }
        }
        Expr::Conditional(c, t, f) => {
            let (c, t, f) = (expr(c)?, expr(t)?, expr(f)?);
            quote!((if #c != 0 { #t } else { #f }))
        }
    })
}

/// Renders a stack size sum.
pub fn size(s: &StackSize) -> Result<TokenStream, String> {
    let constant = s.constant;
    let mut out = quote!((#constant as i64));
    for term in &s.terms {
        let t = expr(term)?;
        out = quote!(#out.wrapping_add(#t));
    }
    Ok(out)
}
