/**
 * The life of a partnership: its stages, its journey across the cooperation models, its contributions and its double impact.
 * <p>
 * The module's base package is its API: its facade service, the events it publishes and the values it returns.
 * Nothing is built here yet: the module is reserved so that the Maven and Modulith structure is in place.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partnerships")
package org.alliances.partnerships;
