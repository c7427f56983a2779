package app.routecard.notifications.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The webhooks' time: when a retry is due, when a rotated secret stops signing, how long an endpoint has failed.
 * Production reads the system clock; a test replaces this bean with one it moves, to see a day of retries at once.
 */
@ApplicationScoped
public class WebhookClock {

    public Instant now() {
        return Instant.now();
    }
}
