package app.routecard.portal.quotes;

import app.routecard.portal.web.FormRows;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A quote as typed into the quote form: the header fields and the lines, each line keeping what was typed and
 * the messages job-service gave for its fields ({@code lines[2].unitPrice} lands next to the third line's price).
 * Rows left entirely blank are not lines. Plain Java.
 */
public record QuoteForm(Map<String, String> header, List<FormRows.Row> lines) {

    static final List<String> HEADER_FIELDS = List.of("customerName", "customerContact", "customerEmail", "currency",
            "validUntil", "note");
    static final List<String> LINE_FIELDS = List.of("partNumber", "revision", "description", "quantity", "material",
            "unitPrice", "leadTimeDays");
    /** Rows the form offers besides the lines typed so far. */
    static final int BLANK_ROWS = 2;
    private static final String WRONG_FORMAT = "has the wrong type or format";

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
        return new QuoteForm(typed, FormRows.posted(columns, LINE_FIELDS));
    }

    /** The JSON body job-service takes: blanks are left out (its defaults apply), numbers go on as typed. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        HEADER_FIELDS.forEach(field -> body.put(field, blankToNull(value(field))));
        body.put("customerName", value("customerName"));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FormRows.Row line : lines) {
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
        return new QuoteForm(header, FormRows.withErrors(lines, fieldMessages, QuoteForm::inWords));
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
        return FormRows.outsideRows(fieldMessages);
    }

    /** The rows to show: the lines typed, then a few blank ones to type more into. */
    public QuoteForm withBlankRows() {
        return new QuoteForm(header, FormRows.withBlanks(lines, lines.isEmpty() ? BLANK_ROWS + 1 : BLANK_ROWS));
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
        List<FormRows.Row> lines = new ArrayList<>();
        for (QuoteViews.Line line : quote.lineList()) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("partNumber", nullToEmpty(line.partNumber()));
            values.put("revision", nullToEmpty(line.revision()));
            values.put("description", nullToEmpty(line.description()));
            values.put("quantity", String.valueOf(line.quantity()));
            values.put("material", nullToEmpty(line.material()));
            values.put("unitPrice", line.unitPrice() == null ? "" : line.unitPrice().toPlainString());
            values.put("leadTimeDays", String.valueOf(line.leadTimeDays()));
            lines.add(new FormRows.Row(values, Map.of()));
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
