package app.routecard.marketplace.routing;

import java.util.Locale;

/** Materials compared as people write them: "Aluminium 6061", "aluminium  6061" and "ALUMINIUM 6061" agree. */
public final class Materials {

    private Materials() {
    }

    /** Trimmed, runs of white space made one space, lower case. (Routing normalizes every candidate's materials
     * on every wave, so this walks the string once rather than compiling a pattern.) */
    public static String normalized(String material) {
        if (material == null) {
            return "";
        }
        String trimmed = material.strip();
        StringBuilder normal = new StringBuilder(trimmed.length());
        boolean space = false;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space) {
                normal.append(' ');
                space = false;
            }
            normal.append(c);
        }
        return normal.toString().toLowerCase(Locale.ROOT);
    }
}
