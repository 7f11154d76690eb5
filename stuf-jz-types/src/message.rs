//! What every StUF message has in common: its stuurgegevens, read through
//! one trait whatever the message and the schema version.

use std::borrow::Cow;
use std::fmt;

/// A StUF message (`vtoDi01`, `Bv03Bericht`, ...) of any schema version: its
/// stuurgegevens without knowing the message's own types.
///
/// Implemented by every generated message root and by each version's
/// `Message` enum.
pub trait StufMessage {
    /// The stuurgegevens (`StUF:stuurgegevens`).
    fn stuurgegevens(&self) -> Stuurgegevens<'_>;

    /// `StUF:berichtcode`.
    fn berichtcode(&self) -> Berichtcode {
        self.stuurgegevens().berichtcode
    }

    /// `StUF:zender`.
    fn zender(&self) -> Systeem<'_> {
        self.stuurgegevens().zender
    }

    /// `StUF:ontvanger`.
    fn ontvanger(&self) -> Systeem<'_> {
        self.stuurgegevens().ontvanger
    }

    /// `StUF:referentienummer`, when present.
    fn referentienummer(&self) -> Option<Cow<'_, str>> {
        self.stuurgegevens().referentienummer
    }

    /// `StUF:crossRefnummer`, when present.
    fn cross_ref_nummer(&self) -> Option<Cow<'_, str>> {
        self.stuurgegevens().cross_ref_nummer
    }

    /// `StUF:tijdstipBericht` as a date and time, when present.
    fn tijdstip_bericht(&self) -> Option<Result<chrono::NaiveDateTime, String>> {
        let stuurgegevens = self.stuurgegevens();
        let lexical = stuurgegevens.tijdstip_bericht?;
        Some(crate::date::parse_tijdstip(&lexical))
    }
}

/// The stuurgegevens of a message, borrowed from it. Values are the lexical
/// forms of the message; an element the message type does not have is `None`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Stuurgegevens<'a> {
    /// `StUF:berichtcode`.
    pub berichtcode: Berichtcode,
    /// `StUF:zender`.
    pub zender: Systeem<'a>,
    /// `StUF:ontvanger`.
    pub ontvanger: Systeem<'a>,
    /// `StUF:referentienummer`.
    pub referentienummer: Option<Cow<'a, str>>,
    /// `StUF:tijdstipBericht`, lexical (`yyyyMMddHHmmssSSS`).
    pub tijdstip_bericht: Option<Cow<'a, str>>,
    /// `StUF:crossRefnummer`.
    pub cross_ref_nummer: Option<Cow<'a, str>>,
    /// `StUF:functie`.
    pub functie: Option<Cow<'a, str>>,
}

/// A sending or receiving system (`StUF:zender`, `StUF:ontvanger`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Systeem<'a> {
    /// `StUF:organisatie`.
    pub organisatie: Option<Cow<'a, str>>,
    /// `StUF:applicatie`.
    pub applicatie: Option<Cow<'a, str>>,
    /// `StUF:administratie`.
    pub administratie: Option<Cow<'a, str>>,
    /// `StUF:gebruiker`.
    pub gebruiker: Option<Cow<'a, str>>,
}

impl fmt::Display for Systeem<'_> {
    /// `organisatie/applicatie`, with `administratie` and `gebruiker` when present.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts = [
            &self.organisatie,
            &self.applicatie,
            &self.administratie,
            &self.gebruiker,
        ];
        let mut first = true;
        for part in parts.into_iter().flatten() {
            if !first {
                f.write_str("/")?;
            }
            f.write_str(part)?;
            first = false;
        }
        Ok(())
    }
}

macro_rules! berichtcodes {
    ($($(#[$doc:meta])* $variant:ident),* $(,)?) => {
        /// `StUF:berichtcode`: the kind of StUF message.
        #[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
        #[non_exhaustive]
        pub enum Berichtcode {
            $($(#[$doc])* $variant,)*
            /// A code this crate does not know (or none was present).
            #[default]
            Unknown,
        }

        impl Berichtcode {
            /// Reads a lexical `StUF:berichtcode`.
            pub fn from_lexical(lexical: &str) -> Self {
                match lexical {
                    $(stringify!($variant) => Berichtcode::$variant,)*
                    _ => Berichtcode::Unknown,
                }
            }

            /// The code (`Di01`), or `""` for [`Berichtcode::Unknown`].
            pub fn as_str(&self) -> &'static str {
                match self {
                    $(Berichtcode::$variant => stringify!($variant),)*
                    Berichtcode::Unknown => "",
                }
            }
        }
    };
}

berichtcodes! {
    /// Kennisgeving (asynchronous).
    Lk01,
    /// Vraag, synchronous.
    Lv01,
    /// Antwoord.
    La01,
    /// Vrij bericht, asynchronous.
    Di01,
    /// Vrij bericht, synchronous.
    Di02,
    /// Antwoord op een vrij bericht.
    Du01,
    /// Bevestiging: processed.
    Bv01,
    /// Bevestiging.
    Bv02,
    /// Bevestiging: received.
    Bv03,
    /// Bevestiging by an intermediary.
    Bv04,
    /// Foutbericht, asynchronous.
    Fo01,
    /// Foutbericht, synchronous.
    Fo02,
    /// Foutbericht on receipt.
    Fo03,
}

impl fmt::Display for Berichtcode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
