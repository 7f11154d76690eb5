//! The error situations of StUF 03.01 (Tabel 4.1 of "StUF 03.01: In
//! Gebruik", versie 27, §4.4.3; `../shared/docs/stuf-protocol.md`): the
//! `StUF:code`, `StUF:plek` and `StUF:omschrijving` of a Fo-bericht and
//! the Fo-types ("soort fout") that may carry each code.
//!
//! The omschrijving is the text the table prescribes for the element
//! `StUF:omschrijving`, a protocol value like the code itself.

use std::fmt;
use std::str::FromStr;

/// Where an error lies (`StUF:Foutplek`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Foutplek {
    /// `client`: the sender of the message caused it.
    Client,
    /// `server`: the receiver could not handle it.
    Server,
}

impl Foutplek {
    /// The schema literal (`client`, `server`).
    pub fn as_str(self) -> &'static str {
        match self {
            Foutplek::Client => "client",
            Foutplek::Server => "server",
        }
    }
}

impl fmt::Display for Foutplek {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The kind of Fo-bericht ("soort fout" of Tabel 4.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FoType {
    /// `Fo01`: asynchronous answer that processing failed (soort 1).
    Fo01,
    /// `Fo02`: synchronous error answer (soort 2).
    Fo02,
    /// `Fo03`: the message was not accepted; the SOAP fault (soort 3).
    Fo03,
}

impl FoType {
    /// The berichtcode (`Fo01`, `Fo02`, `Fo03`).
    pub fn as_str(self) -> &'static str {
        match self {
            FoType::Fo01 => "Fo01",
            FoType::Fo02 => "Fo02",
            FoType::Fo03 => "Fo03",
        }
    }
}

impl fmt::Display for FoType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

macro_rules! foutcodes {
    ($($(#[$doc:meta])* $name:ident = $code:literal, $plek:ident, [$($fo:ident),*], $omschrijving:literal;)*) => {
        /// A StUF 03.01 error code of Tabel 4.1 (`StUF:Foutcode`).
        ///
        /// The variants are in the order of the table: when several
        /// situations apply, only the first is reported (use `min`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Foutcode {
            $($(#[$doc])* $name,)*
        }

        impl Foutcode {
            /// Every code, in the order of the table.
            pub const ALL: &'static [Foutcode] = &[$(Foutcode::$name),*];

            /// The code as written (`StUF016`).
            pub fn code(self) -> &'static str {
                match self { $(Foutcode::$name => $code,)* }
            }

            /// Where the error lies.
            pub fn plek(self) -> Foutplek {
                match self { $(Foutcode::$name => Foutplek::$plek,)* }
            }

            /// The omschrijving the table prescribes.
            pub fn omschrijving(self) -> &'static str {
                match self { $(Foutcode::$name => $omschrijving,)* }
            }

            /// The Fo-types that may carry this code.
            pub fn fo_types(self) -> &'static [FoType] {
                match self { $(Foutcode::$name => &[$(FoType::$fo),*],)* }
            }
        }
    };
}

foutcodes! {
    /// StUF version not supported.
    StUF001 = "StUF001", Server, [Fo02, Fo03], "Versie StUF niet ondersteund";
    /// Sectormodel not supported.
    StUF004 = "StUF004", Server, [Fo02, Fo03], "Sectormodel niet ondersteund";
    /// Version of the sectormodel not supported.
    StUF007 = "StUF007", Server, [Fo02, Fo03], "Versie sectormodel niet ondersteund";
    /// Receiving organisatie + applicatie + administratie unknown.
    StUF010 = "StUF010", Client, [Fo02, Fo03], "Combinatie van ontvangende organisatie, applicatie en administratie onbekend";
    /// Sending organisatie + applicatie + administratie unknown.
    StUF013 = "StUF013", Client, [Fo02, Fo03], "Combinatie van zendende organisatie, applicatie en administratie onbekend";
    /// Zender + referentienummer not unique.
    StUF016 = "StUF016", Client, [Fo02, Fo03], "Combinatie zender en referentienummer niet uniek";
    /// tijdstipBericht not greater than the sender's previous one.
    StUF019 = "StUF019", Client, [Fo02, Fo03], "TijdstipBericht niet groter dan voorgaand TijdstipBericht van zender";
    /// Berichtcode unknown.
    StUF022 = "StUF022", Client, [Fo02, Fo03], "Berichtcode onbekend";
    /// Berichtcode not supported.
    StUF025 = "StUF025", Server, [Fo02, Fo03], "Berichtcode niet ondersteund";
    /// Entiteittype unknown in the sectormodel.
    StUF028 = "StUF028", Client, [Fo02, Fo03], "Entiteittype onbekend binnen sectormodel";
    /// Entiteittype not supported.
    StUF031 = "StUF031", Server, [Fo02, Fo03], "Entiteittype niet ondersteund";
    /// Functie unknown in the sectormodel.
    StUF034 = "StUF034", Client, [Fo02, Fo03], "Functie onbekend binnen sectormodel";
    /// Functie not supported.
    StUF037 = "StUF037", Server, [Fo02, Fo03], "Functie niet ondersteund";
    /// Combination of berichtcode, entiteittype and functie not supported.
    StUF040 = "StUF040", Server, [Fo02, Fo03], "Combinatie van berichtcode, entiteittype en functie niet ondersteund";
    /// crossRefnummer unknown.
    StUF043 = "StUF043", Client, [Fo02, Fo03], "Crossreferentienummer niet bekend";
    /// The message cannot be stored.
    StUF046 = "StUF046", Server, [Fo03], "Opslaan bericht niet mogelijk";
    /// No process for the synchronous message.
    StUF049 = "StUF049", Server, [Fo02], "Proces voor afhandelen synchroon bericht niet beschikbaar";
    /// The sender is not authorised for the combination.
    StUF052 = "StUF052", Client, [Fo01, Fo02], "Het zendende systeem is niet geautoriseerd voor de gevraagde combinatie van berichtcode, entiteittype en functie";
    /// The body does not conform to the schema.
    StUF055 = "StUF055", Client, [Fo01, Fo02], "Berichtbody is niet conform schema in sectormodel";
    /// Processing the message failed.
    StUF058 = "StUF058", Server, [Fo01, Fo02], "Proces voor afhandelen bericht geeft fout";
    /// Sending could not start within 5 minutes.
    StUF061 = "StUF061", Server, [Fo02], "Starten berichtverzending niet mogelijk binnen 5 minuten";
    /// The answering system cannot answer within the connection time-out.
    StUF960 = "StUF960", Server, [Fo02], "Het antwoordende systeem is niet in staat het verzoek af te handelen binnen de connection time out";
}

impl Foutcode {
    /// Whether a Fo-bericht of type `fo` may carry this code.
    pub fn allowed_in(self, fo: FoType) -> bool {
        self.fo_types().contains(&fo)
    }
}

impl fmt::Display for Foutcode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A code that is not in Tabel 4.1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownFoutcode(pub String);

impl fmt::Display for UnknownFoutcode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is not an error code of StUF 03.01 Tabel 4.1",
            self.0
        )
    }
}

