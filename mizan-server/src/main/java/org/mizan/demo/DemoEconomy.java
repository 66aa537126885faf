package org.mizan.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.mizan.economy.Economy;
import org.mizan.economy.Proposals;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Illustrative price points (mine gate and as exported, each with its source), a concentrate's payability and resource
 * estimates for the three demo licences, one of them superseded, through the economy facade, after the registry is loaded.
 */
@Component
@Order(13)
@ConditionalOnProperty(name = "mizan.demo.enabled", havingValue = "true")
class DemoEconomy implements ApplicationRunner {

    record DemoFile(String notice, List<Proposals.Price> prices, List<Proposals.Share> payabilities, List<Proposals.Estimate> estimates) {
    }

    private final Economy economy;
    private final JsonMapper json;

    DemoEconomy(Economy economy, JsonMapper json) {
        this.economy = economy;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!economy.prices().isEmpty()) {
            return;
        }
        DemoFile demo = read();
        demo.prices().forEach(p -> economy.addPrice(DemoData.LOADER, p));
        demo.payabilities().forEach(p -> economy.addPayability(DemoData.LOADER, p));
        demo.estimates().forEach(e -> economy.addEstimate(DemoData.LOADER, e));
    }

    private DemoFile read() {
        try (InputStream in = new ClassPathResource("demo/economy.json").getInputStream()) {
            return json.readValue(in, DemoFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("demo/economy.json is missing from the build", e);
        }
    }
}
