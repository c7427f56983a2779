package app.routecard.platform.inbox;

import java.util.List;

/**
 * An {@link EventHandler} that takes a poll's events at once: the inbox rows of the whole batch and the handler's
 * writes commit in one transaction in the all-tenants scope ({@link #allTenantsReason()} says why that is right),
 * so a handler whose work per event is small but whose follow-up is shared (a scorecard computed once for many
 * observations) keeps up with the topic. Events this consumer applied before are left out of the batch. When the
 * batch fails, its events are applied one by one as an {@link EventHandler}'s are, with retries and dead letters,
 * so one bad event holds back only itself.
 */
public interface BatchEventHandler extends EventHandler {

    /** The events of one poll not applied before, in the order the topic gave them. */
    void handleAll(List<InboxEvent> events);

    /** Why this handler may write across tenants (recorded with every batch transaction). */
    String allTenantsReason();

    @Override
    default void handle(InboxEvent event) {
        handleAll(List.of(event));
    }
}
