//! Scale benchmarks (the README's performance table). `cargo bench` prints the figures; nothing here asserts a time.
//!
//! - `diff_synthetic`: matching two synthetic profiles of 1,000 and 2,000 findings per domain
//!   (6,000 and 12,000 findings each); doubling must not quadruple the time.
//! - `diff_dense`: a pair whose words are all common, and one of long such findings: no
//!   quality cliff (most rewordings paired) and no time cliff.
//! - `diff_crowded`: one domain whose findings all share their words (the bound on
//!   candidates).
//! - `check_files`: the `mgi-diff check` process over 1,000 profile files.
//! - `process`: the whole `mgi-diff diff` process on the shipped pair, beside
//!   `git diff --no-index --word-diff` on the same two files.
//! - `site_600_profiles`: the whole `mgi-diff site` process over 200 places of 3 rounds.
//! - `site_places`: the whole `mgi-diff site` process over 2,000 and 8,000 places of one round:
//!   four times the places must take about four times as long (no lookup of each place in the
//!   whole set). Its memory is measured with `/usr/bin/time -v` (see the commit log).
//! - `history_five_rounds`: the whole `mgi-diff history` process over 5 rounds of 1,000
//!   findings per domain (6,000 per round).

use std::path::{Path, PathBuf};
use std::process::Command;

use mgi_diff::diff::{DEFAULT_THRESHOLD, diff};

#[path = "support/synthetic.rs"]
mod synthetic;

fn main() {
    divan::main();
}

#[divan::bench(args = [1000, 2000], sample_count = 10)]
fn diff_synthetic(bencher: divan::Bencher, per_domain: usize) {
    let (old, new) = synthetic::pair(per_domain, 42);
    bencher.bench(|| {
        diff(
            divan::black_box(&old),
            divan::black_box(&new),
            DEFAULT_THRESHOLD,
        )
    });
}

/// The dense pair of the no-quality-cliff requirement (1,000 findings per domain, 20 words
/// each, every word in about 100 findings, 18 of 20 words kept) beside `diff_synthetic`
/// at the same size; and long dense findings (100 words, each word in about 60 findings,
/// 2,000 per domain). Each run also prints how many rewordings were paired.
#[divan::bench(args = ["dense", "long"], sample_count = 5)]
fn diff_dense(bencher: divan::Bencher, kind: &str) {
    let shape = match kind {
        "dense" => synthetic::Dense {
            per_domain: 1000,
            words: 20,
            findings_per_word: 100,
            kept: 18,
        },
        _ => synthetic::Dense {
            per_domain: 2000,
            words: 100,
            findings_per_word: 60,
            kept: 90,
        },
    };
    let (old, new) = synthetic::dense_pair(shape, 42);
    let report = diff(&old, &new, DEFAULT_THRESHOLD);
    let paired = report
        .entries()
        .filter(|e| match (&e.old, &e.new) {
            (Some(o), Some(n)) => o.domain == n.domain && o.index == n.index,
            _ => false,
        })
        .count();
    eprintln!(
        "{kind}: {paired} of {} rewordings paired",
        old.findings.len()
    );
    bencher.bench(|| {
        diff(
            divan::black_box(&old),
            divan::black_box(&new),
            DEFAULT_THRESHOLD,
        )
    });
}

/// One domain of 5,000 or 20,000 findings drawn from the same eleven words, each reworded by
/// one word: every finding is a candidate of every other, so candidates must be bounded (SPEC:
/// 20,000 under 2 s and 500 MiB).
#[divan::bench(args = [5000, 20000], sample_count = 3)]
fn diff_crowded(bencher: divan::Bencher, findings: usize) {
    let (old, new) = synthetic::crowded_pair(findings, 42);
    bencher.bench(|| {
        diff(
            divan::black_box(&old),
            divan::black_box(&new),
            DEFAULT_THRESHOLD,
        )
    });
}

/// A folder of 1,000 valid profiles (20 countries, 50 years each), made once under `target/`.
fn thousand_files() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bench-profiles-2");
    if dir.join("c19/2064.toml").exists() {
        return dir;
    }
    let (template, _) = synthetic::pair(6, 1);
    for c in 0..20 {
        for y in 0..50u16 {
            let mut p = template.clone();
            p.country = format!("C{c}");
            p.year = 2015 + y;
            let path = dir.join(format!("c{c}/{}.toml", p.year));
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, synthetic::to_toml(&p)).unwrap();
        }
    }
    dir
}

