package app.routecard.job.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.job.stage.JobStage;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ShipmentPolicyTest {

    @Test
    void only_a_job_ready_to_ship_ships_and_never_more_than_ordered() {
        assertThat(ShipmentPolicy.checkShip(JobStage.IN_PROGRESS, 10, 0, 5).map(r -> r.rule()))
                .contains("NoShipmentBeforeReadyToShip");
        assertThat(ShipmentPolicy.checkShip(JobStage.RELEASED, 10, 0, 5)).isPresent();
        assertThat(ShipmentPolicy.checkShip(JobStage.READY_TO_SHIP, 10, 0, 5)).isEmpty();
        assertThat(ShipmentPolicy.checkShip(JobStage.READY_TO_SHIP, 10, 5, 5)).isEmpty();
        assertThat(ShipmentPolicy.checkShip(JobStage.READY_TO_SHIP, 10, 5, 6).map(r -> r.explanation()))
                .hasValueSatisfying(text -> assertThat(text).contains("at most 5 more"));
        assertThat(ShipmentPolicy.checkShip(JobStage.SHIPPED, 10, 10, 1)).isPresent();
    }

    @Test
    void the_job_is_shipped_when_everything_left_or_a_final_shipment_ships_it_short() {
        assertThat(ShipmentPolicy.completesTheJob(10, 6, false)).isFalse();
        assertThat(ShipmentPolicy.completesTheJob(10, 10, false)).isTrue();
        assertThat(ShipmentPolicy.completesTheJob(10, 8, true)).isTrue();
    }

    @Test
    void on_time_is_on_or_before_the_promised_date_in_the_shippers_calendar() {
        LocalDate promised = LocalDate.of(2026, 11, 20);
        assertThat(ShipmentPolicy.onTime(OffsetDateTime.of(2026, 11, 20, 23, 30, 0, 0, ZoneOffset.ofHours(-5)),
                promised)).as("late evening in Chicago is still the 20th there").isTrue();
        assertThat(ShipmentPolicy.onTime(OffsetDateTime.of(2026, 11, 21, 0, 1, 0, 0, ZoneOffset.UTC), promised))
                .isFalse();
        assertThat(ShipmentPolicy.onTime(OffsetDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC), promised))
                .isTrue();
    }

    @Test
    void a_shipment_is_delivered_once() {
        assertThat(ShipmentPolicy.checkDelivery(null)).isEmpty();
        assertThat(ShipmentPolicy.checkDelivery(OffsetDateTime.now()).map(r -> r.rule())).contains("DeliveredOnce");
    }
}
