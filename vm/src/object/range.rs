//! `range` objects whose bounds do not fit in 64 bits.

use num_bigint::BigInt;

/// A `range` with arbitrary-precision start, stop and step (the step is never 0).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BigRange {
    /// `start`.
    pub start: BigInt,
    /// `stop`.
    pub stop: BigInt,
    /// `step`.
    pub step: BigInt,
}
