package app.routecard.notifications.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** Notification time a test moves: a day of retries in a few seconds. */
public final class MovableClock extends NotificationClock {

    private final AtomicReference<Instant> now;

    public MovableClock(Instant start) {
        now = new AtomicReference<>(start);
    }

    @Override
    public Instant now() {
        return now.get();
    }

    public void moveTo(Instant at) {
        now.updateAndGet(current -> at.isAfter(current) ? at : current);
    }

    public void move(Duration by) {
        now.updateAndGet(current -> current.plus(by));
    }
}
