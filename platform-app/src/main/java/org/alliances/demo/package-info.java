/**
 * Demo data for the demo profile: fictional organisations over real communes and the demo accounts, loaded once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
@NullMarked
package org.alliances.demo;

import org.jspecify.annotations.NullMarked;
