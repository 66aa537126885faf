package org.mizan.economy.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.mizan.economy.YearsOfSupply;
import org.springframework.core.io.ClassPathResource;

class UsgsWorldTests {

    /** The bundled antimony table: Pakistan 80 t mine production (2023e), reserves 26,000 t; 26000 ÷ 80 = 325.0 years. */
    @Test
    void readsPakistansAntimonyRowPastTheByteOrderMark() throws Exception {
        YearsOfSupply.Usgs sb = UsgsWorld.pakistan(new ClassPathResource("economy/usgs/mcs2024-antim_world.csv").getInputStream(),
                "mcs2024-antim_world.csv", "contained antimony");
        assertThat(sb.reservesTonnes()).contains(new BigDecimal("26000"));
        assertThat(sb.productionTonnes()).contains(new BigDecimal("80"));
        assertThat(sb.productionYear()).contains("2023");
        assertThat(sb.years()).contains(new BigDecimal("325.0"));
    }

    @Test
    void rareEarthsForPakistanAreNotPublished() throws Exception {
        YearsOfSupply.Usgs ree = UsgsWorld.pakistan(new ClassPathResource("economy/usgs/mcs2024-raree_world.csv").getInputStream(),
                "mcs2024-raree_world.csv", "rare-earth-oxide equivalent");
        assertThat(ree.reservesTonnes()).isEmpty();
        assertThat(ree.note()).contains(YearsOfSupply.NOT_PUBLISHED);
    }

    /** Thousands of tonnes are tonnes times 1000; "NA" reserves give no figure, never a zero. */
    @Test
    void scalesKilotonnesAndLeavesNaReservesUnpublished() {
        String csv = "\uFEFFSource,Country,Type,Prod_kt_2022,Prod_kt_est_2023,Prod_note,Reserves_kt,Reserves_notes\n"
                + "MCS2024,Pakistan,\"Mine production, talc\",300,\"1,200 \",,NA,\n";
        YearsOfSupply.Usgs talc = UsgsWorld.pakistan(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv", "talc");
        assertThat(talc.productionTonnes()).contains(new BigDecimal("1200000"));
        assertThat(talc.reservesTonnes()).isEmpty();
        assertThat(talc.note()).contains("reserves not published");
    }
}
