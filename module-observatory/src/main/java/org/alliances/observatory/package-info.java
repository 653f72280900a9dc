/**
 * What local authorities see of their territory, and the open data: figures kept up to date by the modules' events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Observatory")
package org.alliances.observatory;
