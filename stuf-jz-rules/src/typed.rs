//! The rules on the stuurgegevens, read through the typed message
//! ([`StufMessage`], implemented by every generated message of every
//! schema version): zender ≠ ontvanger, a real `tijdstipBericht`.

use stuf_jz_types::chrono::Datelike;
use stuf_jz_types::StufMessage;

use crate::catalogue::{ids, RuleSet};
use crate::reference::Ymd;
use crate::violation::RuleViolation;

/// What the typed rules found, and the message date for the reference lists.
pub(crate) struct Typed {
    pub found: Vec<RuleViolation>,
    pub date: Option<Ymd>,
}

pub(crate) fn check(message: &dyn StufMessage, root: &str, rules: &RuleSet) -> Typed {
    let mut found = Vec::new();
    let sg = message.stuurgegevens();
    // A reply without zender and ontvanger (Bv02, Fo02) names no systems.
    let named = sg.zender != Default::default() || sg.ontvanger != Default::default();
    if rules.is_enabled(ids::ZENDER_ONTVANGER) && named && sg.zender == sg.ontvanger {
        found.push(RuleViolation::new(
            ids::ZENDER_ONTVANGER,
            format!("/{root}/stuurgegevens/ontvanger"),
            format!(
                "ontvanger `{}` is the same system as the zender",
                sg.ontvanger
            ),
        ));
    }
    let mut date = None;
    match message.tijdstip_bericht() {
        Some(Ok(ts)) => date = Some(ts.year() as u32 * 10000 + ts.month() * 100 + ts.day()),
        Some(Err(e)) if rules.is_enabled(ids::TIJDSTIP_BERICHT) => {
            let lexical = sg
                .tijdstip_bericht
                .as_deref()
                .unwrap_or_default()
                .to_string();
            found.push(
                RuleViolation::new(
                    ids::TIJDSTIP_BERICHT,
                    format!("/{root}/stuurgegevens/tijdstipBericht"),
                    format!("`{lexical}` is not a real timestamp: {e}"),
                )
                .with_value(lexical),
            );
        }
        _ => {}
    }
    Typed { found, date }
}
