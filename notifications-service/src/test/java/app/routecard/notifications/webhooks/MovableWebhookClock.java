package app.routecard.notifications.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** Webhook time a test moves: a day of retries in a few seconds. */
final class MovableWebhookClock extends WebhookClock {

    private final AtomicReference<Instant> now;

    MovableWebhookClock(Instant start) {
        now = new AtomicReference<>(start);
    }

    @Override
    public Instant now() {
        return now.get();
    }

    void moveTo(Instant at) {
        now.updateAndGet(current -> at.isAfter(current) ? at : current);
    }

    void move(Duration by) {
        now.updateAndGet(current -> current.plus(by));
    }
}
