package app.routecard.job.blockers;

import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.platform.service.rules.Refusal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BlockerPolicyTest {

    @Test
    void an_open_blocker_is_resolved_once() {
        assertThat(BlockerPolicy.checkResolve(null)).isEmpty();
        OffsetDateTime resolved = OffsetDateTime.of(2026, 11, 23, 9, 30, 0, 0, ZoneOffset.UTC);
        assertThat(BlockerPolicy.checkResolve(resolved).map(Refusal::rule)).contains("ResolveOnlyOpenBlockers");
        assertThat(BlockerPolicy.checkResolve(resolved).get().explanation()).contains("2026-11-23T09:30Z");
    }
}
