package app.routecard.notifications.webhooks;

import java.time.Duration;
import java.time.Instant;

/**
 * When an endpoint that keeps failing is switched off: once it has failed without a single success for the given
 * time (days, so a receiver down over a weekend is not dropped at once). Plain Java.
 */
public final class EndpointHealthPolicy {

    private EndpointHealthPolicy() {
    }

    public static boolean disable(Instant failingSince, Instant now, Duration allowedFailing) {
        return failingSince != null && !failingSince.plus(allowedFailing).isAfter(now);
    }
}
