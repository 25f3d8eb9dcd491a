//! The analyzer: from definitions to uops, instructions, families, pseudo-ops,
//! opcode numbers and metadata, with the checks CPython's tools make.

pub mod opcodes;
pub mod properties;
pub mod stack;

use crate::ast::{self, CacheItem, Definition, FamilySize, Name, StackItem, UopDef, UopKind};
use crate::diagnostic::{Diagnostic, Diagnostics, Span};
use crate::lexer::Token;
use indexmap::IndexMap;
pub use properties::{Dialect, Properties};
pub use stack::{StackEffect, StackSize};

/// A micro-op: a unit of behaviour with its own stack effect, caches and properties.
#[derive(Clone, Debug)]
pub struct Uop {
    /// The uop's name.
    pub name: String,
    /// Where it is defined.
    pub span: Span,
    /// Whether it came from `inst` (and is also an instruction) or `op`.
    pub kind: UopKind,
    /// Annotations as written (`pure`, `replicate(8)`, ...).
    pub annotations: Vec<String>,
    /// Stack inputs, bottom to top.
    pub inputs: Vec<StackItem>,
    /// Stack outputs, bottom to top.
    pub outputs: Vec<StackItem>,
    /// Inline cache entries, in order.
    pub caches: Vec<CacheItem>,
    /// The derived properties.
    pub properties: Properties,
    /// The body's tokens, braces included.
    pub body: Vec<Token>,
    /// For a tier-2 copy made by `replicate(N)`: the original and its constant oparg.
    pub replica_of: Option<(String, u32)>,
    /// The byte range of the whole definition in the source text.
    pub text_range: std::ops::Range<usize>,
}

impl Uop {
    /// The number of inline cache code units the uop reads or skips.
    pub fn cache_size(&self) -> u32 {
        self.caches.iter().map(|c| c.size.unsigned_abs()).sum()
    }
}

/// One part of an instruction: a uop or cache code units between uops.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InstructionPart {
    /// A uop, by name.
    Uop(String),
    /// `name/size` code units that no uop reads.
    Cache(CacheItem),
    /// `flush`: the stack is written back to memory before the next uop.
    Flush,
}

/// A tier-1 instruction: a sequence of uops and cache entries with an opcode.
#[derive(Clone, Debug)]
pub struct Instruction {
    /// The instruction's name.
    pub name: String,
    /// Where it is defined.
    pub span: Span,
    /// The uops and cache entries it is made of, in order.
    pub parts: Vec<InstructionPart>,
    /// The combined properties of its uops.
    pub properties: Properties,
    /// Code units, the opcode's own included.
    pub size: u32,
    /// The stack effect of the whole instruction.
    pub stack: StackEffect,
    /// The family head, for the head itself and for its members.
    pub family: Option<String>,
    /// The opcode number.
    pub opcode: u16,
}

impl Instruction {
    /// The instruction's whole inline cache, in code units.
    pub fn cache_entries(&self) -> u32 {
        self.size - 1
    }

    /// Whether the instruction is a specialized form of another.
    pub fn is_specialized(&self) -> bool {
        self.family.as_ref().is_some_and(|f| *f != self.name)
    }

    /// The instruction a failed guard falls back to: the family head, or itself.
    pub fn deopt(&self) -> &str {
        self.family.as_deref().unwrap_or(&self.name)
    }
}

/// A specialization family: a head instruction and its specialized forms.
#[derive(Clone, Debug)]
pub struct Family {
    /// The head instruction.
    pub name: String,
    /// Where the family is declared.
    pub span: Span,
    /// The declared cache size.
    pub size: Option<FamilySize>,
    /// The members, in declaration order (CPython's own additions last).
    pub members: Vec<String>,
}

/// A compiler-only opcode that becomes one (or a sequence) of its targets.
#[derive(Clone, Debug)]
pub struct Pseudo {
    /// The pseudo-op's name.
    pub name: String,
    /// Where it is defined.
    pub span: Span,
    /// Its declared stack inputs.
    pub inputs: Vec<StackItem>,
    /// Its declared stack outputs.
    pub outputs: Vec<StackItem>,
    /// Its declared flags, `_FLAG` suffix included.
    pub declared_flags: Vec<String>,
    /// The instructions it may become.
    pub targets: Vec<String>,
    /// Whether it becomes the whole target sequence.
    pub as_sequence: bool,
    /// The combined properties of its targets.
    pub properties: Properties,
    /// Its stack effect.
    pub stack: StackEffect,
    /// Its opcode number (256 and up).
    pub opcode: u16,
}

