package vn.lienhiep.contest.edition.web;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.lienhiep.contest.edition.domain.Certificate;
import vn.lienhiep.contest.edition.domain.CertificateId;
import vn.lienhiep.contest.edition.domain.CertificateRenderer;
import vn.lienhiep.contest.edition.domain.CertificateSigner;
import vn.lienhiep.contest.edition.projection.CertificateQueries;
import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.kernel.Labelled;
import vn.lienhiep.platform.signing.CanonicalJson;
import vn.lienhiep.platform.web.ResourceNotFoundException;

/**
 * Certificates (giấy chứng nhận) of the approved prizes, one per awarded author, and what verifies them.
 *
 * <p>The contest office downloads an author's certificate as a PDF ({@value #PDF}); the file carries the certificate's
 * signed record as its attachment {@code certificate.json}, prints the record's URL ({@value #RECORD}, also as a QR
 * code), and needs nothing else to be verified. The record is one JSON object, format {@value #FORMAT}: {@code
 * certificateId} (stable: {@code <editionId>.<entryId>.<author index>}), {@code issuer} (the province), {@code
 * editionId}, {@code editionLabel}, {@code contestType}, {@code awardYear}, {@code entryId}, {@code entryNo}, {@code
 * title}, {@code field} and {@code fieldLabel}, {@code level} and {@code levelLabel} (Vietnamese / English), {@code
 * author} (the name), {@code principal}, {@code decision} {@code {number, date}} (the committee's results decision),
 * {@code issuedAt}; and {@code signature}, signed the platform's one way (as review signs expert records, ADR 0011):
 * a JWS compact serialization with a DETACHED payload ({@code header..signature}, ES256, {@code typ}
 * "lienhiep-contest-certificate+jcs", {@code kid} naming a key of {@value #KEYS}) over the RFC 8785 canonical form of
 * the record without {@code signature}.
 *
 * <p>What a verifier checks, all offline once the key set is fetched:
 * <ol>
 *   <li>the record has a {@code signature} — a record without one certifies nothing;</li>
 *   <li>drop {@code signature}, canonicalize what is left ({@code jq -cjS 'del(.signature)'} does it for these
 *       records), base64url the bytes into the empty middle part of the JWS;</li>
 *   <li>the JWS header says {@code alg} ES256 and {@code typ} "lienhiep-contest-certificate+jcs" (an expert record of
 *       review's is signed as well, but it is not a certificate), and its {@code kid} is in the key set;</li>
 *   <li>the signature verifies with that key; and {@code format} is {@value #FORMAT}.</li>
 * </ol>
 * That proves the union issued the certificate as it reads, not that the prize still stands: a prize the committee
 * revoked later leaves earlier PDFs verifying. So a verifier who needs to know that today also reads the record's URL:
 * a prize that stands answers the record signed afresh (same facts, a new {@code issuedAt}; the author's name only
 * when they consented to its publication, else {@code "authorWithheld": true}); a revoked prize answers
 * the same facts with {@code "revoked": true} and {@code revocation} {@code {number, date}} (the committee's decision
 * revoking it) and NO signature, so that no answer about a revoked prize ever verifies as a certificate; an id no
 * prize ever had answers 404. The PDF of a revoked prize is never printed again (404, like an entry never awarded or
 * an author index the award does not have).
 */
@RestController
public class CertificateController {

    public static final String PDF = EditionController.PATH + "/{id}/certificates/{entryId}/{author}";
    public static final String RECORD = "/api/contest/certificates/{certificateId}";
    public static final String KEYS = "/api/contest/certificate-keys";
    public static final String FORMAT = "lienhiep.contest.certificate.v1";

    private final CertificateQueries certificates;
    private final CertificateSigner signer;
    private final CertificateRenderer renderer;
    private final Clock clock;
    private final String publicUrl;

    /** @param publicUrl where the public reaches the platform: the verification URLs printed start with it */
    public CertificateController(CertificateQueries certificates, CertificateSigner signer,
                                 CertificateRenderer renderer, Clock clock,
                                 @Value("${lienhiep.contest.public-url}") String publicUrl) {
        this.certificates = certificates;
        this.signer = signer;
        this.renderer = renderer;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** The certificate of the author at {@code author} (0-based, in the award's order) of an approved, standing prize. */
    @GetMapping(PDF)
    public ResponseEntity<byte[]> pdf(@PathVariable String id, @PathVariable String entryId, @PathVariable int author) {
        Certificate certificate = CertificateId.of(id, entryId, author).flatMap(certificates::find)
                .filter(c -> !c.revoked())
                .orElseThrow(() -> new ResourceNotFoundException("certificate", id + "/" + entryId + "/" + author));
        byte[] pdf = renderer.pdf(certificate, signer.signed(record(certificate, false)),
                                  publicUrl + RECORD.replace("{certificateId}", certificate.id().toString()),
                                  publicUrl + KEYS);
        String file = "giay-chung-nhan-" + certificate.entryNo() + "-" + (author + 1) + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
                             .header(HttpHeaders.CONTENT_DISPOSITION,
                                     ContentDisposition.attachment().filename(file).build().toString())
                             .body(pdf);
    }

    /** The certificate's record, for anyone holding its id (the QR code's target): signed, or saying it was revoked. */
    @GetMapping(RECORD)
    public ResponseEntity<byte[]> record(@PathVariable String certificateId) {
        Certificate certificate = CertificateId.parse(certificateId).flatMap(certificates::find)
                .orElseThrow(() -> new ResourceNotFoundException("certificate", certificateId));
        byte[] body;
        if (certificate.revoked()) {
            Map<String, Object> revoked = record(certificate, true);
            revoked.put("revoked", true);
            revoked.put("revocation", decision(certificate.revocation()));
            body = CanonicalJson.bytes(revoked);
        } else {
            body = signer.signed(record(certificate, true));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noStore())
                             .body(body);
    }

    @GetMapping(KEYS)
    public ResponseEntity<Map<String, Object>> keys() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/jwk-set+json"))
                             .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                             .body(signer.publicKeys());
    }

    /**
     * What the certificate states, in format {@value #FORMAT}, as of now. The public answer names the author only when
     * they agreed to their name being published (ids can be worked out from the public events); otherwise it says
     * {@code "authorWithheld": true}. The PDF's own record, the author's document, always names them.
     */
    private Map<String, Object> record(Certificate c, boolean forThePublic) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("format", FORMAT);
        record.put("certificateId", c.id().toString());
        record.put("issuer", c.issuer());
        record.put("editionId", c.id().editionId());
        record.put("editionLabel", c.editionLabel());
        record.put("contestType", c.contestType().name());
        record.put("awardYear", c.awardYear());
        record.put("entryId", c.id().entryId());
        record.put("entryNo", c.entryNo());
        record.put("title", c.title());
        record.put("field", c.field().code());
        record.put("fieldLabel", label(c.field().labelVi(), c.field().labelEn()));
        record.put("level", c.level().name());
        record.put("levelLabel", label(c.level()));
        if (!forThePublic || c.nameShown()) {
            record.put("author", c.author());
        } else {
            record.put("authorWithheld", true);
        }
        record.put("principal", c.principal());
        record.put("decision", decision(c.decision()));
        record.put("issuedAt", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
        return record;
    }

    private static Map<String, Object> decision(DecisionRef decision) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("number", decision.number());
        d.put("date", decision.date().toString());
        return d;
    }

    private static String label(Labelled labelled) {
        return label(labelled.labelVi(), labelled.labelEn());
    }

    private static String label(String vi, String en) {
        return vi.equals(en) ? vi : vi + " / " + en;
    }
}
