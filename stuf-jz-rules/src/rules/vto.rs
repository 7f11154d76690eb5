//! vtoDi01: CORV-A3 (clients), A5/A6 (gezaghebbenden, the unborn child),
//! A9 (documents).

use std::collections::HashMap;

use super::Ctx;
use crate::catalogue::ids;
use crate::tree::{NodeId, Tree};

const UNBORN: &str = "Client (ongeboren kind)";
const CHILD: &str = "Client (kind)";
const MOTHER_ROLE: &str = "ouder, gezag niet benoemd";
const VTO_DOCUMENT: &str = "Verzoek tot onderzoek RvdK";
const FAMILY_HISTORY: &str = "Gezinsgeschiedenis";
/// CORV-A9.2: 10 MB of documents.
pub const MAX_DOCUMENT_BYTES: usize = 10 * 1024 * 1024;

/// The clientvolgnummers on an element (extraElement `clientvolgnummer`).
fn clientvolgnummers<'t>(tree: &'t Tree<'_>, id: NodeId) -> Vec<(NodeId, &'t str)> {
    tree.extra_elements(id)
        .filter(|&e| tree.attr(e, "", "naam") == Some("clientvolgnummer") && !tree.is_nil(e))
        .map(|e| (e, tree.text(e)))
        .filter(|(_, t)| !t.is_empty())
        .collect()
}

/// The natural persons of `X/gerelateerde`.
fn persons(tree: &Tree<'_>, id: NodeId) -> Vec<NodeId> {
    tree.children(id, "gerelateerde")
        .flat_map(|g| tree.children(g, "natuurlijkPersoon"))
        .filter(|&p| !tree.is_nil(p))
        .collect()
}

pub(super) fn check(ctx: &mut Ctx<'_, '_>) {
    let Some(object) = ctx.object() else { return };
    match ctx.root_name() {
        "vtoDi01" => {
            clients(ctx, object, ids::A3_4);
            unique_clientvolgnummer(ctx, object);
            unborn(ctx, object);
            once_per_gezaghebbende(ctx, object);
            documents(ctx, object);
        }
        "notificatieDi01" => clients(ctx, object, ids::B2_3),
        _ => {}
    }
}

/// CORV-A3.4 / CORV-B2.3.
pub(super) fn clients(ctx: &mut Ctx<'_, '_>, object: NodeId, rule: &'static str) {
    let tree = ctx.tree;
    for hbo in tree.children(object, "heeftBetrekkingOp") {
        if tree.child_text(hbo, "omschrijving") != Some(CHILD) {
            continue;
        }
        let people = persons(tree, hbo);
        if people.is_empty() {
            ctx.report(
                rule,
                hbo,
                format!("\"{CHILD}\" without a natuurlijkPersoon"),
                None,
            );
        }
        for p in people {
            let mut missing: Vec<&str> = ["voornamen", "geslachtsnaam"]
                .into_iter()
                .filter(|n| tree.child_text(p, n).is_none())
                .collect();
            if tree.child(p, "geboortedatum").is_none() {
                missing.push("geboortedatum");
            }
            if !missing.is_empty() {
                ctx.report(
                    rule,
                    p,
                    format!("the client (kind) misses {}", missing.join(", ")),
                    None,
                );
            }
        }
    }
}

/// CORV-A3.2.
fn unique_clientvolgnummer(ctx: &mut Ctx<'_, '_>, object: NodeId) {
    let tree = ctx.tree;
    let mut seen: HashMap<&str, NodeId> = HashMap::new();
    for hbo in tree.children(object, "heeftBetrekkingOp") {
        for (e, number) in clientvolgnummers(tree, hbo) {
            if let Some(&first) = seen.get(number) {
                let message = format!(
                    "clientvolgnummer `{number}` already used by {}",
                    tree.path(
                        tree.node(first)
                            .parent
                            .and_then(|p| tree.node(p).parent)
                            .unwrap_or(first)
                    )
                );
                ctx.report(ids::A3_2, e, message, Some(number));
            } else {
                seen.insert(number, e);
            }
        }
    }
}

