//! Values of simple types: enumeration literals, StUF values (BSN, dates),
//! pattern matches, numbers within digits and bounds, text within lengths.
//! Every candidate passes [`Facts::check`] before it is returned.

use stuf_jz_types::{Builtin, WhiteSpace};

use super::facts::{Facts, Meaning};
use super::pattern::Stretch;
use super::rng::Rng;
use super::stuf;
use super::SampleKind;
use crate::model::SimpleType;

/// Attempts per strategy before giving up.
const ATTEMPTS: u32 = 48;
/// Longest text written for a type without `maxLength`, or in a maximal
/// sample.
const LONG_TEXT: u32 = 120;

/// A valid value of `ty`, trying `hint` (a value the context suggests, such
/// as a referentienummer) first.
pub(crate) fn value(
    facts: &Facts,
    ty: &SimpleType,
    hint: Option<String>,
    rng: &mut Rng,
    kind: SampleKind,
) -> Result<String, String> {
    let v = canonical(facts, ty, hint, rng, kind)?;
    if kind != SampleKind::Random {
        return Ok(v);
    }
    let varied = vary(&v, facts, rng);
    Ok(if facts.check(&varied, ty).is_ok() {
        varied
    } else {
        v
    })
}

/// Another lexical form of the same value, now and then (random samples):
/// whitespace that the type's whitespace rule removes, leading zeros,
/// trailing fraction zeros, a `+` sign.
fn vary(v: &str, facts: &Facts, rng: &mut Rng) -> String {
    if !rng.chance(6) {
        return v.to_string();
    }
    let numeric = facts.builtin.is_decimal_like();
    match rng.below(4) {
        0 if facts.whitespace == WhiteSpace::Collapse => format!(" {v}\n\t"),
        1 if numeric && !v.starts_with('-') => format!("+00{}", v.trim_start_matches('+')),
        2 if numeric && v.contains('.') => format!("{v}00"),
        3 if numeric && !v.contains('.') && facts.builtin == Builtin::Decimal => format!("{v}.0"),
        _ if facts.whitespace == WhiteSpace::Preserve && !v.is_empty() => format!(" {v} "),
        _ => v.to_string(),
    }
}

/// The value in the form the generator chose.
fn canonical(
    facts: &Facts,
    ty: &SimpleType,
    hint: Option<String>,
    rng: &mut Rng,
    kind: SampleKind,
) -> Result<String, String> {
    let ok = |v: &String| facts.check(v, ty).is_ok();
    if let Some(h) = hint.filter(ok) {
        return Ok(h);
    }
    if !ty.enumeration.is_empty() {
        let n = ty.enumeration.len();
        let start = rng.below(n as u64) as usize;
        return (0..n)
            .map(|i| ty.enumeration[(start + i) % n].value.clone())
            .find(ok)
            .ok_or_else(|| "no enumeration value satisfies the other facets".to_string());
    }
    let meaning = match facts.meaning {
        Meaning::Bsn => Some(stuf::bsn(rng)),
        Meaning::Datum => Some(stuf::datum(rng)),
        Meaning::Tijdstip => Some(stuf::tijdstip(rng, kind)),
        Meaning::Plain => None,
    };
    if let Some(v) = meaning.filter(ok) {
        return Ok(v);
    }
    let stretch = match kind {
        SampleKind::Minimal => Stretch::Short,
        SampleKind::Maximal => Stretch::Long,
        SampleKind::Random => Stretch::Random,
    };
    let mut last = String::new();
    if !facts.patterns.is_empty() {
        let limit = ty.length.or(ty.max_length).unwrap_or(LONG_TEXT) as usize;
        for attempt in 0..ATTEMPTS {
            let step = &facts.patterns[attempt as usize % facts.patterns.len()];
            let pattern = rng.pick(step);
            let stretch = if attempt < ATTEMPTS / 3 {
                stretch
            } else {
                Stretch::Random
            };
            let v = pattern.generate(rng, stretch, limit);
            match facts.check(&v, ty) {
                Ok(()) => return Ok(v),
                Err(e) => last = format!("`{v}` {e}"),
            }
        }
    }
    for attempt in 0..ATTEMPTS {
        let kind = if attempt < ATTEMPTS / 3 {
            kind
        } else {
            SampleKind::Random
        };
        let v = by_builtin(facts, ty, rng, kind);
        match facts.check(&v, ty) {
            Ok(()) => return Ok(v),
            Err(e) => last = format!("`{v}` {e}"),
        }
    }
    if let Some(v) = fallbacks(facts, ty).into_iter().find(ok) {
        return Ok(v);
    }
    Err(format!(
        "no value satisfies the facets (last candidate {last})"
    ))
}

