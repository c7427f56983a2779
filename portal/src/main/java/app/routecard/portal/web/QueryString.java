package app.routecard.portal.web;

import app.routecard.portal.web.QueryString;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URLDecoder;
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

    /** The parameters of a query string such as this class makes, decoded, for a service client's call. */
    public static MultivaluedMap<String, String> parse(String query) {
        MultivaluedMap<String, String> parameters = new MultivaluedHashMap<>();
        if (query == null || query.isBlank()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.add(name, value);
        }
        return parameters;
    }

    /** These name and value pairs as a service client's query parameters. */
    public static MultivaluedMap<String, String> of(String... namesAndValues) {
        MultivaluedMap<String, String> parameters = new MultivaluedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            parameters.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return parameters;
    }

    @Override
    public String toString() {
        return String.join("&", parts);
    }
}
