/**
 * The {@code mizan} command: serve, demo, and the offline tools that later capabilities add.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command line", allowedDependencies = {"kernel", "ledger"})
package org.mizan.cli;
