package app.routecard.devstack;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * How many instances of each service a stack runs (one unless told otherwise). From {@code --replicas
 * marketplace-service=3,job-service=2} or a settings file ({@code replicas.marketplace-service=3}); what {@code up}
 * started is kept in the stack's home, so {@code status} and {@code down} know every instance.
 */
public record Replicas(Map<Service, Integer> counts) {

    /** Replica ports are {@code servicesBase + 100 + 10 × offset + n}: room for nine per service. */
    public static final int MAX = 9;
    static final String FILE = "replicas.properties";

    public Replicas {
        counts = Map.copyOf(counts);
    }

    public static Replicas single() {
        return new Replicas(Map.of());
    }

    public int of(Service service) {
        return counts.getOrDefault(service, 1);
    }

    public boolean replicated(Service service) {
        return of(service) > 1;
    }

    /** These counts with {@code more} on top (what the command line says wins over a settings file). */
    public Replicas with(Replicas more) {
        Map<Service, Integer> merged = new EnumMap<>(Service.class);
        merged.putAll(counts);
        merged.putAll(more.counts);
        return new Replicas(merged);
    }

    /**
     * Reads {@code service=count,service=count}. Every mistake is an {@link IllegalArgumentException} that names the
     * value: an unknown service, a count that is not a whole number from 1 to 9, a service named twice.
     */
    public static Replicas parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("--replicas needs service=count pairs, e.g. marketplace-service=3");
        }
        Map<Service, Integer> counts = new EnumMap<>(Service.class);
        for (String pair : spec.split(",")) {
            String[] parts = pair.trim().split("=", -1);
            if (parts.length != 2 || parts[0].isBlank()) {
                throw new IllegalArgumentException("'" + pair.trim() + "' is not service=count (e.g."
                        + " marketplace-service=3)");
            }
            Service service = service(parts[0].trim());
            if (counts.put(service, count(service, parts[1].trim())) != null) {
                throw new IllegalArgumentException(service.module() + " is named twice in '" + spec + "'");
            }
        }
        return new Replicas(counts);
    }

    /** Reads {@code replicas.<service>=<count>} lines of a settings file; other keys are refused by name. */
    public static Replicas fromSettings(Path file) throws IOException {
        Properties settings = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            settings.load(in);
        }
        Map<Service, Integer> counts = new EnumMap<>(Service.class);
        for (String key : new TreeMap<>(settings).keySet().stream().map(Object::toString).toList()) {
            if (!key.startsWith("replicas.")) {
                throw new IllegalArgumentException(file + ": unknown setting '" + key + "' (known: replicas.<service>)");
            }
            Service service = service(key.substring("replicas.".length()));
            counts.put(service, count(service, settings.getProperty(key).trim()));
        }
        return new Replicas(counts);
    }

    private static Service service(String name) {
        for (Service service : Service.values()) {
            if (service.module().equals(name)) {
                return service;
            }
        }
        throw new IllegalArgumentException("unknown service '" + name + "' (known: "
                + String.join(", ", java.util.Arrays.stream(Service.values()).map(Service::module).toList()) + ")");
    }

    private static int count(Service service, String value) {
        int count;
        try {
            count = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(service.module() + "=" + value + ": the count must be a whole number"
                    + " from 1 to " + MAX);
        }
        if (count < 1 || count > MAX) {
            throw new IllegalArgumentException(service.module() + "=" + value + ": the count must be from 1 to "
                    + MAX);
        }
        return count;
    }

    /** What a stack's last {@code up} started, or one of each. */
    public static Replicas of(StackLayout stack) {
        Path file = stack.home().resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return single();
        }
        try {
            return fromSettings(file);
        } catch (IOException | IllegalArgumentException e) {
            return single();
        }
    }

    void save(StackLayout stack) throws IOException {
        Properties settings = new Properties();
        counts.forEach((service, count) -> settings.setProperty("replicas." + service.module(), count.toString()));
        Files.createDirectories(stack.home());
        try (Writer out = Files.newBufferedWriter(stack.home().resolve(FILE), StandardCharsets.UTF_8)) {
            settings.store(out, "what ./routecard up started");
        }
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Service service : Service.values()) {
            if (replicated(service)) {
                text.append(text.length() == 0 ? "" : ",").append(service.module()).append('=').append(of(service));
            }
        }
        return text.length() == 0 ? "one of each" : text.toString();
    }
}
