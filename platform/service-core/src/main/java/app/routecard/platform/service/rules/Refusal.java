package app.routecard.platform.service.rules;

import java.util.Optional;

/**
 * A refusal by a named rule of the domain: the rule's name (e.g. {@code NoShipmentBeforeReadyToShip}) and, in
 * words, why the action is refused. Policies return {@code Optional<Refusal>}; they stay plain Java so they can be
 * unit-tested without a framework, and the endpoint answers 409 naming the rule (see {@link RuleRefused}).
 */
public record Refusal(String rule, String explanation) {

    public Refusal {
        if (rule == null || rule.isBlank() || explanation == null || explanation.isBlank()) {
            throw new IllegalArgumentException("a refusal names its rule and explains itself");
        }
    }

    /** The usual return of a policy check that refuses. */
    public static Optional<Refusal> refuse(String rule, String explanation) {
        return Optional.of(new Refusal(rule, explanation));
    }

    /** Refuses under {@code rule} unless a reason is given (holds, cancellations, overrides, skips...). */
    public static Optional<Refusal> requireReason(String rule, String reason) {
        return reason == null || reason.isBlank() ? refuse(rule, "Say why (field 'reason')") : Optional.empty();
    }

    /** Throws the refusal a check returned, if any; the caller's transaction rolls back and the client gets 409. */
    public static void throwIfPresent(Optional<Refusal> refusal) {
        refusal.ifPresent(r -> {
            throw new RuleRefused(r);
        });
    }
}
