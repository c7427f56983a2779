package app.routecard.portal.rfqs;

import app.routecard.portal.web.FormRows;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An RFQ as typed into the RFQ form: the header (title, dates, destination, currency, certifications, notes) and
 * the lines, each keeping what was typed and the messages marketplace-service gave for it. Quantities are typed as
 * "50" or as breaks "50, 250, 1000"; the deadline is a day and time in UTC. Plain Java.
 */
public record RfqForm(Map<String, String> header, List<String> certifications, List<FormRows.Row> lines) {

    static final List<String> HEADER_FIELDS = List.of("title", "targetShipDate", "quoteDeadline", "shipToCountry",
            "shipToSubdivision", "currency", "notes");
    static final List<String> LINE_FIELDS = List.of("partNumber", "revision", "quantities", "process", "material",
            "finish", "lengthMm", "widthMm", "heightMm");
    static final int BLANK_ROWS = 2;

    /** What the form reads: marketplace-service's request, and what the form itself could not read. */
    public record Read(Map<String, Object> request, Map<String, String> problems) {
    }

    public static RfqForm empty() {
        return new RfqForm(Map.of("currency", "EUR"), List.of(), FormRows.withBlanks(List.of(), BLANK_ROWS + 1));
    }

    public static RfqForm posted(Map<String, String> header, List<String> certifications,
                                 Map<String, List<String>> columns) {
        Map<String, String> typed = new LinkedHashMap<>();
        HEADER_FIELDS.forEach(field -> typed.put(field, header.get(field) == null ? "" : header.get(field).trim()));
        return new RfqForm(typed, certifications == null ? List.of() : List.copyOf(certifications),
                FormRows.posted(columns, LINE_FIELDS));
    }

    public String value(String field) {
        return header.getOrDefault(field, "");
    }

    public boolean requires(String certification) {
        return certifications.contains(certification);
    }

    public Read read() {
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("title", value("title"));
        request.put("targetShipDate", blankToNull(value("targetShipDate")));
        String deadline = value("quoteDeadline");
        request.put("quoteDeadline", deadline.isEmpty() ? null
                : deadline.length() == 16 ? deadline + ":00Z" : deadline);
        Map<String, Object> shipTo = new LinkedHashMap<>();
        shipTo.put("country", value("shipToCountry").toUpperCase(Locale.ROOT));
        shipTo.put("subdivision", blankToNull(value("shipToSubdivision").toUpperCase(Locale.ROOT)));
        request.put("shipTo", shipTo);
        request.put("currency", value("currency").toUpperCase(Locale.ROOT));
        request.put("certifications", certifications);
        request.put("inviteOnly", false);
        request.put("invited", List.of());
        request.put("blocked", List.of());
        request.put("notes", blankToNull(value("notes")));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            FormRows.Row line = lines.get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("partNumber", line.value("partNumber"));
            row.put("revision", blankToNull(line.value("revision")));
            List<Integer> quantities = quantities(line.value("quantities"));
            if (quantities == null) {
                problems.put("lines[" + i + "].quantities", "whole numbers, breaks separated by commas: 50, 250");
            }
            row.put("quantities", quantities == null ? List.of() : quantities);
            row.put("process", blankToNull(line.value("process")));
            row.put("material", line.value("material"));
            row.put("finish", blankToNull(line.value("finish")));
            if (!(line.value("lengthMm") + line.value("widthMm") + line.value("heightMm")).isBlank()) {
                Map<String, Object> envelope = new LinkedHashMap<>();
                envelope.put("lengthMm", number(line.value("lengthMm")));
                envelope.put("widthMm", number(line.value("widthMm")));
                envelope.put("heightMm", number(line.value("heightMm")));
                row.put("envelope", envelope);
            }
            rows.add(row);
        }
        request.put("lines", rows);
        return new Read(request, problems);
    }

    /** The form again with the messages next to their fields, and blank rows to type more. */
    public RfqForm withErrors(Map<String, String> fieldMessages) {
        return new RfqForm(header, certifications, FormRows.withBlanks(FormRows.withErrors(lines, fieldMessages,
                (field, message) -> "envelope".equals(field) ? "sides in mm above 0" : message), BLANK_ROWS));
    }

    /** The messages for the header's fields, named as the form names them. */
    public static Map<String, String> headerErrors(Map<String, String> fieldMessages) {
        Map<String, String> header = new LinkedHashMap<>();
        FormRows.outsideRows(fieldMessages).forEach((field, message) -> header.merge(switch (field) {
            case "shipTo.country", "shipTo" -> "shipToCountry";
            case "shipTo.subdivision" -> "shipToSubdivision";
            default -> field;
        }, message, (a, b) -> a + "; " + b));
        return header;
    }

    static List<Integer> quantities(String typed) {
        List<Integer> quantities = new ArrayList<>();
        for (String part : typed.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                quantities.add(Integer.parseInt(part.replace("_", "")));
            } catch (NumberFormatException notWhole) {
                return null;
            }
        }
        return quantities.isEmpty() ? null : quantities;
    }

    private static Object number(String typed) {
        if (typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(typed.trim());
        } catch (NumberFormatException notANumber) {
            return typed.trim();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
