package org.mizan.economy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.mizan.Api.Reply;
import org.mizan.HttpIntegrationTest;
import org.mizan.TestDatabase;
import org.mizan.cli.VerifyRun;
import org.mizan.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo's sealed antimony reserve: three intakes of 19 995, 15 000 and 11 990 kg received in March, April and May
 * 2025 make 46 985 kg, and every month from March 2025 to the last ended month is committed; the page shows only how
 * many, the regulator's disclosure verifies.
 */
@TestPropertySource(properties = "mizan.demo.enabled=true")
class ReserveDemoIntegrationTests extends HttpIntegrationTest {

    @Autowired
    Reserves reserves;

    @Test
    void theDemoReserveIsSealedOnThePageAndItsWholeHistoryVerifies() throws Exception {
        long months = ChronoUnit.MONTHS.between(YearMonth.of(2025, 3), reserves.lastEnded()) + 1;
        Reply page = api.get("/economy/reserves");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("sealed — " + months + " monthly commitments logged", "sb-strategic")
                .doesNotContain("46985", "46,985");
        assertThat(api.get("/economy/reserves?lang=ur").body()).contains("مہر بند — " + months + " ماہانہ عہد لاگ میں درج");
        assertThat(api.get("/economy/value-added").body()).contains("href=\"/economy/reserves\"");
        Reply site = api.get("/sites/peshawar-strategic-reserve");
        assertThat(site.status()).isEqualTo(200);
        assertThat(site.body()).contains("Strategic reserve");
        assertThat(api.get("/map").body()).contains("Peshawar strategic reserve store (illustrative) · Strategic reserve");

        Reply disclosed = api.get("/api/v1/economy/reserves/sb-strategic/disclosure", keyFor("kp-mdd", Role.REGULATOR));
        assertThat(disclosed.status()).as(disclosed.body()).isEqualTo(200);
        assertThat(disclosed.json().get("months").get(0).get("event").get("stockKg").asString()).isEqualTo("19995");
        Path dir = TestDatabase.freshDataDir();
        Path key = Files.writeString(dir.resolve("log.vkey"), api.get("/log/key").body());
        VerifyRun.Outcome outcome = VerifyRun.verify(Files.writeString(dir.resolve("reserve.json"), disclosed.body()), key.toString());
        assertThat(outcome.code()).as(outcome.output()).isZero();
        assertThat(outcome.output()).contains("OK: reserve sb-strategic, " + months + " months 2025-03 to " + reserves.lastEnded())
                .contains(": 46985 kg");
    }
}
