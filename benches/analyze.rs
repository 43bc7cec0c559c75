//! Throughput of `analyze()`: the dev corpus repeated to about 1 MB (the samples
//! when ../shared is not beside the repo), and each sample on its own.
//! Run with `cargo bench`; criterion prints MB/s.

use std::path::{Path, PathBuf};
use std::time::Duration;

use claimlens::{analyze, Options};
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

const TARGET_BYTES: usize = 1 << 20;

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The dev articles (or, without ../shared, the samples) joined by blank lines.
fn corpus() -> (String, &'static str) {
    let dev = manifest_dir().join("../shared/corpus/dev");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dev)
        .map(|entries| {
            entries
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect()
        })
        .unwrap_or_default();
    paths.sort();
    if paths.is_empty() {
        let samples = ["samples/fr.txt", "samples/en.txt"].map(|p| read(&manifest_dir().join(p)));
        return (samples.join("\n\n"), "samples");
    }
    (
        paths
            .iter()
            .map(|p| read(p))
            .collect::<Vec<_>>()
            .join("\n\n"),
        "dev",
    )
}

/// `text` repeated, blank line between copies, to at least `bytes`.
fn repeated(text: &str, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + text.len());
    while out.len() < bytes {
        out.push_str(text);
        out.push_str("\n\n");
    }
    out
}

fn bench(c: &mut Criterion) {
    let options = Options::default();
    let (text, name) = corpus();
    let big = repeated(&text, TARGET_BYTES);

    let mut group = c.benchmark_group("corpus_1mb");
    group.throughput(Throughput::Bytes(big.len() as u64));
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    group.bench_function(name, |b| b.iter(|| analyze(black_box(&big), &options)));
    group.finish();

    let mut group = c.benchmark_group("sample");
    group
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    for lang in ["fr", "en"] {
        let sample = read(&manifest_dir().join(format!("samples/{lang}.txt")));
        group.throughput(Throughput::Bytes(sample.len() as u64));
        group.bench_function(lang, |b| b.iter(|| analyze(black_box(&sample), &options)));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
