package app.routecard.marketplace.scoring;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The scoring settings in force. The defaults of issue 12 until the operator's settings page stores its own;
 * every scorecard names the settings it was computed with, so a change shows in the explanation.
 */
@ApplicationScoped
public class ScoringSettingsSource {

    private volatile ScoringSettings current = ScoringSettings.DEFAULT;

    public ScoringSettings current() {
        return current;
    }

    void use(ScoringSettings settings) {
        if (!settings.problems().isEmpty()) {
            throw new IllegalArgumentException("Scoring settings not usable: " + settings.problems());
        }
        this.current = settings;
    }
}
