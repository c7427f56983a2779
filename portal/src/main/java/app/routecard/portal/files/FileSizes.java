package app.routecard.portal.files;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A byte count as a person reads it: 812 bytes, 14.2 KB, 3.4 MB, 1.1 GB (1 KB = 1024 bytes). Plain Java. */
public final class FileSizes {

    private static final String[] UNITS = {"KB", "MB", "GB", "TB"};

    private FileSizes() {
    }

    public static String of(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        BigDecimal value = BigDecimal.valueOf(bytes);
        int unit = -1;
        while (value.compareTo(BigDecimal.valueOf(1024)) >= 0 && unit < UNITS.length - 1) {
            value = value.divide(BigDecimal.valueOf(1024), 10, RoundingMode.HALF_UP);
            unit++;
        }
        return value.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " " + UNITS[unit];
    }
}
