//! Synthetic profiles for benchmarks: large, realistic in shape, and reproducible.
//!
//! Findings are sentences of 10 to 30 words drawn from a vocabulary with a skewed
//! (Zipf-like) frequency, as real text has: a few words are everywhere, most are rare. The
//! "later round" keeps most findings, rewords some, moves and reclassifies a few, drops some
//! and adds new ones, so the matcher does the work it does on real rounds.

use crate::profile::{Category, Domain, Finding, Level, Profile, Provenance};

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
    let mut out: Vec<Finding> = Vec::with_capacity(findings.len());
    let mut counts = std::collections::HashMap::new();
    let mut seen = std::collections::HashSet::new();
    for (domain, category, text) in findings {
        if !seen.insert(crate::text::normalize(&text)) {
            continue;
        }
        let index = counts.entry((domain, category)).or_insert(0usize);
        out.push(Finding::new(domain, category, *index, None, text, 0));
        *index += 1;
    }
    out.sort_by_key(|f| (f.domain, f.category, f.index));
    Profile {
        origin: format!("synthetic@{year}"),
        country: "Synthland".into(),
        name: None,
        iso3: "SYN".into(),
        level: Level::National,
        city: None,
        year,
        published: None,
        title: None,
        source: None,
        provenance: Provenance::Illustrative,
        notes: None,
        findings: out,
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
            match rng.below(100) {
                0..70 => new.push((domain, category, text)),
                70..85 => new.push((domain, category, reword(&mut rng, &vocab, &text))),
                85..90 => {}
                90..95 => new.push((domain, Category::ALL[1 - category as usize], text)),
                95..98 => new.push((Domain::ALL[rng.below(6)], category, text)),
                _ => new.push((domain, category, sentence(&mut rng, &vocab))),
            }
        }
    }
    (profile(2020, old), profile(2024, new))
}

/// A profile as format-1 TOML text, for benchmarks of the whole program.
pub fn to_toml(p: &Profile) -> String {
    use std::fmt::Write;
    let q = |s: &str| toml::Value::String(s.to_string()).to_string();
    let mut out = String::new();
    let _ = writeln!(out, "format = 1\n\n[profile]");
    let _ = writeln!(
        out,
        "country = {}\niso3 = {}\nyear = {}",
        q(&p.country),
        q(&p.iso3),
        p.year
    );
    let _ = writeln!(out, "provenance = \"{}\"", p.provenance.key());
    for domain in Domain::ALL {
        let _ = writeln!(out, "\n[domains.{}]", domain.key());
        for category in Category::ALL {
            let _ = writeln!(out, "{} = [", category.key());
            for f in p.findings_in(domain, category) {
                let _ = writeln!(out, "  {},", q(&f.text));
            }
            let _ = writeln!(out, "]");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synthetic_profiles_are_valid_and_reproducible() {
        let (old, new) = pair(20, 7);
        assert_eq!(old.findings.len(), 120);
        assert!(new.findings.len() > 90);
        let loaded = crate::profile::load_str("synthetic.toml", &to_toml(&new));
        assert!(loaded.profile.is_some(), "{:?}", loaded.problems);
        assert_eq!(pair(20, 7).1, new);
    }
}
