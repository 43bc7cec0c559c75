//! A source as a flag shows it: the words of the text, and the name they
//! stand for when the text words it as a description.

/// A source as a flag shows it, and the name it stands for when the text
/// words it as a description or a title and surname.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    pub shown: String,
    pub refers_to: Option<String>,
    /// The name was only mentioned in passing: a guess good enough to show,
    /// not a source later descriptions may stand for.
    pub passing: bool,
}

impl Source {
    pub(crate) fn written(shown: String) -> Self {
        Source {
            shown,
            refers_to: None,
            passing: false,
        }
    }

    /// "la maire" standing for "Anne Hidalgo" shows "la maire (Anne Hidalgo)":
    /// the reader sees the words of the text and who they stand for.
    pub(crate) fn standing_for(written: String, name: Option<String>) -> Self {
        match name {
            Some(n) => Source {
                shown: format!("{written} ({n})"),
                refers_to: Some(n),
                passing: false,
            },
            None => Source::written(written),
        }
    }

    pub(crate) fn in_passing(self) -> Self {
        Source {
            passing: true,
            ..self
        }
    }
}
