package org.mizan.fiscal.royalty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.mizan.log.fiscal.PriceUnit;
import org.mizan.registry.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Loads, once, the regime rows, the USGS reference prices and the exchange rates Mizan starts with, each
 * committed to the log; a row already stored is left as it is, so a restart adds nothing. The exchange
 * rates come from {@code mizan.fiscal.exchange-rates} (a CSV of day,pkr_per_usd), named in each row with
 * {@code mizan.fiscal.exchange-rate-source}.
 */
@Component
class FiscalSeed implements SmartInitializingSingleton {

    record SeedPrice(String id, String item, int year, String value, String unit, String source, String confidence) {
    }

    record SeedFile(String notice, List<SeedPrice> prices, List<RateProposal> rates) {
    }

    private static final Logger log = LoggerFactory.getLogger(FiscalSeed.class);

    private final RateRows rates;
    private final PriceRows prices;
    private final ExchangeRates exchange;
    private final Registry registry;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final ResourceLoader resources;
    private final Clock clock;
    private final String exchangeRates;
    private final String exchangeSource;

    FiscalSeed(RateRows rates, PriceRows prices, ExchangeRates exchange, Registry registry, TransactionTemplate transaction,
            JsonMapper json, ResourceLoader resources, Clock clock,
            @Value("${mizan.fiscal.exchange-rates:classpath:fiscal/pkr-usd.csv}") String exchangeRates,
            @Value("${mizan.fiscal.exchange-rate-source:illustrative rupees per dollar, rounded from public reporting; not the State Bank of Pakistan's official series}") String exchangeSource) {
        this.rates = rates;
        this.prices = prices;
        this.exchange = exchange;
        this.registry = registry;
        this.transaction = transaction;
        this.json = json;
        this.resources = resources;
        this.clock = clock;
        this.exchangeRates = exchangeRates;
        this.exchangeSource = exchangeSource;
    }

    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(tx -> {
            int added = usgsPrices() + seedFile() + exchangeRates();
            if (added > 0) {
                log.info("Fiscal: {} regime, price and exchange-rate rows loaded and committed to the log", added);
            }
        });
    }

    private int usgsPrices() {
        int added = 0;
        List<String> columns = lines("classpath:fiscal/usgs-prices.csv");
        for (String line : columns.subList(1, columns.size())) {
            String[] c = line.split(",");
            UsgsPrices.Column column = new UsgsPrices.Column(c[0], c[1], c[2], PriceUnit.of(c[3]));
            try (InputStream in = resource("classpath:fiscal/usgs/" + c[0]).getInputStream()) {
                for (PriceRow row : UsgsPrices.read(in, column)) {
                    added += prices.addIfAbsent(row) ? 1 : 0;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return added;
    }

    private int seedFile() {
        SeedFile file;
        try (InputStream in = resource("classpath:fiscal/rates.json").getInputStream()) {
            file = json.readValue(in, SeedFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int added = 0;
        for (SeedPrice p : file.prices()) {
            added += prices.addIfAbsent(new PriceRow(p.id(), p.item(), p.year(), new BigDecimal(p.value()), PriceUnit.of(p.unit()),
                    p.source(), PriceRow.Confidence.of(p.confidence()), false)) ? 1 : 0;
        }
        for (RateProposal proposal : file.rates()) {
            RateRow row = proposal.toRow(registry.provinces());
            if (!rates.exists(row.id())) {
                rates.add(row, OffsetDateTime.now(clock));
                added++;
            }
        }
        return added;
    }

    private int exchangeRates() {
        int added = 0;
        List<String> lines = lines(exchangeRates);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            added += exchange.addIfAbsent(LocalDate.parse(c[0].trim()), new BigDecimal(c[1].trim()), exchangeSource) ? 1 : 0;
        }
        return added;
    }

    private List<String> lines(String location) {
        try (InputStream in = resource(location).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Resource resource(String location) {
        return resources.getResource(location);
    }
}
