package app.routecard.platform.inbox;

import java.util.List;

/**
 * A service's reaction to other services' events. Implement it as a CDI bean and the library runs it: it reads
 * {@link #topics()} as the consumer group {@link #name()}, and calls {@link #handle} for each event whose type
 * {@link #handles} — inside a transaction in the event's tenant (row-level security applies) that also records the
 * event in the inbox, so a redelivered event is never applied twice. Throw to have the event retried; an event
 * that still fails after the retries is kept as a dead letter, and the consumer goes on.
 */
public interface EventHandler {

    /** The consumer's name, unique per service and stable: it is the Kafka group and the inbox's key. */
    String name();

    List<String> topics();

    boolean handles(String type);

    void handle(InboxEvent event);
}
