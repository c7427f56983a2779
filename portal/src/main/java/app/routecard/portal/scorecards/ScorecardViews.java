package app.routecard.portal.scorecards;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The marketplace's scorecards and leaderboards as the portal's pages read them. */
public final class ScorecardViews {

    private ScorecardViews() {
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    private static final java.time.format.DateTimeFormatter MINUTE = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

    static String minute(Instant at) {
        return at == null ? "" : MINUTE.format(at);
    }

    static String words(String code) {
        return code == null ? "" : code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DimensionScore(String dimension, int count, double weightedCount, double alpha, double beta,
                          double score, double lowerBound) {
        public String name() {
            return words(dimension);
        }

        public String scoreText() {
            return percent(score);
        }

        public String lowerBoundText() {
            return percent(lowerBound);
        }

        public String weighted() {
            return String.format(Locale.ROOT, "%.2f", weightedCount);
        }

        public String alphaBeta() {
            return String.format(Locale.ROOT, "%.3f / %.3f", alpha, beta);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Prior(double mean, double strength) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Parameters(double halfLifeDays, Map<String, Prior> priors, Map<String, Integer> weights) {
        public String summary() {
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "half-life %.0f days", halfLifeDays));
            weights.forEach((dimension, weight) -> {
                Prior prior = priors.get(dimension);
                text.append(String.format(Locale.ROOT, "; %s: weight %d %%, prior mean %.2f, strength %.0f",
                        words(dimension), weight, prior == null ? 0 : prior.mean(), prior == null ? 0
                                : prior.strength()));
            });
            return text.toString();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Scorecard(Instant asOf, Parameters parameters, List<DimensionScore> dimensions, double composite,
                     double compositeLowerBound, int onTimeCount) {
        public String asOfText() {
            return minute(asOf);
        }

        public String compositeText() {
            return percent(composite);
        }

        public String compositeLowerBoundText() {
            return percent(compositeLowerBound);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Observation(String dimension, double success, Instant at, String subject) {
        public String when() {
            return minute(at);
        }

        public String name() {
            return words(dimension);
        }

        public String outcome() {
            if (subject != null && subject.startsWith("return:")) {
                return "parts returned by the buyer";
            }
            return success >= 1 ? "met" : success <= 0 ? "missed" : percent(success) + " accepted";
        }

        public boolean met() {
            return success >= 1;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Card(String supplierTenantId, String name, String view, String standing, OffsetDateTime standingSince,
                Scorecard scorecard, List<Observation> observations, List<StandingChange> standingChanges) {
        public Card {
            standingChanges = standingChanges == null ? List.of() : standingChanges;
        }

        public String standingName() {
            return words(standing);
        }

        /** The weakest dimension by lower bound, and what would raise it. */
        public String advice() {
            DimensionScore weakest = scorecard.dimensions().stream()
                    .min(Comparator.comparingDouble(DimensionScore::lowerBound)).orElse(null);
            if (weakest == null) {
                return "";
            }
            String how = switch (weakest.dimension()) {
                case "ON_TIME" -> "ship every marketplace job on or before its promised date";
                case "QUALITY" -> "have buyers accept every part they receive, and keep it";
                default -> "answer each offer, and acknowledge each award, within a day";
            };
            return "Your lowest lower bound is " + weakest.name() + " (" + weakest.lowerBoundText()
                    + "). To raise it: " + how + ". Each new result counts fully; older ones fade by half every "
                    + String.format(Locale.ROOT, "%.0f", scorecard.parameters().halfLifeDays()) + " days, and "
                    + "the more results there are, the closer the lower bound comes to the score.";
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(int rank, String supplierTenantId, String name, String standing, double score, double lowerBound,
                 double composite, int observations, int deliveredJobs, OffsetDateTime asOf) {
        public String standingName() {
            return words(standing);
        }

        public String scoreText() {
            return percent(score);
        }

        public String lowerBoundText() {
            return percent(lowerBound);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Board(List<Entry> items, int page, int size, long total) {
        public String count() {
            return total == 1 ? "1 supplier" : total + " suppliers";
        }
    }

    /** A change of a supplier's standing: from (none for its first scorecard), to, the composite then, why, by whom. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StandingChange(String supplierTenantId, String name, String from, String to, double composite,
                                 Instant at, String reason, String by) {
        public String fromName() {
            return from == null ? "(first scorecard)" : words(from);
        }

        public String toName() {
            return words(to);
        }

        public String compositeText() {
            return percent(composite);
        }

        public String when() {
            return minute(at);
        }
    }
}
