/**
 * Technical foundations of the application: the embedded PostgreSQL, the clock, translations and the theme.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.alliances.platform;
