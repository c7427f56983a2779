package app.routecard.marketplace.scoring;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing a supplier did, as a scorecard counts it: in one dimension, a success between 0 and 1, when it
 * happened, the event that told us, the buyer it was done for, and what it was about ({@code job:…},
 * {@code offer:…}, {@code award:…}, {@code receipt:…}). Plain Java.
 *
 * @param success 1 for on time / all accepted / answered within the target, 0 for the opposite, a fraction for a
 *                partly accepted receipt
 */
public record Observation(String supplierTenantId, Dimension dimension, double success, Instant at,
                          String sourceEventId, String buyerTenantId, String subject) {

    public Observation {
        Objects.requireNonNull(supplierTenantId, "supplierTenantId");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(sourceEventId, "sourceEventId");
        Objects.requireNonNull(subject, "subject");
        if (!(success >= 0 && success <= 1)) {
            throw new IllegalArgumentException("success must be between 0 and 1, not " + success);
        }
    }
}
