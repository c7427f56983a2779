package app.routecard.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Tenant isolation checked twice, on plain JDBC connections of the service's own role (bypassing Hibernate and
 * its tenant filter entirely):
 * <ol>
 *   <li>from the catalog: every table has {@code tenant_id}, row-level security enabled and forced, and exactly one
 *   permissive policy, the {@code tenant_isolation} one that {@code enable_tenant_rls} creates. PostgreSQL ORs
 *   permissive policies, so a second one ({@code using (true)}) would open the table;</li>
 *   <li>by data: in a transaction that is rolled back, a row for tenant A and one for tenant B are written into
 *   every table; a connection set to A then sees none of B's rows, and writing a row for B, or moving A's row to
 *   B, is refused by the database.</li>
 * </ol>
 */
public final class RowLevelSecurityAudit {

    /** Tables that hold no tenant's data. Anything else in the schema must be tenant-isolated. */
    public static final Set<String> GLOBAL_TABLES = Set.of("flyway_schema_history", "schema_owner");

    /**
     * A migration may declare a table global with a comment starting with this (and saying why); the audit
     * accepts it only without a tenant_id column, so it cannot be a tenant table that forgot its policy.
     */
    public static final String GLOBAL_COMMENT = "global:";

    /** The policy {@code enable_tenant_rls} creates, as PostgreSQL deparses it. */
    static final String ISOLATION_EXPRESSION = "(cross_tenant_access() OR (tenant_id = current_tenant_id()))";

    /** SQLState PostgreSQL answers when a row violates a row-level security policy. */
    private static final String RLS_VIOLATION = "42501";
    private static final Pattern FIRST_LITERAL = Pattern.compile("'((?:[^']|'')*)'::");

    private RowLevelSecurityAudit() {
    }

    /** The catalog check on the public schema; returns the tenant tables it found. */
    public static List<String> assertEveryTableIsTenantIsolated(DataSource dataSource) throws SQLException {
        return assertEveryTableIsTenantIsolated(dataSource, "public");
    }

