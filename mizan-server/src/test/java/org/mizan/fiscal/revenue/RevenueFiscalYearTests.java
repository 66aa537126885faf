package org.mizan.fiscal.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mizan.kernel.Rejection;

class RevenueFiscalYearTests {

    private static final ZoneId KARACHI = ZoneId.of("Asia/Karachi");

    @Test
    void runsFromFirstJulyToThirtiethJune() {
        FiscalYear year = FiscalYear.of("2025-26");
        assertThat(year.start()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(year.end()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(year.name()).isEqualTo("2025-26");
        assertThat(FiscalYear.of("1999-00").end()).isEqualTo(LocalDate.of(2000, 6, 30));
    }

    @Test
    void boundaryDaysFallOnEitherSide() {
        assertThat(FiscalYear.containing(LocalDate.of(2025, 6, 30)).name()).isEqualTo("2024-25");
        assertThat(FiscalYear.containing(LocalDate.of(2025, 7, 1)).name()).isEqualTo("2025-26");
        assertThat(FiscalYear.containing(LocalDate.of(2026, 1, 1)).name()).isEqualTo("2025-26");
        assertThat(FiscalYear.of("2025-26").contains(LocalDate.of(2026, 6, 30))).isTrue();
        assertThat(FiscalYear.of("2025-26").contains(LocalDate.of(2026, 7, 1))).isFalse();
    }

    @Test
    void anInstantBelongsToItsDayInKarachi() {
        // 19:30 UTC on 30 June is already 00:30 on 1 July in Pakistan (UTC+5).
        assertThat(FiscalYear.containing(Instant.parse("2025-06-30T19:30:00Z"), KARACHI).name()).isEqualTo("2025-26");
        assertThat(FiscalYear.containing(Instant.parse("2025-06-30T18:59:59Z"), KARACHI).name()).isEqualTo("2024-25");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025", "2025-2026", "2025-27", "25-26", "2025/26", " 2025-26", ""})
    void refusesMalformedNames(String name) {
        assertThatThrownBy(() -> FiscalYear.of(name)).isInstanceOf(Rejection.class)
                .satisfies(e -> assertThat(((Rejection) e).kind()).isEqualTo(Rejection.Kind.MALFORMED));
    }
}
