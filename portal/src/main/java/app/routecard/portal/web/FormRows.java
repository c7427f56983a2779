package app.routecard.portal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of a form's table (an RFQ's lines): each row as typed, with the messages a service gave for its fields
 * ({@code lines[2].material} lands next to the third row's material). Rows left entirely blank are not rows.
 * Plain Java.
 */
public final class FormRows {

    private static final Pattern ROW_FIELD = Pattern.compile("lines\\[(\\d+)]\\.(\\w+)(?:[.\\[].*)?");

    private FormRows() {
    }

    /** One row: each field as typed, and the messages for its fields. */
    public record Row(Map<String, String> values, Map<String, String> errors) {
        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        public boolean invalid(String field) {
            return errors.containsKey(field);
        }

        public String error(String field) {
            return errors.getOrDefault(field, "");
        }

        public boolean blank() {
            return values.values().stream().allMatch(value -> value == null || value.isBlank());
        }

        public static Row empty() {
            return new Row(Map.of(), Map.of());
        }
    }

    /** The rows a browser posted: {@code columns} holds each field's values in row order, blank rows dropped. */
    public static List<Row> posted(Map<String, List<String>> columns, List<String> fields) {
        int rows = columns.values().stream().mapToInt(values -> values == null ? 0 : values.size()).max().orElse(0);
        List<Row> result = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String field : fields) {
                List<String> column = columns.get(field);
                values.put(field, column == null || row >= column.size() || column.get(row) == null ? ""
                        : column.get(row).trim());
            }
            Row line = new Row(values, Map.of());
            if (!line.blank()) {
                result.add(line);
            }
        }
        return List.copyOf(result);
    }

    /** The rows with the service's messages next to the fields they name; {@code inWords} may reword one. */
    public static List<Row> withErrors(List<Row> rows, Map<String, String> fieldMessages,
                                       BiFunction<String, String, String> inWords) {
        List<Map<String, String>> errors = new ArrayList<>();
        rows.forEach(row -> errors.add(new LinkedHashMap<>()));
        fieldMessages.forEach((field, message) -> {
            Matcher matcher = ROW_FIELD.matcher(field);
            if (matcher.matches() && Integer.parseInt(matcher.group(1)) < errors.size()) {
                errors.get(Integer.parseInt(matcher.group(1))).merge(matcher.group(2),
                        inWords.apply(matcher.group(2), message), (a, b) -> a + "; " + b);
            }
        });
        List<Row> marked = new ArrayList<>();
        for (int row = 0; row < rows.size(); row++) {
            marked.add(new Row(rows.get(row).values(), Map.copyOf(errors.get(row))));
        }
        return List.copyOf(marked);
    }

    /** The messages that belong to no single row's field. */
    public static Map<String, String> outsideRows(Map<String, String> fieldMessages) {
        Map<String, String> others = new LinkedHashMap<>();
        fieldMessages.forEach((field, message) -> {
            if (!ROW_FIELD.matcher(field).matches()) {
                others.put(field, message);
            }
        });
        return others;
    }

    /** The rows typed, then {@code blanks} empty ones to type more into. */
    public static List<Row> withBlanks(List<Row> rows, int blanks) {
        List<Row> result = new ArrayList<>(rows);
        for (int i = 0; i < blanks; i++) {
            result.add(Row.empty());
        }
        return List.copyOf(result);
    }
}
