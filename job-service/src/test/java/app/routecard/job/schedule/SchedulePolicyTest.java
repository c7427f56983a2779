package app.routecard.job.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.job.stage.JobStage;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SchedulePolicyTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

    @Test
    void working_days_count_monday_to_friday_both_ends_included() {
        assertThat(SchedulePolicy.workingDays(MONDAY, MONDAY)).isEqualTo(1);
        assertThat(SchedulePolicy.workingDays(MONDAY, MONDAY.plusDays(6))).isEqualTo(5);
        assertThat(SchedulePolicy.workingDays(MONDAY.plusDays(5), MONDAY.plusDays(6))).as("a weekend").isZero();
        assertThat(SchedulePolicy.workingDays(MONDAY, MONDAY.plusDays(13))).isEqualTo(10);
        assertThat(SchedulePolicy.workingDays(MONDAY, MONDAY.plusDays(15))).isEqualTo(12);
        assertThat(SchedulePolicy.workingDays(MONDAY, MONDAY.minusDays(1))).isZero();
        assertThat(SchedulePolicy.workingDays(MONDAY, MONDAY.plusYears(10))).isBetween(2600, 2615);
    }

    @Test
    void an_unshipped_job_past_its_promised_date_is_late_a_shipped_one_is_not() {
        var late = SchedulePolicy.judge(JobStage.IN_PROGRESS, MONDAY.minusDays(1), BigDecimal.ONE, 0, MONDAY, 8);
        assertThat(late.late()).isTrue();
        assertThat(late.reason()).contains("not shipped");
        assertThat(SchedulePolicy.judge(JobStage.SHIPPED, MONDAY.minusDays(9), BigDecimal.TEN, 1, MONDAY, 8).late())
                .isFalse();
        assertThat(SchedulePolicy.judge(JobStage.CANCELLED, MONDAY.minusDays(9), null, 0, MONDAY, 8).atRisk())
                .isFalse();
    }

    @Test
    void more_planned_hours_than_working_days_left_is_at_risk() {
        LocalDate wednesday = MONDAY.plusDays(2);
        var tight = SchedulePolicy.judge(JobStage.RELEASED, wednesday, new BigDecimal("25"), 0, MONDAY, 8);
        assertThat(tight.atRisk()).isTrue();
        assertThat(tight.reason()).isEqualTo("needs 3.2 working days of planned work, 3 left");
        assertThat(SchedulePolicy.judge(JobStage.RELEASED, wednesday, new BigDecimal("24"), 0, MONDAY, 8).atRisk())
                .isFalse();
        assertThat(SchedulePolicy.judge(JobStage.RELEASED, wednesday, new BigDecimal("25"), 0, MONDAY, 16).atRisk())
                .as("two shifts").isFalse();
    }

    @Test
    void blocked_or_held_close_to_the_promised_date_is_at_risk() {
        LocalDate tuesday = MONDAY.plusDays(1);
        assertThat(SchedulePolicy.judge(JobStage.IN_PROGRESS, tuesday, BigDecimal.ONE, 1, MONDAY, 8).reason())
                .isEqualTo("blocked with 2 working days left");
        assertThat(SchedulePolicy.judge(JobStage.ON_HOLD, tuesday, BigDecimal.ONE, 0, MONDAY, 8).atRisk()).isTrue();
        assertThat(SchedulePolicy.judge(JobStage.IN_PROGRESS, MONDAY.plusDays(10), BigDecimal.ONE, 3, MONDAY, 8)
                .atRisk()).as("blocked but far out").isFalse();
        var onTrack = SchedulePolicy.judge(JobStage.IN_PROGRESS, MONDAY.plusDays(10), BigDecimal.ONE, 0, MONDAY, 8);
        assertThat(onTrack.late() || onTrack.atRisk()).isFalse();
        assertThat(onTrack.workingDaysLeft()).isEqualTo(9);
    }
}