impl std::error::Error for UnknownFoutcode {}

impl FromStr for Foutcode {
    type Err = UnknownFoutcode;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        Foutcode::ALL
            .iter()
            .copied()
            .find(|c| c.code() == s)
            .ok_or_else(|| UnknownFoutcode(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_parse_back_and_fit_the_schema() {
        for &code in Foutcode::ALL {
            assert_eq!(code.code().parse::<Foutcode>(), Ok(code));
            // StUF:Foutcode maxLength 7, StUF:Foutomschrijving maxLength 200.
            assert_eq!(code.code().len(), 7);
            assert!(code.omschrijving().chars().count() <= 200);
            assert!(!code.fo_types().is_empty());
        }
        assert!("StUF017".parse::<Foutcode>().is_err());
    }

    #[test]
    fn the_table_decides_which_fo_types_carry_a_code() {
        assert!(Foutcode::StUF016.allowed_in(FoType::Fo03));
        assert!(!Foutcode::StUF016.allowed_in(FoType::Fo01));
        // A schema error of the body is asynchronous: Fo01, never Fo03.
        assert!(Foutcode::StUF055.allowed_in(FoType::Fo01));
        assert!(!Foutcode::StUF055.allowed_in(FoType::Fo03));
        assert_eq!(Foutcode::StUF046.fo_types(), &[FoType::Fo03]);
        assert_eq!(Foutcode::StUF019.plek(), Foutplek::Client);
        assert_eq!(Foutcode::StUF046.plek(), Foutplek::Server);
        // Table order decides which of several situations is reported.
        assert_eq!(Foutcode::StUF019.min(Foutcode::StUF016), Foutcode::StUF016);
    }
}
