//! Synthetic profiles for benchmarks: large, realistic in shape, and reproducible.
//!
//! Findings are sentences of 10 to 30 words drawn from a vocabulary with a skewed
//! (Zipf-like) frequency, as real text has: a few words are everywhere, most are rare. The
//! "later round" keeps most findings, rewords some, moves and reclassifies a few, drops some
//! and adds new ones, so the matcher does the work it does on real rounds.
//!
//! Shared by the benchmarks, the `synthetic` example and the property tests (`#[path]`): each
//! uses part of it.
#![allow(dead_code, unreachable_pub)]

pub use mgi_diff::profile::to_toml;
use mgi_diff::profile::{Category, Domain, Profile, Provenance};

/// A small deterministic generator (xorshift64*), so runs are comparable.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// Skewed towards small numbers: index `i` is about `1/(i+1)` as likely as index 0.
    fn skewed(&mut self, n: usize) -> usize {
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        ((n as f64).powf(u) as usize).saturating_sub(1).min(n - 1)
    }
}

const SYLLABLES: &[&str] = &[
    "ka", "za", "mi", "gra", "tion", "po", "li", "cy", "ri", "ght", "bor", "der", "la", "bour",
    "sta", "te", "na", "vi", "sa", "pro", "gram", "me", "ser", "vi", "ce", "ed", "u", "hel", "th",
];

fn vocabulary(rng: &mut Rng, size: usize) -> Vec<String> {
    let mut words: Vec<String> = Vec::with_capacity(size);
    let mut seen = std::collections::HashSet::new();
    while words.len() < size {
        let n = 2 + rng.below(3);
        let mut w: String = (0..n)
            .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
            .collect();
        if rng.below(10) == 0 {
            // Names: capitalised, as countries and laws are.
            w = w[..1].to_uppercase() + &w[1..];
        }
        if seen.insert(w.clone()) {
            words.push(w);
        }
    }
    words
}

fn sentence(rng: &mut Rng, vocab: &[String]) -> String {
    let n = 10 + rng.below(21);
    let words: Vec<&str> = (0..n)
        .map(|_| vocab[rng.skewed(vocab.len())].as_str())
        .collect();
    let mut s = words.join(" ");
    s[..1].make_ascii_uppercase();
    s.push('.');
    s
}

fn reword(rng: &mut Rng, vocab: &[String], text: &str) -> String {
    let mut words: Vec<String> = text
        .trim_end_matches('.')
        .split(' ')
        .map(String::from)
        .collect();
    for _ in 0..1 + rng.below(3) {
        let at = rng.below(words.len());
        match rng.below(3) {
            0 => words[at] = vocab[rng.skewed(vocab.len())].clone(),
            1 => words.insert(at, vocab[rng.skewed(vocab.len())].clone()),
            _ if words.len() > 5 => {
                words.remove(at);
            }
            _ => {}
        }
    }
    words.join(" ") + "."
}

fn profile(year: u16, findings: Vec<(Domain, Category, String)>) -> Profile {
    // A valid profile holds each text once.
    let mut seen = std::collections::HashSet::new();
    let findings = findings
        .into_iter()
        .filter(|f| seen.insert(mgi_diff::profile::normalize(&f.2)));
    let mut p = Profile::new(&format!("synthetic@{year}"), "Synthland", "ATA", year)
        .with_findings(findings);
    p.provenance = Provenance::Illustrative;
    p
}

/// What a later round makes of a finding: most kept, some reworded, dropped, flipped into the
/// other category, moved to another domain, or replaced by a new finding.
fn later(
    rng: &mut Rng,
    vocab: &[String],
    (domain, category, text): (Domain, Category, String),
    out: &mut Vec<(Domain, Category, String)>,
) {
    match rng.below(100) {
        0..70 => out.push((domain, category, text)),
        70..85 => out.push((domain, category, reword(rng, vocab, &text))),
        85..90 => {}
        90..95 => out.push((domain, Category::ALL[1 - category as usize], text)),
        95..98 => out.push((Domain::ALL[rng.below(6)], category, text)),
        _ => out.push((domain, category, sentence(rng, vocab))),
    }
}

/// Two rounds of a synthetic profile with `per_domain` findings in each domain.
pub fn pair(per_domain: usize, seed: u64) -> (Profile, Profile) {
    let mut rng = Rng(seed.max(1));
    let vocab = vocabulary(&mut rng, 5_000);
    let mut old = Vec::new();
    let mut new = Vec::new();
    for domain in Domain::ALL {
        for _ in 0..per_domain {
            let category = Category::ALL[rng.below(2)];
            let text = sentence(&mut rng, &vocab);
            old.push((domain, category, text.clone()));
            later(&mut rng, &vocab, (domain, category, text), &mut new);
        }
    }
    (profile(2020, old), profile(2024, new))
}

