/**
 * Offline verification of a mineral passport: the checkpoint is signed by the log's key, every disclosed
 * event is included in the log, and every field of the passport either recomputes from the disclosed
 * events, the bundled registry facts and the format, or lies in a section the passport declares as
 * someone's statement. The format is one family of records ({@link org.mizan.log.passport.Passport}), written by
 * {@link org.mizan.log.passport.PassportWriter} and read strictly by {@link org.mizan.log.passport.PassportReader};
 * plain Java and Jackson, no framework.
 */
package org.mizan.log.passport;
