package app.routecard.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reads topics from their beginning to the end they had when the replay started, without a consumer group (nothing
 * is committed, no live consumer is disturbed), committed records only, and hands each readable CloudEvent to the
 * caller in each partition's order. For rebuilding a read model from the events and comparing it with the live one.
 */
@ApplicationScoped
public class TopicReplay {

    private static final Logger LOG = Logger.getLogger(TopicReplay.class);

    private final InboxProcessor reader;
    private final Optional<String> bootstrapServers;

    public TopicReplay(InboxProcessor reader,
                       @ConfigProperty(name = "kafka.bootstrap.servers") Optional<String> bootstrapServers) {
        this.reader = reader;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * What a replay read: records, the CloudEvents among them, the unreadable ones skipped, how long it took, and
     * per partition the offset after the last record it read (what a consumer that read as far has committed;
     * transaction markers after it are no records).
     */
    public record Replayed(long records, long events, long unreadable, Duration took,
                           Map<TopicPartition, Long> readTo) {
    }

    public Replayed replay(List<String> topics, Consumer<InboxEvent> sink) {
        String servers = bootstrapServers.filter(value -> !value.isBlank())
                .orElseThrow(() -> new IllegalStateException("kafka.bootstrap.servers is not set"));
        long started = System.nanoTime();
        Map<TopicPartition, Long> readTo = new java.util.HashMap<>();
        long records = 0;
        long events = 0;
        long unreadable = 0;
        try (KafkaConsumer<String, String> consumer = KafkaReaders.create(servers, null, KafkaReaders.BATCH_RECORDS)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                    partitions.add(new TopicPartition(topic, info.partition()));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // With read_committed these are the last stable offsets: everything committed when the replay began.
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (!reachedEnds(consumer, ends)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() >= ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    records++;
                    readTo.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
                    InboxEvent event;
                    try {
                        event = reader.read(record.value());
                    } catch (java.io.IOException | IllegalArgumentException e) {
                        unreadable++;
                        continue;
                    }
                    events++;
                    sink.accept(event);
                }
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        LOG.infof("replayed %s: %d records, %d events, %d unreadable, in %d ms", topics, records, events, unreadable,
                took.toMillis());
        return new Replayed(records, events, unreadable, took, Map.copyOf(readTo));
    }

    /**
     * Waits until the consumer group has committed at least {@code offsets} on every partition (a live consumer
     * commits after applying), answering false when {@code timeout} passes first.
     */
    public boolean awaitCommitted(String group, Map<TopicPartition, Long> offsets, Duration timeout) {
        if (offsets.isEmpty()) {
            return true;
        }
        Map<TopicPartition, Long> ends = offsets;
        long until = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> consumer = KafkaReaders.create(bootstrapServers.orElseThrow(), group, 1)) {
            while (true) {
                Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(ends.keySet(),
                        Duration.ofSeconds(10));
                boolean caughtUp = ends.entrySet().stream().allMatch(end -> committed.get(end.getKey()) != null
                        && committed.get(end.getKey()).offset() >= end.getValue());
                if (caughtUp) {
                    return true;
                }
                if (System.nanoTime() > until) {
                    return false;
                }
                try {
                    Thread.sleep(100); // polling the broker for the group's progress, not synchronising a test
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
    }

    private static boolean reachedEnds(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> ends) {
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            if (consumer.position(end.getKey()) < end.getValue()) {
                return false;
            }
        }
        return true;
    }
}
