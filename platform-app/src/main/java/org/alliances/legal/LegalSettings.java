package org.alliances.legal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who publishes the platform and who hosts it, as the operator of an instance declares them (environment variables
 * {@code ALLIANCES_LEGAL_*}); the legal notice, the privacy policy and the accessibility statement read them.
 *
 * @param contactEmail where members write to use their rights, report an accessibility problem or a vulnerability
 */
@ConfigurationProperties("alliances.legal")
record LegalSettings(String publisher, String publisherAddress, String publisherIdentifier, String director, String contactEmail,
                     String host, String hostAddress) {
}
