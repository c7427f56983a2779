package app.routecard.job.files;

import app.routecard.platform.inbox.EventHandler;
import app.routecard.platform.inbox.InboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A handler that exists only in the tests: it fails while {@link #broken} (as a handler with a bug would), and
 * counts what it applied, so the inbox library's dead letters and their replay can be checked.
 */
@ApplicationScoped
public class PoisonProbe implements EventHandler {

    static final String TOPIC = "routecard.test-probe";
    static volatile boolean broken = true;
    static final Set<String> APPLIED = ConcurrentHashMap.newKeySet();
    static final java.util.concurrent.atomic.AtomicInteger CALLS = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public String name() {
        return "job-service.test-probe";
    }

    @Override
    public List<String> topics() {
        return List.of(TOPIC);
    }

    @Override
    public boolean handles(String type) {
        return type.startsWith("probe.");
    }

    @Override
    public void handle(InboxEvent event) {
        CALLS.incrementAndGet();
        if (broken && event.type().equals("probe.poison")) {
            throw new IllegalStateException("the probe cannot handle " + event.id() + " yet");
        }
        if (!APPLIED.add(event.id().toString())) {
            throw new AssertionError("applied twice: " + event.id());
        }
    }
}
