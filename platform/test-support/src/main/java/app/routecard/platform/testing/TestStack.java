package app.routecard.platform.testing;

import app.routecard.devstack.DevStack;
import app.routecard.devstack.Ports;
import app.routecard.devstack.StackLayout;
import app.routecard.devstack.Watchdog;
import java.nio.file.Path;

/**
 * The one stack of real servers the tests of a build share, in {@code target/test-stack} of the checkout, on
 * ports of its own (it runs beside a developer's {@code ./routecard up}). The first test JVM that needs it starts
 * it, with a watchdog that stops it when the Maven build ends; later modules find it running and reuse it.
 */
public final class TestStack {

    public static final int INFRA_PORT_BASE = 25000;
    public static final int SERVICES_PORT_BASE = 25800;

    private static StackLayout layout;

    private TestStack() {
    }

    /** Stops one server of the shared stack (e.g. "kafka") to test an outage; {@link #restart()} brings it back. */
    public static synchronized void stop(String component) {
        new DevStack(ensureUp()).stop(component);
    }

    /** Starts whatever of the shared stack is not running and waits until it is ready. */
    public static synchronized void restart() {
        try {
            new DevStack(ensureUp()).up(false, System.out);
        } catch (DevStack.StackFailure failure) {
            throw new IllegalStateException("The test stack did not come back:\n" + failure.getMessage(), failure);
        }
    }

    public static synchronized StackLayout ensureUp() {
        if (layout != null) {
            return layout;
        }
        String rootProperty = System.getProperty("routecard.root");
        Path root = rootProperty != null ? Path.of(rootProperty) : StackLayout.findRoot(Path.of(""));
        StackLayout candidate = new StackLayout(root, root.resolve("target/test-stack"),
                Ports.fromBases(INFRA_PORT_BASE, SERVICES_PORT_BASE));
        DevStack stack = new DevStack(candidate);
        try {
            stack.resetIfRealmChanged(System.out);
            Watchdog.watch(candidate, Watchdog.buildProcess(), INFRA_PORT_BASE, SERVICES_PORT_BASE);
            stack.up(false, System.out);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Could not reset the test stack", e);
        } catch (DevStack.StackFailure failure) {
            throw new IllegalStateException("The test stack did not come up:\n" + failure.getMessage(), failure);
        }
        layout = candidate;
        return layout;
    }
}
