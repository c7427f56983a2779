package app.routecard.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A filter's query string handed to a service client as parameters: the same names and values, decoded. */
class QueryStringTest {

    @Test
    void a_filters_query_becomes_its_parameters_with_repeated_names_and_encoded_values_decoded() {
        String query = new QueryString().add("stage", "RELEASED").add("stage", "IN_PROGRESS")
                .add("q", "  Acme & Co 100% ").add("owner", "").add("size", "25").toString();

        MultivaluedMap<String, String> parameters = QueryString.parse(query);

        assertThat(parameters.get("stage")).containsExactly("RELEASED", "IN_PROGRESS");
        assertThat(parameters.getFirst("q")).isEqualTo("Acme & Co 100%");
        assertThat(parameters).doesNotContainKey("owner");
        assertThat(parameters.getFirst("size")).isEqualTo("25");
    }

    @Test
    void pairs_given_in_code_are_the_parameters_and_an_empty_query_has_none() {
        MultivaluedMap<String, String> pairs = QueryString.of("period", "WEEK", "count", "12");
        assertThat(pairs.getFirst("period")).isEqualTo("WEEK");
        assertThat(pairs.getFirst("count")).isEqualTo("12");
        assertThat(QueryString.parse("")).isEmpty();
        assertThat(QueryString.parse(null)).isEmpty();
        assertThat(QueryString.parse("flag").get("flag")).isEqualTo(List.of(""));
    }
}
