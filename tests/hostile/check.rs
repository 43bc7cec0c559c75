//! What a caller relies on in an analysis of a large text, checked in one
//! pass: flags in order and apart, on char boundaries, UTF-16 offsets that
//! count the units before them, quotations inside their sentence.

use claimlens::{utf16_len, Analysis, Flag, Label};

/// Every rule, or the first one broken.
pub fn well_formed(text: &str, analysis: &Analysis) -> Result<(), String> {
    if analysis.sentences < analysis.flags.len() {
        return Err(format!(
            "{} flags for {} sentences",
            analysis.flags.len(),
            analysis.sentences
        ));
    }
    // UTF-16 units counted once, from one offset to the next (they only grow).
    let (mut byte, mut units) = (0, 0);
    let mut units_at = |at: usize| -> Result<usize, String> {
        if at < byte || at > text.len() || !text.is_char_boundary(at) {
            return Err(format!(
                "offset {at} out of order or not on a char boundary"
            ));
        }
        units += utf16_len(&text[byte..at]);
        byte = at;
        Ok(units)
    };
    let mut previous_end = 0;
    for (i, f) in analysis.flags.iter().enumerate() {
        let fail = |what: String| {
            Err(format!(
                "flag {i} ({:?} {}..{}): {what}",
                f.label, f.start, f.end
            ))
        };
        if f.start >= f.end || f.start < previous_end {
            return fail(format!(
                "empty, or overlaps the flag before (ending at {previous_end})"
            ));
        }
        previous_end = f.end;
        let start = units_at(f.start)?;
        let quote = match f.quote {
            Some(q) if q.start < f.start || q.start >= q.end || q.end > f.end => {
                return fail(format!(
                    "quote {}..{} not inside its sentence",
                    q.start, q.end
                ));
            }
            Some(q) => Some((q, units_at(q.start)?, units_at(q.end)?)),
            None => None,
        };
        let end = units_at(f.end)?;
        if (f.start_utf16, f.end_utf16) != (start, end) {
            return fail(format!(
                "UTF-16 {}..{}, expected {start}..{end}",
                f.start_utf16, f.end_utf16
            ));
        }
        if let Some((q, qs, qe)) = quote {
            if (q.start_utf16, q.end_utf16) != (qs, qe) {
                return fail(format!(
                    "quote UTF-16 {}..{}, expected {qs}..{qe}",
                    q.start_utf16, q.end_utf16
                ));
            }
        }
        if f.claim.is_some() != (f.label == Label::Unsourced) {
            return fail(format!("claim {:?}", f.claim));
        }
        if f.source.as_deref().is_some_and(|s| s.trim().is_empty()) {
            return fail("blank source".into());
        }
        if f.reason.trim().is_empty() || f.reason.contains('\n') {
            return fail(format!("reason {:?}", f.reason));
        }
    }
    Ok(())
}

/// The sentence a flag covers.
pub fn sentence<'t>(text: &'t str, f: &Flag) -> &'t str {
    &text[f.start..f.end]
}

#[test]
fn the_checker_refuses_broken_analyses() {
    let text = "Été 2025. « Il fait chaud », dit Anne Roy.";
    let good = claimlens::analyze(text, &claimlens::Options::default());
    assert_eq!(good.flags.len(), 1, "{good:?}");
    well_formed(text, &good).unwrap();
    type Breaks = fn(&mut Flag);
    let broken: [(&str, Breaks); 6] = [
        ("inside a char", |f| f.start = 1),
        ("UTF-16 as bytes", |f| f.end_utf16 = f.end),
        ("quote outside", |f| {
            f.quote.as_mut().unwrap().end = f.end + 1
        }),
        ("quote UTF-16", |f| {
            f.quote.as_mut().unwrap().start_utf16 += 1
        }),
        ("claim on a quote", |f| {
            f.claim = Some(claimlens::Claim::Factual)
        }),
        ("empty", |f| f.end = f.start),
    ];
    for (what, breaks) in broken {
        let mut bad = good.clone();
        breaks(&mut bad.flags[0]);
        assert!(well_formed(text, &bad).is_err(), "accepted: {what}");
    }
    let mut twice = good.clone();
    twice.flags.push(good.flags[0].clone());
    twice.sentences = 2;
    assert!(
        well_formed(text, &twice).is_err(),
        "accepted overlapping flags"
    );
}
