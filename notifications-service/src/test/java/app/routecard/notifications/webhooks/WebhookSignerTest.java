package app.routecard.notifications.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {

    @Test
    void the_signature_is_the_standard_webhooks_specifications_own_test_vector() {
        assertThat(WebhookSigner.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330L, "{\"test\": 2432232314}"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void another_body_id_or_time_signs_differently_and_a_secret_without_its_prefix_is_refused() {
        String secret = WebhookSigner.newSecret(new SecureRandom());
        assertThat(secret).startsWith("whsec_").hasSize("whsec_".length() + 44);
        String signed = WebhookSigner.sign(secret, "msg_1", 1L, "{}");
        assertThat(WebhookSigner.sign(secret, "msg_1", 1L, "{ }")).isNotEqualTo(signed);
        assertThat(WebhookSigner.sign(secret, "msg_2", 1L, "{}")).isNotEqualTo(signed);
        assertThat(WebhookSigner.sign(secret, "msg_1", 2L, "{}")).isNotEqualTo(signed);
        assertThatThrownBy(() -> WebhookSigner.sign("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "m", 1L, "{}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
