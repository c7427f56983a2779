package app.routecard.marketplace.routing;

import java.util.Locale;

/** Materials compared as people write them: "Aluminium 6061", "aluminium  6061" and "ALUMINIUM 6061" agree. */
public final class Materials {

    private Materials() {
    }

    public static String normalized(String material) {
        return material == null ? "" : material.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
