package app.routecard.platform.testing;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes events to the shared stack's Kafka as another service's outbox would, to test a consumer. */
public final class TopicWriter {

    private TopicWriter() {
    }

    /** A structured CloudEvent as every Routecard outbox writes it. */
    public static String cloudEvent(UUID id, String type, String tenantId, String subject, String dataJson) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"tests\",\"type\":\"" + type
                + "\",\"subject\":\"" + subject + "\",\"time\":\"" + OffsetDateTime.now()
                + "\",\"datacontenttype\":\"application/json\",\"tenantid\":\"" + tenantId + "\",\"data\":"
                + dataJson + "}";
    }

    /** One record to publish: its topic, key and CloudEvent. */
    public record Record(String topic, String key, String value) {
    }

    /**
     * Publishes the records in order through one producer and answers, per partition written, the offset after the
     * last record (what a consumer that applied them all has committed).
     */
    public static Map<TopicPartition, Long> publishAll(List<Record> records) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.ensureUp().kafkaBootstrap());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        Map<TopicPartition, Long> ends = new HashMap<>();
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (Record record : records) {
                sent.add(producer.send(new ProducerRecord<>(record.topic(), record.key(), record.value())));
            }
            producer.flush();
            for (Future<RecordMetadata> future : sent) {
                RecordMetadata metadata = future.get(60, TimeUnit.SECONDS);
                ends.merge(new TopicPartition(metadata.topic(), metadata.partition()), metadata.offset() + 1,
                        Math::max);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish " + records.size() + " records", e);
        }
        return ends;
    }

    public static void publish(String topic, String key, String value) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.ensureUp().kafkaBootstrap());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }
}
