package app.routecard.notifications.clock;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The notifications' time: when a webhook or e-mail retry is due, when a rotated secret stops signing, how long an
 * endpoint has failed, which day's digest is due. Production reads the system clock; a test replaces this bean with
 * one it moves, to see a day of retries at once.
 */
@ApplicationScoped
public class NotificationClock {

    public Instant now() {
        return Instant.now();
    }
}
