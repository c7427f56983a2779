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
        List<String> options = List.of(args).subList(Math.min(1, args.length), args.length);
        Optional<String> wrong = unknownOption(command, options);
        if (wrong.isPresent()) {
            err.println(wrong.get());
            err.println("Run ./routecard help for the commands and their options.");
            return 2;
        }
        switch (command) {
            case "up" -> {
                long begin = System.nanoTime();
                out.println("Starting Routecard in " + layout.home());
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
                          down                stop everything 'up' started
                          status              what runs where, with PIDs and memory
                          env <service>       the environment a service runs with against this stack
                          rebuild-scorecards  rebuild every scorecard from the topics and compare it with the live one""");
                return "help".equals(command) ? 0 : 2;
            }
        }
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
        out.printf(Locale.ROOT, "%-22s %-9s %8s %9s  %s%n", "COMPONENT", "STATE", "PID", "MEM (MB)", "ENDPOINT");
        for (DevStack.ComponentStatus status : stack.status()) {
            totalKib += status.memoryKib();
            out.printf(Locale.ROOT, "%-22s %-9s %8s %9s  %s%n", status.name(),
                    status.pid().isPresent() ? "running" : "stopped",
                    status.pid().map(String::valueOf).orElse("-"),
                    status.pid().isPresent() && status.memoryKib() > 0 ? String.valueOf(status.memoryKib() / 1024)
                            : "-",
                    status.endpoint());
        }
        out.printf(Locale.ROOT, "%-22s %-9s %8s %9d  (proportional set size, children included)%n", "total", "", "",
                totalKib / 1024);
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
