package vn.lienhiep.contest.edition;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.lienhiep.contest.ApiTestBase;
import vn.lienhiep.contest.ContestFixture;
import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.lienhiep.contest.ContestFixture.ED;
import static vn.lienhiep.contest.ContestFixture.EN;
import static vn.lienhiep.contest.ContestFixture.TODAY;
import static vn.lienhiep.contest.ContestFixture.author;
import static vn.lienhiep.contest.ContestFixture.decision;
import static vn.lienhiep.contest.ContestFixture.dossier;
import static vn.lienhiep.contest.ContestFixture.judgeOf;
import static vn.lienhiep.contest.ContestFixture.ok;
import static vn.lienhiep.contest.ContestFixture.panel;
import static vn.lienhiep.contest.ContestFixture.sheet;

/**
 * Certificates of an edition awarded through the API (as ContestFlowApiTest awards one): the contest office downloads
 * an awarded author's PDF, which reads in Vietnamese with its diacritics, draws the QR code of its verification URL
 * and carries its signed record; the record verifies OFFLINE against the key set fetched once — a verifier's own code,
 * nimbus and a canonical form written independently of the service's — and fails once a member is altered or another
 * certificate's signature is put on it. A revoked prize's record says so, unsigned; what no prize gave answers 404.
 */
@SuppressWarnings("unchecked")
class CertificateApiTest extends ApiTestBase {

    private static final String FIELD = "AGRI_FOREST_FISHERY_RESOURCES_ENV";
    private static final String TITLE = "Hệ thống tưới nhỏ giọt tiết kiệm nước cho vườn cà phê ở Thuận Châu";
    private static final String PRINCIPAL = "Lò Văn Thưởng";
    private static final String CO_AUTHOR = "Cầm Thị Ngọc Ánh";
    private static final String RESULTS = "12/QĐ-BTCHT";
    private static final String CERTIFICATES = "/api/contest/certificates/";
    private static final Pattern VERIFICATION_URL = Pattern.compile("https?://\\S+" + CERTIFICATES + "\\S+");

    /** Jackson with sorted keys and no whitespace is JCS for these records: the verifier's own canonical form. */
    private final ObjectMapper canonical = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private ContestFixture contest;

    /** One awarded edition for the class: {@code first} won the first prize, {@code second} the second. */
    private static Awarded awarded;

    record Awarded(String edition, String first, String second, String notAwarded) {
    }

    @BeforeEach
    void awardedEdition() {
        contest = new ContestFixture(this);
        if (awarded == null) {
            awarded = award();
        }
    }

