package app.routecard.platform.inbox;

import java.time.Duration;

/**
 * How often and how patiently a failing event is tried again before it becomes a dead letter: attempt n waits
 * {@code first × 2^(n−1)}, at most {@code longest}. Plain Java.
 */
public record RetryPolicy(int attempts, Duration first, Duration longest) {

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
    }

    /** Whether another attempt follows attempt {@code made} (counted from 1). */
    public boolean retryAfter(int made) {
        return made < attempts;
    }

    /** The pause before the attempt that follows attempt {@code made}. */
    public Duration backoffAfter(int made) {
        long factor = 1L << Math.min(made - 1, 20);
        Duration wait = first.multipliedBy(factor);
        return wait.compareTo(longest) > 0 ? longest : wait;
    }
}
