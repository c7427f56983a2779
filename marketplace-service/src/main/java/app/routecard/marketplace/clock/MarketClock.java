package app.routecard.marketplace.clock;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The marketplace's time: offer expiry, wave expiry, quote deadlines and validity are all judged against it, never
 * against the database's {@code now()}, so a test can move time past an expiry and see what the scheduler does.
 * Production reads the system clock in UTC; a test replaces this bean with one it can move, and a dev stack may move
 * it through {@link DevClockResource} (to make a promise that is already past, for a demo or a browser test).
 */
@ApplicationScoped
public class MarketClock {

    private final Clock clock;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public MarketClock() {
        this(Clock.systemUTC());
    }

    protected MarketClock(Clock clock) {
        this.clock = clock;
    }

    protected Clock clock() {
        Duration by = offset.get();
        return by.isZero() ? clock : Clock.offset(clock, by);
    }

    /** How far this replica's marketplace time is from the system's (zero unless a dev stack moved it). */
    public Duration offset() {
        return offset.get();
    }

    /** Moves this replica's marketplace time; only {@link DevClockResource} calls it, on a dev stack. */
    void offset(Duration by) {
        offset.set(by);
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock()).withOffsetSameInstant(ZoneOffset.UTC);
    }

    public LocalDate today() {
        return now().toLocalDate();
    }
}
