package app.routecard.job.blockers;

import app.routecard.platform.service.rules.Refusal;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The rules of blockers. Plain Java. */
public final class BlockerPolicy {

    private BlockerPolicy() {
    }

    /** A blocker is resolved once: a second resolution would send a second job.unblocked. */
    public static Optional<Refusal> checkResolve(OffsetDateTime resolvedAt) {
        return resolvedAt == null ? Optional.empty()
                : Refusal.refuse("ResolveOnlyOpenBlockers", "This blocker was resolved already, at " + resolvedAt);
    }
}