/// CORV-A5.5 and CORV-A6.2.
fn unborn(ctx: &mut Ctx<'_, '_>, object: NodeId) {
    let tree = ctx.tree;
    let clients: Vec<NodeId> = tree.children(object, "heeftBetrekkingOp").collect();
    let single = clients.len() == 1;
    let parties: Vec<NodeId> = tree.children(object, "heeftAlsBelanghebbende").collect();
    for &hbo in &clients {
        if tree.child_text(hbo, "omschrijving") != Some(UNBORN) {
            continue;
        }
        let numbers: Vec<&str> = clientvolgnummers(tree, hbo)
            .into_iter()
            .map(|(_, n)| n)
            .collect();
        let referring: Vec<NodeId> = parties
            .iter()
            .copied()
            .filter(|&b| {
                let theirs = clientvolgnummers(tree, b);
                (single && theirs.is_empty()) || theirs.iter().any(|(_, n)| numbers.contains(n))
            })
            .collect();
        let [mother] = referring.as_slice() else {
            ctx.report(
                ids::A5_5,
                hbo,
                format!(
                    "{} heeftAlsBelanghebbende refer to the unborn child; exactly one is required (the mother, \"{MOTHER_ROLE}\")",
                    referring.len()
                ),
                None,
            );
            continue;
        };
        let role = tree.child_text(*mother, "omschrijving").unwrap_or_default();
        if role != MOTHER_ROLE {
            let at = tree.child(*mother, "omschrijving").unwrap_or(*mother);
            ctx.report(
                ids::A5_5,
                at,
                format!(
                    "the gezaghebbende of an unborn child is \"{role}\", not \"{MOTHER_ROLE}\""
                ),
                Some(role),
            );
        }
        for p in persons(tree, *mother) {
            if let Some(sex) = tree.child_text(p, "geslachtsaanduiding") {
                if sex != "V" {
                    let at = tree.child(p, "geslachtsaanduiding").unwrap_or(p);
                    ctx.report(
                        ids::A5_5,
                        at,
                        format!("the mother of an unborn child has geslachtsaanduiding `{sex}`"),
                        Some(sex),
                    );
                }
            }
            let phone = ["sub.telefoonnummer", "telefoonnummer"]
                .iter()
                .any(|n| tree.child_text(p, n).is_some());
            if !phone {
                ctx.report(
                    ids::A6_2,
                    p,
                    "the mother of an unborn child has no telephone number (sub.telefoonnummer)"
                        .into(),
                    None,
                );
            }
        }
    }
}

/// Who a natural person is, for CORV-A5.6: the BSN, else the names and birth date.
fn identity(tree: &Tree<'_>, p: NodeId) -> Option<String> {
    if let Some(bsn) = tree.child_text(p, "inp.bsn") {
        return Some(format!("BSN {bsn}"));
    }
    if let Some(anp) = tree.child_text(p, "anp.identificatie") {
        return Some(format!("anp.identificatie {anp}"));
    }
    let parts = [
        "voornamen",
        "voorvoegselGeslachtsnaam",
        "geslachtsnaam",
        "geboortedatum",
    ]
    .map(|n| tree.child_text(p, n).unwrap_or_default());
    (!parts[0].is_empty() && !parts[2].is_empty() && !parts[3].is_empty()).then(|| parts.join(" "))
}

/// CORV-A5.6.
fn once_per_gezaghebbende(ctx: &mut Ctx<'_, '_>, object: NodeId) {
    let tree = ctx.tree;
    let mut seen: HashMap<String, NodeId> = HashMap::new();
    for blh in tree.children(object, "heeftAlsBelanghebbende") {
        for p in persons(tree, blh) {
            let Some(who) = identity(tree, p) else {
                continue;
            };
            if let Some(&first) = seen.get(&who) {
                let message = format!(
                    "{who} already occurs as {}; give one element several clientvolgnummers",
                    tree.path(first)
                );
                ctx.report(ids::A5_6, blh, message, None);
            } else {
                seen.insert(who, blh);
            }
        }
    }
}

/// Bytes of base64 text once decoded.
fn decoded_len(base64: &str) -> usize {
    let chars = base64.bytes().filter(|b| !b.is_ascii_whitespace()).count();
    let padding = base64
        .trim_end()
        .bytes()
        .rev()
        .take_while(|&b| b == b'=')
        .count();
    (chars / 4 * 3).saturating_sub(padding)
}

/// CORV-A9.1, A9.2, A9.3.
fn documents(ctx: &mut Ctx<'_, '_>, object: NodeId) {
    let tree = ctx.tree;
    let mut vto = Vec::new();
    let mut history = Vec::new();
    let mut total = 0usize;
    for rel in tree.children(object, "heeftRelevant") {
        let Some(doc) = tree.child(rel, "gerelateerde") else {
            continue;
        };
        match tree.child_text(doc, "dct.omschrijving") {
            Some(VTO_DOCUMENT) => vto.push(rel),
            Some(FAMILY_HISTORY) => history.push(rel),
            _ => {}
        }
        if let Some(inhoud) = tree.child(doc, "inhoud") {
            let before = total;
            total += decoded_len(&tree.node(inhoud).text);
            if before <= MAX_DOCUMENT_BYTES && total > MAX_DOCUMENT_BYTES {
                ctx.report(
                    ids::A9_2,
                    inhoud,
                    format!(
                        "the documents add up to more than {MAX_DOCUMENT_BYTES} bytes (10 MB) here"
                    ),
                    None,
                );
            }
        }
    }
    match vto.as_slice() {
        [] => ctx.report(
            ids::A9_1,
            object,
            format!("no heeftRelevant with dct.omschrijving \"{VTO_DOCUMENT}\""),
            None,
        ),
        [_] => {}
        [_, more @ ..] => {
            for &extra in more {
                ctx.report(
                    ids::A9_1,
                    extra,
                    format!("a second \"{VTO_DOCUMENT}\"; exactly one is allowed"),
                    None,
                );
            }
        }
    }
    for &extra in history.iter().skip(1) {
        ctx.report(
            ids::A9_3,
            extra,
            format!("a second \"{FAMILY_HISTORY}\"; at most one is allowed"),
            None,
        );
    }
}
