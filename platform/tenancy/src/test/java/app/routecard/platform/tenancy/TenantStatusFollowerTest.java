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
        return new TenantStatusFollower(new SuspendedTenants(), new TenantCalendars(),
                new com.fasterxml.jackson.databind.ObjectMapper(), Optional.of(" "));
    }
}
