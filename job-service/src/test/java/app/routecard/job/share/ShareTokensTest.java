package app.routecard.job.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShareTokensTest {

    @Test
    void tokens_carry_256_random_bits_url_safe_and_never_repeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String token = ShareTokens.newToken();
            assertThat(ShareTokens.wellFormed(token)).isTrue();
            assertThat(java.util.Base64.getUrlDecoder().decode(token)).hasSize(32);
            assertThat(seen.add(token)).isTrue();
        }
    }

    @Test
    void only_well_formed_tokens_are_looked_up_and_the_hash_is_sha256_hex() {
        assertThat(ShareTokens.wellFormed(null)).isFalse();
        assertThat(ShareTokens.wellFormed("short")).isFalse();
        assertThat(ShareTokens.wellFormed("a".repeat(42) + "/")).isFalse();
        assertThat(ShareTokens.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void a_link_works_until_it_expires_or_is_revoked() {
        OffsetDateTime now = OffsetDateTime.parse("2026-11-22T10:00:00Z");
        assertThat(ShareTokens.active(now.plusSeconds(1), null, now)).isTrue();
        assertThat(ShareTokens.active(now, null, now)).as("expiry is exclusive").isFalse();
        assertThat(ShareTokens.active(now.plusDays(1), now.minusMinutes(1), now)).isFalse();
    }
}
