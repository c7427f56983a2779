package app.routecard.devstack;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The command line behind ./routecard: up, down, status, env, rebuild-scorecards. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "help" : args[0];
        String rootProperty = System.getProperty("routecard.root");
        Path root = rootProperty != null ? Path.of(rootProperty) : StackLayout.findRoot(Path.of(""));
        StackLayout layout;
        try {
            layout = StackLayout.fromEnvironment(root, env);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        DevStack stack = new DevStack(layout);
        List<String> options = new java.util.ArrayList<>(List.of(args).subList(Math.min(1, args.length), args.length));
        Replicas asked;
        try {
            asked = "up".equals(command) ? replicasAsked(options, root) : null;
        } catch (IllegalArgumentException | java.io.IOException e) {
            err.println(e.getMessage());
            err.println("Nothing was started.");
            return 2;
        }
        Optional<String> wrong = unknownOption(command, options);
        if (wrong.isPresent()) {
            err.println(wrong.get());
            err.println("Run ./routecard help for the commands and their options.");
            return 2;
        }
        switch (command) {
            case "up" -> {
                long begin = System.nanoTime();
                if (stack.servicesRunning() && asked != null && !asked.equals(stack.replicas())) {
                    err.println("This stack runs " + stack.replicas() + "; to run " + asked + ", ./routecard down"
                            + " first. Nothing was started.");
                    return 2;
                }
                if (asked != null) {
                    stack = new DevStack(layout, asked);
                } else if (!stack.servicesRunning()) {
                    stack = new DevStack(layout, Replicas.single());
                }
                out.println("Starting Routecard in " + layout.home()
                        + (stack.replicas().counts().isEmpty() ? "" : " with " + stack.replicas()));
                try {
                    stack.up(!options.contains("--no-services"), out);
                } catch (DevStack.StackFailure failure) {
                    err.println();
                    err.println("Routecard did not come up:");
                    err.println(failure.getMessage());
                    return 1;
                }
                out.printf(Locale.ROOT, "%nRoutecard is up (%.1f s).%n%n", DevStack.since(begin).toMillis() / 1000.0);
                printStatus(stack, out);
                printLogins(layout, out);
                return 0;
            }
            case "down" -> {
                stack.down(out);
                return 0;
            }
            case "status" -> {
                printStatus(stack, out);
                return 0;
            }
            case "rebuild-scorecards" -> {
                try {
                    return ScorecardRebuildCommand.run(layout, out, err);
                } catch (java.io.IOException e) {
                    err.println("The rebuild failed: " + e.getMessage());
                    return 1;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return 1;
                }
            }
            case "env" -> {
                if (options.isEmpty()) {
                    err.println("usage: routecard env <service>   (prints the environment the service runs with)");
                    return 2;
                }
                ServiceSettings.environment(layout, Service.byModule(options.get(0)))
                        .forEach((key, value) -> out.println("export " + key + "='" + value + "'"));
                return 0;
            }
            default -> {
                out.println("""
                        usage: ./routecard <command>
                          up [--no-services]  build what is missing, start the stack and the services, wait until ready
                             [--replicas marketplace-service=3,job-service=2] [--settings FILE]
                                              several instances of a service, on ports of their own behind a balancer
                                              on the service's port (FILE: lines replicas.<service>=<n>)
                          down                stop everything 'up' started
                          status              what runs where, with PIDs and memory
                          env <service>       the environment a service runs with against this stack
                          rebuild-scorecards  rebuild every scorecard from the topics and compare it with the live one""");
                return "help".equals(command) ? 0 : 2;
            }
        }
    }

    /**
     * The replicas {@code up} is asked for: a settings file's ({@code --settings FILE}), then {@code --replicas}
     * on top; null when neither is given. Takes those options (and their values) out of {@code options}.
     */
    static Replicas replicasAsked(List<String> options, Path root) throws java.io.IOException {
        Replicas asked = null;
        String spec = take(options, "--replicas");
        String settings = take(options, "--settings");
        if (settings != null) {
            Path file = root.resolve(settings);
            if (!java.nio.file.Files.isRegularFile(file)) {
                throw new IllegalArgumentException("--settings " + settings + ": no such file");
            }
            asked = Replicas.fromSettings(file);
        }
        if (spec != null) {
            Replicas fromCommandLine = Replicas.parse(spec);
            asked = asked == null ? fromCommandLine : asked.with(fromCommandLine);
        }
        return asked;
    }

    /** Removes {@code --name value} or {@code --name=value} from the options; answers the value, or null. */
    private static String take(List<String> options, String name) {
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            if (option.startsWith(name + "=")) {
                options.remove(i);
                return option.substring(name.length() + 1);
            }
            if (option.equals(name)) {
                if (i + 1 >= options.size()) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                String value = options.get(i + 1);
                options.remove(i + 1);
                options.remove(i);
                return value;
            }
        }
        return null;
    }

    /** What is wrong with the options of a command, if anything: unknown flags are an error, never ignored. */
    static Optional<String> unknownOption(String command, List<String> options) {
        Set<String> allowed = switch (command) {
            case "up" -> Set.of("--no-services", "--build");
            case "env" -> Set.of();
            default -> Set.of();
        };
        for (String option : options) {
            if ("env".equals(command) && !option.startsWith("-") && options.size() == 1) {
                continue;
            }
            if (!allowed.contains(option)) {
                return Optional.of("Unknown option for '" + command + "': " + option);
            }
        }
        return Optional.empty();
    }

    static void printStatus(DevStack stack, PrintStream out) {
        long totalKib = 0;
        out.printf(Locale.ROOT, "%-30s %-9s %8s %6s %9s  %s%n", "COMPONENT", "STATE", "PID", "PORT", "MEM (MB)",
                "ENDPOINT");
        for (DevStack.ComponentStatus status : stack.status()) {
            totalKib += status.memoryKib();
            out.printf(Locale.ROOT, "%-30s %-9s %8s %6d %9s  %s%n", status.name(),
                    status.pid().isEmpty() ? "stopped" : status.ready() ? "ready" : "starting",
                    status.pid().map(String::valueOf).orElse("-"), status.port(),
                    status.pid().isPresent() && status.memoryKib() > 0 ? String.valueOf(status.memoryKib() / 1024)
                            : "-",
                    status.endpoint());
        }
        out.printf(Locale.ROOT, "%-30s %-9s %8s %6s %9d  (proportional set size, children included)%n", "total", "",
                "", "", totalKib / 1024);
    }

    private static void printLogins(StackLayout layout, PrintStream out) {
        out.println();
        out.println("Portal:   " + layout.serviceUrl(Service.PORTAL) + "/");
        out.println("Keycloak: " + layout.keycloakUrl() + "/admin  (" + DevCredentials.KEYCLOAK_ADMIN + " / "
                + DevCredentials.KEYCLOAK_ADMIN_PASSWORD + ")");
        out.println();
        out.println("Demo logins (password '" + DevCredentials.DEMO_PASSWORD + "' for all):");
        for (DemoUsers.DemoUser user : DemoUsers.ALL) {
            out.printf(Locale.ROOT, "  %-28s %-11s %s%n", user.username(), user.role(), user.organization());
        }
        out.println();
        out.println("Logs: " + layout.logsDir() + "    Stop: ./routecard down");
    }
}
