//! What the tests that run the binary share.

/// The JSON a successful run printed; a failed run fails the test with its
/// stderr.
pub fn json_of(out: std::process::Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}
