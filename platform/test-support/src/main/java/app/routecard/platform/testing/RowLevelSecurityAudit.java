package app.routecard.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Row-level security checked from the database catalog, so a table added without it fails the build. Works on
 * plain JDBC connections, bypassing Hibernate and its tenant filter entirely.
 */
public final class RowLevelSecurityAudit {

    /** Tables that hold no tenant's data. Anything else in the schema must be tenant-isolated. */
    public static final Set<String> GLOBAL_TABLES = Set.of("flyway_schema_history", "schema_owner");

    private RowLevelSecurityAudit() {
    }

    /** Every table of the public schema, except the global ones, has tenant_id, forced RLS and a policy. */
    public static List<String> assertEveryTableIsTenantIsolated(DataSource dataSource) throws SQLException {
        List<String> tenantTables = new ArrayList<>();
        List<String> offenders = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select c.relname, c.relrowsecurity, c.relforcerowsecurity,
                            exists (select 1 from information_schema.columns col
                                     where col.table_schema = 'public' and col.table_name = c.relname
                                       and col.column_name = 'tenant_id') as has_tenant_id,
                            exists (select 1 from pg_policies p
                                     where p.schemaname = 'public' and p.tablename = c.relname) as has_policy
                       from pg_class c join pg_namespace n on n.oid = c.relnamespace
                      where n.nspname = 'public' and c.relkind in ('r', 'p')
                      order by c.relname""")) {
            while (rows.next()) {
                String table = rows.getString(1);
                if (GLOBAL_TABLES.contains(table)) {
                    continue;
                }
                tenantTables.add(table);
                if (!(rows.getBoolean(2) && rows.getBoolean(3) && rows.getBoolean(4) && rows.getBoolean(5))) {
                    offenders.add(table + " (rls=" + rows.getBoolean(2) + ", forced=" + rows.getBoolean(3)
                            + ", tenant_id=" + rows.getBoolean(4) + ", policy=" + rows.getBoolean(5) + ")");
                }
            }
        }
        assertThat(offenders).as("tables without tenant isolation; add select enable_tenant_rls('<table>');"
                + " to their migration").isEmpty();
        return tenantTables;
    }

    /**
     * On a connection whose app.tenant_id is {@code tenantId}, an unfiltered {@code select} of every tenant table
     * returns only that tenant's rows; with cross-tenant access the same query shows the other rows exist.
     * Returns, per table, how many other tenants' rows were hidden (to show the check had something to hide).
     */
    public static List<String> assertUnfilteredQueriesSeeOnlyTheirTenant(DataSource dataSource, String tenantId)
            throws SQLException {
        List<String> hidden = new ArrayList<>();
        for (String table : assertEveryTableIsTenantIsolated(dataSource)) {
            try (Connection connection = dataSource.getConnection()) {
                long others = countOtherTenants(connection, table, tenantId, "on");
                long leaked = countOtherTenants(connection, table, tenantId, "off");
                assertThat(leaked).as("rows of other tenants visible in " + table).isZero();
                hidden.add(table + ": " + others);
            }
        }
        return hidden;
    }

    private static long countOtherTenants(Connection connection, String table, String tenantId, String crossTenant)
            throws SQLException {
        try (PreparedStatement settings = connection.prepareStatement(
                "select set_config('app.tenant_id', ?, false), set_config('app.cross_tenant', ?, false)")) {
            settings.setString(1, tenantId);
            settings.setString(2, crossTenant);
            settings.execute();
        }
        // Deliberately no tenant filter: row-level security alone must hide the other tenants' rows.
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select tenant_id from " + table)) {
            long others = 0;
            while (rows.next()) {
                if (!tenantId.equals(rows.getString(1))) {
                    others++;
                }
            }
            return others;
        } finally {
            try (Statement reset = connection.createStatement()) {
                reset.execute("select set_config('app.tenant_id', '', false), set_config('app.cross_tenant', 'off', false)");
            }
        }
    }
}
