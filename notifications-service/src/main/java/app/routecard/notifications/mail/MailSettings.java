package app.routecard.notifications.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How e-mail goes out. */
@ConfigMapping(prefix = "routecard.mail")
public interface MailSettings {

    /** Signs unsubscribe links; production sets its own secret. */
    String unsubscribeKey();

    /** The hour (UTC) from which each day's digest is sent. */
    @WithDefault("7")
    int digestHour();

    /** Notifications older than this when e-mail first sees them are not mailed (a stack's old history). */
    @WithDefault("P2D")
    Duration freshFor();

    /** How long an e-mail being sent is held by its sender. */
    @WithDefault("PT1M")
    Duration lease();

    /** How many e-mails one sender takes at a time. */
    @WithDefault("20")
    int batch();

    /** The brand colour of a tenant that has not chosen one. */
    @WithDefault("#1d4ed8")
    String defaultColour();
}
