package app.routecard.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.portal.jobs.RoutePlan;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RoutePlanTest {

    @Test
    void one_step_a_line_with_optional_work_center_and_hours() {
        RoutePlan.Parsed plan = RoutePlan.parse("Saw; SAW-1; 0.5\n\n  Mill;VMC-2;3,25\nDeburr\n");
        assertThat(plan.valid()).isTrue();
        assertThat(plan.steps()).containsExactly(
                new RoutePlan.PlannedStep("Saw", "SAW-1", new BigDecimal("0.5")),
                new RoutePlan.PlannedStep("Mill", "VMC-2", new BigDecimal("3.25")),
                new RoutePlan.PlannedStep("Deburr", null, null));
        assertThat(plan.asJson().get(2)).containsOnlyKeys("name");
    }

    @Test
    void problems_name_their_lines() {
        assertThat(RoutePlan.parse("Saw; SAW-1; soon\n; VMC-2").problem())
                .isEqualTo("line 1: 'soon' is not a number of hours; line 2 has no step name");
        assertThat(RoutePlan.parse("Saw; SAW-1; -1").problem()).contains("from 0 to 10000");
        assertThat(RoutePlan.parse("  \n").problem()).isEqualTo("write at least one step");
        assertThat(RoutePlan.parse(null).valid()).isFalse();
    }
}
