/**
 * Who is calling: API keys bound to a party and a role, stored hashed, and the acting party of
 * every write.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security", allowedDependencies = {"kernel", "web"})
package org.mizan.security;
