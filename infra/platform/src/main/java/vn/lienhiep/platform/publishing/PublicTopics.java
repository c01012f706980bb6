package vn.lienhiep.platform.publishing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

import vn.lienhiep.kernel.BusinessRuleViolation;
import vn.lienhiep.platform.processing.ReplayPreparation;

/**
 * The Kafka topics this service owns — its public topic and its consumers' dead-letter topics — keep every record
 * forever, checked at start-up and corrected by the service; and a lost public topic is rebuilt from the event store
 * by replaying the publisher (docs/adr/0015-public-topic-retention.md).
 * <ul>
 *   <li>At start-up (and every few seconds until it succeeds, if Kafka is not there yet) a missing topic is created
 *       with its declared settings and an existing one whose settings differ (a finite retention, compaction) is
 *       altered to them, then read back. Until that succeeded the service is not ready: this is a readiness health
 *       component ({@code publicTopics}) saying what is wrong and what to run if the service may not fix it itself.</li>
 *   <li>The public topic is NOT created again once this service has published (its publisher owns a token): a
 *       missing topic then means its history was lost, and an empty new topic would hide that. The publisher halts
 *       (its producer may not create topics), the component says to rebuild, and the operator does, with
 *       {@code POST /api/<context>/admin/processors/public-events/replay}: {@link #prepare()} creates the topic, then
 *       the replay republishes every event with its original CloudEvents id.</li>
 * </ul>
 */
