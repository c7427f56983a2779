package app.routecard.notifications.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a webhook or an e-mail that failed is tried again: after 5 s, then three times longer each time up to 8 h,
 * each delay moved by up to ±20 % at random (jitter, so endpoints that failed together do not all come back at
 * once). The 12th failed attempt, about a day after the first, dead-letters the message. For a webhook a 2xx answer
 * is a success; anything else, or no answer, a failure. Plain Java.
 */
public final class DeliveryRetryPolicy {

    static final Duration FIRST_DELAY = Duration.ofSeconds(5);
    static final Duration LONGEST_DELAY = Duration.ofHours(8);
    static final int GROWTH = 3;
    static final double JITTER = 0.2;
    public static final int MAX_ATTEMPTS = 12;

    private DeliveryRetryPolicy() {
    }

    public static boolean succeeded(Integer statusCode) {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    /** The delay before retry number {@code retry} (1 for the first), before jitter. */
    static Duration baseDelay(int retry) {
        Duration delay = FIRST_DELAY;
        for (int i = 1; i < retry && delay.compareTo(LONGEST_DELAY) < 0; i++) {
            delay = delay.multipliedBy(GROWTH);
        }
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    /**
     * When to try again after the {@code attemptsMade}-th attempt failed at {@code now}, or empty when the message is
     * dead-lettered. {@code random} gives numbers in [0, 1).
     */
    public static Optional<Instant> retryAfterFailure(int attemptsMade, Instant now, DoubleSupplier random) {
        if (attemptsMade >= MAX_ATTEMPTS) {
            return Optional.empty();
        }
        double factor = 1 + JITTER * (2 * random.getAsDouble() - 1);
        long millis = Math.round(baseDelay(attemptsMade).toMillis() * factor);
        return Optional.of(now.plusMillis(millis));
    }
}
