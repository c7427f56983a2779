package app.routecard.notifications.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SSRF: where a webhook may go, in production and on a dev stack. */
class EndpointAddressPolicyTest {

    private static List<InetAddress> at(String... addresses) throws Exception {
        List<InetAddress> resolved = new java.util.ArrayList<>();
        for (String address : addresses) {
            resolved.add(InetAddress.getByName(address)); // literal addresses: no lookup
        }
        return resolved;
    }

    @Test
    void loopback_metadata_private_and_ipv6_loopback_addresses_are_refused_in_production() throws Exception {
        for (String address : List.of("127.0.0.1", "169.254.169.254", "10.0.0.1", "::1", "192.168.1.20",
                "172.16.5.4", "fd00::1", "0.0.0.0", "100.64.0.1")) {
            URI url = URI.create("https://" + (address.contains(":") ? "[" + address + "]" : address) + "/hook");
            assertThat(EndpointAddressPolicy.problem(url, at(address), false)).as(address).isPresent();
        }
        // A name that resolves to loopback is refused for its address, not its name.
        assertThat(EndpointAddressPolicy.problem(URI.create("https://hooks.example/in"), at("127.0.0.1"), false))
                .hasValueSatisfying(problem -> assertThat(problem).contains("127.0.0.1"));
        assertThat(EndpointAddressPolicy.problem(URI.create("https://hooks.example/in"), at("93.184.215.14",
                "10.1.1.1"), false)).as("one private address among public ones").isPresent();
    }

    @Test
    void a_public_https_url_is_allowed_and_http_only_on_a_dev_stack() throws Exception {
        assertThat(EndpointAddressPolicy.problem(URI.create("https://hooks.example/in"), at("93.184.215.14"),
                false)).isEmpty();
        assertThat(EndpointAddressPolicy.problem(URI.create("http://hooks.example/in"), at("93.184.215.14"),
                false)).contains("must be an https URL");
        assertThat(EndpointAddressPolicy.problem(URI.create("http://127.0.0.1:9000/in"), at("127.0.0.1"), true))
                .isEmpty();
        assertThat(EndpointAddressPolicy.problem(URI.create("https://user:pw@hooks.example/in"),
                at("93.184.215.14"), false)).isPresent();
        assertThat(EndpointAddressPolicy.problem(URI.create("https://nowhere.example/in"), List.of(), false))
                .contains("names a host that does not resolve");
        assertThat(EndpointAddressPolicy.problem(URI.create("/relative"), List.of(), false)).isPresent();
    }
}
