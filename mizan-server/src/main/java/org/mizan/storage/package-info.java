/**
 * Where the data lives: an embedded PostgreSQL started from the jar when no server is configured,
 * otherwise the PostgreSQL server named by {@code spring.datasource.url}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Storage")
package org.mizan.storage;
