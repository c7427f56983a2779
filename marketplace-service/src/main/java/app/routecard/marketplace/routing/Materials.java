package app.routecard.marketplace.routing;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

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
        if (isNormal(material)) {
            return material;
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

    /** The set normalized; the set itself (copied only if modifiable) when every entry already is. */
    public static Set<String> normalizedSet(Collection<String> materials) {
        for (String material : materials) {
            if (material == null || !isNormal(material)) {
                return Set.copyOf(materials.stream().map(Materials::normalized).toList());
            }
        }
        return Set.copyOf(materials);
    }

    private static boolean isNormal(String material) {
        int last = material.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = material.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == last || material.charAt(i + 1) == ' ') {
                    return false;
                }
            } else if (Character.isWhitespace(c) || Character.toLowerCase(c) != c) {
                return false;
            }
        }
        return true;
    }
}
