//! The workspace's top-level package: it holds the bundled interpreter example
//! (`cargo run --release --example interpreter`) and re-exports the interpreter.

pub use pyvm;
