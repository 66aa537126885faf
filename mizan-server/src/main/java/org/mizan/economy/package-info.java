/**
 * The national picture: what exports are worth at each stage of value addition against the same elements at the mine
 * gate, and the resources of each licence with the years of supply they give, beside the USGS figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Economy",
        allowedDependencies = {"kernel", "registry", "security", "ledger", "custody", "fiscal"})
package org.mizan.economy;
