package app.routecard.devstack;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One process of a stack: a real server or a Routecard service. */
abstract class Component {

    protected final StackLayout stack;
    protected final ManagedProcess process;

    Component(StackLayout stack, String name) {
        this.stack = stack;
        this.process = new ManagedProcess(stack, name);
    }

    String name() {
        return process.name();
    }

    Optional<ProcessHandle> running() {
        return process.running();
    }

    /** One-time work before the first start (unpack, initialise storage); must be idempotent. */
    void prepare() throws Exception {
    }

    /** Launches the process and returns at once; readiness is polled through {@link #ready()}. */
    abstract void start() throws Exception;

    abstract boolean ready();

    /** Work once ready, every time {@code up} runs (e.g. make sure databases exist); must be idempotent. */
    void afterReady() throws Exception {
    }

    Duration startTimeout() {
        return Duration.ofSeconds(120);
    }

    void stop() {
        process.stop("TERM", Duration.ofSeconds(30));
    }

    /** The ports it listens on: all must be free before it starts, and be its own once it is ready. */
    abstract List<Integer> ports();

    /** Where a person or a client reaches it, for the status table. */
    abstract String endpoint();

    /** Every JVM we start carries this as its first argument: it is the PID file's marker. */
    protected String javaMarker() {
        return "-Droutecard.process=" + stack.home().resolve(name());
    }

    protected List<String> java(List<String> jvmOptions, List<String> mainAndArgs) {
        List<String> command = new java.util.ArrayList<>();
        command.add(Jvm.javaExecutable());
        command.add(javaMarker());
        command.addAll(jvmOptions);
        command.addAll(mainAndArgs);
        return command;
    }

    protected void launch(List<String> command, Map<String, String> env, String marker) {
        process.start(command, env, stack.dataDir(name()), marker);
    }
}