/// `count` rounds of a synthetic profile (2020, 2024, 2028, …), each made from the one
/// before it as a later round is: most findings kept, some reworded, dropped, flipped, moved
/// or new.
pub fn rounds(per_domain: usize, count: usize, seed: u64) -> Vec<Profile> {
    let mut rng = Rng(seed.max(1));
    let vocab = vocabulary(&mut rng, 5_000);
    let mut current = Vec::new();
    for domain in Domain::ALL {
        for _ in 0..per_domain {
            let category = Category::ALL[rng.below(2)];
            current.push((domain, category, sentence(&mut rng, &vocab)));
        }
    }
    let mut out = vec![profile(2020, current.clone())];
    for r in 1..count {
        let mut next = Vec::with_capacity(current.len());
        for finding in current {
            later(&mut rng, &vocab, finding, &mut next);
        }
        out.push(profile(2020 + 4 * r as u16, next.clone()));
        current = next;
    }
    out
}

/// The shape of a dense pair: every finding reworded, every word common.
#[derive(Debug, Clone, Copy)]
pub struct Dense {
    pub per_domain: usize,
    /// Distinct words per finding.
    pub words: usize,
    /// How many findings of a domain each word appears in, on average.
    pub findings_per_word: usize,
    /// How many of its words each finding keeps in the later round (the rest are replaced).
    pub kept: usize,
}

/// Two rounds in which every finding of the later one rewords the finding at the same place
/// in the earlier one, and no word is rare: the case a rarity cut-off in candidate generation
/// gets wrong. Words are lowercase, so none counts as a name.
pub fn dense_pair(shape: Dense, seed: u64) -> (Profile, Profile) {
    let mut rng = Rng(seed.max(1));
    let size =
        (shape.per_domain * shape.words / shape.findings_per_word.max(1)).max(shape.words * 2);
    let mut old = Vec::new();
    let mut new = Vec::new();
    for domain in Domain::ALL {
        let vocab: Vec<String> = vocabulary(&mut rng, size)
            .into_iter()
            .map(|w| w.to_lowercase())
            .collect();
        for _ in 0..shape.per_domain {
            let category = Category::ALL[rng.below(2)];
            let mut picked: Vec<usize> = Vec::with_capacity(shape.words);
            while picked.len() < shape.words {
                let w = rng.below(vocab.len());
                if !picked.contains(&w) {
                    picked.push(w);
                }
            }
            let mut changed = picked.clone();
            for slot in changed.iter_mut().skip(shape.kept) {
                loop {
                    let w = rng.below(vocab.len());
                    if !picked.contains(&w) {
                        *slot = w;
                        break;
                    }
                }
            }
            let text = |ids: &[usize]| {
                let words: Vec<&str> = ids.iter().map(|&i| vocab[i].as_str()).collect();
                words.join(" ") + "."
            };
            old.push((domain, category, text(&picked)));
            new.push((domain, category, text(&changed)));
        }
    }
    (profile(2020, old), profile(2024, new))
}

/// Two rounds of one domain whose `findings` texts are all drawn from the same eleven words,
/// twelve words each, every finding of the later round rewording the one at its place by one
/// word: every finding shares its words with every other, the case that makes candidate
/// generation quadratic unless it is bounded.
pub fn crowded_pair(findings: usize, seed: u64) -> (Profile, Profile) {
    const WORDS: [&str; 11] = [
        "migrant",
        "workers",
        "access",
        "health",
        "services",
        "labour",
        "rights",
        "permits",
        "residence",
        "training",
        "support",
    ];
    let mut rng = Rng(seed.max(1));
    let mut seen = std::collections::HashSet::new();
    let mut old = Vec::new();
    let mut new = Vec::new();
    while old.len() < findings {
        let words: Vec<usize> = (0..12).map(|_| rng.below(WORDS.len())).collect();
        let mut changed = words.clone();
        let at = rng.below(changed.len());
        changed[at] = (changed[at] + 1 + rng.below(WORDS.len() - 1)) % WORDS.len();
        let text = |ids: &[usize]| {
            let words: Vec<&str> = ids.iter().map(|&i| WORDS[i]).collect();
            words.join(" ") + "."
        };
        let (a, b) = (text(&words), text(&changed));
        if !seen.insert(a.clone()) || !seen.insert(b.clone()) {
            continue;
        }
        old.push((Domain::WellBeing, Category::WellDeveloped, a));
        new.push((Domain::WellBeing, Category::WellDeveloped, b));
    }
    (profile(2020, old), profile(2024, new))
}
