package org.mizan.fiscal;

import java.util.List;
import java.util.Optional;

import org.mizan.fiscal.revenue.FiscalYear;

/**
 * What the public revenue pages show of a fiscal year, per province and per project (licence), each figure with
 * where it comes from: the log entries that hold it, and who declared or recorded it.
 */
public final class RevenueFigures {

    private RevenueFigures() {
    }

    /**
     * Royalties of a fiscal year: assessed on the committed stream (due, in rupees and dollars, over so many
     * assessments and so many that could state no figure), received by the treasury under GFS 1415E1 in rupees,
     * and forgone to incentives (in dollars, as the assessments compute relief).
     */
    public record Royalties(Money assessedPkr, Money assessedUsd, long assessments, long notAssessed, Money receivedPkr,
            Money forgoneUsd) {

        public Royalties {
            if (assessments < 0 || notAssessed < 0) {
                throw new IllegalArgumentException("counts of assessments are at least 0");
            }
        }

        /** Received less assessed: negative when less came in than the assessments say was due. */
        public Money receivedLessAssessed() {
            return new Money(receivedPkr.amount().subtract(assessedPkr.amount()), receivedPkr.currency());
        }

        public boolean isEmpty() {
            return assessments + notAssessed == 0 && receivedPkr.amount().signum() == 0;
        }
    }

    /** What the government received under one GFS code in one currency, with the log entries of the receipts summed. */
    public record Stream(String gfsCode, String name, Money received, List<Long> receiptEntries) {

        public Stream {
            receiptEntries = List.copyOf(receiptEntries);
        }
    }

    /** One project of a province: its licence, holder, royalties and everything received from it in rupees. */
    public record ProjectTotal(String licence, String holder, Royalties royalties, Money receivedPkr) {
    }

    /** A province's fiscal year: its revenue streams, its royalties and its projects. */
    public record Province(String province, FiscalYear year, List<Stream> streams, Royalties royalties, List<ProjectTotal> projects) {

        public Province {
            streams = List.copyOf(streams);
            projects = List.copyOf(projects);
        }

        public boolean isEmpty() {
            return streams.isEmpty() && projects.isEmpty();
        }
    }

    /** Every province with revenue or assessments in a fiscal year, and the fiscal years that hold any. */
    public record Overview(FiscalYear year, List<FiscalYear> years, List<Province> provinces) {

        public Overview {
            years = List.copyOf(years);
            provinces = List.copyOf(provinces);
        }
    }

    /**
     * One royalty assessment as committed (entry {@code logIndex} of the log): the lot and its taxable event, the
     * amounts due and forgone, or why no figure could be stated; whether its rate is only an example, and the log
     * entries of the rate row and of the incentive that relieved it.
     */
    public record Assessment(String id, String lot, long logIndex, java.time.LocalDate day, String taxableEvent, String massKg,
            Optional<Money> dueUsd, Optional<Money> duePkr, Optional<Money> forgoneUsd, Optional<String> notAssessedBecause,
            boolean illustrative, Optional<Long> rateEntry, Optional<Long> incentiveEntry) {
    }

    /**
     * One reconciliation line of a project: what the company declared (its payments' log entries) beside what the
     * government entity received as the treasury recorded it (its receipts' log entries), the difference and whether
     * it is material.
     */
    public record Line(String gfsCode, String stream, String company, Money declared, List<Long> paymentEntries, String receivedBy,
            String recordedBy, Money received, List<Long> receiptEntries, Money difference, boolean material) {

        public Line {
            paymentEntries = List.copyOf(paymentEntries);
            receiptEntries = List.copyOf(receiptEntries);
        }
    }

    /** A project (licence) in a fiscal year: its assessments, its reconciliation and its royalties. */
    public record Project(String licence, String province, String holder, FiscalYear year, List<FiscalYear> years,
            List<Assessment> assessments, List<Line> lines, Royalties royalties) {

        public Project {
            years = List.copyOf(years);
            assessments = List.copyOf(assessments);
            lines = List.copyOf(lines);
        }
    }
}
