package vn.lienhiep.kernel;

/**
 * What a command handler answers: which aggregate, its state after the command, and its version (the sequence
 * number of its last event). The version is what a client sends back in {@code If-Match} to detect conflicts.
 */
public record Outcome(String id, String status, long version) {
}
