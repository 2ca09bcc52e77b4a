//! Attribution on PolNeAR (`../shared/data/polnear-dev`, 84 annotated US
//! election articles nobody here wrote): quotations and reported speech found,
//! and credited to the Source the annotators marked, on the tune part and on
//! the held part (see `tests/support/polnear.rs` for the gold, the figures and
//! the split). Skips, saying so in one line, when `../shared` is absent.
//!
//! The floors are today's level (each figure as the code reaches it now,
//! less 0.02, rounded down), so that a change that loses ground fails while
//! run-to-run noise from an unrelated fix does not. They are not the goal.
//! The targets, not yet met and not asserted:
//! - direct recall ≥ 0.98;
//! - direct precision ≥ 0.95;
//! - named source for direct quotes ≥ 0.93;
//! - indirect recall ≥ 0.50;
//! - indirect source accuracy (named source for reported speech) ≥ 0.85.
//!
//! Raise a floor when a change lifts its figure for good; floors come in
//! pairs, tune then held, and the held one is the one that says the change
//! generalises.

mod support {
    pub mod polnear;
}

use support::polnear::{evaluate, polnear_dir, Counts, Part, Ratio};

/// (tune, held). Today: 0.989 (265/268), 1.000 (270/270).
const DIRECT_RECALL: (f64, f64) = (0.96, 0.98);
/// Today: 0.796 (211/265), 0.707 (191/270) (`''…''` read as double marks
/// lifted both from 0.743 and 0.604).
const FOUND_AS_DIRECT: (f64, f64) = (0.77, 0.68);
/// Today: 0.970 (288/297), 0.955 (273/286).
const DIRECT_PRECISION: (f64, f64) = (0.95, 0.93);
/// Today: 0.834 (156/187), 0.848 (207/244).
const PARTIAL_PRECISION: (f64, f64) = (0.81, 0.82);
/// Today: 0.956 (174/182), 0.923 (143/155); before issue 11's second round
/// 0.896 and 0.916, before the fourth 0.945 and 0.923.
const DIRECT_NAMED_SOURCE: (f64, f64) = (0.93, 0.90);
/// Today: 0.417 (279/669), 0.328 (262/798) (0.330 on the untouched part
/// before a passive's subject stopped being its agent's speech); 0.410 and 0.326 before the
/// fifth round (`according to` a body, group or description, `the paper
/// said`, speech cut before a later clause holding a quotation); 0.263 and 0.221 before subjects
/// that are no name, verbs of thought and a clause per speaker (issue 11's
/// third round), 0.396 and 0.325 before the fourth (groups with `in`,
/// bodies whose names hold `and`, a subordinate clause's speech ending at
/// its comma).
const INDIRECT_RECALL: (f64, f64) = (0.39, 0.30);
/// Today: 0.937 (148/158), 0.901 (128/142). Scored since the third round
/// with a party's members as the party (`Republicans said` is the Republican
/// Party, as issue 11 asks); before it 0.914 and 0.879.
const INDIRECT_NAMED_SOURCE: (f64, f64) = (0.92, 0.88);
/// Today: 0.813 (213/262), 0.864 (222/257); before the third round 0.702
/// and 0.811, before the fourth 0.771 and 0.850, before the fifth 0.788 and
/// 0.851.
const INDIRECT_PRECISION: (f64, f64) = (0.78, 0.84);

/// Each figure of `c` with its floor for `part`.
fn checks(c: &Counts, part: Part) -> Vec<(&'static str, Ratio, f64)> {
    let pick = |(tune, held): (f64, f64)| match part {
        Part::Tune => tune,
        Part::Held => held,
    };
    vec![
        ("direct recall", c.direct_recall, pick(DIRECT_RECALL)),
        ("found as direct", c.found_as_direct, pick(FOUND_AS_DIRECT)),
        (
            "direct precision",
            c.direct_precision,
            pick(DIRECT_PRECISION),
        ),
        (
            "partial precision",
            c.partial_precision,
            pick(PARTIAL_PRECISION),
        ),
        (
            "direct named source",
            c.direct_named_source,
            pick(DIRECT_NAMED_SOURCE),
        ),
        ("indirect recall", c.indirect_recall, pick(INDIRECT_RECALL)),
        (
            "indirect named source",
            c.indirect_named_source,
            pick(INDIRECT_NAMED_SOURCE),
        ),
        (
            "indirect precision",
            c.indirect_precision,
            pick(INDIRECT_PRECISION),
        ),
    ]
}

#[test]
fn attribution_keeps_its_ground_on_polnear() {
    let Some(root) = polnear_dir() else {
        eprintln!("skip: ../shared/data/polnear-dev not found");
        return;
    };
    let report = evaluate(&root);
    // The split itself: if the hash or the file names change, the held part
    // may hold articles someone has tuned on, and the floors mean less.
    assert_eq!(
        (report.tune.articles, report.held.articles),
        (41, 43),
        "the tune/held split moved"
    );
    let mut below = Vec::new();
    for part in [Part::Tune, Part::Held] {
        for (label, r, floor) in checks(report.part(part), part) {
            eprintln!(
                "{} {label:<22} {:.3} ({}/{}), floor {floor:.2}",
                part.name(),
                r.value(),
                r.hit,
                r.of
            );
            // A figure with nothing to count is a loading failure, not a
            // pass.
            if r.of == 0 || r.value() < floor {
                below.push(format!(
                    "{} {label}: {:.3} ({}/{}) below floor {floor:.2}",
                    part.name(),
                    r.value(),
                    r.hit,
                    r.of
                ));
            }
        }
    }
    assert!(below.is_empty(), "{}", below.join("\n"));
}
