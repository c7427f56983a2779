package app.routecard.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.LaunchMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TenantStatusFollowerTest {

    @Test
    void without_kafka_a_production_service_refuses_to_start_and_others_are_never_ready() {
        assertThat(TenantStatusFollower.refusesToStartWithoutKafka(LaunchMode.NORMAL)).isTrue();
        assertThat(TenantStatusFollower.refusesToStartWithoutKafka(LaunchMode.DEVELOPMENT)).isFalse();
        assertThat(TenantStatusFollower.refusesToStartWithoutKafka(LaunchMode.TEST)).isFalse();

        assertThatThrownBy(() -> followerWithoutKafka().start(LaunchMode.NORMAL))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("KAFKA_BOOTSTRAP_SERVERS");
        TenantStatusFollower inDevelopment = followerWithoutKafka();
        inDevelopment.start(LaunchMode.DEVELOPMENT);
        assertThat(inDevelopment.caughtUp()).as("a service that cannot know suspensions is not ready").isFalse();
    }

    private static TenantStatusFollower followerWithoutKafka() {
        return new TenantStatusFollower(new SuspendedTenants(), new TenantCalendars(), new TenantNames(),
                new com.fasterxml.jackson.databind.ObjectMapper(), Optional.of(" "));
    }

    @Test
    void tenant_events_keep_each_tenants_name_and_zone() {
        TenantNames names = new TenantNames();
        TenantCalendars calendars = new TenantCalendars();
        TenantStatusFollower follower = new TenantStatusFollower(new SuspendedTenants(), calendars, names,
                new com.fasterxml.jackson.databind.ObjectMapper(), Optional.of(" "));
        follower.apply("{\"type\":\"tenant.created\",\"tenantid\":\"t1\",\"data\":{\"name\":\"Acme Precision\","
                + "\"timeZone\":\"America/Chicago\",\"status\":\"ACTIVE\"}}");
        follower.apply("{\"type\":\"tenant.updated\",\"tenantid\":\"t1\",\"data\":{\"status\":\"ACTIVE\"}}");
        assertThat(names.of("t1")).contains("Acme Precision");
        assertThat(calendars.zone("t1")).hasToString("America/Chicago");
        assertThat(names.of("t2")).isEmpty();
    }
}
