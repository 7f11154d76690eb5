//! One SOAP exchange as the counterpart handles it, without HTTP: read
//! the envelope, check the stuurgegevens (Tabel 4.1 soort 3), store, and
//! answer Bv03 / Bv04 or the Fo03 fault (StUF 03.01 §4.4).

use std::sync::Arc;

use stuf_jz_types::{Foutcode, Foutplek};

use crate::header::{Header, Party};
use crate::reply::{Replier, Reply};
use crate::soap::{self, Payload, SoapError};
use crate::store::{Insert, NewEntry, Store};

/// How the counterpart answers a Di01.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// An end node: checks the stuurgegevens and answers Bv03 or Fo03.
    EndNode,
    /// An intermediary (CORV, the StUF Testplatform): answers Bv04 without
    /// checking zender, ontvanger or tijdstipBericht.
    Intermediary,
}

/// The answer to one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// HTTP status: 200, or 500 for a fault (SOAP 1.1), 4xx for a request
    /// that is no SOAP message.
    pub status: u16,
    /// The SOAP envelope.
    pub body: String,
    /// For the log and the caller: `Bv03`, `Fo03 StUF016`, ...
    pub verdict: String,
    /// The row of a newly stored message that is to be validated.
    pub stored: Option<i64>,
    /// Whether this was the earlier answer again.
    pub repeated: bool,
    /// The header of the request, when it had one.
    pub header: Option<Header>,
}

/// What an exchange needs.
pub struct Exchange {
    /// End node or intermediary.
    pub role: Role,
    /// The known parties; empty means any zender and ontvanger.
    pub parties: Vec<Party>,
    /// Makes the replies.
    pub replier: Replier,
    /// The inbox.
    pub store: Arc<Store>,
}

impl std::fmt::Debug for Exchange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Exchange")
            .field("role", &self.role)
            .finish()
    }
}

/// A tijdstipBericht padded to 17 digits, so that lexical order is time
/// order (8 to 17 digits are allowed).
pub fn normalized_tijdstip(t: &str) -> String {
    let mut out = t.trim().to_string();
    while out.len() < 17 {
        out.push('0');
    }
    out
}

fn is_tijdstip(t: &str) -> bool {
    (8..=17).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
}

/// The berichtcode a root must carry, and whether this endpoint takes it:
/// every Di01 and the Bv01, Fo01 and Fo03 operations of the WSDLs.
fn expected_code(root: &str) -> Option<(&str, bool)> {
    if root.ends_with("Di01") {
        return Some(("Di01", true));
    }
    let code = root.strip_suffix("Bericht")?;
    Some((code, matches!(code, "Bv01" | "Fo01" | "Fo03")))
}

impl Exchange {
    /// Handles one request.
    pub fn handle(
        &self,
        soap_action: Option<&str>,
        content_type: Option<&str>,
        body: &[u8],
    ) -> Answer {
        match self.try_handle(soap_action, content_type, body) {
            Ok(answer) => answer,
            Err(e) => Answer {
                status: e.status,
                body: soap::plain_fault(e.status < 500, &e.message),
                verdict: format!("fault {}: {}", e.status, e.message),
                stored: None,
                repeated: false,
                header: None,
            },
        }
    }

    fn try_handle(
        &self,
        soap_action: Option<&str>,
        content_type: Option<&str>,
        body: &[u8],
    ) -> Result<Answer, SoapError> {
        let text = soap::decode_body(content_type, body)?;
        let message = match soap::read_envelope(&text)? {
            Payload::Message(m) => m,
            // A Fo03 offered asynchronously arrives as a message, not as a
            // fault; a fault here has nothing to answer.
            Payload::Fault {
                detail: Some(m), ..
            } => m,
            Payload::Fault { string, .. } => {
                return Err(SoapError {
                    status: 400,
                    message: format!("a soap:Fault without a Fo03 in detail ({string})"),
                })
            }
        };
        let header = Header::read(&message).map_err(|e| SoapError {
            status: 400,
            message: format!("the message in soap:Body cannot be read: {e}"),
        })?;
        if let Some(operation) = soap_action
            .map(soap::operation_of_action)
            .transpose()?
            .flatten()
        {
            if !soap::operation_matches(&operation, &header.root) {
                return Err(SoapError {
                    status: 400,
                    message: format!(
                        "soapAction names operation `{operation}` but the body holds `{}`",
                        header.root
                    ),
                });
            }
        }
        self.answer(header, message)
    }

