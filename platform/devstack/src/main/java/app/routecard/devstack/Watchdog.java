package app.routecard.devstack;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small process that stops a stack when the process it watches exits. The tests start the shared test stack
 * from inside Maven's test JVMs; the watchdog, watching the Maven build itself, makes sure the stack lives exactly
 * as long as the build, whether it passes, fails or is interrupted.
 */
public final class Watchdog {

    static final String NAME = "watchdog";

    private Watchdog() {
    }

    public static void main(String[] args) {
        if (args.length != 5) {
            System.err.println("usage: Watchdog <pid-to-watch> <root> <home> <infra-port-base> <services-port-base>");
            System.exit(2);
        }
        long watched = Long.parseLong(args[0]);
        StackLayout layout = new StackLayout(Path.of(args[1]), Path.of(args[2]),
                Ports.fromBases(Integer.parseInt(args[3]), Integer.parseInt(args[4])));
        ProcessHandle.of(watched).ifPresent(handle -> handle.onExit().join());
        System.out.println("Process " + watched + " ended; stopping the stack in " + layout.home());
        new DevStack(layout).down(System.out);
    }

    /** Starts a watchdog for the stack unless one is already running. */
    public static void watch(StackLayout layout, long pid, int infraBase, int servicesBase) {
        ManagedProcess watchdog = new ManagedProcess(layout, NAME);
        if (watchdog.running().isPresent()) {
            return;
        }
        String marker = "-Droutecard.process=" + layout.home().resolve(NAME);
        List<String> command = List.of(Jvm.javaExecutable(), marker, "-Xmx32m", "-XX:+UseSerialGC",
                "-cp", classpath(), Watchdog.class.getName(), Long.toString(pid), layout.root().toString(),
                layout.home().toString(), Integer.toString(infraBase), Integer.toString(servicesBase));
        watchdog.start(command, Map.of(), layout.home(), marker);
    }

    static void stopWatchdog(StackLayout layout) {
        ManagedProcess watchdog = new ManagedProcess(layout, NAME);
        watchdog.running()
                .filter(handle -> handle.pid() != ProcessHandle.current().pid())
                .ifPresent(handle -> watchdog.stop("TERM", Duration.ofSeconds(5)));
    }

    /** The launcher's own classes and libraries, wherever this JVM loaded them from. */
    private static String classpath() {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> type : List.of(Watchdog.class, org.postgresql.Driver.class,
                org.apache.commons.compress.archivers.tar.TarArchiveInputStream.class,
                org.tukaani.xz.XZInputStream.class)) {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source != null) {
                try {
                    entries.add(Path.of(source.getLocation().toURI()).toString());
                } catch (URISyntaxException | IllegalArgumentException e) {
                    throw new IllegalStateException("Cannot locate " + type.getName(), e);
                }
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /**
     * The process whose end should stop a test stack: the Maven JVM driving the build when there is one (tests
     * run in forked JVMs, one per module), else the current JVM's parent.
     */
    public static long buildProcess() {
        ProcessHandle current = ProcessHandle.current();
        for (ProcessHandle p = current.parent().orElse(null); p != null; p = p.parent().orElse(null)) {
            String commandLine = p.info().commandLine().orElse("");
            if (commandLine.contains("plexus-classworlds") || commandLine.contains("org.codehaus.plexus.classworlds")) {
                return p.pid();
            }
        }
        return current.parent().map(ProcessHandle::pid).orElse(current.pid());
    }
}
