package app.routecard.notifications.rules;

import java.time.Instant;
import java.time.ZoneOffset;

/** A moment as notices and e-mails show it: to the minute, in UTC ("2026-12-07 10:00 UTC"). Plain Java. */
public final class Minutes {

    private Minutes() {
    }

    public static String of(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDateTime().withSecond(0).withNano(0).toString().replace('T', ' ')
                + " UTC";
    }
}
