package vn.lienhiep.kernel;

import java.util.Objects;

/**
 * A value the caller sent cannot be what it claims to be: a blank name, an empty list that must name something, a
 * negative count, an impossible date. Not a business rule (those are {@link Policy policies}, answered 422 with their
 * rule code): the request itself is malformed, so it is answered 400 with the field named, in Vietnamese first and
 * English second, so a form can show the message beside its input.
 *
 * @param field the field as the client names it, dotted for nested values ({@code request.requester.name},
 *              {@code answers[2].adoption})
 */
public class InvalidInput extends RuntimeException {

    private final String field;
    private final String messageVi;
    private final String messageEn;

    public InvalidInput(String field, String messageVi, String messageEn) {
        super(field + ": " + messageEn);
        this.field = Objects.requireNonNull(field, "field");
        this.messageVi = Objects.requireNonNull(messageVi, "messageVi");
        this.messageEn = Objects.requireNonNull(messageEn, "messageEn");
    }

    public static InvalidInput blank(String field) {
        return new InvalidInput(field, "không được để trống", "must not be blank");
    }

    public static InvalidInput missing(String field) {
        return new InvalidInput(field, "là bắt buộc", "is required");
    }

    public String field() {
        return field;
    }

    public String messageVi() {
        return messageVi;
    }

    public String messageEn() {
        return messageEn;
    }

    /** The same error reported under a parent field: {@code requester} + {@code name} → {@code requester.name}. */
    public InvalidInput under(String parent) {
        return new InvalidInput(parent + "." + field, messageVi, messageEn);
    }

    /** Client mistakes are expected outcomes; their stack traces are noise. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
