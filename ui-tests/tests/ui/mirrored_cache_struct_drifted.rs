//! `mirror_cache!` checks a hand-written struct against an instruction's cache
//! layout: a wrong field name, a wrong width and a wrong order are each rejected.

mod toy {
    bytecodes_macro::bytecodes!(
        r#"
        inst(LOAD_GLOBAL, (index/1, counter/1, version/2 -- value)) { value = lookup(oparg); }
        inst(RETURN_VALUE, (retval -- res)) { res = retval; }
        "#
    );
}

use toy::*;

mirror_cache!(
    LOAD_GLOBAL,
    struct Correct {
        index: u16,
        counter: u16,
        version: u32,
    }
);

mirror_cache!(
    LOAD_GLOBAL,
    struct WrongName {
        index: u16,
        hits: u16,
        version: u32,
    }
);

mirror_cache!(
    LOAD_GLOBAL,
    struct WrongWidth {
        index: u16,
        counter: u16,
        version: u16,
    }
);

mirror_cache!(
    LOAD_GLOBAL,
    struct WrongOrder {
        counter: u16,
        index: u16,
        version: u32,
    }
);

mirror_cache!(
    RETURN_VALUE,
    struct NoCache {
        counter: u16,
    }
);

fn main() {
    let _ = Correct::read;
}
