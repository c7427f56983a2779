package app.routecard.portal.profile;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The capability profile form: what the shop typed, as the profile the service takes, and the messages for what
 * cannot be read. Lists are typed as people write them (one material per line, "DE, AT", "2026-12-24 to
 * 2027-01-02"); numbers pass as typed so the service names a wrong one. Plain Java.
 */
public record ProfileForm(Map<String, List<String>> values) {

    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\s*(?:to|–|-|—)\\s*(\\d{4}-\\d{2}-\\d{2})");

    /** The form filled with a saved profile (or a new shop's sensible starting values). */
    public static ProfileForm of(com.fasterxml.jackson.databind.JsonNode profile) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        boolean configured = profile.path("configured").asBoolean();
        if (!configured) {
            values.put("takesMarketplaceWork", List.of("on"));
            values.put("minQuantity", List.of("1"));
            values.put("maxQuantity", List.of("1000"));
            values.put("maxOpenOffers", List.of("10"));
            values.put("maxOpenJobs", List.of("5"));
            values.put("typicalLeadDays", List.of("15"));
            return new ProfileForm(values);
        }
        if (profile.path("takesMarketplaceWork").asBoolean()) {
            values.put("takesMarketplaceWork", List.of("on"));
        }
        List<String> processes = new ArrayList<>();
        profile.path("processes").forEach(p -> processes.add(p.asText()));
        values.put("processes", processes);
        List<String> materials = new ArrayList<>();
        profile.path("materials").forEach(m -> materials.add(m.asText()));
        values.put("materials", List.of(String.join("\n", materials)));
        profile.path("certifications").forEach(c -> values.put("cert_" + c.path("certification").asText(),
                List.of(c.path("expiresOn").asText())));
        var envelope = profile.path("maxEnvelope");
        values.put("maxLength", List.of(millimetres(envelope.path("lengthMm"))));
        values.put("maxWidth", List.of(millimetres(envelope.path("widthMm"))));
        values.put("maxHeight", List.of(millimetres(envelope.path("heightMm"))));
        for (String field : List.of("minQuantity", "maxQuantity", "maxOpenOffers", "maxOpenJobs", "typicalLeadDays")) {
            values.put(field, List.of(profile.path(field).asText()));
        }
        values.put("shipFromCountry", List.of(profile.path("shipFrom").path("country").asText()));
        values.put("shipFromSubdivision", List.of(profile.path("shipFrom").path("subdivision").asText("")));
        List<String> shipsTo = new ArrayList<>();
        profile.path("shipsTo").forEach(c -> shipsTo.add(c.asText()));
        values.put("shipsTo", List.of(String.join(", ", shipsTo)));
        List<String> blackouts = new ArrayList<>();
        profile.path("blackouts").forEach(b -> blackouts.add(b.path("first").asText() + " to "
                + b.path("last").asText()));
        values.put("blackouts", List.of(String.join("\n", blackouts)));
        return new ProfileForm(values);
    }

    /** What the form reads: the request for the service and the fields it could not read. */
    public record Read(Map<String, Object> request, Map<String, String> problems) {
    }

    public String value(String field) {
        List<String> list = values.get(field);
        return list == null || list.isEmpty() || list.get(0) == null ? "" : list.get(0);
    }

    /** The expiry typed for a certification, "" when not held. */
    public String certification(String code) {
        return value("cert_" + code);
    }

    public boolean checked(String field, String option) {
        List<String> list = values.get(field);
        return list != null && list.contains(option);
    }

    public Read read(List<String> certificationCodes) {
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("takesMarketplaceWork", checked("takesMarketplaceWork", "on"));
        request.put("processes", values.getOrDefault("processes", List.of()));
        request.put("materials", lines(value("materials")));
        List<Map<String, String>> certifications = new ArrayList<>();
        for (String code : certificationCodes) {
            String expiry = value("cert_" + code).strip();
            if (!expiry.isEmpty()) {
                certifications.add(Map.of("certification", code, "expiresOn", expiry));
            }
        }
        request.put("certifications", certifications);
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("lengthMm", number(value("maxLength")));
        envelope.put("widthMm", number(value("maxWidth")));
        envelope.put("heightMm", number(value("maxHeight")));
        request.put("maxEnvelope", envelope);
        request.put("minQuantity", number(value("minQuantity")));
        request.put("maxQuantity", number(value("maxQuantity")));
        Map<String, Object> shipFrom = new LinkedHashMap<>();
        shipFrom.put("country", value("shipFromCountry").strip().toUpperCase(Locale.ROOT));
        String subdivision = value("shipFromSubdivision").strip().toUpperCase(Locale.ROOT);
        shipFrom.put("subdivision", subdivision.isEmpty() ? null : subdivision);
        request.put("shipFrom", shipFrom);
        request.put("shipsTo", List.of(value("shipsTo").toUpperCase(Locale.ROOT).split("[,;\\s]+")).stream()
                .filter(code -> !code.isBlank()).toList());
        request.put("maxOpenOffers", number(value("maxOpenOffers")));
        request.put("maxOpenJobs", number(value("maxOpenJobs")));
        request.put("typicalLeadDays", number(value("typicalLeadDays")));
        List<Map<String, String>> blackouts = new ArrayList<>();
        for (String line : lines(value("blackouts"))) {
            Matcher range = RANGE.matcher(line);
            if (!range.matches() || !date(range.group(1)) || !date(range.group(2))) {
                problems.put("blackouts", "write each as \"2026-12-24 to 2027-01-02\", one per line (not \""
                        + line + "\")");
                break;
            }
            blackouts.add(Map.of("first", range.group(1), "last", range.group(2)));
        }
        request.put("blackouts", blackouts);
        return new Read(request, problems);
    }

    /** The form field a service's field name belongs to ({@code maxEnvelope.lengthMm} → {@code maxLength}). */
    public static String formField(String serviceField) {
        String root = serviceField.replaceAll("[\\[.].*", "");
        return switch (root) {
            case "maxEnvelope" -> serviceField.contains("width") ? "maxWidth" : serviceField.contains("height")
                    ? "maxHeight" : "maxLength";
            case "shipFrom" -> serviceField.contains("subdivision") ? "shipFromSubdivision" : "shipFromCountry";
            default -> root;
        };
    }

    /** 600.0 → "600", 12.5 → "12.5": as the shop typed it. */
    private static String millimetres(com.fasterxml.jackson.databind.JsonNode value) {
        return value.isNumber() ? value.decimalValue().stripTrailingZeros().toPlainString() : value.asText();
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** A number as typed: the service names it when it is none (an empty field is null, "required"). */
    private static Object number(String typed) {
        String value = typed.strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return new java.math.BigDecimal(value);
        } catch (NumberFormatException notANumber) {
            return value;
        }
    }

    private static boolean date(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
