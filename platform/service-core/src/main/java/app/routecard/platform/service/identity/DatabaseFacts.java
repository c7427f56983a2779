package app.routecard.platform.service.identity;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** What the service's own database says about the connection: the role, whether it is a superuser, the schema. */
@ApplicationScoped
public class DatabaseFacts {

    private final AgroalDataSource dataSource;

    public DatabaseFacts(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record Facts(String database, String role, boolean superuser, String schemaVersion, String owner) {
    }

    public Facts read() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("""
                     select current_database(), current_user, r.rolsuper,
                            (select version from flyway_schema_history where success and version is not null
                              order by installed_rank desc limit 1),
                            (select service from schema_owner limit 1)
                       from pg_roles r where r.rolname = current_user""")) {
            row.next();
            return new Facts(row.getString(1), row.getString(2), row.getBoolean(3), row.getString(4),
                    row.getString(5));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database facts", e);
        }
    }
}
