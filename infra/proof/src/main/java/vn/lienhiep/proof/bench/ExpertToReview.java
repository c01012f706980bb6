package vn.lienhiep.proof.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Across services through the real flow the platform has: an expert verified in membership joins review's expert
 * pool (membership event store → public event on Kafka → review's SQL pool + Mongo read model). Every sample gets
 * its own person and expert, registered before any clock runs, so the timed part is only: the verification POST
 * sent through the gateway (answered 200) → the first {@code GET /api/review/experts/{id}} through the gateway that
 * answers 200, polled with a 1 ms pause. When a subscriber is given, the same verification is also timed to the first
 * record keyed by the expert's id on the public topic. The warm-up samples are not recorded.
 */
public final class ExpertToReview {

    public static final String PERSONS = "/api/membership/persons";
    public static final String EXPERTS = "/api/membership/experts";
    public static final String REVIEW_POOL = "/api/review/experts";

    /**
     * @param inPool       verification sent → review's pool answers 200
     * @param published    verification sent → the public event polled from Kafka (null without a subscriber)
     * @param notAbsentBefore experts for whom review's pool answered other than 404 before verification (must be 0)
     */
    public record Result(Latency inPool, Latency published, long registered, long notRegistered, long verified,
                         long notVerified, long notAbsentBefore, long neverInPool, long neverPublished,
                         String firstError) {
    }

    private ExpertToReview() {
    }

    public static Result measure(Http gateway, PublicEventWatch watch, String runTag, int warmUp, int samples)
            throws Exception {
        Latency inPool = new Latency();
        Latency published = new Latency();
        long registered = 0;
        long notRegistered = 0;
        long verified = 0;
        long notVerified = 0;
        long notAbsentBefore = 0;
        long neverInPool = 0;
        long neverPublished = 0;
        String firstError = null;

        // All registrations first: their own events (projections, publishing) must not share the timed window.
        List<String> experts = new ArrayList<>();
        List<Boolean> measuredFlags = new ArrayList<>();
        for (int i = 0; i < warmUp + samples; i++) {
            boolean measured = i >= warmUp;
            try {
                experts.add(register(gateway, runTag, i));
                measuredFlags.add(measured);
                registered += measured ? 1 : 0;
            } catch (IllegalStateException e) {
                notRegistered += measured ? 1 : 0;
                firstError = firstError == null ? e.getMessage() : firstError;
            }
        }

        for (int i = 0; i < experts.size(); i++) {
            String expertId = experts.get(i);
            boolean measured = measuredFlags.get(i);
            Http.Response before = gateway.get(REVIEW_POOL + "/" + expertId);
            if (before.status() != 404) {
                notAbsentBefore += measured ? 1 : 0;
                firstError = firstError == null ? failure("GET before verification", before) : firstError;
            }
            long t0 = System.nanoTime();
            Http.Response verification = gateway.post(EXPERTS + "/" + expertId + "/verification",
                                                      Map.of("note", "Đủ hồ sơ (đo tải)"));
            if (verification.status() != 200) {
                notVerified += measured ? 1 : 0;
                firstError = firstError == null ? failure("POST verification", verification) : firstError;
                continue;
            }
            verified += measured ? 1 : 0;
            long deadline = t0 + WriteVisible.VISIBLE_TIMEOUT.toNanos();
            boolean visible = inPool(gateway, expertId);
            while (!visible && System.nanoTime() < deadline) {
                Thread.sleep(1);
                visible = inPool(gateway, expertId);
            }
            long seen = System.nanoTime();
            if (measured) {
                if (visible) {
                    inPool.recordNanos(seen - t0);
                } else {
                    neverInPool++;
                }
            }
            if (watch != null) {
                Long arrived = watch.arrival(expertId, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
                if (measured) {
                    if (arrived != null) {
                        published.recordNanos(arrived - t0);
                    } else {
                        neverPublished++;
                    }
                }
            }
        }
        return new Result(inPool, watch == null ? null : published, registered, notRegistered, verified, notVerified,
                          notAbsentBefore, neverInPool, neverPublished, firstError);
    }

    /** A fresh person and an expert profile for them (pending verification); returns the expert's id. */
    static String register(Http gateway, String runTag, int n) throws Exception {
        Map<String, Object> person = new HashMap<>();
        person.put("fullName", "Vàng A Đo Tải " + runTag + " " + n);
        person.put("dateOfBirth", "1975-05-19");
        person.put("degree", "TIEN_SI");
        person.put("workSector", "CAN_BO_CONG_CHUC");
        person.put("field", "KHCN");
        Http.Response created = gateway.post(PERSONS, person);
        if (created.status() != 201) {
            throw new IllegalStateException(failure("POST " + PERSONS, created));
        }
        Map<String, Object> profile = new HashMap<>();
        profile.put("expertiseFields", List.of("202"));
        profile.put("scope", "LOCAL");
        profile.put("employers", List.of("Sở Xây dựng"));
        profile.put("availability", "AVAILABLE");
        profile.put("consentToProcessPersonalData", true);
        profile.put("consentToPublishName", true);
        Http.Response expert = gateway.post(EXPERTS, Map.of("personId", created.json().path("id").asText(),
                                                            "profile", profile));
        if (expert.status() != 201) {
            throw new IllegalStateException(failure("POST " + EXPERTS, expert));
        }
        return expert.json().path("id").asText();
    }

    private static boolean inPool(Http gateway, String expertId) throws Exception {
        return gateway.get(REVIEW_POOL + "/" + expertId).status() == 200;
    }

    private static String failure(String what, Http.Response response) {
        String body = response.body() == null ? "" : response.body();
        return what + " answered " + response.status() + ": " + body.substring(0, Math.min(300, body.length()));
    }
}
