/**
 * The harmonised national view of provincial mineral titles: parties, provinces, licences with
 * their areas, sites, and the catalogue of elements, minerals and material forms.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry", allowedDependencies = {"kernel", "security"})
package org.mizan.registry;