/// A shared error or unwind path.
#[derive(Clone, Debug)]
pub struct Label {
    /// The label's name.
    pub name: String,
    /// Whether the stack is spilled when it is entered.
    pub spilled: bool,
    /// The body's tokens.
    pub body: Vec<Token>,
}

/// Everything derived from a DSL file.
#[derive(Clone, Debug)]
pub struct Analysis {
    /// The rules the file was read with.
    pub dialect: Dialect,
    /// Every uop, in definition order, then the tier-2 replicas.
    pub uops: IndexMap<String, Uop>,
    /// Every instruction: `inst`s in file order, then `macro`s in file order
    /// (the order CPython's analyzer builds them in).
    pub instructions: IndexMap<String, Instruction>,
    /// Families by head.
    pub families: IndexMap<String, Family>,
    /// Pseudo-ops in file order.
    pub pseudos: IndexMap<String, Pseudo>,
    /// Labels in file order.
    pub labels: Vec<Label>,
    /// The lowest opcode that has an argument.
    pub have_argument: u16,
    /// The lowest instrumented opcode.
    pub min_instrumented: u16,
}

impl Analysis {
    /// All opcodes, real and pseudo, by name, sorted by number.
    pub fn opmap(&self) -> Vec<(&str, u16)> {
        let mut map: Vec<(&str, u16)> = self
            .instructions
            .values()
            .map(|i| (i.name.as_str(), i.opcode))
            .chain(self.pseudos.values().map(|p| (p.name.as_str(), p.opcode)))
            .collect();
        map.sort_by_key(|&(_, op)| op);
        map
    }

    /// The flags of an instruction or pseudo-op, as in CPython's metadata table.
    pub fn flags(&self, name: &str) -> Option<Vec<String>> {
        if let Some(inst) = self.instructions.get(name) {
            return Some(
                inst.properties
                    .flags(self.dialect)
                    .into_iter()
                    .map(String::from)
                    .collect(),
            );
        }
        let pseudo = self.pseudos.get(name)?;
        let mut flags: Vec<String> = pseudo
            .properties
            .flags(self.dialect)
            .into_iter()
            .map(String::from)
            .collect();
        for flag in &pseudo.declared_flags {
            if !flags.contains(flag) {
                flags.push(flag.clone());
            }
        }
        Some(flags)
    }
}

/// Analyzes parsed definitions, reporting every problem found.
pub fn analyze(definitions: &[Definition]) -> Result<Analysis, Diagnostics> {
    Analyzer::default().run(definitions)
}

#[derive(Default)]
struct Analyzer {
    errors: Vec<Diagnostic>,
}

impl Analyzer {
    fn error(&mut self, span: &Span, message: impl Into<String>) {
        self.errors.push(Diagnostic::new(span, message));
    }

    fn run(mut self, definitions: &[Definition]) -> Result<Analysis, Diagnostics> {
        let dialect = if definitions
            .iter()
            .any(|d| matches!(d, Definition::Label(_)))
        {
            Dialect::V3_14
        } else {
            Dialect::V3_13
        };
        self.check_duplicates(definitions);

        let mut uops = IndexMap::new();
        let mut instructions = IndexMap::new();
        let mut labels = Vec::new();
        for def in definitions {
            match def {
                Definition::Uop(u) => {
                    let uop = self.uop(u, dialect);
                    if u.kind == UopKind::Inst {
                        let parts = vec![InstructionPart::Uop(uop.name.clone())];
                        instructions.insert(uop.name.clone(), (u.name.span.clone(), parts));
                    }
                    uops.entry(uop.name.clone()).or_insert(uop);
                }
                Definition::Label(l) => labels.push(Label {
                    name: l.name.text.clone(),
                    spilled: l.spilled,
                    body: l.body.tokens.clone(),
                }),
                _ => {}
            }
        }
        for def in definitions {
            if let Definition::Macro(m) = def {
                let parts = self.macro_parts(m, &uops);
                instructions
                    .entry(m.name.text.clone())
                    .or_insert((m.name.span.clone(), parts));
            }
        }
        let replicas: Vec<Uop> = uops.values().flat_map(replicas).collect();
        for r in replicas {
            uops.entry(r.name.clone()).or_insert(r);
        }

        let mut instructions: IndexMap<String, Instruction> = instructions
            .into_iter()
            .map(|(name, (span, parts))| {
                let inst = self.instruction(name.clone(), span, parts, &uops);
                (name, inst)
            })
            .collect();
        let families = self.families(definitions, &mut instructions);
        let mut pseudos = self.pseudos(definitions, &instructions);

        let numbering = opcodes::assign(dialect, &instructions, &families, &pseudos);
        let numbering = match numbering {
            Ok(n) => n,
            Err(message) => {
                let span = definitions.first().map(|d| d.name().span.clone());
                if let Some(span) = span {
                    self.error(&span, message);
                }
                return Err(Diagnostics(self.errors));
            }
        };
        for (name, op) in &numbering.opcodes {
            if let Some(inst) = instructions.get_mut(name) {
                inst.opcode = *op;
            } else if let Some(p) = pseudos.get_mut(name) {
                p.opcode = *op;
            }
        }
        if !self.errors.is_empty() {
            return Err(Diagnostics(self.errors));
        }
        Ok(Analysis {
            dialect,
            uops,
            instructions,
            families,
            pseudos,
            labels,
            have_argument: numbering.have_argument,
            min_instrumented: numbering.min_instrumented,
        })
    }

