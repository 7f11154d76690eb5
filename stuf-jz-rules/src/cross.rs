//! Rules across two messages: a terugkoppeling and the melding it answers,
//! a notificatie and the VTO it reports on.

use crate::catalogue::ids;
use crate::rules::bsns_of_clients;
use crate::tree::Tree;
use crate::violation::RuleViolation;

fn finish(
    tree: &Tree<'_>,
    with_positions: bool,
    found: Vec<(usize, RuleViolation)>,
) -> Vec<RuleViolation> {
    found
        .into_iter()
        .map(|(at, mut v)| {
            if with_positions {
                v.position = Some(tree.position(at));
            }
            v
        })
        .collect()
}

/// `corv-terugkoppeling-bsn`: every client BSN of the terugkoppeling is a
/// client BSN of the melding. Violations point into the terugkoppeling.
pub(crate) fn terugkoppeling_bsn(
    melding: &Tree<'_>,
    terugkoppeling: &Tree<'_>,
    with_positions: bool,
) -> Vec<RuleViolation> {
    let expected: Vec<&str> = bsns_of_clients(melding)
        .into_iter()
        .map(|(_, b)| b)
        .collect();
    let mut found = Vec::new();
    for (at, bsn) in bsns_of_clients(terugkoppeling) {
        if !expected.contains(&bsn) {
            let message = if expected.is_empty() {
                format!("BSN `{bsn}`, but the melding names no client BSN")
            } else {
                format!(
                    "BSN `{bsn}` differs from the melding's ({})",
                    expected.join(", ")
                )
            };
            found.push((
                at,
                RuleViolation::new(ids::TERUGKOPPELING_BSN, terugkoppeling.path(at), message)
                    .with_value(bsn),
            ));
        }
    }
    finish(terugkoppeling, with_positions, found)
}

/// `corv-notificatie-vto`: the notificatie's
/// `heeftBetrekkingOpAndere/gerelateerde/identificatie` is the VTO's
/// `object/identificatie`. Violations point into the notificatie.
pub(crate) fn notificatie_vto(
    notificatie: &Tree<'_>,
    vto: &Tree<'_>,
    with_positions: bool,
) -> Vec<RuleViolation> {
    let zaak = vto
        .child(vto.root(), "object")
        .and_then(|o| vto.child_text(o, "identificatie"))
        .unwrap_or_default();
    let Some(object) = notificatie.child(notificatie.root(), "object") else {
        return Vec::new();
    };
    let reference = notificatie
        .children(object, "heeftBetrekkingOpAndere")
        .filter_map(|h| notificatie.descend(h, &["gerelateerde", "identificatie"]))
        .find(|&i| !notificatie.is_nil(i));
    let found = match reference {
        Some(at) if notificatie.text(at) == zaak => Vec::new(),
        Some(at) => {
            let got = notificatie.text(at);
            let message =
                format!("refers to zaak `{got}`, the VTO's zaak identificatie is `{zaak}`");
            vec![(
                at,
                RuleViolation::new(ids::NOTIFICATIE_VTO, notificatie.path(at), message)
                    .with_value(got),
            )]
        }
        None => {
            let message = format!("no heeftBetrekkingOpAndere/gerelateerde/identificatie referring to the VTO's zaak `{zaak}`");
            vec![(
                object,
                RuleViolation::new(ids::NOTIFICATIE_VTO, notificatie.path(object), message),
            )]
        }
    };
    finish(notificatie, with_positions, found)
}
