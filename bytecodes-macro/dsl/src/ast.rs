//! The syntax tree of a DSL file: one node per definition, in file order.

use crate::diagnostic::Span;
use crate::expr::Expr;
use crate::lexer::Token;

/// A name with the place it is written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Name {
    /// The identifier.
    pub text: String,
    /// Where it is written.
    pub span: Span,
}

/// Whether a definition is an instruction (`inst`) or a micro-op only (`op`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UopKind {
    /// `inst(...)`: a uop and a one-uop instruction.
    Inst,
    /// `op(...)`: a uop for macros.
    Op,
}

/// An annotation before `inst`/`op`, such as `pure` or `replicate(8)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Annotation {
    /// The annotation's identifier.
    pub name: Name,
    /// The count of `replicate(N)`.
    pub replicate: Option<u32>,
}

impl Annotation {
    /// The annotation as written, `replicate(8)` included.
    pub fn text(&self) -> String {
        match self.replicate {
            Some(n) => format!("{}({n})", self.name.text),
            None => self.name.text.clone(),
        }
    }
}

/// A stack item of an effect: `name`, `name[size]`, `name: type`, `name if (cond)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StackItem {
    /// The item's name; `unused` for a slot the body does not touch.
    pub name: Name,
    /// The C type given in old files (`: PyObject *`).
    pub type_: Option<String>,
    /// The array size, for `name[size]`.
    pub size: Option<Expr>,
    /// The array size as written.
    pub size_text: Option<String>,
    /// The condition of `name if (cond)` (3.13 and older).
    pub cond: Option<Expr>,
    /// The condition as written.
    pub cond_text: Option<String>,
}

/// An inline cache entry of an effect or a macro: `name/size`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CacheItem {
    /// The entry's name; `unused` for padding.
    pub name: Name,
    /// The size in 16-bit code units; a macro may step back with a negative
    /// size (`rewind/-4`) to let two uops read the same entry.
    pub size: i32,
}

/// An input of an effect: a cache entry or a stack item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// `name/size`.
    Cache(CacheItem),
    /// A stack item.
    Stack(StackItem),
}

/// The stack effect of a uop or pseudo-op: `(inputs -- outputs)`.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Effect {
    /// The inputs, bottom to top, cache entries first.
    pub inputs: Vec<Input>,
    /// The outputs, bottom to top.
    pub outputs: Vec<StackItem>,
}

impl Effect {
    /// The stack inputs, without cache entries.
    pub fn stack_inputs(&self) -> impl Iterator<Item = &StackItem> {
        self.inputs.iter().filter_map(|i| match i {
            Input::Stack(s) => Some(s),
            Input::Cache(_) => None,
        })
    }

    /// The cache entries.
    pub fn caches(&self) -> impl Iterator<Item = &CacheItem> {
        self.inputs.iter().filter_map(|i| match i {
            Input::Cache(c) => Some(c),
            Input::Stack(_) => None,
        })
    }
}

/// A `{ ... }` block of C tokens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    /// The tokens, outer braces included.
    pub tokens: Vec<Token>,
}

/// `inst(NAME, effect) { body }` or `op(NAME, effect) { body }`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UopDef {
    /// `inst` or `op`.
    pub kind: UopKind,
    /// The definition's name.
    pub name: Name,
    /// The annotations before the keyword.
    pub annotations: Vec<Annotation>,
    /// The stack and cache effect.
    pub effect: Effect,
    /// The tokens of the header, between the keyword's parentheses.
    pub header: Vec<Token>,
    /// The body.
    pub body: Block,
    /// Where the definition starts.
    pub span: Span,
}

/// One part of a macro: a uop or a cache entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    /// A uop by name.
    Uop(Name),
    /// `name/size` cache code units between uops.
    Cache(CacheItem),
}

/// `macro(NAME) = part + part + ...;`
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MacroDef {
    /// The instruction's name.
    pub name: Name,
    /// The parts in order.
    pub parts: Vec<Part>,
}

/// The size given to a family: a number or a named constant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FamilySize {
    /// A literal number of code units.
    Number(u32),
    /// A named constant such as `INLINE_CACHE_ENTRIES_CALL`.
    Name(String),
}

/// `family(HEAD, SIZE) = { MEMBER, ... };`
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FamilyDef {
    /// The head instruction.
    pub name: Name,
    /// The declared cache size, if any.
    pub size: Option<FamilySize>,
    /// The specialized members.
    pub members: Vec<Name>,
}

/// `pseudo(NAME, effect, (FLAGS)) = { TARGETS };` (or `[ ... ]` for a sequence).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PseudoDef {
    /// The pseudo-op's name.
    pub name: Name,
    /// Its stack effect; absent in 3.12 files.
    pub effect: Option<Effect>,
    /// Extra flags such as `HAS_ARG`.
    pub flags: Vec<Name>,
    /// The instructions it may become.
    pub targets: Vec<Name>,
    /// Whether it is replaced by the whole target sequence (`[ ... ]`).
    pub as_sequence: bool,
}

/// `label(NAME) { body }`, optionally `spilled`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LabelDef {
    /// The label's name.
    pub name: Name,
    /// Whether the stack is already spilled to memory when it is entered.
    pub spilled: bool,
    /// The body.
    pub body: Block,
}

/// A top-level definition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Definition {
    /// `inst` or `op`.
    Uop(UopDef),
    /// `macro`.
    Macro(MacroDef),
    /// `family`.
    Family(FamilyDef),
    /// `pseudo`.
    Pseudo(PseudoDef),
    /// `label`.
    Label(LabelDef),
}

impl Definition {
    /// The defined name.
    pub fn name(&self) -> &Name {
        match self {
            Definition::Uop(d) => &d.name,
            Definition::Macro(d) => &d.name,
            Definition::Family(d) => &d.name,
            Definition::Pseudo(d) => &d.name,
            Definition::Label(d) => &d.name,
        }
    }
}
