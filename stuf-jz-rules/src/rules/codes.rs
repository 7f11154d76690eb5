//! Codes from the reference lists: JZR role codes and INS instantie codes,
//! checked against the lists valid on the message's tijdstipBericht.

use super::Ctx;
use crate::catalogue::ids;
use crate::reference::{show_date, Validity, Ymd};
use crate::tree::ZKN;

/// The relations whose `ZKN:code` is a jeugdzorgrol (JZR).
pub const ROLE_CODE_PARENTS: &[&str] = &["heeftAlsBelanghebbende", "heeftAlsOverigBetrokkene"];
/// The extraElements that hold an instantie code (IDINST of INS).
pub const INSTANTIE_EXTRA_ELEMENTS: &[&str] = &["uitvoerendeInstantie", "beslissendeInstantie"];

fn explain(
    what: &str,
    code: &str,
    validity: &Validity,
    on: Option<Ymd>,
    source: &str,
) -> Option<String> {
    let on = on.map(show_date).unwrap_or_else(|| "?".into());
    match validity {
        Validity::Valid => None,
        Validity::Unknown => Some(format!("{what} `{code}` is not in the reference list ({source})")),
        Validity::Expired { from, until } => Some(format!(
            "{what} `{code}` has expired: valid {}until {} (the end date), message date {on} ({source})",
            from.map(|f| format!("from {} ", show_date(f))).unwrap_or_default(),
            show_date(*until),
        )),
        Validity::NotYetValid { from } => Some(format!(
            "{what} `{code}` is not yet valid: valid from {}, message date {on} ({source})",
            show_date(*from)
        )),
    }
}

pub(super) fn check(ctx: &mut Ctx<'_, '_>) {
    let tree = ctx.tree;
    let lists = ctx.lists;
    // Without a real tijdstipBericht only membership is checked.
    let on = ctx.date;
    let source = lists.source().to_string();
    for id in tree.all() {
        let node = tree.node(id);
        if node.ns == ZKN && node.name == "code" && !tree.is_nil(id) {
            let parent = node.parent.map(|p| tree.node(p).name);
            if parent.is_some_and(|p| ROLE_CODE_PARENTS.contains(&p)) {
                let code = tree.text(id);
                let validity = match on {
                    Some(d) => lists.role_validity(code, d),
                    None if lists.role(code).is_some() => Validity::Valid,
                    None => Validity::Unknown,
                };
                let remark = lists
                    .role(code)
                    .map(|r| r.remark.as_str())
                    .filter(|r| !r.is_empty());
                if let Some(mut m) = explain("role code", code, &validity, on, &source) {
                    if let Some(remark) = remark {
                        m.push_str(&format!("; {remark}"));
                    }
                    ctx.report(ids::ROLCODE, id, m, Some(code));
                }
            }
        } else if node.name == "extraElement" && !tree.is_nil(id) {
            let Some(naam) = tree.attr(id, "", "naam") else {
                continue;
            };
            if !INSTANTIE_EXTRA_ELEMENTS.contains(&naam) {
                continue;
            }
            let code = tree.text(id);
            let date = on.unwrap_or(u32::MAX);
            let validity = lists.instantie_validity(code, date);
            let sheet = lists
                .instantie_list_on(date)
                .map(|l| format!("{source}, sheet {}", l.sheet))
                .unwrap_or_else(|| source.clone());
            if let Some(m) = explain(naam, code, &validity, on, &sheet) {
                ctx.report(ids::INSTANTIE, id, m, Some(code));
            }
        }
    }
}
