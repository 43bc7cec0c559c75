//! Quick throughput check for profiling: `cargo run --release --example throughput FILE [N]`.
fn main() {
    let path = std::env::args().nth(1).expect("usage: throughput FILE [N]");
    let n: usize = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    let text = std::fs::read_to_string(path).expect("readable UTF-8 file");
    let opts = claimlens::Options::default();
    let t0 = std::time::Instant::now();
    let _ = claimlens::analyze("Il a dit.", &opts);
    println!(
        "first call (builds the lexicon): {:.1} ms",
        t0.elapsed().as_secs_f64() * 1e3
    );
    let _ = claimlens::analyze(&text, &opts);
    let t = std::time::Instant::now();
    let mut flags = 0;
    for _ in 0..n {
        flags += claimlens::analyze(&text, &opts).flags.len();
    }
    let secs = t.elapsed().as_secs_f64() / n as f64;
    println!(
        "{:.1} MB/s ({} flags)",
        text.len() as f64 / secs / 1e6,
        flags / n
    );
}
