package app.routecard.marketplace.clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The marketplace's time: offer expiry, wave expiry, quote deadlines and validity are all judged against it, never
 * against the database's {@code now()}, so a test can move time past an expiry and see what the scheduler does.
 * Production reads the system clock in UTC; a test replaces this bean with one it can move, and a dev stack may move
 * it through {@link DevClockResource} (to make a promise that is already past, for a demo or a browser test).
 * A dev stack's offset lives in the {@code market_clock} row, so every replica of the service keeps the same time;
 * where the clock is not adjustable (production) the database is never asked.
 */
@ApplicationScoped
public class MarketClock {

    private static final String READ = "select offset_ms from market_clock";
    private static final String WRITE = "insert into market_clock (id, offset_ms) values (1, ?)"
            + " on conflict (id) do update set offset_ms = excluded.offset_ms";

    private final Clock clock;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final DataSource shared;

    /** A clock in this process only: the system's in UTC, moved by {@link #offset(Duration)}. */
    public MarketClock() {
        this(Clock.systemUTC());
    }

    @Inject
    public MarketClock(DataSource database,
                       @ConfigProperty(name = "routecard.marketplace.clock.adjustable", defaultValue = "false")
                       boolean adjustable) {
        this.clock = Clock.systemUTC();
        this.shared = adjustable ? database : null;
    }

    protected MarketClock(Clock clock) {
        this.clock = clock;
        this.shared = null;
    }

    protected Clock clock() {
        Duration by = offset();
        return by.isZero() ? clock : Clock.offset(clock, by);
    }

    /** How far the marketplace's time is from the system's (zero unless a dev stack moved it). */
    public Duration offset() {
        if (shared == null) {
            return offset.get();
        }
        try (Connection connection = shared.getConnection();
             PreparedStatement statement = connection.prepareStatement(READ);
             ResultSet row = statement.executeQuery()) {
            return row.next() ? Duration.ofMillis(row.getLong(1)) : Duration.ZERO;
        } catch (SQLException e) {
            throw new IllegalStateException("The marketplace clock's offset could not be read", e);
        }
    }

    /** Moves the marketplace's time, on every replica; only {@link DevClockResource} calls it, on a dev stack. */
    void offset(Duration by) {
        offset.set(by);
        if (shared == null) {
            return;
        }
        try (Connection connection = shared.getConnection();
             PreparedStatement statement = connection.prepareStatement(WRITE)) {
            statement.setLong(1, by.toMillis());
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The marketplace clock could not be moved", e);
        }
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock()).withOffsetSameInstant(ZoneOffset.UTC);
    }

    public LocalDate today() {
        return now().toLocalDate();
    }
}
