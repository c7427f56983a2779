package app.routecard.portal.scorecards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendChartTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-05T12:00:00Z");

    private final TrendChart chart = new TrendChart(List.of(
            new TrendChart.Point(NOW.minusWeeks(2), 0.88, 0.60),
            new TrendChart.Point(NOW.minusWeeks(1), 0.90, 0.66),
            new TrendChart.Point(NOW, 0.85, 0.62)));

    @Test
    void the_chart_draws_the_composite_and_its_lower_bound_between_the_first_and_last_dates() {
        String svg = chart.svg();

        assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("role=\"img\"")
                .contains("class=\"composite\"").contains("class=\"lower-bound\"")
                .contains(">2026-11-21<").contains(">2026-12-05<");
        // The scale starts at the lowest lower bound rounded down to a tenth: 60 %, then 80 %, then 100 %.
        assertThat(svg).contains(">60 %<").contains(">80 %<").contains(">100 %<");
        // The first composite point: x at the left margin, y for 88 % on a 60–100 % scale of 140 px from y = 12.
        assertThat(svg).contains("points=\"44.0,54.0 ");
    }

    @Test
    void the_summary_says_the_same_in_words() {
        assertThat(chart.summary()).isEqualTo("Over the last 2 weeks the composite score went from 88.0 % to"
                + " 85.0 %, its lower bound from 60.0 % to 62.0 %.");
        assertThat(new TrendChart(List.of()).svg()).isEmpty();
        assertThat(new TrendChart(List.of()).summary()).isEqualTo("No history yet.");
    }
}