    /// The first Tabel 4.1 situation of soort 3 that applies, in the order
    /// of the table.
    fn check(&self, header: &Header, last_tijdstip: Option<&str>) -> Option<(Foutcode, String)> {
        if self.role == Role::EndNode && !self.parties.is_empty() {
            if !self.parties.iter().any(|p| p.matches(&header.ontvanger)) {
                return Some((
                    Foutcode::StUF010,
                    format!("ontvanger {} is unknown here", header.ontvanger.key()),
                ));
            }
            if !self.parties.iter().any(|p| p.matches(&header.zender)) {
                return Some((
                    Foutcode::StUF013,
                    format!("zender {} is unknown here", header.zender.key()),
                ));
            }
        }
        let tijdstip = header.tijdstip_bericht.as_deref().unwrap_or("");
        if self.role == Role::EndNode && is_tijdstip(tijdstip) {
            if let Some(last) = last_tijdstip {
                if normalized_tijdstip(tijdstip).as_str() <= last {
                    return Some((
                        Foutcode::StUF019,
                        format!(
                            "tijdstipBericht {tijdstip} is not after {} of this zender",
                            last.trim_end_matches('0')
                        ),
                    ));
                }
            }
        }
        match expected_code(&header.root) {
            Some((code, _)) if header.berichtcode != code => {
                let known = stuf_jz_types::Berichtcode::from_lexical(&header.berichtcode)
                    != stuf_jz_types::Berichtcode::Unknown;
                let foutcode = if known {
                    Foutcode::StUF025
                } else {
                    Foutcode::StUF022
                };
                Some((
                    foutcode,
                    format!(
                        "berichtcode `{}` in a {} (expected {code})",
                        header.berichtcode, header.root
                    ),
                ))
            }
            Some((code, false)) => Some((
                Foutcode::StUF025,
                format!("a {code} is not taken by this endpoint"),
            )),
            _ => None,
        }
    }

    fn answer(&self, header: Header, message: String) -> Result<Answer, SoapError> {
        let zender = header.zender.key();
        let referentienummer = header.referentienummer.clone().unwrap_or_default();
        let mut made: Option<(Reply, bool)> = None;
        let mut reply_error = None;
        let outcome = self
            .store
            .insert_with(&zender, &referentienummer, |last| {
                let refusal = self.check(&header, last);
                let reply = match &refusal {
                    Some((code, details)) => self.replier.reject(&header, *code, Some(details)),
                    None if self.role == Role::Intermediary => {
                        self.replier.accept_for_delivery(&header)
                    }
                    None => self.replier.acknowledge(&header),
                };
                let reply = match reply {
                    Ok(reply) => reply,
                    Err(e) => {
                        reply_error = Some(e.to_string());
                        return None;
                    }
                };
                let accepted = refusal.is_none();
                let envelope = envelope_of(&reply);
                let entry = NewEntry {
                    tijdstip_bericht: normalized_tijdstip(
                        header.tijdstip_bericht.as_deref().unwrap_or(""),
                    ),
                    root: header.root.clone(),
                    message: message.clone(),
                    answer_code: verdict_of(&reply),
                    answer: envelope,
                    answer_fault: !accepted,
                    accepted,
                };
                made = Some((reply, accepted));
                Some(entry)
            })
            .map_err(|e| SoapError {
                status: 500,
                message: format!("{}: {e}", Foutcode::StUF046.omschrijving()),
            })?;
        match outcome {
            Insert::Exists(earlier) if earlier.message == message => Ok(Answer {
                status: if earlier.answer_fault { 500 } else { 200 },
                body: earlier.answer,
                verdict: format!("{} (repeat of #{})", earlier.answer_code, earlier.id),
                stored: None,
                repeated: true,
                header: Some(header),
            }),
            Insert::Exists(earlier) => {
                let details = format!(
                    "referentienummer {referentienummer} of {zender} was received before (#{}) with other content",
                    earlier.id
                );
                let reply = self
                    .replier
                    .reject(&header, Foutcode::StUF016, Some(&details))
                    .map_err(|e| SoapError {
                        status: 400,
                        message: e.to_string(),
                    })?;
                Ok(Answer {
                    status: 500,
                    body: envelope_of(&reply),
                    verdict: verdict_of(&reply),
                    stored: None,
                    repeated: false,
                    header: Some(header),
                })
            }
            Insert::Stored(id) => {
                let Some((reply, accepted)) = made else {
                    return Err(SoapError {
                        status: 400,
                        message: reply_error.unwrap_or_else(|| "no answer could be made".into()),
                    });
                };
                Ok(Answer {
                    status: if accepted { 200 } else { 500 },
                    body: envelope_of(&reply),
                    verdict: verdict_of(&reply),
                    stored: accepted.then_some(id),
                    repeated: false,
                    header: Some(header),
                })
            }
        }
    }
}

/// `Bv03`, or `Fo03 StUF016`.
pub fn verdict_of(reply: &Reply) -> String {
    match reply.code {
        Some(code) => format!("{} {code}", reply.berichtcode),
        None => reply.berichtcode.to_string(),
    }
}

/// The SOAP envelope of a reply: a Fo03 as a fault, the rest in the body.
pub fn envelope_of(reply: &Reply) -> String {
    match (reply.berichtcode, reply.code) {
        ("Fo03", Some(code)) => soap::fault(
            &reply.xml,
            code.plek() == Foutplek::Client,
            &format!("{code}: {}", code.omschrijving()),
        ),
        _ => soap::envelope(&reply.xml),
    }
}
