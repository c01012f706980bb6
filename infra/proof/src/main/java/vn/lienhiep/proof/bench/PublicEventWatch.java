package vn.lienhiep.proof.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * A bare subscriber to a public topic — the floor-ish view of a cross-service hop, next to review-service consuming
 * the same events: records when the first record for each key (= aggregate id) was polled. Starts at the end of the
 * topic, so only records of this run count.
 */
public final class PublicEventWatch implements AutoCloseable {

    private final Map<String, Long> firstArrivalNanos = new ConcurrentHashMap<>();
    private final Thread thread;
    private final CountDownLatch assigned = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile Exception failure;

    public PublicEventWatch(String bootstrap, String topic) {
        thread = new Thread(() -> run(bootstrap, topic), "bench-public-events");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(String bootstrap, String topic) {
        Properties props = Floors.consumerProperties(bootstrap);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<PartitionInfo> partitions = List.of();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.isEmpty() && System.nanoTime() < deadline) {
                List<PartitionInfo> found = consumer.partitionsFor(topic, Duration.ofSeconds(5));
                partitions = found == null ? List.of() : found;
                if (partitions.isEmpty()) {
                    Thread.sleep(200);
                }
            }
            if (partitions.isEmpty()) {
                throw new IllegalStateException("topic " + topic + " does not exist after 60 s");
            }
            List<TopicPartition> all = partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(all);
            consumer.seekToEnd(all);
            all.forEach(consumer::position); // the seek happens now, not at the first poll after the writes began
            assigned.countDown();
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    long now = System.nanoTime();
                    if (record.key() != null) {
                        firstArrivalNanos.putIfAbsent(record.key(), now);
                    }
                }
            }
        } catch (Exception e) {
            failure = e;
            assigned.countDown();
        }
    }

    /** Blocks until the consumer is positioned at the end of every partition. */
    public void awaitAssigned(Duration timeout) throws InterruptedException {
        if (!assigned.await(timeout.toMillis(), TimeUnit.MILLISECONDS) || failure != null) {
            throw new IllegalStateException("public-event subscriber not ready", failure);
        }
    }

    /** nanoTime when the first record with this key was polled, waiting up to {@code timeout}; null if never. */
    public Long arrival(String key, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Long at = firstArrivalNanos.get(key);
        while (at == null && System.nanoTime() < deadline && failure == null) {
            Thread.sleep(1);
            at = firstArrivalNanos.get(key);
        }
        return at;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5000);
    }
}
