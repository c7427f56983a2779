package app.routecard.notifications.webhooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How webhooks are sent. Production keeps the defaults; a dev stack allows http and private addresses. */
@ConfigMapping(prefix = "routecard.webhooks")
public interface WebhookSettings {

    /** Whether endpoints may use http and point at loopback or private addresses (a dev stack only: SSRF). */
    @WithDefault("false")
    boolean privateAddressesAllowed();

    /** How long one attempt may take, connecting and answering. */
    @WithDefault("PT10S")
    Duration timeout();

    /** How long a message being sent is held by its sender; a sender that dies leaves it to run out. */
    @WithDefault("PT1M")
    Duration lease();

    /** How many due messages one sender takes at a time. */
    @WithDefault("20")
    int batch();

    /** How long an endpoint may fail without a success before it is switched off and its admins told. */
    @WithDefault("P5D")
    Duration disableAfterFailing();

    /** How long the previous secret keeps signing after a rotation. */
    @WithDefault("P1D")
    Duration secretOverlap();
}
