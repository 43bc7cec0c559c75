//! Linear time on hostile input: each family of tests/hostile/families.rs
//! analysed at 1 KB, 10 KB, 100 KB, 1 MB and 10 MB. Linear means the same
//! MB/s at every size; `bash scripts/bench_scaling.sh` runs this and prints
//! the table (family × size → MB/s).
//!
//! `cargo bench --bench scaling` measures (about four minutes); `cargo test
//! --all-targets` runs it once per input in test mode, on the two small sizes.

use std::time::Duration;

use claimlens::{analyze, Options};
use criterion::{
    black_box, criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput,
};

#[path = "../tests/hostile/families.rs"]
mod families;

use families::{generate, Family};

const KB: usize = 1 << 10;
const MB: usize = 1 << 20;

/// Sizes and their labels; criterion runs without `--bench` in test mode.
fn sizes() -> Vec<(usize, &'static str)> {
    let all = [
        (KB, "1KB"),
        (10 * KB, "10KB"),
        (100 * KB, "100KB"),
        (MB, "1MB"),
        (10 * MB, "10MB"),
    ];
    let measuring = std::env::args().any(|a| a == "--bench");
    all.into_iter()
        .take(if measuring { 5 } else { 2 })
        .collect()
}

fn bench(c: &mut Criterion) {
    let options = Options::default();
    for family in Family::ALL {
        let mut group = c.benchmark_group(format!("scaling_{}", family.name()));
        group
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(2));
        for (bytes, label) in sizes() {
            let text = generate(family, bytes);
            // The big inputs take a tenth of a second or more per run: ten
            // runs of one iteration each (flat), not criterion's rising counts.
            let (samples, mode) = if bytes >= MB {
                (10, SamplingMode::Flat)
            } else {
                (30, SamplingMode::Auto)
            };
            group
                .sample_size(samples)
                .sampling_mode(mode)
                .throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::from_parameter(label), &text, |b, text| {
                b.iter(|| analyze(black_box(text), &options))
            });
        }
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
