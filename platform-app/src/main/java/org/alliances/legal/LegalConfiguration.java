package org.alliances.legal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the operator's legal settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LegalSettings.class)
class LegalConfiguration {
}
