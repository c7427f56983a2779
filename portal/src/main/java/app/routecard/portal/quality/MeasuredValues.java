package app.routecard.portal.quality;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The measured values an inspector types into one field ("10.02 10.01, 9.98"), read before job-service is asked,
 * so that a typo is named by its value instead of by its position in a list. Plain Java.
 */
public final class MeasuredValues {

    /** At most as many values as job-service keeps for one inspection. */
    static final int MAX_VALUES = 500;

    /** The values read, or why the text cannot be read (then {@code values} is empty). */
    public record Parsed(List<BigDecimal> values, String problem) {
        public boolean valid() {
            return problem == null;
        }
    }

    private MeasuredValues() {
    }

    public static Parsed parse(String text) {
        if (text == null || text.isBlank()) {
            return new Parsed(List.of(), null);
        }
        String[] parts = text.trim().split("[\\s,;]+");
        if (parts.length > MAX_VALUES) {
            return new Parsed(List.of(), "at most " + MAX_VALUES + " values per inspection");
        }
        List<BigDecimal> values = new ArrayList<>();
        for (String part : parts) {
            try {
                BigDecimal value = new BigDecimal(part);
                if (value.abs().compareTo(BigDecimal.valueOf(1_000_000_000)) > 0) {
                    return new Parsed(List.of(), "\"" + part + "\" is out of range");
                }
                values.add(value);
            } catch (NumberFormatException notANumber) {
                return new Parsed(List.of(), "\"" + abbreviate(part) + "\" is not a number (use a point for"
                        + " decimals, spaces or commas between values)");
            }
        }
        return new Parsed(List.copyOf(values), null);
    }

    private static String abbreviate(String part) {
        return part.length() > 20 ? part.substring(0, 20) + "…" : part;
    }
}
