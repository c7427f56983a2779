package app.routecard.platform.inbox;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The one way the library reads Kafka: committed records only ({@code read_committed}, so an outbox transaction
 * that aborted is never seen), no auto-commit, cooperative rebalancing, string keys and CloudEvent JSON values.
 */
final class KafkaReaders {

    /**
     * Records a batch handler takes per poll. A batch costs a handful of statements whatever its size (and its
     * suppliers' scorecards are computed once), so a backlog is worked off in large polls; under a light load a poll
     * returns what is there at once.
     */
    static final int BATCH_RECORDS = 10_000;

    private KafkaReaders() {
    }

    /** A consumer of the group (committing its offsets), or without a group when {@code group} is null. */
    static KafkaConsumer<String, String> create(String bootstrapServers, String group, int maxPollRecords) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        if (group != null) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // Replicas of a service share each consumer group: when one joins or leaves, only the partitions that move
        // are revoked (cooperative rebalancing), the others keep consuming.
        config.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
        // A replica that dies leaves its partitions idle until the group notices: 10 s, not the default 45 s (the
        // fault suite measured 36 s without a written event after a job-service replica was killed).
        config.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, "10000");
        config.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, "3000");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(maxPollRecords));
        // A partition's fetch is capped at 1 MiB by default, about 2,000 events: a large poll needs a larger one.
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(Math.max(1 << 20,
                maxPollRecords * 1024)));
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(config);
    }
}
