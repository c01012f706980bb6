package vn.lienhiep.platform.consuming;

import java.time.OffsetDateTime;

/** The CloudEvents envelope of a received public event, for handlers that need more than the payload. */
public record ReceivedEvent(String id, String source, String type, String subject, OffsetDateTime time,
                            Long aggregateSequence, String province) {
}
