/**
 * Maturity self-diagnosis of an organisation: where it stands and which partnership categories and cooperation models suit it.
 * <p>
 * The module's base package is its API: its facade service, the events it publishes and the values it returns.
 * Nothing is built here yet: the module is reserved so that the Maven and Modulith structure is in place.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Diagnosis")
package org.alliances.diagnosis;
