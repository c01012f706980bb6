package vn.lienhiep.review.engagement.domain;

/**
 * The body that asked for the review (cơ quan đề nghị), by name as printed on its letter, and its kind.
 *
 * @param requesterId the requesting body's account scope on the platform (the {@code requester} claim of its users,
 *                    e.g. "ubnd-tinh-son-la"), so it can follow its own requests; null when the request came on paper
 *                    from a body without an account
 */
public record Requester(String name, RequesterKind kind, String requesterId) {

    public Requester(String name, RequesterKind kind) {
        this(name, kind, null);
    }
}
