package app.routecard.marketplace.clock;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The marketplace's time: offer expiry, wave expiry, quote deadlines and validity are all judged against it, never
 * against the database's {@code now()}, so a test can move time past an expiry and see what the scheduler does.
 * Production reads the system clock in UTC; a test replaces this bean with one it can move.
 */
@ApplicationScoped
public class MarketClock {

    private final Clock clock;

    public MarketClock() {
        this(Clock.systemUTC());
    }

    protected MarketClock(Clock clock) {
        this.clock = clock;
    }

    protected Clock clock() {
        return clock;
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock()).withOffsetSameInstant(ZoneOffset.UTC);
    }

    public LocalDate today() {
        return now().toLocalDate();
    }
}
