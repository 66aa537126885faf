package org.mizan.portal;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.mizan.fiscal.Money;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Money as a reader of the page's language writes it: the currency as they name it, then the amount grouped
 * and to the currency's minor unit (PKR 4,500,000.00; in Urdu روپے ۴٬۵۰۰٬۰۰۰٫۰۰ with Eastern Arabic digits).
 */
@Component("portalAmounts")
class Amounts {

    private static final Locale URDU_DIGITS = Locale.forLanguageTag("ur-PK-u-nu-arabext");

    private final MessageSource messages;

    Amounts(MessageSource messages) {
        this.messages = messages;
    }

    public String money(Money money, Locale locale) {
        if (money == null) {
            return "";
        }
        Money rounded = money.rounded();
        NumberFormat format = NumberFormat.getNumberInstance(Languages.rightToLeft(locale) ? URDU_DIGITS : Locale.UK);
        int digits = Math.max(0, rounded.currency().getDefaultFractionDigits());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        String code = rounded.currency().getCurrencyCode();
        return messages.getMessage("currency." + code, null, code, locale) + "\u00a0" + format.format(rounded.amount());
    }

    /** Log entry indices as the log numbers them, in Western digits like every other identifier. */
    public String entries(List<Long> entries) {
        return entries.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
