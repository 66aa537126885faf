package org.mizan.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.mizan.TestDatabase;
import org.mizan.kernel.LicenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import tools.jackson.databind.json.JsonMapper;

/**
 * The migration that starts the status history, on a database that already holds licences: each
 * suspended or revoked licence gets one decision, and the licences read back with the status they had.
 */
class LicenceStatusMigrationIntegrationTests {

    private static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[64,28],[64.1,28],[64.1,28.1],[64,28.1],[64,28]]]}";

    @Test
    void givesEachSuspendedOrRevokedLicenceOneDecisionAndReadsThemBack() {
        DriverManagerDataSource db = new DriverManagerDataSource(TestDatabase.freshDatabaseUrl());
        Flyway.configure().dataSource(db).locations("classpath:db/migration").target("9").load().migrate();
        java.util.Map<String, String> zone = java.util.Map.of("registry_time_zone", "Asia/Karachi");
        JdbcClient jdbc = JdbcClient.create(db);
        jdbc.sql("insert into party (id, name, kind, country, created_at) values ('m-holder', 'Holder', 'company', 'PK', now())").update();
        licence(jdbc, "M-ACTIVE", "active", null, "2025-06-01T10:00:00Z");
        licence(jdbc, "M-SUSPENDED", "suspended", null, "2025-06-01T22:00:00Z");
        licence(jdbc, "M-REVOKED", "revoked", "fraud", "2025-07-02T10:00:00Z");
        licence(jdbc, "M-EARLY", "suspended", "changed before its grant", "2024-12-01T10:00:00Z");

        Flyway.configure().dataSource(db).locations("classpath:db/migration").placeholders(zone).load().migrate();

        Licences licences = new Licences(jdbc, JsonMapper.builder().build());
        assertThat(licences.find(new LicenceNumber("M-ACTIVE")).orElseThrow().history().changes()).isEmpty();
        Licence suspended = licences.find(new LicenceNumber("M-SUSPENDED")).orElseThrow();
        assertThat(suspended.history().changes()).singleElement().isInstanceOf(LicenceSuspended.class)
                .satisfies(c -> assertThat(c.effectiveFrom()).as("22:00Z is the next day in Karachi").isEqualTo(LocalDate.of(2025, 6, 2)))
                .satisfies(c -> assertThat(c.decidedBy().value()).isEqualTo("mizan-operator"))
                .satisfies(c -> assertThat(c.reason()).contains("recorded before the status history was kept"));
        Licence revoked = licences.find(new LicenceNumber("M-REVOKED")).orElseThrow();
        assertThat(revoked.status()).isEqualTo(LicenceStatus.REVOKED);
        assertThat(revoked.statusNote()).contains("fraud");
        assertThat(revoked.statusOn(LocalDate.of(2025, 7, 1))).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(revoked.statusOn(LocalDate.of(2025, 7, 2))).isEqualTo(LicenceStatus.REVOKED);
        assertThat(licences.find(new LicenceNumber("M-EARLY")).orElseThrow().history().changes().get(0).effectiveFrom())
                .as("never before the grant").isEqualTo(LocalDate.of(2025, 1, 1));

        assertThatThrownBy(() -> jdbc.sql("update licence_status_change set reason = 'edited'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from licence_status_change").update()).hasMessageContaining("append-only");
    }

    private static void licence(JdbcClient jdbc, String number, String status, String note, String updatedAt) {
        jdbc.sql("""
                insert into licence (number, type, holder, province, polygon, min_lon, min_lat, max_lon, max_lat,
                                     granted_on, expires_on, status, status_note, version, created_at, updated_at)
                values (?, 'mining-lease', 'm-holder', 'PK-BA', cast(? as jsonb), 64, 28, 64.1, 28.1,
                        date '2025-01-01', date '2035-12-31', ?, ?, 1, timestamptz '2025-01-01T00:00:00Z', cast(? as timestamptz))""")
                .params(number, SQUARE, status, note, updatedAt).update();
        jdbc.sql("insert into licence_mineral (licence, mineral, annual_capacity_t) values (?, 'copper', 100)").param(number).update();
    }
}
