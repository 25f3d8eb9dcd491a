//! The cache entry of `ADD` was renamed from `counter` to `hits`: code that still
//! calls `view.counter()` is rejected, naming the view type of `ADD`.

mod toy {
    // The cache entry used to be called `counter`; it was renamed to `hits`.
    bytecodes_macro::bytecodes!(
        r#"
        inst(LOAD_CONST, (-- value)) { value = CONST(oparg); }
        inst(ADD, (hits/1, a, b -- sum)) { sum = add(a, b); ERROR_IF(sum == NULL); }
        inst(RETURN_VALUE, (retval -- res)) { res = retval; }
        "#
    );
}

use toy::*;

fn main() {
    let units: Vec<std::cell::Cell<u16>> = vec![std::cell::Cell::new(0); caches::AddCache::UNITS];
    let view = caches::AddCache::from_units(&units).unwrap();
    view.set_counter(1);
    assert_eq!(view.counter(), 1);
}
