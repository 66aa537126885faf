package org.mizan.epcis;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The EPCIS REST binding puts URL-encoded event IDs in paths ({@code /epcis/events/ni%3A%2F%2F%2Fsha-256%3B...}),
 * so an encoded slash must reach the application as part of one path segment instead of being refused
 * by the connector. It is passed through still encoded: it never splits a path.
 */
@Configuration(proxyBeanMethods = false)
class EventIdPaths {

    @Bean
    TomcatConnectorCustomizer encodedSlashesStayInTheirSegment() {
        return connector -> connector.setEncodedSolidusHandling("passthrough");
    }
}
