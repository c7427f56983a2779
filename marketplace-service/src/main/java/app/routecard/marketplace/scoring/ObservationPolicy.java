package app.routecard.marketplace.scoring;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.OptionalDouble;

/**
 * What counts as a success in each dimension: a shipment on or before the promised date (plus the grace days) in
 * the shop's own time zone; the share of a receipt the buyer accepted; an offer answered, or an award
 * acknowledged, within the response target. Plain Java.
 */
public final class ObservationPolicy {

    private final ScoringSettings settings;

    public ObservationPolicy(ScoringSettings settings) {
        this.settings = settings;
    }

    /** 1 when the final shipment left on or before the promised ship date plus grace, in the shop's time zone. */
    public double onTime(LocalDate promisedShipDate, Instant shippedAt, ZoneId shopZone) {
        LocalDate shippedOn = shippedAt.atZone(shopZone).toLocalDate();
        return shippedOn.isAfter(promisedShipDate.plusDays(settings.graceDays())) ? 0 : 1;
    }

    /** Accepted over received; nothing to observe when nothing was received. */
    public OptionalDouble quality(int received, int accepted) {
        if (received <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.max(0, Math.min(received, accepted)) / (double) received);
    }

    /** 1 when answered within the target of being asked; an unanswered (expired) request is 0. */
    public double responsive(Instant askedAt, Instant answeredAt) {
        if (answeredAt == null) {
            return 0;
        }
        return Duration.between(askedAt, answeredAt).compareTo(settings.responseTarget()) <= 0 ? 1 : 0;
    }
}
