package app.routecard.job.jobs;

import java.util.Locale;

/** A user's search text as a case-insensitive LIKE pattern in which % and _ are meant literally. */
public final class TextSearch {

    /** Use with {@code like :param escape '\'} on lower-cased columns. */
    public static final String ESCAPE = " escape '\\'";

    private TextSearch() {
    }

    public static String containsPattern(String text) {
        return "%" + text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
    }
}
