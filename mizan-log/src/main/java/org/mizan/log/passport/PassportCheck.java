package org.mizan.log.passport;

/** One check of a passport, its outcome and, in plain language, what was found. */
public record PassportCheck(Kind kind, boolean passed, String detail) {

    /** The checks, in the order they run. */
    public enum Kind {
        SIGNATURE("The log's checkpoint is signed by the expected key"),
        INCLUSION("Every disclosed event is in the log"),
        COMPLETENESS("Every event of the chain is disclosed"),
        CLAIMS("Every field recomputes from the events and registry facts, or is declared");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    static PassportCheck pass(Kind kind, String detail) {
        return new PassportCheck(kind, true, detail);
    }

    static PassportCheck fail(Kind kind, String detail) {
        return new PassportCheck(kind, false, detail);
    }
}
