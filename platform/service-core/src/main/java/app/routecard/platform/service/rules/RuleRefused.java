package app.routecard.platform.service.rules;

/** An action a named rule refused; every service answers it as 409 problem+json naming the rule. */
public final class RuleRefused extends RuntimeException {

    private final transient Refusal refusal;

    public RuleRefused(Refusal refusal) {
        super(refusal.explanation(), null, false, false);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
