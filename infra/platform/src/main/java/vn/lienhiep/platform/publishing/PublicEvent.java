package vn.lienhiep.platform.publishing;

import java.util.Objects;

/**
 * What a domain event looks like to the outside world: a named, versioned public type and its payload (a record
 * whose JSON form matches {@code schemas/<context>/<name>.v<version>.json} in infra/contracts). Personal data
 * (birth date, phone, e-mail, address, national id) must never be part of a payload (Decree 13/2023/NĐ-CP).
 */
public record PublicEvent(String name, int version, Object payload, String idSuffix) {

    /** The public event of a domain event that has exactly one: its CloudEvents id is the domain event's id. */
    public PublicEvent(String name, int version, Object payload) {
        this(name, version, payload, null);
    }

    /**
     * One of several public events of one domain event (a panel formed → one expert-assigned per member): its
     * CloudEvents id is the domain event's id + ":" + {@code idSuffix}, stable across re-sends like every id.
     */
    public PublicEvent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(payload, "payload");
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1");
        }
    }

    /** The CloudEvents id of this public event, derived from the id of the domain event it comes from. */
    public String cloudEventId(String domainEventId) {
        return idSuffix == null ? domainEventId : domainEventId + ":" + idSuffix;
    }

    /** CloudEvents {@code type}, e.g. {@code vn.lienhiep.membership.organization-admitted.v1}. */
    public String type(String context) {
        return typeName(context, name, version);
    }

    /** Schema file inside infra/contracts, e.g. {@code membership/organization-admitted.v1.json}. */
    public String schemaPath(String context) {
        return schemaPath(context, name, version);
    }

    public static String typeName(String context, String name, int version) {
        return "vn.lienhiep." + context + "." + name + ".v" + version;
    }

    public static String schemaPath(String context, String name, int version) {
        return context + "/" + name + ".v" + version + ".json";
    }
}
