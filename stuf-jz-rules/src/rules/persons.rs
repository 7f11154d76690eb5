//! Natural persons: the BSN 11-proef on every element of a BSN type, an
//! identifying value for every person, and extraElement names.

use super::Ctx;
use crate::catalogue::ids;
use crate::tree::{NodeId, Tree, BG};

/// The elements of type `BG:BSN-e` in the 1.0.7 and 1.0.9 schemas
/// (checked against the schemas by a test). `inn.nnpId` (the RSIN of a
/// non-natural person) has the BSN type, and the RSIN follows the same 11-proef.
pub const BSN_ELEMENTS: &[(&str, &str)] = &[(BG, "inp.bsn"), (BG, "inn.nnpId")];

/// Child elements (or extraElements) that identify a natural person.
const IDENTIFYING: &[&str] = &[
    "inp.bsn",
    "rni",
    "inp.rni",
    "vreemdelingennummer",
    "anp.identificatie",
];
const IDENTIFYING_EXTRA: &[&str] = &[
    "RNI-nummer",
    "rni",
    "vreemdelingennummer",
    "beschrijvendeIdentificatie",
];

/// extraElement names used by the koppelvlak's rules and forum.
const KNOWN_EXTRA_NAMES: &[&str] = &[
    "uitvoerendeInstantie",
    "beslissendeInstantie",
    "instantie",
    "clientvolgnummer",
    "indicatieAmbtshalve",
    "toezichtSoort",
    "toezichtBegindatum",
    "toezichtEinddatum",
    "verwachteGeboortedatum",
];

/// The 11-proef: nine digits d1..d9 with 9·d1 + 8·d2 + … + 2·d8 − d9 a
/// multiple of 11 and not 0.
pub fn bsn_11_proef(bsn: &str) -> bool {
    let digits: Vec<i64> = bsn
        .bytes()
        .map(|b| i64::from(b) - i64::from(b'0'))
        .collect();
    if digits.len() != 9 || digits.iter().any(|d| !(0..=9).contains(d)) {
        return false;
    }
    let sum: i64 = digits[..8]
        .iter()
        .zip((2..=9).rev())
        .map(|(d, w)| d * w)
        .sum::<i64>()
        - digits[8];
    sum != 0 && sum % 11 == 0
}

fn is_bsn_element(tree: &Tree<'_>, id: NodeId) -> bool {
    let n = tree.node(id);
    BSN_ELEMENTS
        .iter()
        .any(|(ns, name)| n.ns == *ns && n.name == *name)
}

/// Whether a natuurlijkPersoon is the unborn child of its heeftBetrekkingOp.
pub(crate) fn is_unborn(tree: &Tree<'_>, person: NodeId) -> bool {
    let mut at = tree.node(person).parent;
    while let Some(id) = at {
        if tree.node(id).name == "heeftBetrekkingOp" {
            return tree.child_text(id, "omschrijving") == Some("Client (ongeboren kind)");
        }
        at = tree.node(id).parent;
    }
    false
}

/// The BSNs of the clients (`heeftBetrekkingOp/gerelateerde/natuurlijkPersoon/inp.bsn`), with their elements.
pub(crate) fn bsns_of_clients<'t>(tree: &'t Tree<'_>) -> Vec<(NodeId, &'t str)> {
    let Some(object) = tree.child(tree.root(), "object") else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for hbo in tree.children(object, "heeftBetrekkingOp") {
        for rel in tree.children(hbo, "gerelateerde") {
            for p in tree.children(rel, "natuurlijkPersoon") {
                if let Some(b) = tree.child(p, "inp.bsn") {
                    if !tree.is_nil(b) && !tree.text(b).is_empty() {
                        out.push((b, tree.text(b)));
                    }
                }
            }
        }
    }
    out
}

pub(super) fn check(ctx: &mut Ctx<'_, '_>) {
    let tree = ctx.tree;
    for id in tree.all() {
        let name = tree.node(id).name;
        if is_bsn_element(tree, id) && !tree.is_nil(id) {
            let bsn = tree.text(id);
            if !bsn.is_empty() && !bsn_11_proef(bsn) {
                ctx.report(
                    ids::BSN_11_PROEF,
                    id,
                    format!("`{bsn}` fails the 11-proef"),
                    Some(bsn),
                );
            }
        } else if name == "natuurlijkPersoon" && !tree.is_nil(id) && !is_unborn(tree, id) {
            let has_id = IDENTIFYING.iter().any(|n| tree.child_text(id, n).is_some())
                || IDENTIFYING_EXTRA
                    .iter()
                    .any(|n| tree.extra(id, n).is_some());
            if !has_id {
                ctx.report(
                    ids::IDENTIFICATIE,
                    id,
                    "natural person without BSN, RNI-nummer, vreemdelingennummer or beschrijvende identificatie (anp.identificatie)".into(),
                    None,
                );
            }
        } else if name == "extraElement" {
            if let Some(naam) = tree.attr(id, "", "naam") {
                if let Some(known) = KNOWN_EXTRA_NAMES
                    .iter()
                    .find(|k| **k != naam && k.eq_ignore_ascii_case(naam))
                {
                    let naam = naam.to_string();
                    ctx.report(
                        ids::EXTRA_NAAM,
                        id,
                        format!("extraElement naam=\"{naam}\" differs in case from `{known}`; names are case-sensitive"),
                        Some(&naam),
                    );
                }
            }
        }
    }
}
