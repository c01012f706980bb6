package vn.lienhiep.review.expertrecord.web;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.lienhiep.platform.security.Callers;
import vn.lienhiep.platform.web.ResourceNotFoundException;
import vn.lienhiep.review.common.web.ExpertSelf;
import vn.lienhiep.review.common.domain.ExpertPool;
import vn.lienhiep.review.engagement.domain.PanelRole;
import vn.lienhiep.review.expertrecord.domain.RecordSigner;
import vn.lienhiep.review.expertrecord.projection.ExpertRecordQueries;

/**
 * An expert's signed engagement record, and the keys that verify it.
 *
 * <p>The body is the record as one JSON object plus a member {@code signature}: a JWS (RFC 7515) compact serialization
 * with a DETACHED payload ({@code header..signature}, ES256, {@code kid} naming the key in {@code /record-keys},
 * {@code typ} "lienhiep-expert-record+jcs"). The payload is the RFC 8785 canonical form (JCS) of the body without its
 * {@code signature} member. To verify: drop {@code signature}, canonicalize (for these records {@code jq -cjS
 * 'del(.signature)'} does it), base64url the bytes into the empty middle part, and verify the JWS with the key of that
 * {@code kid}. Canonicalizing, rather than signing the bytes as sent, lets the record be stored or re-indented without
 * breaking the signature; any change of content breaks it.
 */
@RestController
public class ExpertRecordController {

    public static final String RECORD = "/api/review/experts/{expertId}/record";
    public static final String KEYS = "/api/review/record-keys";
    public static final String FORMAT = "lienhiep.review.expert-record.v1";
    static final String CONFIDENTIAL_TITLE = "Nhiệm vụ bảo mật / Confidential engagement";

    private final ExpertRecordQueries records;
    private final ExpertPool pool;
    private final RecordSigner signer;
    private final Clock clock;
    private final String issuer;

    public ExpertRecordController(ExpertRecordQueries records, ExpertPool pool, RecordSigner signer, Clock clock,
                                  @Value("${lienhiep.province.name}") String issuer) {
        this.records = records;
        this.pool = pool;
        this.signer = signer;
        this.clock = clock;
        this.issuer = issuer;
    }

    @GetMapping(value = RECORD)
    public ResponseEntity<byte[]> record(@PathVariable String expertId) {
        ExpertSelf.require(Callers.current(), expertId);
        List<Document> rows = records.ofExpert(expertId);
        if (rows.isEmpty() && !pool.known(expertId)) { // known to the pool, even if since deactivated
            throw new ResourceNotFoundException("expert", expertId);
        }
        List<Map<String, Object>> engagements = new ArrayList<>();
        for (Document row : rows) {
            engagements.add(entry(row));
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("format", FORMAT);
        record.put("expertId", expertId);
        record.put("issuer", issuer);
        record.put("issuedAt", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
        record.put("engagements", engagements);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noStore())
                             .body(signer.signed(record));
    }

    @GetMapping(value = KEYS)
    public ResponseEntity<Map<String, Object>> keys() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/jwk-set+json"))
                             .cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
                             .body(signer.publicKeys());
    }

    /** What the record states about one engagement; absent facts are left out rather than null. */
    private static Map<String, Object> entry(Document row) {
        boolean confidential = Boolean.TRUE.equals(row.getBoolean("confidential"));
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("engagementId", row.getString("engagementId"));
        e.put("title", confidential ? CONFIDENTIAL_TITLE : row.getString("title"));
        e.put("confidential", confidential);
        e.put("subjectType", row.getString("subjectType"));
        String role = row.getString("role");
        e.put("role", role);
        if (role != null) {
            PanelRole panelRole = PanelRole.valueOf(role);
            e.put("roleLabel", panelRole.labelVi() + " / " + panelRole.labelEn());
        }
        e.put("outcome", row.getString("outcome"));
        e.put("confirmed", Boolean.TRUE.equals(row.getBoolean("confirmed")));
        for (String date : List.of("invitedOn", "acceptedOn", "declinedOn", "removedOn", "confirmedOn", "reportSentOn",
                                   "closedOn", "endedOn")) {
            e.put(date, row.getString(date));
        }
        e.put("engagementStatus", row.getString("engagementStatus"));
        e.put("adoption", row.getString("adoption"));
        e.values().removeIf(v -> v == null);
        return e;
    }
}
