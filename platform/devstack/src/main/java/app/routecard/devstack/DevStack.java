package app.routecard.devstack;

import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Brings a whole stack up and down: the real servers first, then (optionally) the services. Idempotent:
 * {@code up} on a running stack starts nothing twice; {@code down} stops only processes this stack's PID files
 * name.
 */
public final class DevStack {

    private final StackLayout layout;
    private final Replicas replicas;
    private final PostgresServer postgres;
    private final List<Component> infrastructure;
    private final List<Component> services;

    /** The stack as its last {@code up} left it (one instance of each service unless it asked for replicas). */
    public DevStack(StackLayout layout) {
        this(layout, Replicas.of(layout));
    }

    /** The stack with these numbers of replicas; a replicated service also gets its {@link BalancerProcess}. */
    public DevStack(StackLayout layout, Replicas replicas) {
        this.layout = layout;
        this.replicas = replicas;
        this.postgres = new PostgresServer(layout);
        this.infrastructure = List.of(postgres, new KafkaServer(layout), new KeycloakServer(layout),
                new S3Server(layout), new MailServer(layout));
        List<Component> serviceComponents = new ArrayList<>();
        List<Component> balancers = new ArrayList<>();
        for (Service service : Service.values()) {
            if (replicas.replicated(service)) {
                List<ServiceProcess> instances = new ArrayList<>();
                for (int n = 1; n <= replicas.of(service); n++) {
                    instances.add(new ServiceProcess(layout, service, n));
                }
                serviceComponents.addAll(instances);
                balancers.add(new BalancerProcess(layout, service, instances));
            } else {
                serviceComponents.add(new ServiceProcess(layout, service));
            }
        }
        serviceComponents.addAll(balancers);
        this.services = List.copyOf(serviceComponents);
    }

    public Replicas replicas() {
        return replicas;
    }

    /** Whether any service of this stack runs now (as laid out by its last {@code up}). */
    public boolean servicesRunning() {
        return services.stream().anyMatch(component -> component.running().isPresent());
    }

    public StackLayout layout() {
        return layout;
    }

    /** Thrown when a part of the stack does not come up; the message says which and why. */
    public static final class StackFailure extends Exception {
        public StackFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public void up(boolean withServices, PrintStream out) throws StackFailure {
        up(withServices, true, out);
    }

    /**
     * Starts what is not running; with services, seeds the demo tenants and profiles, and with {@code demoData} also
     * the demo jobs, the months of history and the demo RFQ (a stack for a load of its own leaves those out).
     */
    public void up(boolean withServices, boolean demoData, PrintStream out) throws StackFailure {
        if (KeycloakServer.realmChangedSinceImport(layout)) {
            out.println("WARNING: " + KeycloakServer.REALM_FILE + " or ROUTECARD_PUBLIC_HOST changed since this"
                    + " stack imported the realm; Keycloak keeps the old realm (its sign-in redirects). For the new"
                    + " one: ./routecard down, delete " + layout.home() + ", ./routecard up.");
        }
        List<Component> wanted = new ArrayList<>(infrastructure);
        if (withServices) {
            wanted.addAll(services);
        }
        requirePortsFree(wanted);
        List<Component> startedNow = new ArrayList<>();
        try {
            Files.createDirectories(layout.logsDir());
            if (withServices) {
                replicas.save(layout);
            }
            bringUp(List.of(postgres), startedNow, out);
            bringUp(infrastructure.subList(1, infrastructure.size()), startedNow, out);
            if (withServices) {
                bringUp(services, startedNow, out);
                DemoTenants.seed(layout, out);
                DemoProfiles.seed(layout, out);
                if (demoData) {
                    DemoJobs.seed(layout, out);
                    DemoHistory.seed(layout, out);
                    DemoRfqs.seed(layout, out);
                }
            }
        } catch (StackFailure failure) {
            out.println("Stopping what this run started: " + names(startedNow));
            stopAll(startedNow);
            throw failure;
        } catch (Exception e) {
            stopAll(startedNow);
            throw new StackFailure("Could not prepare the stack: " + e.getMessage(), e);
        }
    }

