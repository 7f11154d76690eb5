//! The seeded random source of one sample (PCG via `oorandom`: the same seed
//! gives the same numbers on every platform and release).

/// Random numbers for one generated message.
pub(crate) struct Rng(oorandom::Rand64);

impl Rng {
    /// A generator for `seed`, separated by `stream` (the root name hashed),
    /// so that two roots with the same seed do not mirror each other.
    pub(crate) fn new(seed: u64, stream: &str) -> Rng {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in stream.bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        Rng(oorandom::Rand64::new(
            (u128::from(seed) << 64) | u128::from(h),
        ))
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub(crate) fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.0.rand_range(0..n)
        }
    }

    /// A number in `lo..=hi` (`lo` when `hi < lo`).
    pub(crate) fn between(&mut self, lo: u64, hi: u64) -> u64 {
        if hi <= lo {
            lo
        } else {
            lo + self.below(hi - lo + 1)
        }
    }

    /// True with probability `percent`/100.
    pub(crate) fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    /// One element of `items`, which must not be empty (every caller passes
    /// a constant list or one it checked).
    pub(crate) fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    /// A raw 64-bit number.
    pub(crate) fn next(&mut self) -> u64 {
        self.0.rand_u64()
    }
}
