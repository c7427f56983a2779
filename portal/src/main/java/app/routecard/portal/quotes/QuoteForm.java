package app.routecard.portal.quotes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quote as typed into the quote form: the header fields and the lines, each line keeping what was typed and
 * the messages job-service gave for its fields ({@code lines[2].unitPrice} lands next to the third line's price).
 * Rows left entirely blank are not lines. Plain Java.
 */
public record QuoteForm(Map<String, String> header, List<Line> lines) {

    static final List<String> HEADER_FIELDS = List.of("customerName", "customerContact", "customerEmail", "currency",
            "validUntil", "note");
    static final List<String> LINE_FIELDS = List.of("partNumber", "revision", "description", "quantity", "material",
            "unitPrice", "leadTimeDays");
    /** Rows the form offers besides the lines typed so far. */
    static final int BLANK_ROWS = 2;
    private static final String WRONG_FORMAT = "has the wrong type or format";
    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.(\\w+)");

    /** One row of the lines table: each field as typed, and the messages for its fields. */
    public record Line(Map<String, String> values, Map<String, String> errors) {
        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        public boolean invalid(String field) {
            return errors.containsKey(field);
        }

        public String error(String field) {
            return errors.getOrDefault(field, "");
        }

        boolean blank() {
            return values.values().stream().allMatch(value -> value == null || value.isBlank());
        }

        static Line empty() {
            return new Line(Map.of(), Map.of());
        }
    }

    public String value(String field) {
        return header.getOrDefault(field, "");
    }

    /** A new quote's form: nothing typed, a few empty rows. */
    public static QuoteForm empty() {
        return new QuoteForm(Map.of(), List.of()).withBlankRows();
    }

    /**
     * The form as posted: the header, and one line per row that has anything typed in it. {@code columns} holds
     * each line field's values in row order (a browser posts every row's inputs, blank or not).
     */
    public static QuoteForm posted(Map<String, String> header, Map<String, List<String>> columns) {
        Map<String, String> typed = new LinkedHashMap<>();
        HEADER_FIELDS.forEach(field -> typed.put(field, trim(header.get(field))));
        int rows = columns.values().stream().mapToInt(values -> values == null ? 0 : values.size()).max().orElse(0);
        List<Line> lines = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String field : LINE_FIELDS) {
                List<String> column = columns.get(field);
                values.put(field, column == null || row >= column.size() ? "" : trim(column.get(row)));
            }
            Line line = new Line(values, Map.of());
            if (!line.blank()) {
                lines.add(line);
            }
        }
        return new QuoteForm(typed, List.copyOf(lines));
    }

    /** The JSON body job-service takes: blanks are left out (its defaults apply), numbers go on as typed. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        HEADER_FIELDS.forEach(field -> body.put(field, blankToNull(value(field))));
        body.put("customerName", value("customerName"));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Line line : lines) {
            Map<String, Object> row = new LinkedHashMap<>();
            LINE_FIELDS.forEach(field -> row.put(field, blankToNull(line.value(field))));
            row.put("partNumber", line.value("partNumber"));
            row.put("revision", line.value("revision"));
            rows.add(row);
        }
        body.put("lines", rows);
        return body;
    }

    /** The same form with job-service's messages put next to the lines' fields they name. */
    public QuoteForm withLineErrors(Map<String, String> fieldMessages) {
        List<Map<String, String>> errors = new ArrayList<>();
        lines.forEach(line -> errors.add(new LinkedHashMap<>()));
        fieldMessages.forEach((field, message) -> {
            Matcher matcher = LINE_FIELD.matcher(field);
            if (matcher.matches()) {
                int row = Integer.parseInt(matcher.group(1));
                if (row < errors.size()) {
                    errors.get(row).put(matcher.group(2), inWords(matcher.group(2), message));
                }
            }
        });
        List<Line> marked = new ArrayList<>();
        for (int row = 0; row < lines.size(); row++) {
            marked.add(new Line(lines.get(row).values(), Map.copyOf(errors.get(row))));
        }
        return new QuoteForm(header, List.copyOf(marked));
    }

    /** job-service's "has the wrong type or format" for a number typed the way people type it, said helpfully. */
    private static String inWords(String field, String message) {
        if (!WRONG_FORMAT.equals(message)) {
            return message;
        }
        return switch (field) {
            case "unitPrice" -> "a number such as 18.75 (a point for decimals, no thousands separator)";
            case "quantity", "leadTimeDays" -> "a whole number";
            default -> message;
        };
    }

    /** The messages that belong to no single line's field (the header's, and "lines" itself). */
    public static Map<String, String> headerErrors(Map<String, String> fieldMessages) {
        Map<String, String> header = new LinkedHashMap<>();
        fieldMessages.forEach((field, message) -> {
            if (!LINE_FIELD.matcher(field).matches()) {
                header.put(field, message);
            }
        });
        return header;
    }

    /** The rows to show: the lines typed, then a few blank ones to type more into. */
    public QuoteForm withBlankRows() {
        List<Line> rows = new ArrayList<>(lines);
        int blanks = lines.isEmpty() ? BLANK_ROWS + 1 : BLANK_ROWS;
        for (int i = 0; i < blanks; i++) {
            rows.add(Line.empty());
        }
        return new QuoteForm(header, List.copyOf(rows));
    }

    /** A draft quote's form, to change it. */
    static QuoteForm of(QuoteViews.Quote quote) {
        Map<String, String> header = new LinkedHashMap<>();
        header.put("customerName", nullToEmpty(quote.customerName()));
        header.put("customerContact", nullToEmpty(quote.customerContact()));
        header.put("customerEmail", nullToEmpty(quote.customerEmail()));
        header.put("currency", nullToEmpty(quote.currency()));
        header.put("validUntil", quote.validUntil() == null ? "" : quote.validUntil().toString());
        header.put("note", nullToEmpty(quote.note()));
        List<Line> lines = new ArrayList<>();
        for (QuoteViews.Line line : quote.lineList()) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("partNumber", nullToEmpty(line.partNumber()));
            values.put("revision", nullToEmpty(line.revision()));
            values.put("description", nullToEmpty(line.description()));
            values.put("quantity", String.valueOf(line.quantity()));
            values.put("material", nullToEmpty(line.material()));
            values.put("unitPrice", line.unitPrice() == null ? "" : line.unitPrice().toPlainString());
            values.put("leadTimeDays", String.valueOf(line.leadTimeDays()));
            lines.add(new Line(values, Map.of()));
        }
        return new QuoteForm(header, List.copyOf(lines));
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
