package app.routecard.marketplace.clock;

import io.quarkus.test.Mock;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The marketplace clock in tests: the system's, moved forward by what a test asks for (an offer's 48 hours pass in
 * a call). A test that moves it puts it back with {@link #reset()}.
 */
@Mock
@jakarta.enterprise.context.ApplicationScoped
public class MovableClock extends MarketClock {

    private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

    public MovableClock() {
        super(Clock.systemUTC());
    }

    @Override
    protected Clock clock() {
        return Clock.offset(Clock.systemUTC(), ahead.get());
    }

    public void advance(Duration by) {
        ahead.updateAndGet(current -> current.plus(by));
    }

    public void reset() {
        ahead.set(Duration.ZERO);
    }
}
