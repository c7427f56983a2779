package app.routecard.portal.jobs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A route typed as one step per line, "name; work center; planned hours" (the last two optional), as a planner
 * writes it down: "Saw; SAW-1; 0.5". Plain Java.
 */
public final class RoutePlan {

    /** One planned step, as job-service takes it. */
    public record PlannedStep(String name, String workCenter, BigDecimal plannedHours) {
    }

    /** The steps, or the problems found, keyed "steps" with the line numbers in the message. */
    public record Parsed(List<PlannedStep> steps, String problem) {
        public boolean valid() {
            return problem == null;
        }

        public List<Map<String, Object>> asJson() {
            return steps.stream().map(step -> {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("name", step.name());
                if (step.workCenter() != null) {
                    json.put("workCenter", step.workCenter());
                }
                if (step.plannedHours() != null) {
                    json.put("plannedHours", step.plannedHours());
                }
                return json;
            }).toList();
        }
    }

    private RoutePlan() {
    }

    public static Parsed parse(String text) {
        List<PlannedStep> steps = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split(";", -1);
            String name = parts[0].trim();
            String workCenter = parts.length > 1 && !parts[1].isBlank() ? parts[1].trim() : null;
            BigDecimal hours = null;
            if (name.isEmpty()) {
                problems.add("line " + (i + 1) + " has no step name");
            }
            if (parts.length > 3) {
                problems.add("line " + (i + 1) + " has more than name; work center; hours");
            }
            if (parts.length > 2 && !parts[2].isBlank()) {
                try {
                    hours = new BigDecimal(parts[2].trim().replace(',', '.'));
                    if (hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(10_000)) > 0) {
                        problems.add("line " + (i + 1) + ": hours must be from 0 to 10000");
                    }
                } catch (NumberFormatException e) {
                    problems.add("line " + (i + 1) + ": '" + parts[2].trim() + "' is not a number of hours");
                }
            }
            steps.add(new PlannedStep(name, workCenter, hours));
        }
        if (steps.isEmpty() && problems.isEmpty()) {
            problems.add("write at least one step");
        }
        return new Parsed(steps, problems.isEmpty() ? null : String.join("; ", problems));
    }
}
