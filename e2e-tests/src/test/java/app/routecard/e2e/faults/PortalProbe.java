package app.routecard.e2e.faults;

import app.routecard.devstack.StackLayout;
import app.routecard.e2e.PortalJourneys;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * A buyer and a shop admin in a real browser, signed in once, opening their pages about once a second while the
 * faults happen. Each page must come as it is (200), or as the portal's "not answering" banner with 503 when the
 * service behind it is away; anything else (an error page, a 500, a sign-in lost because the next page landed on
 * another portal replica) is kept as a violation. Playwright is used from the probe's own thread only.
 */
final class PortalProbe implements AutoCloseable {

    static final String BANNER = "is not answering right now";
    private static final Map<String, List<String>> PAGES = Map.of(
            "nina@northwind.example", List.of("/rfqs", "/orders", "/notifications"),
            "alex@acme.example", List.of("/jobs", "/offers", "/quotes"));

    private final StackLayout stack;
    private final Path screenshots;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final CountDownLatch signedIn = new CountDownLatch(1);
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private final List<String> violations = new ArrayList<>();
    private Thread thread;
    private volatile RuntimeException failedToStart;

    PortalProbe(StackLayout stack, Path screenshots) {
        this.stack = stack;
        this.screenshots = screenshots;
    }

    /** Signs both people in and starts opening their pages; returns once they are signed in. */
    void start() throws InterruptedException {
        thread = new Thread(this::probe, "portal-probe");
        thread.setDaemon(true);
        thread.start();
        if (!signedIn.await(3, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the portal probe could not sign in within 3 minutes");
        }
        if (failedToStart != null) {
            throw failedToStart;
        }
    }

    private void probe() {
        try (PortalJourneys portal = new PortalJourneys(stack, user -> null, screenshots)) {
            Map<String, Page> pages = new TreeMap<>();
            try {
                for (String person : PAGES.keySet()) {
                    BrowserContext context = portal.desktop();
                    Page page = context.newPage();
                    page.navigate(portal.portal() + PAGES.get(person).get(0));
                    portal.signInAt(page, person);
                    pages.put(person, page);
                }
            } catch (RuntimeException e) {
                failedToStart = e;
                return;
            } finally {
                signedIn.countDown();
            }
            while (running.get()) {
                for (Map.Entry<String, Page> person : pages.entrySet()) {
                    for (String path : PAGES.get(person.getKey())) {
                        open(portal, person.getKey(), person.getValue(), path);
                    }
                }
                // About a page a second per person, as people click: the probe's pace, not a wait on a result.
                LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
            }
        }
    }

    private void open(PortalJourneys portal, String person, Page page, String path) {
        String outcome;
        try {
            Response response = page.navigate(portal.portal() + path);
            int status = response == null ? -1 : response.status();
            boolean onPortal = page.url().startsWith(portal.portal());
            if (status == 200 && onPortal) {
                outcome = "200";
            } else if (status == 503 && page.content().contains(BANNER)) {
                outcome = "503 with the banner";
            } else {
                outcome = status + (onPortal ? "" : " at " + page.url());
                record(person + " opened " + path + ": " + outcome);
            }
        } catch (RuntimeException e) {
            outcome = "no page";
            record(person + " opened " + path + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
        synchronized (outcomes) {
            outcomes.merge(outcome, 1, Integer::sum);
        }
    }

    private void record(String violation) {
        synchronized (violations) {
            if (violations.size() < 50) {
                violations.add(violation);
            }
        }
    }

    Map<String, Integer> outcomes() {
        synchronized (outcomes) {
            return new TreeMap<>(outcomes);
        }
    }

    List<String> violations() {
        synchronized (violations) {
            return List.copyOf(violations);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        if (thread != null) {
            thread.join(Duration.ofMinutes(1).toMillis());
        }
    }
}