    /// Each name may be defined once per namespace: uops and instructions share
    /// one (an `inst` is both), families, pseudo-ops and labels have their own.
    fn check_duplicates(&mut self, definitions: &[Definition]) {
        let mut seen: std::collections::HashMap<(&str, &str), &Name> = Default::default();
        for def in definitions {
            let space = match def {
                Definition::Uop(_) | Definition::Macro(_) => "instruction or uop",
                Definition::Family(_) => "family",
                Definition::Pseudo(_) => "pseudo-op",
                Definition::Label(_) => "label",
            };
            let name = def.name();
            if let Some(first) = seen.get(&(space, name.text.as_str())) {
                let message = format!(
                    "duplicate definition of {space} `{}` (first defined at {})",
                    name.text, first.span
                );
                self.error(&name.span, message);
            } else {
                seen.insert((space, &name.text), name);
            }
        }
        let instruction_names: std::collections::HashSet<&str> = definitions
            .iter()
            .filter(|d| matches!(d, Definition::Uop(_) | Definition::Macro(_)))
            .map(|d| d.name().text.as_str())
            .collect();
        for def in definitions {
            if let Definition::Pseudo(p) = def {
                if instruction_names.contains(p.name.text.as_str()) {
                    self.error(
                        &p.name.span,
                        format!("pseudo-op `{}` has the name of an instruction", p.name.text),
                    );
                }
            }
        }
    }

    fn uop(&mut self, def: &UopDef, dialect: Dialect) -> Uop {
        let properties = Properties::of_uop(def, dialect);
        if properties.deopts && properties.side_exit {
            self.error(
                &def.name.span,
                format!(
                    "`{}` uses both DEOPT_IF and EXIT_IF; an op may use only one of them",
                    def.name.text
                ),
            );
        }
        let caches: Vec<CacheItem> = def.effect.caches().cloned().collect();
        for cache in &caches {
            if cache.name.text != "unused" && ![1, 2, 4].contains(&cache.size) {
                self.error(
                    &cache.name.span,
                    format!(
                        "cache entry `{}` of `{}` is {} code units; a named entry must be 1, 2 or 4 (16, 32 or 64 bits)",
                        cache.name.text, def.name.text, cache.size
                    ),
                );
            }
        }
        self.check_items(&def.name, def.effect.stack_inputs(), "input");
        self.check_items(&def.name, def.effect.outputs.iter(), "output");
        Uop {
            name: def.name.text.clone(),
            span: def.name.span.clone(),
            kind: def.kind,
            annotations: def.annotations.iter().map(ast::Annotation::text).collect(),
            inputs: def.effect.stack_inputs().cloned().collect(),
            outputs: def.effect.outputs.clone(),
            caches,
            properties,
            body: def.body.tokens.clone(),
            replica_of: None,
            text_range: def.span.offset
                ..def
                    .body
                    .tokens
                    .last()
                    .map_or(def.span.offset, |t| t.span.offset + t.text.len()),
        }
    }