    /**
     * Every table of {@code schema}, except the global ones, has tenant_id, forced RLS and exactly one permissive
     * policy: {@code tenant_isolation}, for all commands and roles, with the isolation expression in both
     * {@code using} and {@code with check}.
     */
    public static List<String> assertEveryTableIsTenantIsolated(DataSource dataSource, String schema)
            throws SQLException {
        List<String> tenantTables = new ArrayList<>();
        List<String> offenders = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     select c.relname, c.relrowsecurity, c.relforcerowsecurity,
                            exists (select 1 from information_schema.columns col
                                     where col.table_schema = n.nspname and col.table_name = c.relname
                                       and col.column_name = 'tenant_id') as has_tenant_id,
                            coalesce(obj_description(c.oid, 'pg_class'), '') as comment
                       from pg_class c join pg_namespace n on n.oid = c.relnamespace
                      where n.nspname = ? and c.relkind in ('r', 'p')
                      order by c.relname""")) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String table = rows.getString(1);
                    if (GLOBAL_TABLES.contains(table)) {
                        continue;
                    }
                    if (rows.getString(5).startsWith(GLOBAL_COMMENT)) {
                        if (rows.getBoolean(4)) {
                            offenders.add(table + ": declared global but has a tenant_id column");
                        }
                        continue;
                    }
                    tenantTables.add(table);
                    List<String> problems = new ArrayList<>();
                    if (!rows.getBoolean(2)) {
                        problems.add("row-level security not enabled");
                    }
                    if (!rows.getBoolean(3)) {
                        problems.add("row-level security not forced (the owner role bypasses it)");
                    }
                    if (!rows.getBoolean(4)) {
                        problems.add("no tenant_id column");
                    }
                    problems.addAll(policyProblems(connection, schema, table));
                    if (!problems.isEmpty()) {
                        offenders.add(table + ": " + String.join("; ", problems));
                    }
                }
            }
        }
        assertThat(offenders).as("tables not isolated by tenant; a table's migration must end with"
                + " select enable_tenant_rls('<table>'); and add no permissive policy of its own").isEmpty();
        return tenantTables;
    }

    private static List<String> policyProblems(Connection connection, String schema, String table)
            throws SQLException {
        List<String> problems = new ArrayList<>();
        int isolation = 0;
        try (PreparedStatement policies = connection.prepareStatement("""
                select policyname, permissive, cmd, roles::text, qual, with_check
                  from pg_policies where schemaname = ? and tablename = ?""")) {
            policies.setString(1, schema);
            policies.setString(2, table);
            try (ResultSet rows = policies.executeQuery()) {
                while (rows.next()) {
                    String name = rows.getString(1);
                    if (!"PERMISSIVE".equals(rows.getString(2))) {
                        continue; // restrictive policies can only narrow what the isolation policy allows
                    }
                    boolean isIsolation = "tenant_isolation".equals(name) && "ALL".equals(rows.getString(3))
                            && "{public}".equals(rows.getString(4))
                            && ISOLATION_EXPRESSION.equals(rows.getString(5))
                            && ISOLATION_EXPRESSION.equals(rows.getString(6));
                    if (isIsolation) {
                        isolation++;
                    } else {
                        problems.add("permissive policy '" + name + "' (" + rows.getString(3) + ", using "
                                + rows.getString(5) + ", with check " + rows.getString(6) + ") would be OR-ed with"
                                + " tenant isolation");
                    }
                }
            }
        }
        if (isolation != 1) {
            problems.add("no tenant_isolation policy as enable_tenant_rls creates it");
        }
        return problems;
    }

    /** The catalog check, then the data check on every tenant table of the public schema. */
    public static List<String> assertUnfilteredQueriesSeeOnlyTheirTenant(DataSource dataSource) throws SQLException {
        return assertRowsOfOtherTenantsAreInvisibleAndUnwritable(dataSource, "public");
    }

    /**
     * For every tenant table of {@code schema}: writes a row for two made-up tenants A and B (each on a connection
     * set to its own tenant), then, set to A, an unfiltered {@code select} sees none of B's rows, inserting a row
     * for B is refused, and moving A's row to B is refused. Everything is rolled back. Returns a line per table.
     */
    public static List<String> assertRowsOfOtherTenantsAreInvisibleAndUnwritable(DataSource dataSource,
                                                                              String schema) throws SQLException {
        List<String> tables = assertEveryTableIsTenantIsolated(dataSource, schema);
        List<String> checked = new ArrayList<>();
        List<String> leaks = new ArrayList<>();
        for (String table : tables) {
            try (Connection connection = dataSource.getConnection()) {
                boolean autoCommit = connection.getAutoCommit();
                connection.setAutoCommit(false);
                try {
                    leaks.addAll(checkTable(connection, schema, table));
                    checked.add(table);
                } finally {
                    connection.rollback();
                    setTenant(connection, "");
                    connection.commit();
                    connection.setAutoCommit(autoCommit);
                }
            }
        }
        assertThat(leaks).as("row-level security let a tenant see or write another tenant's rows").isEmpty();
        return checked;
    }

    /** The same two checks on one table, for a test that builds a broken table on purpose. */
    static List<String> checkTable(Connection connection, String schema, String table) throws SQLException {
        String tenantA = "rls-audit-a-" + UUID.randomUUID();
        String tenantB = "rls-audit-b-" + UUID.randomUUID();
        RowMaker rows = new RowMaker(connection, schema);
        setTenant(connection, tenantB);
        rows.insert(table, tenantB);
        setTenant(connection, tenantA);
        Map<String, Object> rowOfA = rows.insert(table, tenantA);
        List<String> leaks = new ArrayList<>();
        String qualified = schema + "." + table;
        // Deliberately no tenant filter: row-level security alone must hide B's rows.
        try (Statement statement = connection.createStatement();
             ResultSet seen = statement.executeQuery("select tenant_id from " + qualified)) {
            boolean sawA = false;
            while (seen.next()) {
                String tenant = seen.getString(1);
                sawA |= tenantA.equals(tenant);
                if (!tenantA.equals(tenant)) {
                    leaks.add(table + ": a connection set to tenant A read a row of " + tenant);
                }
            }
            if (!sawA) {
                leaks.add(table + ": tenant A does not see its own row (the check proves nothing)");
            }
        }
        if (!refused(connection, () -> rows.insert(table, tenantB))) {
            leaks.add(table + ": a connection set to tenant A inserted a row for tenant B");
        }
        if (!refused(connection, () -> rows.moveToTenant(table, rowOfA, tenantB))) {
            leaks.add(table + ": a connection set to tenant A moved its row to tenant B");
        }
        return leaks;
    }

    private interface SqlAction {
        void run() throws SQLException;
    }

    /** Whether the database refused the action by row-level security; anything else is an error of the audit. */
    private static boolean refused(Connection connection, SqlAction action) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            action.run();
            connection.releaseSavepoint(savepoint);
            return false;
        } catch (SQLException e) {
            connection.rollback(savepoint);
            if (RLS_VIOLATION.equals(e.getSQLState())) {
                return true;
            }
            throw e;
        }
    }

    private static void setTenant(Connection connection, String tenantId) throws SQLException {
        try (PreparedStatement settings = connection.prepareStatement(
                "select set_config('app.tenant_id', ?, false), set_config('app.cross_tenant', 'off', false)")) {
            settings.setString(1, tenantId);
            settings.execute();
        }
    }

    /**
     * Makes a valid row for any table from the catalog: a value for every NOT NULL column without a default
     * (the first allowed value of an {@code IN (...)} check, 1 for numbers, fresh values for unique columns), and
     * for a foreign key, a parent row of the same tenant made the same way.
     */
    static final class RowMaker {

        private final Connection connection;
        private final String schema;

        RowMaker(Connection connection, String schema) {
            this.connection = connection;
            this.schema = schema;
        }

        /** Inserts a row for {@code tenantId}; returns its primary-key values (to find it again). */
        Map<String, Object> insert(String table, String tenantId) throws SQLException {
            return insert(table, tenantId, 0);
        }

        private Map<String, Object> insert(String table, String tenantId, int depth) throws SQLException {
            if (depth > 8) {
                throw new SQLException("foreign keys of " + table + " nest too deep for the audit", "XX000");
            }
            Map<String, Object> values = new LinkedHashMap<>();
            Map<String, String[]> foreignKeys = foreignKeys(table);
            try (PreparedStatement columns = connection.prepareStatement("""
                    select a.attname, format_type(a.atttypid, a.atttypmod), t.typcategory, a.attnotnull,
                           a.atthasdef or a.attidentity <> '' or a.attgenerated <> '',
                           exists (select 1 from pg_index i where i.indrelid = a.attrelid and i.indisunique
                                      and a.attnum = any (i.indkey))
                      from pg_attribute a join pg_type t on t.oid = a.atttypid
                     where a.attrelid = (quote_ident(?) || '.' || quote_ident(?))::regclass
                       and a.attnum > 0 and not a.attisdropped
                     order by a.attnum""")) {
                columns.setString(1, schema);
                columns.setString(2, table);
                try (ResultSet column = columns.executeQuery()) {
                    while (column.next()) {
                        String name = column.getString(1);
                        if (name.equals("tenant_id")) {
                            values.put(name, tenantId);
                        } else if (foreignKeys.containsKey(name)
                                && (column.getBoolean(4) || !foreignKeys.get(name)[0].equals(table))) {
                            String[] target = foreignKeys.get(name);
                            Map<String, Object> parent = insert(target[0], tenantId, depth + 1);
                            values.put(name, parent.get(target[1]));
                        } else if (column.getBoolean(4) && !column.getBoolean(5)) {
                            values.put(name, valueFor(table, name, column.getString(2), column.getString(3),
                                    column.getBoolean(6)));
                        }
                    }
                }
            }
            StringBuilder sql = new StringBuilder("insert into " + schema + "." + table + " (");
            sql.append(String.join(", ", values.keySet().stream().map(RowMaker::quote).toList()));
            sql.append(") values (");
            sql.append(String.join(", ", values.keySet().stream().map(c -> "?").toList()));
            sql.append(") returning *");
            try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
                int index = 1;
                for (Object value : values.values()) {
                    insert.setObject(index++, value);
                }
                Map<String, Object> inserted = new LinkedHashMap<>();
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                        inserted.put(row.getMetaData().getColumnName(i), row.getObject(i));
                    }
                }
                return inserted;
            } catch (SQLException e) {
                if (RLS_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                throw new SQLException("The audit could not make a row for " + table + " from the catalog ("
                        + e.getMessage() + "); make its constraints simpler or extend RowLevelSecurityAudit.RowMaker",
                        e.getSQLState(), e);
            }
        }

        /** Moves the rows of the row's tenant (A) to {@code tenantId}: the policy's check must refuse it. */
        void moveToTenant(String table, Map<String, Object> row, String tenantId) throws SQLException {
            try (PreparedStatement update = connection.prepareStatement("update " + schema + "." + table
                    + " set tenant_id = ? where tenant_id = ?")) {
                update.setString(1, tenantId);
                update.setObject(2, row.get("tenant_id"));
                if (update.executeUpdate() == 0) {
                    throw new SQLException("tenant A's row of " + table + " was not found to move", "XX000");
                }
            }
        }

        private Object valueFor(String table, String column, String type, String category, boolean unique)
                throws SQLException {
            String allowed = firstAllowedValue(table, column);
            if (allowed != null) {
                return allowed;
            }
            long random = java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 1_000_000_000L);
            if (type.endsWith("[]")) {
                return connection.createArrayOf(type.substring(0, type.length() - 2), new Object[0]);
            }
            return switch (type) {
                case "uuid" -> UUID.randomUUID();
                case "smallint" -> unique ? (short) (random % 30_000 + 1) : (short) 1;
                case "integer" -> unique ? (int) random : 1;
                case "bigint" -> unique ? random : 1L;
                case "boolean" -> false;
                case "date" -> java.time.LocalDate.now();
                case "timestamp with time zone" -> java.time.OffsetDateTime.now();
                case "timestamp without time zone" -> java.time.LocalDateTime.now();
                case "jsonb", "json" -> jsonObject(type);
                case "bytea" -> new byte[] {1};
                default -> "N".equals(category) ? java.math.BigDecimal.ONE : type.matches("character\\(\\d+\\)")
                        ? capitals(Integer.parseInt(type.replaceAll("\\D", ""))) : text(table, column);
            };
        }

        /**
         * Fresh lower-case letters (unique, and they pass slug-like patterns and length checks), or three capitals
         * for a column whose check asks for capitals (a currency code).
         */
        private String text(String table, String column) throws SQLException {
            boolean capitals = checksOf(table, column).stream().anyMatch(check -> check.contains("A-Z"));
            StringBuilder letters = new StringBuilder();
            java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
            for (int i = 0; i < (capitals ? 3 : 16); i++) {
                letters.append((char) ((capitals ? 'A' : 'a') + random.nextInt(26)));
            }
            return letters.toString();
        }

        /** A fixed-length code of capitals, such as a country (character(2)) or a currency (character(3)). */
        private static String capitals(int length) {
            StringBuilder letters = new StringBuilder();
            for (int i = 0; i < length; i++) {
                letters.append((char) ('A' + java.util.concurrent.ThreadLocalRandom.current().nextInt(26)));
            }
            return letters.toString();
        }

        private Object jsonObject(String type) throws SQLException {
            org.postgresql.util.PGobject json = new org.postgresql.util.PGobject();
            json.setType(type);
            json.setValue("{}");
            return json;
        }

        /** The first literal of a one-column check such as {@code status in ('DRAFT', 'SENT')}, if any. */
        private String firstAllowedValue(String table, String column) throws SQLException {
            for (String definition : checksOf(table, column)) {
                Matcher literal = FIRST_LITERAL.matcher(definition);
                if (definition.contains("ANY (ARRAY[") && literal.find()) {
                    return literal.group(1).replace("''", "'");
                }
            }
            return null;
        }

        private List<String> checksOf(String table, String column) throws SQLException {
            List<String> definitions = new ArrayList<>();
            try (PreparedStatement checks = connection.prepareStatement("""
                    select pg_get_constraintdef(c.oid)
                      from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                     where c.conrelid = (quote_ident(?) || '.' || quote_ident(?))::regclass and c.contype = 'c'
                       and cardinality(c.conkey) = 1 and a.attname = ?""")) {
                checks.setString(1, schema);
                checks.setString(2, table);
                checks.setString(3, column);
                try (ResultSet rows = checks.executeQuery()) {
                    while (rows.next()) {
                        definitions.add(rows.getString(1));
                    }
                }
            }
            return definitions;
        }

        /** Column → {referenced table, referenced column} for one-column foreign keys. */
        private Map<String, String[]> foreignKeys(String table) throws SQLException {
            Map<String, String[]> keys = new LinkedHashMap<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    select a.attname, t.relname, ta.attname
                      from pg_constraint c
                      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                      join pg_class t on t.oid = c.confrelid
                      join pg_attribute ta on ta.attrelid = c.confrelid and ta.attnum = c.confkey[1]
                     where c.conrelid = (quote_ident(?) || '.' || quote_ident(?))::regclass and c.contype = 'f'
                       and cardinality(c.conkey) = 1""")) {
                query.setString(1, schema);
                query.setString(2, table);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        keys.put(rows.getString(1), new String[] {rows.getString(2), rows.getString(3)});
                    }
                }
            }
            return keys;
        }

        private static String quote(String identifier) {
            return '"' + identifier.replace("\"", "\"\"") + '"';
        }
    }
}
