package app.routecard.platform.inbox;

import app.routecard.platform.service.problem.DatabaseAway;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * What happens to one record: read it as a CloudEvent (unreadable → dead letter at once), skip types the handler
 * does not take, apply it through the {@link Inbox} with retries and backoff, and after the last failed attempt
 * keep it as a dead letter. Never throws for a bad record: the consumer goes on.
 */
@ApplicationScoped
public class InboxProcessor {

    private static final Logger LOG = Logger.getLogger(InboxProcessor.class);

    /** What became of a record. */
    public enum Outcome { APPLIED, DUPLICATE, IGNORED, DEAD_LETTER }

    private final Inbox inbox;
    private final DeadLetters deadLetters;
    private final ObjectMapper json;
    private final RetryPolicy retries;

    public InboxProcessor(Inbox inbox, DeadLetters deadLetters, ObjectMapper json,
                          @ConfigProperty(name = "routecard.inbox.attempts", defaultValue = "5") int attempts,
                          @ConfigProperty(name = "routecard.inbox.first-backoff", defaultValue = "PT0.2S")
                          Duration first,
                          @ConfigProperty(name = "routecard.inbox.longest-backoff", defaultValue = "PT5S")
                          Duration longest) {
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        this.json = json;
        this.retries = new RetryPolicy(attempts, first, longest);
    }

    public Outcome process(EventHandler handler, ConsumerRecord<String, String> record) {
        InboxEvent event;
        try {
            event = read(record.value());
        } catch (IOException | IllegalArgumentException e) {
            deadLetters.record(new DeadLetters.Failure(handler.name(), record.topic(), record.partition(),
                    record.offset(), null, null, null, String.valueOf(record.value()),
                    "unreadable CloudEvent: " + e.getMessage(), 0));
            LOG.warnf("%s: unreadable record %s-%d@%d kept as a dead letter", handler.name(), record.topic(),
                    record.partition(), record.offset());
            return Outcome.DEAD_LETTER;
        }
        if (!handler.handles(event.type())) {
            return Outcome.IGNORED;
        }
        int attempt = 1;
        while (true) {
            try {
                return inbox.apply(handler, event) ? Outcome.APPLIED : Outcome.DUPLICATE;
            } catch (RuntimeException e) {
                if (DatabaseAway.is(e)) {
                    // Not the event's fault: it waits for the database without using up its attempts (a dead letter
                    // written now would fail too, and the event would not be applied once the database is back).
                    LOG.warnf("%s: the database is not answering; event %s waits for it: %s", handler.name(),
                            event.id(), describe(e));
                    pause(WAIT_FOR_DATABASE);
                    continue;
                }
                if (!retries.retryAfter(attempt)) {
                    deadLetters.record(new DeadLetters.Failure(handler.name(), record.topic(), record.partition(),
                            record.offset(), event.id(), event.type(), event.tenantId(), record.value(), describe(e),
                            attempt));
                    LOG.errorf("%s: event %s (%s) failed %d times and is kept as a dead letter: %s",
                            handler.name(), event.id(), event.type(), attempt, describe(e));
                    return Outcome.DEAD_LETTER;
                }
                LOG.warnf("%s: event %s failed (attempt %d), retrying: %s", handler.name(), event.id(), attempt,
                        describe(e));
                pause(retries.backoffAfter(attempt));
                attempt++;
            }
        }
    }

    /**
     * A poll's records for a {@link BatchEventHandler}: unreadable ones become dead letters, types the handler does
     * not take are ignored, and the rest are applied in one transaction; when that fails, each is processed alone
     * (with its retries), so one bad event does not hold back the others.
     */
    public void processAll(BatchEventHandler handler, List<ConsumerRecord<String, String>> records) {
        List<InboxEvent> events = new ArrayList<>();
        List<ConsumerRecord<String, String>> handled = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            InboxEvent event;
            try {
                event = read(record.value());
            } catch (IOException | IllegalArgumentException e) {
                process(handler, record);
                continue;
            }
            if (handler.handles(event.type())) {
                events.add(event);
                handled.add(record);
            }
        }
        if (events.isEmpty()) {
            return;
        }
        try {
            inbox.applyAll(handler, events);
        } catch (RuntimeException e) {
            LOG.warnf("%s: a batch of %d events failed, applying them one by one: %s", handler.name(), events.size(),
                    describe(e));
            handled.forEach(record -> process(handler, record));
        }
    }

    /** Applies a dead letter again (after a fix): once, through the inbox; the letter is marked replayed. */
    public Outcome replay(EventHandler handler, DeadLetters.DeadLetter letter) {
        try {
            InboxEvent event = read(letter.payload());
            Outcome outcome = inbox.apply(handler, event) ? Outcome.APPLIED : Outcome.DUPLICATE;
            deadLetters.replayed(letter.id(), null);
            return outcome;
        } catch (IOException | RuntimeException e) {
            deadLetters.replayed(letter.id(), describe(e));
            throw new ReplayFailed(describe(e), e);
        }
    }

    /** One record's value as a CloudEvent; throws for one without an id, a type or a tenant. */
    public InboxEvent read(String value) throws IOException {
        if (value == null) {
            throw new IllegalArgumentException("empty record");
        }
        JsonNode node = json.readTree(value);
        String id = node.path("id").asText("");
        String type = node.path("type").asText("");
        String tenant = node.path("tenantid").asText("");
        if (id.isEmpty() || type.isEmpty() || tenant.isEmpty()) {
            throw new IllegalArgumentException("a CloudEvent needs id, type and tenantid");
        }
        return new InboxEvent(UUID.fromString(id), type, tenant, node.path("subject").asText(null),
                node.path("time").asText(null), node.path("data"));
    }

    private static final Duration WAIT_FOR_DATABASE = Duration.ofSeconds(1);

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A replay that failed again: the letter keeps its place, with the new error. */
    public static class ReplayFailed extends RuntimeException {
        public ReplayFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
