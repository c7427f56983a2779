package app.routecard.devstack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One long-running server process started detached (its own session, output to a log file) and remembered by a
 * PID file. The PID file also records a marker that must appear in the process's command line, so a recycled PID
 * is never mistaken for our server and {@code down} never touches a process it did not start.
 */
public final class ManagedProcess {

    private static final boolean HAS_SETSID = new File("/usr/bin/setsid").canExecute()
            || new File("/bin/setsid").canExecute();

    private final String name;
    private final Path pidFile;
    private final Path logFile;

    public ManagedProcess(StackLayout stack, String name) {
        this.name = name;
        this.pidFile = stack.runDir().resolve(name + ".pid");
        this.logFile = stack.logsDir().resolve(name + ".log");
    }

    public String name() {
        return name;
    }

    public Path logFile() {
        return logFile;
    }

    /** The running process this PID file names, if it is still alive and still ours. */
    public Optional<ProcessHandle> running() {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            if (lines.size() < 2) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).trim());
            String marker = lines.get(1);
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(handle -> Processes.commandLine(handle).map(cmd -> cmd.contains(marker)).orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Starts the command detached from the caller: it survives the launcher's exit and a Ctrl-C in its terminal.
     * {@code marker} must be a string of the command line that identifies this server (e.g. its data directory).
     */
    public ProcessHandle start(List<String> command, Map<String, String> environment, Path workDir, String marker) {
        if (command.stream().noneMatch(arg -> arg.contains(marker))) {
            throw new IllegalArgumentException("marker '" + marker + "' is not part of the command of " + name);
        }
        try {
            Files.createDirectories(pidFile.getParent());
            Files.createDirectories(logFile.getParent());
            Files.createDirectories(workDir);
            List<String> full = new ArrayList<>();
            if (HAS_SETSID) {
                full.add("setsid");
            }
            full.addAll(command);
            ProcessBuilder builder = new ProcessBuilder(full)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.appendTo(logFile.toFile()))
                    .redirectInput(Redirect.from(new File("/dev/null")));
            builder.environment().putAll(environment);
            Process process = builder.start();
            writePidFile(process.pid(), marker);
            return process.toHandle();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Written beside the final name and moved over it in one step, so a reader (a concurrent {@code status}, a
     * crash mid-write) sees the old file or the whole new one, never half of one.
     */
    private void writePidFile(long pid, String marker) throws IOException {
        Path partial = pidFile.resolveSibling(pidFile.getFileName() + ".partial");
        Files.writeString(partial, pid + "\n" + marker + "\n", StandardCharsets.UTF_8);
        try {
            Files.move(partial, pidFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(partial, pidFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Asks the process to stop with {@code signal}, waits up to {@code grace}, then kills it. */
    public boolean stop(String signal, Duration grace) {
        Optional<ProcessHandle> handle = running();
        handle.ifPresent(process -> terminate(process, signal, grace));
        deletePidFile();
        return handle.isPresent();
    }

    static void terminate(ProcessHandle process, String signal, Duration grace) {
        List<ProcessHandle> descendants = process.descendants().toList();
        if ("TERM".equals(signal)) {
            process.destroy();
        } else {
            signal(process.pid(), signal);
        }
        if (!awaitExit(process, grace)) {
            process.destroyForcibly();
            awaitExit(process, Duration.ofSeconds(5));
        }
        for (ProcessHandle child : descendants) {
            if (child.isAlive() && !awaitExit(child, Duration.ofSeconds(5))) {
                child.destroyForcibly();
            }
        }
    }

    private static void signal(long pid, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                    .redirectErrorStream(true).redirectOutput(Redirect.DISCARD).start();
            kill.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private void deletePidFile() {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last lines of this process's log, to say why it failed. */
    public String logTail(int lines) {
        return Logs.tail(logFile, lines);
    }

    /**
     * Memory of the process and all its children (PostgreSQL forks one per connection), in KiB, as proportional
     * set size: shared pages are split between the processes sharing them, so totals add up honestly.
     */
    public static long memoryKib(ProcessHandle process) {
        long total = pssKib(process.pid());
        for (ProcessHandle child : process.descendants().toList()) {
            total += pssKib(child.pid());
        }
        return total;
    }

    /** PSS from /proc where there is one; resident size from {@code ps} elsewhere (macOS). */
    private static long pssKib(long pid) {
        long fromProc = procKib(pid);
        return fromProc > 0 ? fromProc : Processes.residentKib(pid).orElse(0L);
    }

    private static long procKib(long pid) {
        for (String source : new String[] {"smaps_rollup", "status"}) {
            Path file = Path.of("/proc", Long.toString(pid), source);
            try {
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("Pss:") || line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", ""));
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // try the next source
            }
        }
        return 0;
    }
}