    /// A name may appear once among a uop's inputs and once among its outputs.
    fn check_items<'a>(
        &mut self,
        owner: &Name,
        items: impl Iterator<Item = &'a StackItem>,
        side: &str,
    ) {
        let mut seen = std::collections::HashSet::new();
        for item in items {
            if item.name.text != "unused" && !seen.insert(item.name.text.as_str()) {
                self.error(
                    &item.name.span,
                    format!(
                        "`{}` has two {side}s named `{}`",
                        owner.text, item.name.text
                    ),
                );
            }
        }
    }

    fn macro_parts(
        &mut self,
        m: &ast::MacroDef,
        uops: &IndexMap<String, Uop>,
    ) -> Vec<InstructionPart> {
        let mut parts = Vec::new();
        for part in &m.parts {
            match part {
                ast::Part::Uop(name) if name.text == "flush" => parts.push(InstructionPart::Flush),
                ast::Part::Uop(name) => {
                    if !uops.contains_key(&name.text) {
                        self.error(
                            &name.span,
                            format!("macro `{}` uses unknown uop `{}`", m.name.text, name.text),
                        );
                    }
                    parts.push(InstructionPart::Uop(name.text.clone()));
                }
                ast::Part::Cache(c) => parts.push(InstructionPart::Cache(c.clone())),
            }
        }
        if !parts.iter().any(|p| matches!(p, InstructionPart::Uop(_))) {
            self.error(
                &m.name.span,
                format!("macro `{}` has no uop, only cache entries", m.name.text),
            );
        }
        parts
    }

    fn instruction(
        &mut self,
        name: String,
        span: Span,
        parts: Vec<InstructionPart>,
        uops: &IndexMap<String, Uop>,
    ) -> Instruction {
        let part_uops: Vec<&Uop> = parts
            .iter()
            .filter_map(|p| match p {
                InstructionPart::Uop(u) => uops.get(u),
                InstructionPart::Cache(_) | InstructionPart::Flush => None,
            })
            .collect();
        let properties = Properties::combine(part_uops.iter().map(|u| &u.properties));
        let size = 1 + parts
            .iter()
            .map(|p| match p {
                InstructionPart::Uop(u) => uops.get(u).map_or(0, |u| i64::from(u.cache_size())),
                InstructionPart::Cache(c) => i64::from(c.size),
                InstructionPart::Flush => 0,
            })
            .sum::<i64>();
        let size = match u32::try_from(size) {
            Ok(size) if size >= 1 => size,
            _ => {
                self.error(
                    &span,
                    format!("instruction `{name}` has a negative cache size"),
                );
                1
            }
        };
        let steps: Vec<stack::Step> = part_uops
            .iter()
            .map(|u| stack::Step {
                uop: &u.name,
                span: &span,
                inputs: u.inputs.iter().collect(),
                outputs: &u.outputs,
            })
            .collect();
        let stack = stack::run(&steps).unwrap_or_else(|d| {
            self.errors.push(Diagnostic::new(
                &d.span,
                format!("in instruction `{name}`: {}", d.message),
            ));
            StackEffect::default()
        });
        Instruction {
            name,
            span,
            parts,
            properties,
            size,
            stack,
            family: None,
            opcode: 0,
        }
    }

    fn families(
        &mut self,
        definitions: &[Definition],
        instructions: &mut IndexMap<String, Instruction>,
    ) -> IndexMap<String, Family> {
        let mut families = IndexMap::new();
        for def in definitions {
            let Definition::Family(f) = def else { continue };
            let Some(head) = instructions.get(&f.name.text) else {
                self.error(
                    &f.name.span,
                    format!("family head `{}` is not an instruction", f.name.text),
                );
                continue;
            };
            let head_size = head.size;
            if let Some(FamilySize::Number(n)) = &f.size {
                if *n != head_size - 1 {
                    self.error(
                        &f.name.span,
                        format!(
                            "family `{}` declares {n} cache entries but its head has {}",
                            f.name.text,
                            head_size - 1
                        ),
                    );
                }
            }
            let mut members = Vec::new();
            for member in &f.members {
                let Some(inst) = instructions.get_mut(&member.text) else {
                    self.error(
                        &member.span,
                        format!(
                            "family `{}` member `{}` is not an instruction",
                            f.name.text, member.text
                        ),
                    );
                    continue;
                };
                if let Some(other) = &inst.family {
                    let message =
                        format!("`{}` is already a member of family `{other}`", member.text);
                    self.error(&member.span, message);
                    continue;
                }
                if member.text == f.name.text {
                    self.error(
                        &member.span,
                        format!("family `{}` lists its own head as a member", f.name.text),
                    );
                    continue;
                }
                if inst.size != head_size {
                    self.error(
                        &member.span,
                        format!(
                            "family `{}` member `{}` has {} cache entries, but the head has {}",
                            f.name.text,
                            member.text,
                            inst.size - 1,
                            head_size - 1
                        ),
                    );
                }
                inst.family = Some(f.name.text.clone());
                members.push(member.text.clone());
            }
            if let Some(head) = instructions.get_mut(&f.name.text) {
                if head.family.is_none() {
                    head.family = Some(f.name.text.clone());
                }
            }
            families.insert(
                f.name.text.clone(),
                Family {
                    name: f.name.text.clone(),
                    span: f.name.span.clone(),
                    size: f.size.clone(),
                    members,
                },
            );
        }
        // CPython's analyzer adds this superinstruction to BINARY_OP's family by
        // hand: it deoptimizes to BINARY_OP although its stack effect differs.
        let special = "BINARY_OP_INPLACE_ADD_UNICODE";
        if let (Some(family), Some(inst)) =
            (families.get_mut("BINARY_OP"), instructions.get_mut(special))
        {
            if inst.family.is_none() {
                inst.family = Some("BINARY_OP".to_string());
                family.members.push(special.to_string());
            }
        }
        families
    }

    fn pseudos(
        &mut self,
        definitions: &[Definition],
        instructions: &IndexMap<String, Instruction>,
    ) -> IndexMap<String, Pseudo> {
        let mut pseudos = IndexMap::new();
        for def in definitions {
            let Definition::Pseudo(p) = def else { continue };
            let mut targets = Vec::new();
            for t in &p.targets {
                match instructions.get(&t.text) {
                    Some(inst) => targets.push(inst),
                    None => self.error(
                        &t.span,
                        format!(
                            "pseudo-op `{}` target `{}` is not an instruction",
                            p.name.text, t.text
                        ),
                    ),
                }
            }
            let mut declared_flags = Vec::new();
            for flag in &p.flags {
                if properties::FLAG_NAMES.contains(&flag.text.as_str()) {
                    declared_flags.push(format!("{}_FLAG", flag.text));
                } else {
                    self.error(
                        &flag.span,
                        format!("unknown flag `{}` on pseudo-op `{}` (flags are HAS_ARG, HAS_JUMP, ...)", flag.text, p.name.text),
                    );
                }
            }
            let effect = p.effect.clone().unwrap_or_default();
            if let Some(cache) = effect.caches().next() {
                self.error(
                    &cache.name.span,
                    format!("pseudo-op `{}` cannot have cache entries", p.name.text),
                );
            }
            let inputs: Vec<StackItem> = effect.stack_inputs().cloned().collect();
            let step = stack::Step {
                uop: &p.name.text,
                span: &p.name.span,
                inputs: inputs.iter().collect(),
                outputs: &effect.outputs,
            };
            let stack = stack::run(&[step]).unwrap_or_default();
            pseudos.insert(
                p.name.text.clone(),
                Pseudo {
                    name: p.name.text.clone(),
                    span: p.name.span.clone(),
                    inputs: inputs.clone(),
                    outputs: effect.outputs.clone(),
                    declared_flags,
                    targets: p.targets.iter().map(|t| t.text.clone()).collect(),
                    as_sequence: p.as_sequence,
                    properties: Properties::combine(targets.iter().map(|i| &i.properties)),
                    stack,
                    opcode: 0,
                },
            );
        }
        pseudos
    }
}

/// The tier-2 copies `X_0 .. X_{N-1}` that `replicate(N)` makes, each with a constant oparg.
fn replicas(uop: &Uop) -> Vec<Uop> {
    let count = uop.annotations.iter().find_map(|a| {
        a.strip_prefix("replicate(")
            .and_then(|r| r.strip_suffix(')'))
            .and_then(|n| n.parse::<u32>().ok())
    });
    (0..count.unwrap_or(0))
        .map(|i| {
            let mut copy = uop.clone();
            copy.name = format!("{}_{i}", uop.name);
            copy.kind = UopKind::Op;
            copy.annotations.retain(|a| !a.starts_with("replicate("));
            copy.properties.oparg = false;
            copy.replica_of = Some((uop.name.clone(), i));
            copy
        })
        .collect()
}
