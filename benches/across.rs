//! `across` at the scale of one MGI period worldwide: 120 places × 6 domains × ~40 findings
//! (the target: under 3 s and 500 MiB on 2 cores). `cargo bench --bench across` prints the
//! figures; nothing here asserts a time. Memory is measured on the whole process with
//! `/usr/bin/time -v target/release/mgi-diff across --profiles DIR` on the folder that
//! `process` writes (see docs/across.md).
//!
//! - `library`: `across::across` on 60, 120 and 240 places in memory: doubling the places
//!   must not quadruple the time (the candidates are bounded, see `src/across/group.rs`).
//! - `process`: the whole `mgi-diff across --format json` process over 120 profile files.
//!
//! The findings are synthetic: per domain, 60 themes of 8 words drawn from 3,000 made-up
//! words; each place states ~20 themes per category (popular themes far more often than
//! rare ones), each in its own words (6 of the theme's 8 words, 2 of its own, its name).

use std::path::{Path, PathBuf};
use std::process::Command;

use mgi_diff::across::{Options, across};
use mgi_diff::profile::{Category, Domain, Profile};

fn main() {
    divan::main();
}

/// A small deterministic generator (SplitMix64), so that every run measures the same set.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A made-up word: three syllables.
fn word(i: usize) -> String {
    const SYLLABLES: [&str; 16] = [
        "ba", "ko", "li", "me", "su", "ra", "ti", "no", "ve", "da", "pu", "ge", "fo", "ri", "za",
        "mu",
    ];
    format!(
        "{}{}{}",
        SYLLABLES[i % 16],
        SYLLABLES[(i / 16) % 16],
        SYLLABLES[(i / 256) % 16]
    )
}

const THEMES: usize = 60;
const WORDS: usize = 3000;

/// `places` synthetic profiles of one year.
fn places(places: usize, seed: u64) -> Vec<Profile> {
    // Real ISO codes, as a profile needs (a place beyond the table's ~250 reuses one: the
    // library does not mind).
    let table = include_str!("../src/profile/countries.tsv");
    let codes: Vec<&str> = table
        .lines()
        .filter_map(|l| l.strip_prefix("code\t"))
        .filter_map(|l| l.split('\t').next())
        .collect();
    let mut r = Random(seed);
    let themes: Vec<Vec<Vec<String>>> = (0..6)
        .map(|_| {
            (0..THEMES)
                .map(|_| (0..8).map(|_| word(r.below(WORDS))).collect())
                .collect()
        })
        .collect();
    (0..places)
        .map(|p| {
            let name = format!("Pla{}", word(p + 4096));
            let iso3 = codes[p % codes.len()].to_string();
            let mut findings = Vec::new();
            for (d, domain) in Domain::ALL.into_iter().enumerate() {
                let mut taken = [false; THEMES];
                for category in Category::ALL {
                    for _ in 0..20 {
                        // Popular themes first: the square of a uniform draw.
                        let u = r.below(THEMES * THEMES);
                        let t = (u as f64).sqrt() as usize;
                        let t = t.min(THEMES - 1);
                        if std::mem::replace(&mut taken[t], true) {
                            continue;
                        }
                        let mut words: Vec<String> = themes[d][t].clone();
                        words.remove(r.below(words.len()));
                        words.remove(r.below(words.len()));
                        words.push(word(r.below(WORDS)));
                        words.insert(r.below(words.len()), word(r.below(WORDS)));
                        findings.push((domain, category, format!("{name} {}.", words.join(" "))));
                    }
                }
            }
            Profile::new(&format!("synthetic/{p}"), &name, &iso3, 2022).with_findings(findings)
        })
        .collect()
}

#[divan::bench(args = [60, 120, 240], sample_count = 5)]
fn library(bencher: divan::Bencher, n: usize) {
    let profiles = places(n, 7);
    let options = Options::default();
    bencher.bench(|| across(divan::black_box(&profiles), &options));
}

/// The folder of 120 profile files that `process` reads.
fn folder() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bench-across-120-v2");
    if !dir.join("done").exists() {
        let _ = std::fs::remove_dir_all(&dir);
        for p in places(120, 7) {
            let slug = mgi_diff::profile::slug(&p.country);
            let file = dir.join(&slug).join("2022.toml");
            std::fs::create_dir_all(file.parent().unwrap()).unwrap();
            std::fs::write(file, mgi_diff::profile::to_toml(&p)).unwrap();
        }
        std::fs::write(dir.join("done"), "").unwrap();
    }
    dir
}

#[divan::bench(sample_count = 5)]
fn process(bencher: divan::Bencher) {
    let dir = folder();
    bencher.bench(|| {
        let out = Command::new(env!("CARGO_BIN_EXE_mgi-diff"))
            .args(["across", "--format", "json", "--profiles"])
            .arg(&dir)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout.len()
    });
}