/// A candidate from the built-in type alone (facets steer lengths and
/// digits; the caller checks the rest).
fn by_builtin(facts: &Facts, ty: &SimpleType, rng: &mut Rng, kind: SampleKind) -> String {
    let b = facts.builtin;
    if b.is_decimal_like() {
        return number(b, ty, rng, kind);
    }
    let (lo, hi) = lengths(ty);
    match b {
        Builtin::Boolean => rng
            .pick(&["true", "false", "1", "0"][..if kind == SampleKind::Random { 4 } else { 2 }])
            .to_string(),
        Builtin::Float | Builtin::Double => {
            rng.pick(&["1.5", "0", "-2.25", "1.0E3", "12"]).to_string()
        }
        Builtin::Date => stuf::iso_date(rng),
        Builtin::DateTime => format!("{}T{}", stuf::iso_date(rng), stuf::iso_time(rng)),
        Builtin::Time => stuf::iso_time(rng),
        Builtin::GYear => stuf::iso_date(rng)[..4].to_string(),
        Builtin::GYearMonth => stuf::iso_date(rng)[..7].to_string(),
        Builtin::GMonth => format!("--{}", &stuf::iso_date(rng)[5..7]),
        Builtin::GMonthDay => format!("--{}", &stuf::iso_date(rng)[5..10]),
        Builtin::GDay => format!("---{}", &stuf::iso_date(rng)[8..10]),
        Builtin::Duration => rng.pick(&["P1D", "PT2H30M", "P1Y2M3DT4H5M6S"]).to_string(),
        Builtin::Base64Binary => base64(&octets(rng, lo, hi, kind)),
        Builtin::HexBinary => octets(rng, lo, hi, kind)
            .iter()
            .map(|b| format!("{b:02X}"))
            .collect(),
        Builtin::Language => rng.pick(&["nl", "en", "nl-NL", "fy"]).to_string(),
        Builtin::Name | Builtin::NCName | Builtin::Id | Builtin::IdRef | Builtin::NmToken => {
            let mut v = format!("id{}", rng.below(1_000_000));
            fit(&mut v, lo, hi, 'x');
            v
        }
        Builtin::QName => "StUF:waarde".to_string(),
        Builtin::AnyUri => {
            let mut v = format!("https://www.example.nl/{}", stuf::word(rng));
            fit(&mut v, lo, hi, 'x');
            v
        }
        _ => text(rng, lo, hi, facts.whitespace, kind),
    }
}

/// Values at the edges of the facets, tried last.
fn fallbacks(facts: &Facts, ty: &SimpleType) -> Vec<String> {
    let mut out: Vec<String> = [&ty.min_inclusive, &ty.max_inclusive]
        .into_iter()
        .flatten()
        .cloned()
        .collect();
    for (bound, step) in [(&ty.min_exclusive, 1i128), (&ty.max_exclusive, -1)] {
        if let Some(n) = bound.as_deref().and_then(|b| b.parse::<i128>().ok()) {
            out.push((n + step).to_string());
        }
    }
    if facts.builtin.is_decimal_like() {
        out.extend(["0", "1", "-1"].map(String::from));
    }
    out
}

/// The length bounds of a type (`length` wins).
fn lengths(ty: &SimpleType) -> (u32, Option<u32>) {
    match ty.length {
        Some(l) => (l, Some(l)),
        None => (ty.min_length.unwrap_or(0), ty.max_length),
    }
}

/// How long to make a value of `lo..=hi` characters.
fn target_length(rng: &mut Rng, lo: u32, hi: Option<u32>, kind: SampleKind) -> u32 {
    let hi = hi.unwrap_or(LONG_TEXT).max(lo);
    let low = lo.max(1).min(hi);
    match kind {
        SampleKind::Minimal => low.max(hi.min(8)),
        SampleKind::Maximal => hi.min(LONG_TEXT).max(lo),
        SampleKind::Random if rng.chance(10) => hi.min(LONG_TEXT).max(lo),
        SampleKind::Random => rng.between(u64::from(low), u64::from(hi.min(low + 30))) as u32,
    }
}

/// Text of a length within `lo..=hi`: words, and in random samples also
/// characters that need escaping and letters outside ASCII.
fn text(rng: &mut Rng, lo: u32, hi: Option<u32>, ws: WhiteSpace, kind: SampleKind) -> String {
    let target = target_length(rng, lo, hi, kind) as usize;
    let mut out = String::new();
    while out.chars().count() < target {
        if !out.is_empty() {
            let sep = if ws == WhiteSpace::Preserve && kind == SampleKind::Random && rng.chance(3) {
                if rng.chance(50) {
                    '\n'
                } else {
                    '\t'
                }
            } else {
                ' '
            };
            out.push(sep);
        }
        if kind == SampleKind::Random && rng.below(1000) == 0 {
            out.push_str(stuf::ASTRAL);
        } else if kind == SampleKind::Random && rng.chance(12) {
            out.push_str(stuf::special(rng));
        } else {
            out.push_str(stuf::word(rng));
        }
    }
    let mut v: String = out.chars().take(target).collect();
    // No whitespace at the end (collapse would remove it).
    while v.ends_with(|c: char| c.is_whitespace()) {
        v.pop();
        v.push('e');
    }
    v
}

