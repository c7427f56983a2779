package app.routecard.portal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A URL's query built from a filter form's values: blank values are left out, the rest trimmed and encoded. */
public final class QueryString {

    private final List<String> parts = new ArrayList<>();

    public QueryString add(String name, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(name + "=" + URLEncoder.encode(value.trim(), StandardCharsets.UTF_8));
        }
        return this;
    }

    @Override
    public String toString() {
        return String.join("&", parts);
    }
}