    /**
     * Before anything starts: every port of a component that is not running must be free. Otherwise the new
     * server would fail to bind while a stranger on its port answers our probes.
     */
    private static void requirePortsFree(List<Component> components) throws StackFailure {
        List<String> taken = new ArrayList<>();
        for (Component component : components) {
            if (component.running().isPresent()) {
                continue;
            }
            for (int port : component.ports()) {
                if (!PortOwners.isFree(port)) {
                    taken.add("port " + port + " (" + component.name() + ") is taken by " + PortOwners.describe(port));
                }
            }
        }
        if (!taken.isEmpty()) {
            throw new StackFailure(String.join("\n", taken) + "\nStop that process, or run this stack on other"
                    + " ports (ROUTECARD_INFRA_PORT_BASE, ROUTECARD_SERVICES_PORT_BASE). Nothing was started.", null);
        }
    }

    /** Prepares and starts every component not already running, then waits for all of them to be ready. */
    private void bringUp(List<Component> group, List<Component> startedNow, PrintStream out) throws StackFailure {
        ExecutorService pool = Executors.newFixedThreadPool(group.size());
        try {
            List<Future<String>> results = new ArrayList<>();
            for (Component component : group) {
                results.add(pool.submit(bringUpOne(component, startedNow)));
            }
            List<String> failures = new ArrayList<>();
            for (int i = 0; i < group.size(); i++) {
                try {
                    out.println(results.get(i).get());
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(e.getCause().getMessage());
                }
            }
            if (!failures.isEmpty()) {
                throw new StackFailure(String.join("\n\n", failures), null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackFailure("Interrupted while starting the stack", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private Callable<String> bringUpOne(Component component, List<Component> startedNow) {
        return () -> {
            long begin = System.nanoTime();
            String how;
            if (component.running().isPresent()) {
                how = "already running";
            } else {
                try {
                    component.prepare();
                    component.start();
                } catch (Exception e) {
                    throw new IllegalStateException(component.name() + " could not start: " + e.getMessage(), e);
                }
                synchronized (startedNow) {
                    startedNow.add(component);
                }
                how = "started";
            }
            awaitReady(component);
            component.afterReady();
            double seconds = (System.nanoTime() - begin) / 1e9;
            return String.format(Locale.ROOT, "  %-22s %s, ready in %.1f s", component.name(), how, seconds);
        };
    }

    private static void awaitReady(Component component) {
        long deadline = System.nanoTime() + component.startTimeout().toNanos();
        while (!(component.ready() && listensItself(component))) {
            if (component.running().isEmpty()) {
                throw new IllegalStateException(component.name() + " exited before it was ready. Last lines of "
                        + component.process.logFile() + ":\n" + component.process.logTail(25));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(component.name() + " was not ready within "
                        + component.startTimeout().toSeconds() + " s. Last lines of "
                        + component.process.logFile() + ":\n" + component.process.logTail(25));
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    /**
     * Whether the ports answer from our process (or one of its children, as PostgreSQL's postmaster is). Where the
     * owner cannot be seen, the free-port check before the start stands in for this.
     */
    private static boolean listensItself(Component component) {
        Optional<ProcessHandle> ours = component.running();
        if (ours.isEmpty()) {
            return false;
        }
        java.util.Set<Long> family = new java.util.HashSet<>();
        family.add(ours.get().pid());
        ours.get().descendants().forEach(child -> family.add(child.pid()));
        for (int port : component.ports()) {
            Optional<Long> listener = PortOwners.listener(port);
            if (listener.isPresent() && !family.contains(listener.get())) {
                throw new IllegalStateException(component.name() + " answers on port " + port + ", but from "
                        + PortOwners.describe(port) + ", not from the process this stack started");
            }
        }
        return true;
    }

    /** Stops services first, then the servers in reverse start order; returns the names it stopped. */
    public List<String> down(PrintStream out) {
        List<Component> all = new ArrayList<>(infrastructure);
        all.addAll(services);
        List<String> stopped = new ArrayList<>();
        List<Component> reversed = new ArrayList<>(all);
        java.util.Collections.reverse(reversed);
        // Services stop in parallel (they do not depend on each other); servers one by one, PostgreSQL last.
        stopped.addAll(stopAll(services));
        for (Component component : reversed) {
            if (!services.contains(component) && component.running().isPresent()) {
                component.stop();
                stopped.add(component.name());
            }
        }
        Watchdog.stopWatchdog(layout);
        out.println(stopped.isEmpty() ? "Nothing was running." : "Stopped: " + String.join(", ", stopped));
        return stopped;
    }

    private static List<String> stopAll(List<Component> components) {
        List<Component> running = components.stream().filter(c -> c.running().isPresent()).toList();
        running.parallelStream().forEach(Component::stop);
        return running.stream().map(Component::name).toList();
    }

    /** The PID of a running component (e.g. "marketplace-service-2"), if it runs. */
    public Optional<Long> pid(String name) {
        return component(name).running().map(ProcessHandle::pid);
    }

    /**
     * Kills one component by name with SIGKILL, as a crash would (no shutdown hook, no clean close), together with
     * its child processes, and waits until it is gone; answers the PID it killed. Only a process of this stack.
     */
    public long kill(String name) {
        Component component = component(name);
        ProcessHandle process = component.running()
                .orElseThrow(() -> new IllegalStateException(name + " is not running"));
        List<ProcessHandle> family = new ArrayList<>(process.descendants().toList());
        family.add(process);
        family.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle member : family) {
            member.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
        }
        return process.pid();
    }

    /** Starts one component that is not running and waits until it is ready. */
    public void start(String name, PrintStream out) throws StackFailure {
        bringUp(List.of(component(name)), new ArrayList<>(), out);
    }

    private Component component(String name) {
        List<Component> all = new ArrayList<>(infrastructure);
        all.addAll(services);
        return all.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No component " + name));
    }

    /** Stops one component by name (e.g. "kafka"), to test how the rest copes; {@code up} starts it again. */
    public void stop(String name) {
        List<Component> all = new ArrayList<>(infrastructure);
        all.addAll(services);
        Component component = all.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No component " + name));
        component.stop();
    }

    /** One process of the stack as {@code status} shows it; {@code ready} is probed only when it runs. */
    public record ComponentStatus(String name, Optional<Long> pid, int port, long memoryKib, boolean ready,
                                  String endpoint) {
    }

    public List<ComponentStatus> status() {
        List<Component> all = new ArrayList<>(infrastructure);
        all.addAll(services);
        List<ComponentStatus> statuses = new ArrayList<>();
        for (Component component : all) {
            Optional<ProcessHandle> handle = component.running();
            statuses.add(new ComponentStatus(component.name(), handle.map(ProcessHandle::pid),
                    component.ports().get(0), handle.map(ManagedProcess::memoryKib).orElse(0L),
                    handle.isPresent() && readyQuietly(component), component.endpoint()));
        }
        return statuses;
    }

    private static boolean readyQuietly(Component component) {
        try {
            return component.ready();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * For stacks that hold nothing worth keeping (the test stacks): when stopped and its realm file changed since
     * its Keycloak imported it, start over from an empty state directory.
     */
    public void resetIfRealmChanged(PrintStream out) throws java.io.IOException {
        if (livePids().isEmpty() && KeycloakServer.realmChangedSinceImport(layout)) {
            out.println("The realm file changed: starting " + layout.home() + " afresh");
            Distributions.deleteTree(layout.home());
        }
    }

    /** PIDs of every process of this stack that is alive now (servers, services and their children). */
    public List<Long> livePids() {
        List<Long> pids = new ArrayList<>();
        List<Component> all = new ArrayList<>(infrastructure);
        all.addAll(services);
        for (Component component : all) {
            component.running().ifPresent(handle -> {
                pids.add(handle.pid());
                handle.descendants().forEach(child -> pids.add(child.pid()));
            });
        }
        return pids;
    }

    private static String names(List<Component> components) {
        return components.isEmpty() ? "nothing" : String.join(", ", components.stream().map(Component::name).toList());
    }

    static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }
}