public class PublicTopics extends AbstractHealthIndicator
        implements ReplayPreparation, SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PublicTopics.class);

    /** Every record kept: deleted by neither time nor size, and never compacted (each event matters, not the latest per key). */
    public static final Map<String, String> KEEP_EVERY_RECORD = Map.of(
            TopicConfig.RETENTION_MS_CONFIG, "-1",
            TopicConfig.RETENTION_BYTES_CONFIG, "-1",
            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);

    private static final Duration RECHECK = Duration.ofSeconds(5);
    private static final Duration SETTLED_RECHECK = Duration.ofSeconds(30);
    private static final long TIMEOUT_MS = 5_000;

    private final KafkaAdmin kafka;
    private final NewTopic publicTopic;
    private final Supplier<List<NewTopic>> otherTopics;
    private final Supplier<Boolean> publishedBefore;
    private final String rebuildPath;

    private volatile String problem = "not checked yet";
    private volatile boolean lost;
    private volatile Thread rechecking;

    /**
     * @param publicTopic     the context's public topic, or null for a service that publishes nothing
     * @param otherTopics     further topics it owns (its consumers' dead-letter topics), read at start-up
     * @param publishedBefore whether the publisher has ever run against this event store (it owns a token)
     * @param rebuildPath     the replay endpoint of the publisher, for messages
     */
    public PublicTopics(KafkaAdmin kafka, NewTopic publicTopic, Supplier<List<NewTopic>> otherTopics,
                        Supplier<Boolean> publishedBefore, String rebuildPath) {
        this.kafka = kafka;
        this.publicTopic = publicTopic;
        this.otherTopics = otherTopics;
        this.publishedBefore = publishedBefore;
        this.rebuildPath = rebuildPath;
    }

    /** A topic declaration that keeps every record. */
    public static NewTopic keptForever(String name, int partitions, int replicas) {
        return TopicBuilder.name(name).partitions(partitions).replicas(replicas).configs(KEEP_EVERY_RECORD).build();
    }

    @Override
    public void afterSingletonsInstantiated() {
        verify();
        Thread thread = new Thread(this::keepChecking, "public-topics-check");
        thread.setDaemon(true);
        rechecking = thread;
        thread.start();
    }

    @Override
    public void destroy() {
        Thread thread = rechecking;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** Often until the topics are settled, then now and then: a topic deleted while the service runs is found too. */
    private void keepChecking() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(problem == null ? SETTLED_RECHECK.toMillis() : RECHECK.toMillis());
            } catch (InterruptedException stopping) {
                return;
            }
            verify();
        }
    }

    /**
     * Checks now (it also runs at start-up and every few seconds in the background): creates what is missing, corrects
     * settings that differ, reads them back.
     *
     * @return whether every owned topic exists with its declared settings; the health component says what is wrong
     */
    public synchronized boolean verify() {
        List<NewTopic> owned = owned();
        if (owned.isEmpty()) {
            problem = null;
            return true;
        }
        boolean wasSettled = problem == null;
        try (Admin admin = Admin.create(kafka.getConfigurationProperties())) {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
            List<NewTopic> settle = new ArrayList<>();
            lost = false;
            for (NewTopic topic : owned) {
                if (topic == publicTopic && !existing.contains(topic.name()) && publishedBefore.get()) {
                    lost = true;
                    continue;
                }
                settle.add(topic);
            }
            String refused = null;
            if (!settle.isEmpty()) {
                try {
                    // Creates what is missing, alters settings that differ (spring.kafka.admin.modify-topic-configs).
                    kafka.createOrModifyTopics(settle.toArray(NewTopic[]::new));
                } catch (RuntimeException e) {
                    // e.g. no permission to alter topic settings: what is wrong is read back below
                    refused = describe(e);
                }
            }
            List<String> wrong = settle.isEmpty() ? new ArrayList<>() : mismatches(admin, settle);
            if (!wrong.isEmpty() && refused != null) {
                wrong.add("Kafka refused the change: " + refused);
            }
            if (lost) {
                wrong.add(0, "topic " + publicTopic.name() + " is missing although this service has published to it: "
                             + "its history is lost from Kafka; the publisher waits. Rebuild it from the event store: "
                             + "POST " + rebuildPath);
            }
            if (wrong.isEmpty()) {
                if (!wasSettled) {
                    log.info("Topics {} exist with the settings this service declares", names(owned));
                }
                problem = null;
                return true;
            }
            String found = String.join("; ", wrong);
            if (!found.equals(problem)) {
                log.error("Kafka topics are not as this service needs them, so it is not ready: {}", found);
            }
            problem = found;
            return false;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // Kafka unreachable says nothing about the topics: once they were found right, that verdict stands
            // (Kafka's own health component reports the outage) rather than flapping readiness.
            if (!wasSettled) {
                problem = "cannot check the topics " + names(owned) + " yet: " + describe(e);
            }
            return wasSettled;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem = "interrupted while checking the topics";
            return false;
        }
    }

    private List<String> mismatches(Admin admin, List<NewTopic> topics)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<ConfigResource, NewTopic> resources = new LinkedHashMap<>();
        topics.forEach(t -> resources.put(new ConfigResource(ConfigResource.Type.TOPIC, t.name()), t));
        Map<ConfigResource, Config> actual =
                admin.describeConfigs(resources.keySet()).all().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        List<String> wrong = new ArrayList<>();
        resources.forEach((resource, topic) -> {
            Config config = actual.get(resource);
            List<String> differing = new ArrayList<>();
            topic.configs().forEach((key, wanted) -> {
                ConfigEntry entry = config == null ? null : config.get(key);
                String value = entry == null ? null : entry.value();
                if (!wanted.equals(value)) {
                    differing.add(key + "=" + value + " (needs " + wanted + ")");
                }
            });
            if (!differing.isEmpty()) {
                wrong.add("topic " + topic.name() + " has " + String.join(", ", differing)
                          + " and this service could not change it; every record must be kept. Fix: kafka-configs "
                          + "--bootstrap-server <broker> --entity-type topics --entity-name " + topic.name()
                          + " --alter --add-config " + addConfig(topic));
            }
        });
        return wrong;
    }

    /**
     * Before the publisher's replay: the topic must be absent or empty. Appending the whole history to a topic that
     * still holds records would put each aggregate's events behind their own older copies, out of order for a
     * consumer that reads from the start; so the operator deletes the topic first (the ids are the same, consumers
     * that dedupe lose nothing).
     */
    @Override
    public String processor() {
        return PublicEventPublisher.PROCESSING_GROUP;
    }

    @Override
    public synchronized void prepare() {
        if (publicTopic == null) {
            return;
        }
        String topic = publicTopic.name();
        try (Admin admin = Admin.create(kafka.getConfigurationProperties())) {
            long held = recordsHeld(admin, topic);
            if (held > 0) {
                throw new BusinessRuleViolation("platform.public-topic.not-empty",
                        "Chủ đề " + topic + " vẫn còn " + held + " bản ghi: phát lại sẽ ghi toàn bộ lịch sử sau các bản "
                        + "ghi cũ, sai thứ tự theo khoá. Hãy xoá chủ đề trước rồi phát lại.",
                        "Topic " + topic + " still holds " + held + " records: a replay would append the whole history "
                        + "behind them, out of order per key. Delete the topic first, then replay.");
            }
            createAllowingForDeletion(topic);
            lost = false;
        } catch (BusinessRuleViolation refused) {
            throw refused;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // Kafka's exceptions, and Spring's KafkaException around them from KafkaAdmin
            throw unreachable(topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable(topic, e);
        }
        if (!verify()) {
            throw new BusinessRuleViolation("platform.public-topic.not-ready",
                    "Chủ đề " + topic + " chưa sẵn sàng: " + problem,
                    "Topic " + topic + " is not ready: " + problem);
        }
    }

    /** A topic deleted a moment ago may still be going away: creating it again fails until it is gone. */
    private void createAllowingForDeletion(String topic) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (true) {
            try {
                kafka.createOrModifyTopics(publicTopic);
                return;
            } catch (RuntimeException e) {
                if (!(rootCause(e) instanceof TopicExistsException) || System.currentTimeMillis() > deadline) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }

    /** Records between the earliest and the latest offset of every partition; 0 for a missing topic. */
    static long recordsHeld(Admin admin, String topic)
            throws ExecutionException, InterruptedException, TimeoutException {
        TopicDescription description;
        try {
            description = admin.describeTopics(List.of(topic)).allTopicNames()
                               .get(TIMEOUT_MS, TimeUnit.MILLISECONDS).get(topic);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return 0;
            }
            throw e;
        }
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        description.partitions().forEach(p -> {
            earliest.put(new TopicPartition(topic, p.partition()), OffsetSpec.earliest());
            latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest());
        });
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> starts =
                admin.listOffsets(earliest).all().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                admin.listOffsets(latest).all().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        long held = 0;
        for (TopicPartition partition : ends.keySet()) {
            held += ends.get(partition).offset() - starts.get(partition).offset();
        }
        return held;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        String current = problem;
        builder.withDetail("topics", names(owned()));
        if (current == null) {
            builder.up();
        } else {
            builder.down().withDetail("problem", current);
        }
    }

    private List<NewTopic> owned() {
        List<NewTopic> owned = new ArrayList<>();
        if (publicTopic != null) {
            owned.add(publicTopic);
        }
        owned.addAll(otherTopics.get());
        return owned;
    }

    private static List<String> names(List<NewTopic> topics) {
        return topics.stream().map(NewTopic::name).toList();
    }

    private static String addConfig(NewTopic topic) {
        List<String> settings = new ArrayList<>();
        topic.configs().forEach((k, v) -> settings.add(k + "=" + v));
        settings.sort(String::compareTo);
        return String.join(",", settings);
    }

    private static BusinessRuleViolation unreachable(String topic, Exception e) {
        return new BusinessRuleViolation("platform.public-topic.unreachable",
                "Không kết nối được Kafka để chuẩn bị chủ đề " + topic + "; chưa phát lại gì. Hãy thử lại khi Kafka hoạt động.",
                "Kafka could not be reached to prepare topic " + topic + " (" + describe(e) + "); nothing was "
                + "replayed. Try again when Kafka is up.");
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String describe(Throwable e) {
        Throwable root = rootCause(e);
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
