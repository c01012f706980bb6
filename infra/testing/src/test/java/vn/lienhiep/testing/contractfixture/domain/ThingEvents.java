package vn.lienhiep.testing.contractfixture.domain;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** Events of a made-up context for the stored-event contract's own test. */
public sealed interface ThingEvents {

    String thingId();

    enum Colour { RED, GREEN }

    /** Revision 2 renamed {@code day} to {@code effectiveDate}; revision 1 samples are upcast. */
    @Revision("2")
    record ThingPainted(String thingId, Colour colour, LocalDate effectiveDate) implements ThingEvents {
    }
}
