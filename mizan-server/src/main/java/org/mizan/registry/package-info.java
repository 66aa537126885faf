/**
 * The harmonised national view of provincial mineral titles: parties, provinces, licences with
 * their areas, sites, the catalogue of elements, minerals and material forms, and who reports custody events
 * for whom.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry", allowedDependencies = {"kernel", "security"})
package org.mizan.registry;
