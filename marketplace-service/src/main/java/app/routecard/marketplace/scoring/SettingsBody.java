package app.routecard.marketplace.scoring;

import app.routecard.platform.service.problem.InvalidField;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The scoring settings as the operator's API reads and writes them, each dimension by name ({@code onTime},
 * {@code quality}, {@code responsiveness}) so a refused value is named as {@code weights.quality}; the response
 * target is an ISO-8601 duration ({@code PT24H}).
 */
public record SettingsBody(Double halfLifeDays, PerDimension<ScoringSettings.Prior> priors,
                           PerDimension<Integer> weights, ScoringSettings.Thresholds thresholds,
                           Double hysteresisPoints, Integer newUntilOnTimeJobs, ScoringSettings.Caps caps,
                           String responseTarget, Integer graceDays) {

    /** One value per dimension. */
    public record PerDimension<T>(T onTime, T quality, T responsiveness) {
        Map<Dimension, T> asMap() {
            Map<Dimension, T> map = new EnumMap<>(Dimension.class);
            put(map, Dimension.ON_TIME, onTime);
            put(map, Dimension.QUALITY, quality);
            put(map, Dimension.RESPONSIVENESS, responsiveness);
            return map;
        }

        private static <T> void put(Map<Dimension, T> map, Dimension dimension, T value) {
            if (value != null) {
                map.put(dimension, value);
            }
        }

        static <T> PerDimension<T> of(Map<Dimension, T> map) {
            return new PerDimension<>(map.get(Dimension.ON_TIME), map.get(Dimension.QUALITY),
                    map.get(Dimension.RESPONSIVENESS));
        }
    }

    public static SettingsBody of(ScoringSettings settings) {
        return new SettingsBody(settings.halfLifeDays(), PerDimension.of(settings.priors()),
                PerDimension.of(settings.weights()), settings.thresholds(), settings.hysteresisPoints(),
                settings.newUntilOnTimeJobs(), settings.caps(), settings.responseTarget().toString(),
                settings.graceDays());
    }

    /** The settings, or {@link InvalidField} naming the first field that is missing or out of range. */
    public ScoringSettings settings() {
        Duration target;
        try {
            target = responseTarget == null ? null : Duration.parse(responseTarget);
        } catch (DateTimeParseException e) {
            throw new InvalidField("responseTarget", "must be an ISO-8601 duration such as PT24H");
        }
        ScoringSettings settings = new ScoringSettings(orZero(halfLifeDays),
                priors == null ? Map.of() : priors.asMap(), weights == null ? Map.of() : weights.asMap(), thresholds,
                hysteresisPoints == null ? -1 : hysteresisPoints, newUntilOnTimeJobs == null ? -1 : newUntilOnTimeJobs,
                caps, target, graceDays == null ? -1 : graceDays);
        settings.problems().entrySet().stream().findFirst().ifPresent(problem -> {
            throw new InvalidField(problem.getKey(), problem.getValue());
        });
        return settings;
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }
}
