package app.routecard.marketplace.routing;

import java.util.regex.Pattern;

/** Where parts ship from or to: an ISO 3166-1 country and, optionally, an ISO 3166-2 subdivision. Plain Java. */
public record Region(String country, String subdivision) {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public Region {
        if (country == null || !COUNTRY.matcher(country).matches()) {
            throw new IllegalArgumentException("A region's country is an ISO 3166-1 alpha-2 code such as DE");
        }
        if (subdivision != null && !subdivision.startsWith(country + "-")) {
            throw new IllegalArgumentException("A subdivision is an ISO 3166-2 code of its country, such as DE-BY");
        }
    }

    public static Region of(String code) {
        return code.length() == 2 ? new Region(code, null) : new Region(code.substring(0, 2), code);
    }

    @Override
    public String toString() {
        return subdivision == null ? country : subdivision;
    }
}
