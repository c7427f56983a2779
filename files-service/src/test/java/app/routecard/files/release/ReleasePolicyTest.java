package app.routecard.files.release;

import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.platform.service.rules.Refusal;
import org.junit.jupiter.api.Test;

class ReleasePolicyTest {

    private static String rule(java.util.Optional<Refusal> refusal) {
        return refusal.map(Refusal::rule).orElse("allowed");
    }

    @Test
    void a_newer_revision_replaces_the_jobs_current_one_and_nothing_goes_backwards_or_twice() {
        assertThat(rule(ReleasePolicy.checkRelease(1, null, false, true))).isEqualTo("allowed");
        assertThat(rule(ReleasePolicy.checkRelease(2, 1, false, true))).isEqualTo("allowed");
        assertThat(rule(ReleasePolicy.checkRelease(2, 2, false, true))).isEqualTo("ReleaseOnce");
        assertThat(rule(ReleasePolicy.checkRelease(1, 2, false, true))).isEqualTo("NoReleaseOfOlderRevisions");
        assertThat(rule(ReleasePolicy.checkRelease(3, 2, true, true))).isEqualTo("NoReleaseOfArchivedFiles");
        assertThat(rule(ReleasePolicy.checkRelease(3, null, false, false))).isEqualTo("NoReleaseWithoutBytes");
    }
}
