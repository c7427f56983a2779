package app.routecard.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class WebFiltersTest {

    @Test
    void only_the_same_scheme_host_and_port_is_the_same_origin() {
        URI page = URI.create("http://localhost:8080/floor/jobs/1/scan");
        assertThat(WebFilters.sameOrigin("http://localhost:8080", page)).isTrue();
        assertThat(WebFilters.sameOrigin("http://localhost:8081", page)).isFalse();
        assertThat(WebFilters.sameOrigin("https://localhost:8080", page)).isFalse();
        assertThat(WebFilters.sameOrigin("http://evil.example", page)).isFalse();
        assertThat(WebFilters.sameOrigin("null", page)).isFalse();
        assertThat(WebFilters.sameOrigin("https://portal.example", URI.create("https://portal.example/x"))).isTrue();
    }

    @Test
    void pages_are_guarded_and_the_json_api_and_assets_are_not() {
        assertThat(WebFilters.isPage("/floor/jobs/1/scan")).isTrue();
        assertThat(WebFilters.isPage("/api/whoami")).isFalse();
        assertThat(WebFilters.isPage("/q/health")).isFalse();
        assertThat(WebFilters.isPage("/webjars/htmx.org/2.0.10/dist/htmx.min.js")).isFalse();
    }

    @Test
    void the_policy_allows_no_inline_script_or_style_and_no_framing() {
        assertThat(WebFilters.CONTENT_SECURITY_POLICY).contains("script-src 'self'").contains("style-src 'self'")
                .contains("frame-ancestors 'none'").doesNotContain("unsafe");
    }

    @Test
    void csrf_tokens_match_only_when_both_are_well_formed_and_equal() {
        String token = "a".repeat(43);
        assertThat(CsrfToken.matches(token, token)).isTrue();
        assertThat(CsrfToken.matches(token, "b".repeat(43))).isFalse();
        assertThat(CsrfToken.matches(token, null)).isFalse();
        assertThat(CsrfToken.matches("short", "short")).isFalse();
    }
}
