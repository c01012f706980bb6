package vn.lienhiep.stack;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * {@code ./lienhiep events [topic]}: prints every record of a public topic from the beginning, then new ones as they
 * arrive, one line each. Reads without a consumer group, so it commits nothing and disturbs no subscriber.
 */
public final class EventTail {

    public static final String DEFAULT_TOPIC = "lienhiep.membership.v1";

    private EventTail() {
    }

    public static void main(String[] args) throws InterruptedException {
        String topic = args.length > 0 ? args[0] : DEFAULT_TOPIC;
        String port = System.getenv().getOrDefault(PlatformConfig.KAFKA_PORT, "9092");
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + port);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        // Asking for a topic must not create it with broker defaults before the publisher creates it properly.
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            List<TopicPartition> partitions = awaitPartitions(consumer, topic, port);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            System.err.println("[lienhiep] " + topic + " (" + partitions.size() + " partitions) at 127.0.0.1:" + port
                               + ", from the beginning; Ctrl-C to stop");
            while (true) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    System.out.println(describe(record));
                }
                System.out.flush();
            }
        }
    }

    static String describe(ConsumerRecord<String, String> record) {
        StringBuilder line = new StringBuilder()
                .append(Instant.ofEpochMilli(record.timestamp())).append(' ')
                .append(record.topic()).append('[').append(record.partition()).append("]@").append(record.offset())
                .append(" key=").append(record.key());
        for (Header header : record.headers()) {
            // Binary-mode CloudEvents carry their attributes as ce_* headers; structured mode only content-type.
            if (header.key().startsWith("ce_") || header.key().equals("content-type")) {
                line.append(' ').append(header.key()).append('=')
                    .append(header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return line.append(' ').append(record.value()).toString();
    }

    private static List<TopicPartition> awaitPartitions(KafkaConsumer<String, String> consumer, String topic, String port)
            throws InterruptedException {
        boolean told = false;
        while (true) {
            try {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
                if (infos != null && !infos.isEmpty()) {
                    return infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
                }
            } catch (org.apache.kafka.common.errors.TimeoutException e) {
                // broker not up yet: keep waiting, like for a topic that does not exist yet
            }
            if (!told) {
                System.err.println("[lienhiep] waiting for topic " + topic + " on 127.0.0.1:" + port
                                   + " (is the platform up? has anything been published yet?)");
                told = true;
            }
            Thread.sleep(1000);
        }
    }
}
