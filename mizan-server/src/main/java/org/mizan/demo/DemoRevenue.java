package org.mizan.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.mizan.fiscal.Money;
import org.mizan.fiscal.Revenue;
import org.mizan.fiscal.revenue.FiscalYear;
import org.mizan.fiscal.revenue.PaymentDeclared;
import org.mizan.fiscal.revenue.ReceiptRecorded;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;
import org.mizan.security.Actor;
import org.mizan.security.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Payments of the demo's licence holders for fiscal year 2025-26 (one paid late, one short) and the treasury's
 * receipts, through the fiscal facade, after the registry is loaded; the reconciliation then shows one material difference.
 */
@Component
@Order(11)
@ConditionalOnProperty(name = "mizan.demo.enabled", havingValue = "true")
class DemoRevenue implements ApplicationRunner {

    private static final Actor TREASURY = new Actor(new PartyId("balochistan-treasury"), Role.TREASURY);

    private final Revenue revenue;
    private final JsonMapper json;
    private final Clock clock;

    DemoRevenue(Revenue revenue, JsonMapper json, Clock clock) {
        this.revenue = revenue;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!revenue.reconciliation(DemoData.LOADER, FiscalYear.of("2025-26")).isEmpty()) {
            return;
        }
        JsonNode demo = read();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        Map<String, PaymentDeclared> byChallan = new HashMap<>();
        for (JsonNode p : demo.get("payments")) {
            PaymentDeclared declared = revenue.declare(DemoData.LOADER, new PaymentDeclared(0, new PartyId(p.get("company").asString()),
                    new LicenceNumber(p.get("licence").asString()), revenue.gfsCode(p.get("gfsCode").asString()),
                    Money.of(p.get("amount").asString(), p.get("currency").asString()), LocalDate.parse(p.get("paidOn").asString()),
                    p.get("challan").asString(), now, -1));
            byChallan.put(declared.challan(), declared);
        }
        for (JsonNode r : demo.get("receipts")) {
            PaymentDeclared p = byChallan.get(r.get("challan").asString());
            revenue.record(TREASURY, new ReceiptRecorded(0, p.company(), p.licence(), p.gfs(),
                    Money.of(r.get("amount").asString(), p.amount().currency().getCurrencyCode()),
                    LocalDate.parse(r.get("receivedOn").asString()), p.challan(), new PartyId(r.get("governmentEntity").asString()),
                    Optional.of(p.id()), TREASURY.party(), now, -1));
        }
    }

    private JsonNode read() {
        try (InputStream in = new ClassPathResource("demo/revenue.json").getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("demo/revenue.json is missing from the build", e);
        }
    }
}