/// The whole `mgi-diff check DIR` process over the 1,000 files.
#[divan::bench(sample_count = 10)]
fn check_files(bencher: divan::Bencher) {
    let dir = thousand_files();
    bencher.bench(|| {
        let out = Command::new(env!("CARGO_BIN_EXE_mgi-diff"))
            .arg("check")
            .arg(&dir)
            .output()
            .unwrap();
        assert!(out.status.success());
        assert!(String::from_utf8_lossy(&out.stdout).contains("checked 1000 profiles: 0 errors"));
    });
}

fn shipped() -> (PathBuf, PathBuf) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("profiles/kazakhstan");
    (root.join("2018.toml"), root.join("2022.toml"))
}

#[divan::bench(sample_count = 30)]
fn process_mgi_diff(bencher: divan::Bencher) {
    let (old, new) = shipped();
    bencher.bench(|| {
        let out = Command::new(env!("CARGO_BIN_EXE_mgi-diff"))
            .arg("diff")
            .args([&old, &new])
            .env("COLUMNS", "100")
            .output()
            .unwrap();
        assert!(out.status.success());
    });
}

#[divan::bench(sample_count = 30)]
fn process_git_word_diff(bencher: divan::Bencher) {
    let (old, new) = shipped();
    bencher.bench(|| {
        Command::new("git")
            .args(["diff", "--no-index", "--word-diff"])
            .args([&old, &new])
            .output()
            .unwrap()
    });
}

/// 200 places of three rounds each, of the shipped profile's size (six findings per domain).
fn six_hundred_profiles() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bench-site-profiles");
    if dir.join("p199/2028.toml").exists() {
        return dir;
    }
    for place in 0..200u64 {
        for mut p in synthetic::rounds(6, 3, place + 1) {
            p.country = format!("P{place}");
            let path = dir.join(format!("p{place}/{}.toml", p.year));
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, synthetic::to_toml(&p)).unwrap();
        }
    }
    dir
}

/// One whole `mgi-diff site` process, which must succeed.
fn site(profiles: &Path, out_dir: &Path) {
    let out = Command::new(env!("CARGO_BIN_EXE_mgi-diff"))
        .arg("site")
        .arg("--profiles")
        .arg(profiles)
        .arg("-o")
        .arg(out_dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The whole `mgi-diff site` process: 600 profiles, 400 comparisons, 200 histories.
#[divan::bench(sample_count = 5)]
fn site_600_profiles(bencher: divan::Bencher) {
    let profiles = six_hundred_profiles();
    let out_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bench-site");
    bencher.bench(|| site(&profiles, &out_dir));
}

/// `places` places of one round each, of the shipped profile's size.
fn many_places(places: u64) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("bench-site-{places}-places"));
    if dir.join(format!("p{}/2020.toml", places - 1)).exists() {
        return dir;
    }
    for place in 0..places {
        let mut p = synthetic::rounds(6, 1, place + 1).remove(0);
        p.country = format!("P{place}");
        p.year = 2020;
        let path = dir.join(format!("p{place}/2020.toml"));
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, synthetic::to_toml(&p)).unwrap();
    }
    dir
}

/// The whole `mgi-diff site` process over many places of one round each.
#[divan::bench(args = [2_000, 8_000], sample_count = 3)]
fn site_places(bencher: divan::Bencher, places: u64) {
    let profiles = many_places(places);
    let out_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("bench-site-{places}"));
    bencher.bench(|| site(&profiles, &out_dir));
}

/// Five rounds of 6,000 findings each.
fn five_large_rounds() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bench-history-profiles");
    if dir.join("synthland/2036.toml").exists() {
        return dir;
    }
    for p in synthetic::rounds(1000, 5, 7) {
        let path = dir.join(format!("synthland/{}.toml", p.year));
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, synthetic::to_toml(&p)).unwrap();
    }
    dir
}

/// The whole `mgi-diff history` process over five rounds of 6,000 findings.
#[divan::bench(sample_count = 5)]
fn history_five_rounds(bencher: divan::Bencher) {
    let profiles = five_large_rounds();
    bencher.bench(|| {
        let out = Command::new(env!("CARGO_BIN_EXE_mgi-diff"))
            .args(["history", "synthland", "--format", "json", "--profiles"])
            .arg(&profiles)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    });
}
