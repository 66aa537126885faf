package org.mizan.fiscal.disclosure;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

import org.mizan.fiscal.revenue.FiscalYear;

/** How many units of a currency one US dollar bought over a fiscal year, as the disclosure converts its total. */
public interface UsdRate {

    /** Units of {@code currency} per USD in the year; 1 for USD; empty when no rate is known. */
    Optional<BigDecimal> perUsd(Currency currency, FiscalYear year);
}
