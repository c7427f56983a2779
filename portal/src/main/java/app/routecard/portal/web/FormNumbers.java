package app.routecard.portal.web;

import java.util.Map;

/** Numbers typed into a page's form, checked before any service is asked. */
public final class FormNumbers {

    private FormNumbers() {
    }

    /**
     * A whole number from 0 to 10,000,000; blank is null (the service's default applies). Anything else puts a
     * message for {@code field} into {@code fields} and gives null.
     */
    public static Integer wholeNumber(String field, String value, Map<String, String> fields) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < 0 || parsed > 10_000_000) {
                fields.put(field, "Enter a number from 0 to 10,000,000");
                return null;
            }
            return parsed;
        } catch (NumberFormatException e) {
            fields.put(field, "Enter a whole number of parts");
            return null;
        }
    }
}