    @Test
    void anAwardedAuthorsPdfReadsInVietnameseAndItsAttachedRecordVerifiesOfflineUntilAltered() throws Exception {
        String id = awarded.edition() + "." + awarded.first() + ".1";
        String path = ED + "/" + awarded.edition() + "/certificates/" + awarded.first() + "/1";
        HttpResponse<byte[]> response = download(path, TestTokens.shared().bearer("test-thuky",
                                                                                  Role.CONTEST_SECRETARIAT));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(response.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        Map<String, Object> record;
        String printedUrl;
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("GIẤY CHỨNG NHẬN", "CERTIFICATE", CO_AUTHOR, "đồng tác giả", TITLE,
                                      "Nông lâm ngư nghiệp, tài nguyên và môi trường", "Giải Nhất", "First prize",
                                      "Hội thi Sáng tạo kỹ thuật tỉnh Sơn La lần thứ 10", RESULTS,
                                      TODAY.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            assertThat(text).doesNotContain(PRINCIPAL);
            Matcher url = VERIFICATION_URL.matcher(text);
            assertThat(url.find()).as(text).isTrue();
            printedUrl = url.group();
            assertThat(printedUrl).endsWith(CERTIFICATES + id);
            assertThat(qrCode(pdf)).as("the QR code is the printed URL").isEqualTo(printedUrl);

            PDComplexFileSpecification attachment = pdf.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                                                       .get("certificate.json");
            assertThat(attachment).as("the signed record travels in the PDF").isNotNull();
            assertThat(attachment.getEmbeddedFile().getSubtype()).isEqualTo("application/json");
            record = canonical.readValue(attachment.getEmbeddedFile().toByteArray(), Map.class);
        }
        assertThat(record).containsEntry("format", "lienhiep.contest.certificate.v1").containsEntry("certificateId", id)
                          .containsEntry("editionId", awarded.edition()).containsEntry("entryId", awarded.first())
                          .containsEntry("editionLabel", "Hội thi Sáng tạo kỹ thuật tỉnh Sơn La lần thứ 10")
                          .containsEntry("contestType", "TECH_INNOVATION").containsEntry("awardYear", TODAY.getYear())
                          .containsEntry("title", TITLE).containsEntry("field", FIELD)
                          .containsEntry("level", "FIRST").containsEntry("levelLabel", "Giải Nhất / First prize")
                          .containsEntry("author", CO_AUTHOR).containsEntry("principal", false)
                          .containsEntry("decision", Map.of("number", RESULTS, "date", TODAY.toString()))
                          .containsKeys("issuer", "entryNo", "fieldLabel", "issuedAt", "signature");
        assertThat((String) record.get("signature")).matches("[A-Za-z0-9_-]+\\.\\.[A-Za-z0-9_-]+");

        // The verifier fetches the public keys once; from then on nothing is asked of the service.
        HttpJson.Response keysResponse = as((String) null).get("/api/contest/certificate-keys");
        assertThat(keysResponse.status()).as(keysResponse.toString()).isEqualTo(200);
        JWKSet keys = JWKSet.parse(keysResponse.body());
        assertThat(keys.getKeys()).isNotEmpty().allMatch(k -> !k.isPrivate());

        assertThat(verifies(record, keys)).isTrue();
        Map<String, Object> raised = new LinkedHashMap<>(record);
        raised.put("level", "SPECIAL");
        assertThat(verifies(raised, keys)).as("the level raised from FIRST to SPECIAL").isFalse();
        Map<String, Object> principal = canonical.readValue(
                download(CERTIFICATES + awarded.edition() + "." + awarded.first() + ".0", null).body(), Map.class);
        assertThat(principal).containsEntry("author", PRINCIPAL).containsEntry("principal", true);
        assertThat(verifies(principal, keys)).isTrue();
        Map<String, Object> swapped = new LinkedHashMap<>(record);
        swapped.put("signature", principal.get("signature"));
        assertThat(verifies(swapped, keys)).as("the principal author's signature on the co-author's record").isFalse();

        // The QR code's target, for anyone: the same facts, signed afresh.
        HttpResponse<byte[]> online = download(URI.create(printedUrl).getPath(), null);
        assertThat(online.statusCode()).isEqualTo(200);
        assertThat(online.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        Map<String, Object> answered = canonical.readValue(online.body(), Map.class);
        assertThat(verifies(answered, keys)).isTrue();
        // The co-author did not consent to publication: the public answer withholds the name the PDF carries.
        assertThat(answered).doesNotContainKey("author").containsEntry("authorWithheld", true);
        Map<String, Object> named = new LinkedHashMap<>(withoutIssuance(answered));
        named.remove("authorWithheld");
        named.put("author", CO_AUTHOR);
        assertThat(named).isEqualTo(withoutIssuance(record));
    }

    @Test
    void aRevokedPrizesRecordSaysSoWithoutASignatureAndItsPdfIsNoLongerIssued() throws Exception {
        String id = awarded.edition() + "." + awarded.second() + ".0";
        String pdfPath = ED + "/" + awarded.edition() + "/certificates/" + awarded.second() + "/0";
        String office = TestTokens.shared().bearer("test-staff", Role.UNION_STAFF);
        assertThat(download(pdfPath, office).statusCode()).isEqualTo(200);
        Map<String, Object> before = canonical.readValue(download(CERTIFICATES + id, null).body(), Map.class);
        assertThat(before).containsEntry("level", "SECOND").containsKey("signature").doesNotContainKey("revoked");

        ok(contest.committee.post(ED + "/" + awarded.edition() + "/prizes/" + awarded.second() + "/revocation",
                                  Map.of("decision", decision("20/QĐ-BTCHT", 0),
                                         "reason", "Giải pháp đã được công bố từ trước")));
        Map<String, Object> revoked = await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
                .until(() -> canonical.readValue(download(CERTIFICATES + id, null).body(), Map.class),
                       r -> Boolean.TRUE.equals(r.get("revoked")));
        assertThat(revoked).containsEntry("revocation", Map.of("number", "20/QĐ-BTCHT", "date", TODAY.toString()))
                           .doesNotContainKey("signature");
        assertThat(withoutIssuance(revoked)).as("the same facts").isEqualTo(withoutIssuance(before));
        JWKSet keys = JWKSet.parse(as((String) null).get("/api/contest/certificate-keys").body());
        assertThat(verifies(revoked, keys)).isFalse();
        assertThat(verifies(before, keys)).as("what was issued before still verifies: hence the online check").isTrue();
        assertThat(download(pdfPath, office).statusCode()).isEqualTo(404);
    }

    @Test
    void whatNoPrizeGaveAnswers404() throws Exception {
        String office = TestTokens.shared().bearer("test-btc", Role.CONTEST_COMMITTEE);
        String certificates = ED + "/" + awarded.edition() + "/certificates/";
        assertThat(download(certificates + awarded.notAwarded() + "/0", office).statusCode()).isEqualTo(404);
        assertThat(download(certificates + awarded.first() + "/2", office).statusCode())
                .as("the award has two authors").isEqualTo(404);
        assertThat(download(certificates + awarded.first() + "/-1", office).statusCode()).isEqualTo(404);
        assertThat(download(ED + "/no-such-edition/certificates/" + awarded.first() + "/0", office).statusCode())
                .isEqualTo(404);

        for (String unknown : List.of("no-such-certificate", awarded.edition() + "." + awarded.notAwarded() + ".0",
                                      awarded.edition() + "." + awarded.first() + ".2",
                                      "no-such-edition." + awarded.first() + ".0")) {
            HttpJson.Response answer = as((String) null).get(CERTIFICATES + unknown);
            assertThat(answer.status()).as(unknown).isEqualTo(404);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
    }

    // --- a verifier's own check: the record and the key set, nothing else -----------------------------------------

    /** What the certificate controller's Javadoc tells a verifier to check. */
    private boolean verifies(Map<String, Object> record, JWKSet keys) throws Exception {
        if (!(record.get("signature") instanceof String signature)) {
            return false;
        }
        Map<String, Object> content = new LinkedHashMap<>(record);
        content.remove("signature");
        JWSObject jws = JWSObject.parse(signature, new Payload(canonical.writeValueAsBytes(content)));
        JWK key = keys.getKeyByKeyId(jws.getHeader().getKeyID());
        return JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm())
               && new JOSEObjectType("lienhiep-contest-certificate+jcs").equals(jws.getHeader().getType())
               && key instanceof ECKey ec && jws.verify(new ECDSAVerifier(ec))
               && "lienhiep.contest.certificate.v1".equals(record.get("format"));
    }

    private static Map<String, Object> withoutIssuance(Map<String, Object> record) {
        Map<String, Object> facts = new LinkedHashMap<>(record);
        facts.keySet().removeAll(List.of("issuedAt", "signature", "revoked", "revocation"));
        return facts;
    }

    /** The QR code as a phone would read it: the page rendered at a few resolutions until one decodes. */
    private static String qrCode(PDDocument pdf) throws Exception {
        Exception last = null;
        for (int dpi : new int[] {300, 200, 400}) {
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, dpi, ImageType.RGB);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            try {
                return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                        new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))),
                        Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
            } catch (com.google.zxing.ReaderException e) {
                last = e;
            }
        }
        throw last;
    }

    /** A GET read as bytes (a PDF is not text), with this Authorization header (null: anonymous). */
    private HttpResponse<byte[]> download(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                                 .timeout(Duration.ofSeconds(30)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    // --- the awarded edition, through the API ----------------------------------------------------------------------

    /**
     * A technical edition with three entries of one field, judged by two judges each: the first (two authors, the
     * second a co-author) wins the first prize, the second entry the second prize; the third scores below the
     * minimum and is not awarded. Approved by the committee today.
     */
    private Awarded award() {
        Map<String, Object> terms = new HashMap<>();
        terms.put("submissionOpen", TODAY.minusDays(30).toString());
        terms.put("submissionClose", TODAY.minusDays(1).toString());
        String edition = contest.launched("TECH_INNOVATION", "Hội thi Sáng tạo kỹ thuật tỉnh Sơn La lần thứ 10", terms);
        String first = contest.submit(edition, dossier(FIELD, TITLE, List.of(
                author("p-cert-a", PRINCIPAL, true, 60, "Hợp tác xã cà phê Thuận Châu", true),
                author(null, CO_AUTHOR, false, 40, "Trạm Khuyến nông Thuận Châu", false))), 3, null);
        String second = contest.submit(edition, dossier(FIELD, "Lò sấy măng tre bằng trấu cho hợp tác xã Mường La",
                List.of(author("p-cert-b", "Quàng Thị Lụa", true, 100, "Hợp tác xã Mường La", true))), 3, null);
        String third = contest.submit(edition, dossier(FIELD, "Bẫy chuột bằng ống tre cho nương lúa",
                List.of(author(null, "Hà Văn Khỏe", true, 100, "Bản Nà Sản", false))), 3, null);
        for (String entry : List.of(first, second, third)) {
            ok(contest.secretariat.post(EN + "/" + entry + "/eligibility", null));
        }
        ok(contest.committee.post(ED + "/" + edition + "/jury", Map.of("decision", decision("07/QĐ-BTCHT", 2),
                "subPanels", List.of(panel(FIELD, judgeOf("p-cert-j1", "Sở Nông nghiệp và Môi trường"),
                                           judgeOf("p-cert-j2", "Trường Cao đẳng Sơn La"))))));
        ok(contest.secretariat.post(ED + "/" + edition + "/submissions-closure", null));
        ok(contest.secretariat.post(ED + "/" + edition + "/screening-completion", null));
        for (String entry : List.of(first, second, third)) {
            contest.assign(entry, "p-cert-j1", "p-cert-j2");
        }
        contest.score(first, "p-cert-j1", sheet(25, 25, 35));
        contest.score(first, "p-cert-j2", sheet(24, 25, 33));
        contest.score(second, "p-cert-j1", sheet(20, 20, 30));
        contest.score(second, "p-cert-j2", sheet(19, 20, 29));
        contest.score(third, "p-cert-j1", sheet(12, 12, 20));
        contest.score(third, "p-cert-j2", sheet(12, 12, 21));
        ok(contest.chair.post(ED + "/" + edition + "/shortlist", Map.of("finalists", List.of(first, second))));
        ok(contest.chair.post(ED + "/" + edition + "/results/proposal", Map.of("minutes",
                "Biên bản họp Ban Giám khảo số 02", "awards", Map.of(first, "FIRST", second, "SECOND"))));
        ok(contest.committee.post(ED + "/" + edition + "/results/approval",
                                  Map.of("decision", decision(RESULTS, 0))));
        contest.awaitEdition(edition, e -> e.path("awards").size() == 2);
        return new Awarded(edition, first, second, third);
    }
}
