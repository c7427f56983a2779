package app.routecard.platform.service.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseAwayTest {

    @Test
    void a_lost_connection_or_a_server_shutting_down_anywhere_in_the_chain_is_the_database_away() {
        assertThat(DatabaseAway.is(new IllegalStateException("Could not set the tenant",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
        assertThat(DatabaseAway.is(new RuntimeException(new SQLException("terminating connection due to"
                + " administrator command", "57P01")))).isTrue();
        assertThat(DatabaseAway.is(new RuntimeException(new SQLTransientConnectionException(
                "Sorry, acquisition timeout!")))).isTrue();
    }

    @Test
    void a_query_the_database_refused_is_not_the_database_away() {
        assertThat(DatabaseAway.is(new RuntimeException(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseAway.is(new RuntimeException(new SQLException("syntax error", "42601")))).isFalse();
        assertThat(DatabaseAway.is(new IllegalArgumentException("bad"))).isFalse();
    }
}