/// Pads with `pad` or truncates `v` to fit `lo..=hi` characters.
fn fit(v: &mut String, lo: u32, hi: Option<u32>, pad: char) {
    while (v.chars().count() as u32) < lo {
        v.push(pad);
    }
    if let Some(hi) = hi {
        *v = v.chars().take(hi as usize).collect();
    }
}

/// Random octets within the (octet) length facets.
fn octets(rng: &mut Rng, lo: u32, hi: Option<u32>, kind: SampleKind) -> Vec<u8> {
    let n = target_length(rng, lo, hi.or(Some(48)), kind);
    (0..n).map(|_| rng.below(256) as u8).collect()
}

/// Standard base64 with padding.
fn base64(data: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The bounds a built-in integer type implies.
fn builtin_bounds(b: Builtin) -> (Option<i128>, Option<i128>) {
    match b {
        Builtin::NonNegativeInteger | Builtin::UnsignedLong => (Some(0), None),
        Builtin::PositiveInteger => (Some(1), None),
        Builtin::NonPositiveInteger => (None, Some(0)),
        Builtin::NegativeInteger => (None, Some(-1)),
        Builtin::Long => (Some(i64::MIN.into()), Some(i64::MAX.into())),
        Builtin::Int => (Some(i32::MIN.into()), Some(i32::MAX.into())),
        Builtin::Short => (Some(i16::MIN.into()), Some(i16::MAX.into())),
        Builtin::Byte => (Some(i8::MIN.into()), Some(i8::MAX.into())),
        Builtin::UnsignedInt => (Some(0), Some(u32::MAX.into())),
        Builtin::UnsignedShort => (Some(0), Some(u16::MAX.into())),
        Builtin::UnsignedByte => (Some(0), Some(u8::MAX.into())),
        _ => (None, None),
    }
}

/// A decimal or integer within the digits and (integer) bounds.
fn number(b: Builtin, ty: &SimpleType, rng: &mut Rng, kind: SampleKind) -> String {
    let integer = b != Builtin::Decimal || ty.fraction_digits == Some(0);
    let total = ty.total_digits.unwrap_or(9).clamp(1, 18);
    let fraction = if integer {
        0
    } else {
        ty.fraction_digits.unwrap_or(2).min(total - 1)
    };
    let limit = 10i128.pow(total - fraction) - 1;
    let parse = |v: &Option<String>| {
        v.as_deref()
            .and_then(|v| v.split('.').next()?.parse::<i128>().ok())
    };
    let (mut lo, mut hi) = builtin_bounds(b);
    let tighten_lo = |a: Option<i128>, b: Option<i128>| match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    };
    let tighten_hi = |a: Option<i128>, b: Option<i128>| match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    lo = tighten_lo(lo, parse(&ty.min_inclusive));
    lo = tighten_lo(lo, parse(&ty.min_exclusive).map(|v| v + 1));
    hi = tighten_hi(hi, parse(&ty.max_inclusive));
    hi = tighten_hi(hi, parse(&ty.max_exclusive).map(|v| v - 1));
    let lo = lo.unwrap_or(-limit).max(-limit);
    let hi = hi.unwrap_or(limit).min(limit);
    if hi < lo {
        return lo.to_string();
    }
    let small_lo = lo.max(0).min(hi);
    let int = match kind {
        SampleKind::Minimal => small_lo,
        SampleKind::Maximal => hi,
        SampleKind::Random if rng.chance(50) => {
            let top = hi.min(small_lo + 100);
            small_lo + rng.below((top - small_lo + 1) as u64) as i128
        }
        SampleKind::Random => {
            let span = (hi - lo) as u128 + 1;
            let pick = (u128::from(rng.next()) << 64 | u128::from(rng.next())) % span;
            lo + pick as i128
        }
    };
    let digits = match kind {
        SampleKind::Minimal => 0,
        SampleKind::Maximal => fraction,
        SampleKind::Random => rng.between(0, u64::from(fraction)) as u32,
    };
    if digits == 0 || int == hi {
        return int.to_string();
    }
    let frac: String = (0..digits)
        .map(|_| char::from(b'0' + rng.below(10) as u8))
        .collect();
    let sign = if int < 0 { "-" } else { "" };
    format!("{sign}{}.{frac}", int.abs())
}
