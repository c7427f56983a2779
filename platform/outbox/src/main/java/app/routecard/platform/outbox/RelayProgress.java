package app.routecard.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The relay's own record of what it committed: one compacted, single-partition topic per service
 * ({@code routecard.outbox-relay.<service>}), written in the same Kafka transaction as each batch of events, holding
 * the batch's outbox sequence numbers. Kafka commits the two together or neither, so the last committed record names
 * exactly the events of the last batch that reached consumers. No consumer of the product reads it.
 */
final class RelayProgress {

    /** How far back from the end the last record is looked for: each transaction adds a record and a marker. */
    private static final int TAIL = 16;

    private final ObjectMapper json;
    private final String bootstrapServers;
    private final String application;
    private final String topic;
    private volatile boolean topicReady;

    RelayProgress(ObjectMapper json, String bootstrapServers, String application) {
        this.json = json;
        this.bootstrapServers = bootstrapServers;
        this.application = application;
        this.topic = "routecard.outbox-relay." + application;
    }

    ProducerRecord<String, String> record(String holder, List<Long> seqs) {
        try {
            return new ProducerRecord<>(topic, 0, application,
                    json.writeValueAsString(Map.of("holder", holder, "seqs", seqs)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A list of numbers did not serialise", e);
        }
    }

    /** Creates the topic (one partition, compacted) unless it exists. */
    void ensureTopic() {
        if (topicReady) {
            return;
        }
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        try (Admin admin = Admin.create(config)) {
            admin.createTopics(List.of(new NewTopic(topic, Optional.of(1), Optional.empty())
                    .configs(Map.of("cleanup.policy", "compact", "segment.ms", "3600000"))))
                    .all().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Could not create " + topic + ": " + e.getCause().getMessage(), e);
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not create " + topic + " within 10 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating " + topic, e);
        }
        topicReady = true;
    }

    /**
     * The sequence numbers of the last batch committed to Kafka (read_committed), or none when nothing was ever
     * committed. Call it after the producer's {@code initTransactions}, which settles any transaction left open.
     */
    List<Long> lastCommittedBatch() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        TopicPartition partition = new TopicPartition(topic, 0);
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            consumer.seek(partition, Math.max(0, end - TAIL));
            ConsumerRecord<String, String> last = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (consumer.position(partition) < end) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read " + topic + " to its end");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (application.equals(record.key())) {
                        last = record;
                    }
                }
            }
            return last == null ? List.of() : seqs(last.value());
        }
    }

    private List<Long> seqs(String value) {
        try {
            JsonNode node = json.readTree(value).path("seqs");
            List<Long> seqs = new ArrayList<>(node.size());
            node.forEach(seq -> seqs.add(seq.asLong()));
            return seqs;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(topic + " holds a record that is not JSON: " + value, e);
        }
    }
}
