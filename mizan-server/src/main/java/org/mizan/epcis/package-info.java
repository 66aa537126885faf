/**
 * GS1 EPCIS 2.0 capture and query (JSON-LD and XML bindings), stored losslessly and mapped onto custody
 * where an event has a custody meaning.
 */
@org.springframework.modulith.ApplicationModule(displayName = "EPCIS", allowedDependencies = {"kernel", "registry", "custody", "security"})
package org.mizan.epcis;
